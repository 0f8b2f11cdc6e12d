import type { FieldSchema } from '../../nodes/shared/catalog/types';

/** JSON Schema as n8n reads an output schema preview: types and properties, nothing else. */
export interface OutputSchema {
	type: string;
	properties?: Record<string, OutputSchema>;
	items?: OutputSchema;
}

/** Deeper than this, the editor's preview folds anyway. */
const MAX_DEPTH = 5;

/**
 * The shape of one output item, from the spec's answer schema: what n8n's editor shows as the
 * preview of a node that has not run (and offers for mapping), and what AI agents read as the
 * tool's output. Alternatives (`oneOf`) show every property any of them has.
 */
export function outputSchemaOf(schema: FieldSchema | undefined, depth = 0): OutputSchema | undefined {
	if (!schema) return undefined;
	const alternatives = schema.oneOf ?? [];
	const properties: Record<string, FieldSchema> = { ...(schema.properties ?? {}) };
	for (const alternative of alternatives) Object.assign(properties, alternative.properties ?? {});
	const type = typeOf(schema, alternatives, Object.keys(properties).length > 0);
	// the spec does not say what it is: better no preview of it than a wrong one
	if (!type) return undefined;
	if (type === 'object') {
		if (depth >= MAX_DEPTH || !Object.keys(properties).length) return { type };
		const out: Record<string, OutputSchema> = {};
		for (const [name, property] of Object.entries(properties).sort(([a], [b]) => a.localeCompare(b))) {
			const converted = outputSchemaOf(property, depth + 1);
			if (converted) out[name] = converted;
		}
		return { type, properties: out };
	}
	if (type === 'array') {
		const items = depth >= MAX_DEPTH ? undefined : outputSchemaOf(schema.items ?? alternatives.find((a) => a.items)?.items, depth + 1);
		return items ? { type, items } : { type };
	}
	return { type };
}

function typeOf(schema: FieldSchema, alternatives: FieldSchema[], hasProperties: boolean): string | undefined {
	const declared = [schema.type, ...alternatives.map((a) => a.type)].flat().filter((t) => typeof t === 'string' && t !== 'null') as string[];
	if (declared.includes('object') || (!declared.length && hasProperties)) return 'object';
	if (declared.includes('array') || schema.items) return 'array';
	const [first] = declared;
	if (!first) return schema.enum?.length ? typeof schema.enum.find((value) => value !== null) : undefined;
	return first === 'integer' ? 'number' : first;
}
