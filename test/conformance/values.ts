/**
 * Editor parameters for an operation, made from its catalog entry: the values a user would
 * enter, in the shape n8n stores them (locators, collections, fixed lists, JSON text, dates
 * without an offset as the date picker gives them). Two sets per operation: only what the API
 * requires (plus one field of each either-or group), and every field the node exposes.
 */
import type { INodeParameters, NodeParameterValueType } from 'n8n-workflow';
import { containerIn } from '../../nodes/shared/catalog';
import { FIXED_LIST_VALUES, PARAM } from '../../nodes/shared/catalog/constants';
import { editorKind, nonNullTypes } from '../../nodes/shared/catalog/editorKind';
import { parameterNameFor } from '../../nodes/shared/catalog/naming';
import type { CatalogOperation, FieldSchema } from '../../nodes/shared/catalog/types';
import { variantParameterName, variantsOf } from '../../nodes/shared/description/variants';

export type Coverage = 'required' | 'all';

/** The node parameters of one operation for one node version. */
export function parametersFor(operation: CatalogOperation, version: number, coverage: Coverage): INodeParameters {
	const parameters: INodeParameters = { resource: operation.resource, operation: operation.operation };
	const wanted = new Set(coverage === 'required' ? (operation.oneOf ?? []).map((group) => group[0]) : []);
	const fields = [...operation.pathParams, ...operation.query, ...(operation.body?.fields ?? [])];
	// of alternatives that exclude each other, the first is used
	const excluded = new Set((operation.exclusive ?? []).flatMap((shapes) => shapes.slice(1).flat()));
	for (const field of fields) {
		if (excluded.has(field.name)) continue;
		const include = coverage === 'all' || field.required || wanted.has(field.name) || wanted.has(field.wirePath?.join('.') ?? '');
		if (!include) continue;
		const variants = field.required ? variantsOf(field, operation) : undefined;
		if (variants) {
			const [choice] = Object.keys(variants.shapes);
			parameters[variants.selector.param] = choice;
			const shape = variants.shapes[choice];
			for (const [wire, schema] of Object.entries(shape.properties ?? {})) {
				if (wire === variants.selector.name) continue;
				if (coverage === 'required' && !shape.required?.includes(wire)) continue;
				parameters[variantParameterName(field, wire)] = editorValue(schema, wire, coverage);
			}
			continue;
		}
		const value = field.locator
			? { __rl: true, mode: 'id', value: String(plainValue(field.schema, field.name)) }
			: field.editor === 'binaryFile'
				? 'data'
				: editorValue(field.schema, field.name, coverage);
		const container = containerIn(field, version);
		if (container === 'top') {
			// a selector's own value was set by its variants already
			if (!(field.param in parameters)) parameters[field.param] = value as NodeParameterValueType;
		} else {
			const collection = (parameters[PARAM[container]] ??= {}) as INodeParameters;
			collection[field.param] = value as NodeParameterValueType;
		}
	}
	if (operation.list) parameters[PARAM.limit] = 3;
	return parameters;
}

/** What the editor holds for a schema: its kind decides the shape. */
function editorValue(schema: FieldSchema, name: string, coverage: Coverage): NodeParameterValueType {
	switch (editorKind(schema)) {
		case 'options':
			return firstChoice(schema) as NodeParameterValueType;
		case 'multiOptions':
			return [firstChoice(schema.items ?? {})] as NodeParameterValueType;
		case 'boolean':
			return true;
		case 'number':
			return numberFor(schema);
		case 'dateTime':
			// n8n's date picker stores wall-clock time without an offset
			return '2026-01-31T12:00:00';
		case 'list':
			return String(plainValue(schema.items ?? {}, name));
		case 'collection':
			return objectFor(schema, coverage, (prop, key) => editorValue(prop, key, coverage), parameterNameFor) as NodeParameterValueType;
		case 'fixedList': {
			// an entry with nothing in it says nothing: where no field of it is required, all are filled
			const items = schema.items ?? {};
			const entryCoverage = items.required?.length ? coverage : 'all';
			const entry = objectFor(items, entryCoverage, (prop, key) => editorValue(prop, key, entryCoverage), parameterNameFor);
			return { [FIXED_LIST_VALUES]: [entry] } as unknown as NodeParameterValueType;
		}
		case 'json':
			// what goes into a JSON field is the user's own structure: its required parts suffice
			return JSON.stringify(jsonFor(schema, name, 'required'));
		case 'binaryFile':
			return 'data';
		default:
			return String(plainValue(schema, name));
	}
}

