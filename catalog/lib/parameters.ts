import type { FieldSchema } from '../../nodes/shared/catalog/types';
import { trimSchema } from './schema';
import type { OpenApiSpec } from './spec';

/** A query parameter as it is sent: bracketed deepObject names are spelled out. */
export interface FlatQueryParam {
	name: string;
	required: boolean;
	schema: FieldSchema;
}

/** Names the list machinery owns; never shown as fields. */
export const PAGING_PARAMS = new Set([
	'page[number]',
	'page[size]',
	'page[after]',
	'page[before]',
	'page[limit]',
	'page_number',
	'page_size',
	'page_cursor',
	'page',
	'cursor',
	'per_page',
	'recordsPerPage',
	// TeXML's Twilio-style paging
	'Page',
	'PageSize',
	'PageToken',
]);

export function pathParams(spec: OpenApiSpec, method: string, path: string): FlatQueryParam[] {
	const declared = spec.parameters(method, path).filter((p) => p.in === 'path');
	const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
	return names.map((name) => {
		const param = declared.find((p) => p.name === name);
		const schema = param ? trimSchema(spec, param.schema, { request: true }) : { type: 'string' as const };
		return { name, required: true, schema };
	});
}

/**
 * Query parameters with deepObject objects flattened into `filter[a][b]` names. A filter that
 * takes one of several shapes (`filter[cidr_block]` as text, or `filter[cidr_block][contains]`…)
 * gives a name per shape; `exclusive` collects them, since only one shape may be sent.
 */
export function queryParams(
	spec: OpenApiSpec,
	method: string,
	path: string,
	exclusive: string[][][] = [],
): FlatQueryParam[] {
	const out: FlatQueryParam[] = [];
	for (const param of spec.parameters(method, path)) {
		if (param.in !== 'query') continue;
		// filters often reuse response models: their read-only fields are still filterable
		const schema = trimSchema(spec, param.schema, { request: false });
		const name = String(param.name);
		if (schema.properties && (param.style === 'deepObject' || name === 'filter' || name === 'page')) {
			flatten(name, schema, Boolean(param.required), out, exclusive);
		} else {
			out.push({ name, required: Boolean(param.required), schema });
		}
	}
	return dedupe(out);
}

function flatten(prefix: string, schema: FieldSchema, required: boolean, out: FlatQueryParam[], exclusive: string[][][]): void {
	for (const [key, prop] of Object.entries(schema.properties ?? {})) {
		const name = `${prefix}[${key}]`;
		const isRequired = required && Boolean(schema.required?.includes(key));
		const alternatives = prop.oneOf ?? [prop];
		const shapes: string[][] = [];
		for (const alt of alternatives) {
			const before = out.length;
			if (alt.properties && Object.keys(alt.properties).length) {
				flatten(name, alt, isRequired, out, exclusive);
			} else if (isObjectOnly(alt)) {
				continue; // free-form objects cannot be spelled as query strings
			} else {
				const { oneOf: _ignored, ...rest } = alt;
				void _ignored;
				out.push({ name, required: isRequired, schema: rest });
			}
			shapes.push(out.slice(before).map((param) => param.name));
		}
		// alternatives spelled alike (a text, or a list of texts, under one name) are one field
		const distinct = shapes
			.filter((names) => names.length)
			.filter((names, index, all) => all.findIndex((other) => other.join() === names.join()) === index);
		if (distinct.length > 1) exclusive.push(distinct);
	}
}

function isObjectOnly(schema: FieldSchema): boolean {
	return schema.type === 'object' || (Array.isArray(schema.type) && schema.type.every((t) => t === 'object' || t === 'null'));
}

function dedupe(params: FlatQueryParam[]): FlatQueryParam[] {
	const seen = new Map<string, FlatQueryParam>();
	for (const param of params) if (!seen.has(param.name)) seen.set(param.name, param);
	return [...seen.values()];
}
