/** Finds the spec operation a sent method + path is for, the way a router would. */
import type { Json } from './spec';

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

interface Template {
	path: string;
	/** Per segment: a literal (exact), or a regex capturing the `{param}`s in it. */
	segments: Array<string | { regex: RegExp; names: string[] }>;
	/** Per segment: 2 literal, 1 literal mixed with a param ("{sid}.json"), 0 a bare param. */
	rank: number[];
	methods: Set<string>;
}

export interface Match {
	path: string;
	method: string;
	params: Record<string, string>;
}

const byLength = new WeakMap<Json, Map<number, Template[]>>();

function templates(spec: Json): Map<number, Template[]> {
	let index = byLength.get(spec);
	if (index) return index;
	index = new Map();
	for (const [path, item] of Object.entries<Json>(spec.paths ?? {})) {
		const parts = path.split('/').slice(1);
		const segments: Template['segments'] = [];
		const rank: number[] = [];
		for (const part of parts) {
			if (!part.includes('{')) {
				segments.push(part);
				rank.push(2);
				continue;
			}
			const names: string[] = [];
			const source = part
				.split(/(\{[^}]+\})/)
				.map((piece) => {
					if (!/^\{[^}]+\}$/.test(piece)) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
					names.push(piece.slice(1, -1));
					return '(.+?)';
				})
				.join('');
			segments.push({ regex: new RegExp(`^${source}$`), names });
			rank.push(/^\{[^}]+\}$/.test(part) ? 0 : 1);
		}
		const methods = new Set(Object.keys(item).filter((key) => METHODS.includes(key)));
		const list = index.get(segments.length) ?? [];
		list.push({ path, segments, rank, methods });
		index.set(segments.length, list);
	}
	byLength.set(spec, index);
	return index;
}

const outranks = (a: number[], b: number[]): boolean => {
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
	return false;
};

/**
 * Returns the most specific template for this method (literal segments win, left to right),
 * or an explanation. `path` is percent-encoded; each segment is decoded on its own.
 */
export function matchOperation(spec: Json, method: string, path: string): Match | { error: string } {
	const verb = method.toLowerCase();
	let segments: string[];
	try {
		segments = path.split('/').slice(1).map(decodeURIComponent);
	} catch {
		return { error: `malformed percent-encoding in path ${path}` };
	}
	let best: { template: Template; params: Record<string, string> } | undefined;
	const otherMethods = new Set<string>();
	for (const template of templates(spec).get(segments.length) ?? []) {
		const params = matchSegments(template, segments);
		if (!params) continue;
		if (!template.methods.has(verb)) {
			template.methods.forEach((m) => otherMethods.add(m.toUpperCase()));
			continue;
		}
		if (!best || outranks(template.rank, best.template.rank)) best = { template, params };
	}
	if (best) return { path: best.template.path, method: verb, params: best.params };
	if (otherMethods.size) {
		return { error: `no ${method.toUpperCase()} operation for ${path} (the spec has ${[...otherMethods].join(', ')})` };
	}
	return { error: `no operation in the spec matches ${method.toUpperCase()} ${path}` };
}

function matchSegments(template: Template, segments: string[]): Record<string, string> | undefined {
	const params: Record<string, string> = {};
	for (let i = 0; i < segments.length; i++) {
		const expected = template.segments[i];
		if (typeof expected === 'string') {
			if (expected !== segments[i]) return undefined;
			continue;
		}
		const found = expected.regex.exec(segments[i]);
		if (!found || segments[i] === '') return undefined;
		expected.names.forEach((name, k) => (params[name] = found[k + 1]));
	}
	return params;
}
