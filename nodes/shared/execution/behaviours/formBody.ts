import type { IDataObject } from 'n8n-workflow';
import type { Behaviour } from './types';

/**
 * `application/x-www-form-urlencoded` bodies (TeXML): fields as `name=value` pairs, lists of
 * values as repeated names, objects and lists of objects in brackets
 * (`CustomHeaders[0][name]=X-Id`). Encoded here and handed on as text: n8n's HTTP helper re-reads
 * a form body with URLSearchParams, which takes a string but not bytes.
 */
export const formBody: Behaviour = {
	prepare(_context, outgoing) {
		const params = new URLSearchParams();
		for (const [name, value] of Object.entries((outgoing.body as IDataObject | undefined) ?? {})) append(params, name, value);
		return {
			...outgoing,
			body: params.toString(),
			headers: { ...outgoing.headers, 'Content-Type': 'application/x-www-form-urlencoded' },
		};
	},
};

function append(params: URLSearchParams, name: string, value: unknown): void {
	if (value === null || value === undefined) return;
	if (Array.isArray(value)) {
		value.forEach((entry, index) => append(params, entry && typeof entry === 'object' ? `${name}[${index}]` : name, entry));
	} else if (typeof value === 'object') {
		for (const [key, inner] of Object.entries(value)) append(params, `${name}[${key}]`, inner);
	} else params.append(name, String(value));
}
