import type { Json, OpenApiSpec } from './spec';

/**
 * Builds a realistic example value from a response schema (its own examples first, then
 * defaults, enums and formats), so that the sandbox answers with records shaped like Telnyx's.
 */
export function exampleFor(spec: OpenApiSpec, raw: unknown, depth = 0, refs: string[] = []): unknown {
	if (!raw || typeof raw !== 'object' || depth > 7) return null;
	let schema = raw as Json;
	if (typeof schema.$ref === 'string') {
		if (refs.includes(schema.$ref)) return null;
		refs = [...refs, schema.$ref];
		schema = spec.deref(schema);
	}
	if (schema.example !== undefined) return schema.example;
	if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
	if (Array.isArray(schema.allOf)) {
		const merged: Json = {};
		for (const part of schema.allOf) {
			const value = exampleFor(spec, part, depth + 1, refs);
			if (value && typeof value === 'object' && !Array.isArray(value)) Object.assign(merged, value);
		}
		const own = schema.properties ? exampleFor(spec, { ...schema, allOf: undefined }, depth + 1, refs) : {};
		return { ...merged, ...(own as Json) };
	}
	const alternatives = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
	if (Array.isArray(alternatives) && alternatives.length) {
		const first = alternatives.find((alt) => spec.deref<Json>(alt).type !== 'null') ?? alternatives[0];
		return exampleFor(spec, first, depth + 1, refs);
	}
	if (schema.default !== undefined) return schema.default;
	if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum.find((v) => v !== null) ?? null;
	const type = Array.isArray(schema.type) ? (schema.type as string[]).find((t) => t !== 'null') : schema.type;
	if (schema.properties || type === 'object') {
		const out: Json = {};
		for (const [name, prop] of Object.entries((schema.properties as Json) ?? {})) {
			out[name] = exampleFor(spec, prop, depth + 1, refs);
		}
		return out;
	}
	if (type === 'array') {
		const item = exampleFor(spec, schema.items, depth + 1, refs);
		return item === null ? [] : [item];
	}
	if (type === 'integer' || type === 'number') return typeof schema.minimum === 'number' ? schema.minimum : 1;
	if (type === 'boolean') return false;
	if (type === 'string') {
		switch (schema.format) {
			case 'date-time':
				return '2025-01-01T00:00:00.000Z';
			case 'date':
				return '2025-01-01';
			case 'uuid':
				return '8b1f1c2e-6d4c-4b8e-9a51-2f3c4d5e6f70';
			case 'uri':
				return 'https://example.com';
			default:
				return 'string';
		}
	}
	return null;
}
