import type { IDataObject } from 'n8n-workflow';

/**
 * What a failed record says about why, read at the paths the catalog names: `a[].b` reads `b`
 * of every entry of `a`, skipping entries whose own status is done, and names each by its
 * phone number (or id), so "+13125550199: requirement-info-exception" says which one failed.
 */
export function failureReasons(record: IDataObject, paths: string[], done: string[], statusField: string): string {
	const status = statusField.split('.').pop()!;
	const found: string[] = [];
	const walk = (value: unknown, keys: string[], label: string | undefined): void => {
		if (value === undefined || value === null || value === '') return;
		if (!keys.length) {
			const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
			found.push(label ? `${label}: ${text}` : text);
			return;
		}
		const [key, ...rest] = keys;
		const list = key.endsWith('[]');
		const next = (value as IDataObject)[list ? key.slice(0, -2) : key];
		if (!list) return walk(next, rest, label);
		if (!Array.isArray(next)) return;
		for (const entry of next as IDataObject[]) {
			if (entry && typeof entry === 'object' && done.includes(String(entry[status]))) continue;
			const name = entry && typeof entry === 'object' ? (entry.phone_number ?? entry.id) : undefined;
			walk(entry, rest, typeof name === 'string' ? name : label);
		}
	};
	for (const path of paths) walk(record, path.split('.'), undefined);
	return [...new Set(found)].slice(0, 10).join('; ');
}
