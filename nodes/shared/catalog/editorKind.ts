import type { EditorKind, FieldSchema } from './types';

export function typesOf(schema: FieldSchema): string[] {
	if (!schema.type) return [];
	return Array.isArray(schema.type) ? schema.type : [schema.type];
}

export function nonNullTypes(schema: FieldSchema): string[] {
	return typesOf(schema).filter((t) => t !== 'null');
}

export function isNullable(schema: FieldSchema): boolean {
	return typesOf(schema).includes('null') || Boolean(schema.enum?.includes(null));
}

/**
 * How a schema is edited. The generator stores the result on every field; nested values
 * (inside forms and lists) are read with the same rule.
 */
export function editorKind(schema: FieldSchema): EditorKind {
	const types = nonNullTypes(schema);
	if (schema.oneOf) return isTextOrTextList(schema) ? 'string' : 'json';
	if (schema.enum && schema.enum.some((v) => v !== null)) return 'options';
	if (types.length > 1) return types.every((t) => ['string', 'integer', 'number'].includes(t)) ? 'string' : 'json';
	const [type] = types;
	switch (type) {
		case 'boolean':
			return 'boolean';
		case 'integer':
		case 'number':
			return 'number';
		case 'string':
			if (schema.format === 'binary') return 'binaryFile';
			return schema.format === 'date-time' ? 'dateTime' : 'string';
		case 'array': {
			const items = schema.items ?? {};
			if (items.enum && items.enum.length) return 'multiOptions';
			if (isPrimitive(items)) return 'list';
			// a list of small flat records (phone numbers, URLs): one form per entry
			return editorKind(items) === 'collection' ? 'fixedList' : 'json';
		}
		case 'object':
			return schema.properties && Object.keys(schema.properties).length && isFlat(schema) ? 'collection' : 'json';
		default:
			return schema.properties ? 'json' : 'string';
	}
}

function isPrimitive(schema: FieldSchema): boolean {
	const types = nonNullTypes(schema);
	return types.length <= 1 && !schema.oneOf && !['object', 'array'].includes(types[0] ?? 'string');
}

/** Objects whose properties are all edited as plain inputs become forms; deeper ones take JSON. */
function isFlat(schema: FieldSchema): boolean {
	return Object.values(schema.properties ?? {}).every((prop) => {
		const kind = editorKind(prop);
		return kind !== 'collection' && kind !== 'json' && kind !== 'fixedList' && kind !== 'binaryFile';
	});
}

/** One text or a list of texts (a call's `to`: one destination, or several rung at once): typed as text. */
export function isTextOrTextList(schema: FieldSchema): boolean {
	const alternatives = schema.oneOf ?? [];
	const text = (alt: FieldSchema) => alt.type === 'string' && !alt.enum && !alt.format;
	return (
		alternatives.length === 2 &&
		alternatives.some(text) &&
		alternatives.some((alt) => alt.type === 'array' && Boolean(alt.items) && text(alt.items!))
	);
}
