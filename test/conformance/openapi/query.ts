/**
 * String-valued inputs (query, path, headers, form and multipart fields): bracket names into
 * trees, trees matched to declared parameters, and strings coerced by the schema so that
 * ajv can judge them as Telnyx would ("20" for an integer is fine, "abc" is not).
 */
import { deref, type Json } from './spec';

/** A value as sent: strings, repeated ones as arrays, bracketed names as objects. */
export type Raw = string | Raw[] | { [key: string]: Raw };

const isTree = (value: unknown): value is Record<string, Raw> =>
	!!value && typeof value === 'object' && !Array.isArray(value);

/** "a[b][c]" → ["b", "c"] (a trailing "[]" gives a last key ""); undefined if not brackets. */
export function bracketKeys(suffix: string): string[] | undefined {
	if (!/^(\[[^[\]]*\])+$/.test(suffix)) return undefined;
	return suffix.slice(1, -1).split('][');
}

/** Puts a value at keys inside tree, qs-style; returns false when the shapes conflict. */
export function insert(tree: Record<string, Raw>, keys: string[], value: string): boolean {
	let node = tree;
	for (let i = 0; i < keys.length - 1; i++) {
		const key = keys[i];
		if (keys[i + 1] === '' && i + 1 === keys.length - 1) {
			const existing = node[key];
			if (existing === undefined) node[key] = [value];
			else if (Array.isArray(existing)) existing.push(value);
			else if (typeof existing === 'string') node[key] = [existing, value];
			else return false;
			return true;
		}
		node[key] ??= {};
		const next = node[key];
		if (!isTree(next)) return false;
		node = next;
	}
	const last = keys[keys.length - 1];
	const existing = node[last];
	if (existing === undefined) node[last] = value;
	else if (typeof existing === 'string') node[last] = [existing, value];
	else if (Array.isArray(existing)) existing.push(value);
	else return false;
	return true;
}

/** Builds a tree from form-like entries ("a", "a[]", "a[b]"); returns the conflicting names. */
export function entriesToTree(entries: Iterable<[string, string]>): { tree: Record<string, Raw>; conflicts: string[] } {
	const tree: Record<string, Raw> = {};
	const conflicts: string[] = [];
	for (const [name, value] of entries) {
		const open = name.indexOf('[');
		const keys = open > 0 ? bracketKeys(name.slice(open)) : undefined;
		const path = keys ? [name.slice(0, open), ...keys] : [name];
		if (!insert(tree, path, value)) conflicts.push(name);
	}
	return { tree, conflicts };
}

export interface QueryParam {
	name: string;
	schema: any;
	required: boolean;
	explode: boolean;
}

/**
 * Assigns each query entry to a declared parameter: exact names first (the spec declares some
 * as "filter[status]" outright), then the longest declared name the entry extends with
 * brackets ("filter" for "filter[connection_name][contains]").
 */
export function groupQuery(
	spec: Json,
	params: QueryParam[],
	entries: Iterable<[string, string]>,
): { values: Map<QueryParam, Raw>; unknown: string[]; conflicts: string[] } {
	const byName = new Map(params.map((p) => [p.name, p] as const));
	const leaves = new Map<QueryParam, { values: string[]; array: boolean }>();
	const trees = new Map<QueryParam, Record<string, Raw>>();
	const unknown: string[] = [];
	const conflicts: string[] = [];
	for (const [name, value] of entries) {
		const exact = byName.get(name) ?? (name.endsWith('[]') ? byName.get(name.slice(0, -2)) : undefined);
		if (exact) {
			const leaf = leaves.get(exact) ?? { values: [], array: false };
			leaf.values.push(value);
			leaf.array ||= exact.name !== name;
			leaves.set(exact, leaf);
			continue;
		}
		let owner: QueryParam | undefined;
		let keys: string[] | undefined;
		for (const param of params) {
			if (!name.startsWith(param.name + '[') || (owner && owner.name.length >= param.name.length)) continue;
			const found = bracketKeys(name.slice(param.name.length));
			if (found) [owner, keys] = [param, found];
		}
		if (!owner || !keys) {
			unknown.push(name);
			continue;
		}
		const tree = trees.get(owner) ?? {};
		trees.set(owner, tree);
		if (!insert(tree, keys, value)) conflicts.push(name);
	}
	const values = new Map<QueryParam, Raw>();
	for (const [param, tree] of trees) {
		if (leaves.has(param)) conflicts.push(param.name);
		else values.set(param, tree);
	}
	for (const [param, leaf] of leaves) {
		if (values.has(param) || trees.has(param)) continue;
		let list = leaf.values;
		if (!param.explode && allows(spec, param.schema, 'array')) list = list.flatMap((v) => v.split(','));
		values.set(param, leaf.array || list.length > 1 ? list : list[0]);
	}
	return { values, unknown, conflicts };
}

// ---- coercion ----------------------------------------------------------------------------

const resolve = (spec: Json, schema: any): any => deref(spec, schema, '').node;
const alternatives = (s: Json): any[] => [...(s.oneOf ?? []), ...(s.anyOf ?? []), ...(s.allOf ?? [])];
const jsonType = (v: unknown): string =>
	v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;