function objectFor(
	schema: FieldSchema,
	coverage: Coverage,
	value: (prop: FieldSchema, key: string) => unknown,
	keyFor: (wire: string) => string = (wire) => wire,
): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [wire, prop] of Object.entries(schema.properties ?? {})) {
		if (coverage === 'required' && !schema.required?.includes(wire)) continue;
		out[keyFor(wire)] = value(prop, wire);
	}
	return out;
}

/** A JSON value fitting a schema, for fields edited as JSON. */
function jsonFor(schema: FieldSchema, name: string, coverage: Coverage): unknown {
	if (schema.oneOf?.length) {
		const value = jsonFor(schema.oneOf[0], name, coverage);
		// the property that picks the alternative is set, so that exactly one alternative matches
		const { discriminator } = schema;
		const pick = discriminator && Object.entries(discriminator.mapping).find(([, index]) => index === 0)?.[0];
		return pick && value && typeof value === 'object' ? { ...(value as object), [discriminator.propertyName]: pick } : value;
	}
	if (schema.enum) return firstChoice(schema);
	const types = nonNullTypes(schema);
	if (types.includes('object') || schema.properties) {
		return objectFor(schema, coverage, (prop, key) => jsonFor(prop, key, coverage));
	}
	if (types.includes('array')) return [jsonFor(schema.items ?? {}, name, coverage)];
	return plainValue(schema, name);
}

function firstChoice(schema: FieldSchema): unknown {
	return schema.enum?.find((value) => value !== null) ?? '';
}

function numberFor(schema: FieldSchema): number {
	if (typeof schema.minimum === 'number') return schema.minimum;
	if (typeof schema.maximum === 'number') return Math.min(1, schema.maximum);
	return 1;
}

/** A scalar that passes the schema's type, format, pattern and length. */
function plainValue(schema: FieldSchema, name: string): string | number | boolean {
	if (schema.enum) return firstChoice(schema) as string;
	const types = nonNullTypes(schema);
	if (types.includes('boolean') && !types.includes('string')) return true;
	if ((types.includes('integer') || types.includes('number')) && !types.includes('string')) return numberFor(schema);
	// markup fields get a small well-formed TeXML document, phone number checks a number
	if (schema.check === 'xml') return '<Response><Say>Hello</Say></Response>';
	if (schema.check) return '+13125550123';
	switch (schema.format) {
		case 'uri':
		case 'url':
			return 'https://example.com/telnyx';
		case 'uuid':
			return '3fa85f64-5717-4562-b3fc-2c963f66afa6';
		case 'email':
			return 'someone@example.com';
		case 'date':
			return '2026-01-31';
		case 'date-time':
			return '2026-01-31T12:00:00Z';
		case 'time':
			return '12:00:00Z';
	}
	if (schema.pattern) {
		// the first plausible value the pattern accepts
		const pattern = new RegExp(schema.pattern, 'u');
		const fits = ['Sample 1', 'sample-1', 'US', 'ABC', 'abc', '12345', '+13125550123', 'https://example.com/telnyx', 'wss://example.com/telnyx'].find((candidate) => pattern.test(candidate));
		if (fits) return fits;
		throw new Error(`values.ts: no sample value for the pattern ${schema.pattern} (${name})`);
	}
	const text = /phone|number$|^to$|^from$/.test(name) ? '+13125550123' : `${name.replace(/\W/g, '')}-1`;
	const min = schema.minLength ?? 0;
	const max = schema.maxLength ?? Infinity;
	const sized = text.length < min ? text.padEnd(min, 'x') : text;
	return sized.length > max ? sized.slice(0, Math.max(max, 1)) : sized;
}
