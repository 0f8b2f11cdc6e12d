import type { FieldSchema, SchemaType } from '../../nodes/shared/catalog/types';
import type { TrimmedSchema } from './copy';
import type { Json, OpenApiSpec } from './spec';

const MAX_DEPTH = 8;
const KEPT_NUMBERS = ['minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems'] as const;

/**
 * Reduces an OpenAPI schema to the facts the package needs (types, enums, ranges, nesting,
 * required) and drops prose, examples and read-only response properties.
 */
export function trimSchema(spec: OpenApiSpec, raw: unknown, options: { request: boolean }): TrimmedSchema {
	return trim(spec, raw, options.request, [], 0);
}

function trim(spec: OpenApiSpec, raw: unknown, request: boolean, refs: string[], depth: number): FieldSchema {
	if (!raw || typeof raw !== 'object') return {};
	let source = raw as Json;
	let component: string | undefined;
	if (typeof source.$ref === 'string') {
		if (refs.includes(source.$ref) || depth > MAX_DEPTH) return { type: 'object' };
		refs = [...refs, source.$ref];
		component = source.$ref.match(/^#\/components\/schemas\/([^/]+)$/)?.[1];
		source = spec.deref(source);
	}
	if (depth > MAX_DEPTH) return {};
	if (Array.isArray(source.allOf)) source = mergeAllOf(spec, source);

	const out: TrimmedSchema = component ? { component } : {};
	const types = new Set<SchemaType>();
	if (Array.isArray(source.type)) (source.type as SchemaType[]).forEach((t) => types.add(t));
	else if (typeof source.type === 'string') types.add(source.type as SchemaType);
	if (source.nullable === true) types.add('null');

	const alternatives = (source.oneOf ?? source.anyOf) as unknown[] | undefined;
	if (Array.isArray(alternatives)) {
		const trimmed = alternatives.map((alt) => trim(spec, alt, request, refs, depth + 1));
		const simple = trimmed.every((alt) => isBareType(alt));
		if (simple) {
			for (const alt of trimmed) toTypes(alt.type).forEach((t) => types.add(t));
		} else {
			const nonNull = trimmed.filter((alt) => !(toTypes(alt.type).length === 1 && alt.type === 'null'));
			if (nonNull.length < trimmed.length) types.add('null');
			if (nonNull.length === 1) {
				Object.assign(out, nonNull[0]);
				toTypes(nonNull[0].type).forEach((t) => types.add(t));
			}
			else {
				out.oneOf = nonNull;
				const discriminator = discriminatorOf(source, alternatives, nonNull);
				if (discriminator) out.discriminator = discriminator;
			}
		}
	}

	if (Array.isArray(source.enum)) {
		out.enum = source.enum as FieldSchema['enum'];
		if (types.size === 0) {
			for (const value of out.enum ?? []) types.add(value === null ? 'null' : (typeof value as SchemaType));
		}
		if (out.enum?.includes(null)) types.add('null');
	}
	if (source.const !== undefined && !out.enum) out.enum = [source.const as string];
	if (typeof source.format === 'string') out.format = source.format;
	for (const key of KEPT_NUMBERS) if (typeof source[key] === 'number') out[key] = source[key] as number;
	if (typeof source.exclusiveMinimum === 'number') out.minimum = source.exclusiveMinimum as number;
	if (typeof source.exclusiveMaximum === 'number') out.maximum = source.exclusiveMaximum as number;
	if (typeof source.pattern === 'string') out.pattern = source.pattern;
	if (isSmallDefault(source.default)) out.default = source.default;

	if (source.properties && typeof source.properties === 'object') {
		types.add('object');
		const properties: Record<string, FieldSchema> = {};
		for (const [name, prop] of Object.entries(source.properties as Json)) {
			const resolved = spec.deref(prop);
			if (request && resolved.readOnly === true) continue;
			if (!request && resolved.writeOnly === true) continue;
			properties[name] = trim(spec, prop, request, refs, depth + 1);
		}
		out.properties = properties;
		const required = (source.required as string[] | undefined)?.filter((name) => name in properties);
		if (required?.length) out.required = required;
	}
	if (source.additionalProperties !== undefined) {
		types.add('object');
		out.additionalProperties =
			typeof source.additionalProperties === 'object'
				? trim(spec, source.additionalProperties, request, refs, depth + 1)
				: Boolean(source.additionalProperties);
	}
	if (source.items !== undefined) {
		types.add('array');
		out.items = trim(spec, source.items, request, refs, depth + 1);
	}

	if (types.size === 1) out.type = [...types][0];
	else if (types.size > 1) out.type = orderTypes([...types]);
	return out;
}

/**
 * Which alternative of a oneOf a value selects: from the OpenAPI discriminator's mapping, or
 * from a property every alternative pins to a single enum value.
 */
function discriminatorOf(
	source: Json,
	rawAlternatives: unknown[],
	alternatives: FieldSchema[],
): FieldSchema['discriminator'] {
	const declared = source.discriminator as { propertyName?: string; mapping?: Record<string, string> } | undefined;
	const propertyName = declared?.propertyName;
	if (!propertyName) return undefined;
	const mapping: Record<string, number> = {};
	const refs = rawAlternatives.map((alt) => (alt as Json | undefined)?.$ref);
	for (const [value, ref] of Object.entries(declared.mapping ?? {})) {
		const index = refs.indexOf(ref);
		if (index >= 0) mapping[value] = index;
	}
	alternatives.forEach((alt, index) => {
		const pinned = alt.properties?.[propertyName]?.enum;
		if (pinned?.length === 1 && typeof pinned[0] === 'string' && !(pinned[0] in mapping)) mapping[pinned[0]] = index;
	});
	return Object.keys(mapping).length === alternatives.length ? { propertyName, mapping } : undefined;
}

function mergeAllOf(spec: OpenApiSpec, source: Json): Json {
	const merged: Json = { ...source };
	delete merged.allOf;
	const properties: Json = { ...((source.properties as Json) ?? {}) };
	const required = new Set<string>((source.required as string[]) ?? []);
	for (const partRaw of source.allOf as unknown[]) {
		let part = spec.deref(partRaw);
		if (Array.isArray(part.allOf)) part = mergeAllOf(spec, part);
		Object.assign(properties, (part.properties as Json) ?? {});
		((part.required as string[]) ?? []).forEach((name) => required.add(name));
		for (const [key, value] of Object.entries(part)) {
			if (key === 'properties' || key === 'required') continue;
			if (merged[key] === undefined) merged[key] = value;
		}
	}
	if (Object.keys(properties).length) merged.properties = properties;
	if (required.size) merged.required = [...required];
	return merged;
}

function toTypes(type: FieldSchema['type']): SchemaType[] {
	if (!type) return [];
	return Array.isArray(type) ? type : [type];
}

function isBareType(schema: FieldSchema): boolean {
	const keys = Object.keys(schema).filter((key) => key !== 'format' && key !== 'default');
	return keys.length === 1 && keys[0] === 'type' && !toTypes(schema.type).includes('object');
}

function orderTypes(types: SchemaType[]): SchemaType[] {
	const order: SchemaType[] = ['string', 'integer', 'number', 'boolean', 'object', 'array', 'null'];
	return order.filter((t) => types.includes(t));
}

function isSmallDefault(value: unknown): boolean {
	if (value === undefined) return false;
	if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
	if (Array.isArray(value)) return value.length <= 12 && value.every((v) => typeof v !== 'object' || v === null);
	return false;
}