/** The JSON types a schema admits, or undefined when it does not say. */
function typesOf(spec: Json, schema: any, depth = 0): Set<string> | undefined {
	const s = resolve(spec, schema);
	if (!s || typeof s !== 'object' || depth > 10) return undefined;
	if (s.type) return new Set<string>([].concat(s.type));
	if ('const' in s) return new Set([jsonType(s.const)]);
	if (Array.isArray(s.enum)) return new Set(s.enum.map(jsonType));
	const alts = alternatives(s);
	if (alts.length) {
		const union = new Set<string>();
		for (const alt of alts) {
			const types = typesOf(spec, alt, depth + 1);
			if (!types) return undefined;
			types.forEach((t) => union.add(t));
		}
		return union;
	}
	if (s.properties) return new Set(['object']);
	if (s.items) return new Set(['array']);
	return undefined;
}

function allows(spec: Json, schema: any, type: string): boolean {
	const types = typesOf(spec, schema);
	return !types || types.has(type) || (type === 'number' && types.has('integer'));
}

/** Whether the string as is could satisfy the schema (type and enum only). */
function stringFits(spec: Json, schema: any, raw: string, depth = 0): boolean {
	const s = resolve(spec, schema);
	if (!s || typeof s !== 'object' || depth > 10) return true;
	if (s.type && ![].concat(s.type).includes('string' as never)) return false;
	if ('const' in s) return s.const === raw;
	if (Array.isArray(s.enum)) return s.enum.includes(raw);
	if (s.allOf) return s.allOf.every((alt: any) => stringFits(spec, alt, raw, depth + 1));
	const alts = [...(s.oneOf ?? []), ...(s.anyOf ?? [])];
	if (alts.length) return alts.some((alt: any) => stringFits(spec, alt, raw, depth + 1));
	return true;
}

function itemsOf(spec: Json, schema: any, depth = 0): any {
	const s = resolve(spec, schema);
	if (!s || typeof s !== 'object' || depth > 10) return undefined;
	if (s.items !== undefined) return s.items;
	for (const alt of alternatives(s)) {
		const items = itemsOf(spec, alt, depth + 1);
		if (items !== undefined) return items;
	}
	return undefined;
}

/** The schema of an object's key: a schema, true (anything goes), or undefined (not declared). */
function propertyOf(spec: Json, schema: any, key: string, depth = 0): any {
	const s = resolve(spec, schema);
	if (!s || typeof s !== 'object' || depth > 10) return true;
	if (s.properties?.[key] !== undefined) return s.properties[key];
	for (const [pattern, sub] of Object.entries(s.patternProperties ?? {})) if (new RegExp(pattern, 'u').test(key)) return sub;
	let open = false;
	for (const alt of alternatives(s)) {
		const sub = propertyOf(spec, alt, key, depth + 1);
		if (sub === true) open = true;
		else if (sub !== undefined) return sub;
	}
	if (s.additionalProperties === false) return undefined;
	if (s.additionalProperties && typeof s.additionalProperties === 'object') return s.additionalProperties;
	if (s.additionalProperties === true || open) return true;
	// Declared properties without additionalProperties: Telnyx ignores other keys, so they are unknown.
	const declares = s.properties || alternatives(s).some((alt) => resolve(spec, alt)?.properties);
	return declares || !allows(spec, s, 'object') ? undefined : true;
}

export interface CoerceHooks {
	/** Called with the path of each key the schema does not declare. */
	unknown?: (keys: string[]) => void;
	/** Multipart text parts may carry JSON for object or array fields. */
	json?: boolean;
}

/**
 * Converts string leaves to what the schema wants (integer, number, boolean; arrays from
 * single values; JSON text for objects when hooks.json).
 */
export function coerce(spec: Json, raw: Raw, schema: any, hooks: CoerceHooks = {}, keys: string[] = []): unknown {
	if (schema === undefined || schema === true) return raw;
	if (typeof raw === 'string') {
		if (stringFits(spec, schema, raw)) return raw;
		const types = typesOf(spec, schema);
		if (!types) return raw;
		if (hooks.json && (types.has('object') || types.has('array')) && /^\s*[[{]/.test(raw)) {
			try {
				return JSON.parse(raw);
			} catch {
				return raw;
			}
		}
		if (types.has('integer') && /^-?\d+$/.test(raw)) return Number(raw);
		if (types.has('number') && /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw)) return Number(raw); // no hex, no blanks
		if (types.has('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true';
		if (types.has('array')) return [coerce(spec, raw, itemsOf(spec, schema), hooks, keys)];
		return raw;
	}
	if (Array.isArray(raw)) {
		const items = itemsOf(spec, schema);
		return items === undefined ? raw : raw.map((item, i) => coerce(spec, item, items, hooks, [...keys, String(i)]));
	}
	// "a[0][name]=x&a[1][name]=y" is an array of objects, as qs reads it.
	const indices = Object.keys(raw);
	if (indices.length && indices.every((k) => /^\d+$/.test(k)) && !allows(spec, schema, 'object') && allows(spec, schema, 'array')) {
		return coerce(spec, indices.sort((a, b) => Number(a) - Number(b)).map((k) => raw[k]), schema, hooks, keys);
	}
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(raw)) {
		const sub = propertyOf(spec, schema, key);
		if (sub === undefined) hooks.unknown?.([...keys, key]);
		out[key] = sub === undefined ? value : coerce(spec, value, sub, hooks, [...keys, key]);
	}
	return out;
}
