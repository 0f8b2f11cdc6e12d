import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NULL_OPTION, parameterNameFor } from '../catalog/naming';
import type { CatalogField, CatalogResource, FieldSchema } from '../catalog/types';

/** How a schema is edited: the decision is shared by the description and the value reader. */
export type EditorKind =
	| 'options'
	| 'multiOptions'
	| 'boolean'
	| 'number'
	| 'dateTime'
	| 'string'
	| 'list'
	| 'collection'
	| 'fixedList'
	| 'binaryFile'
	| 'json';

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

export function editorKind(schema: FieldSchema): EditorKind {
	const types = nonNullTypes(schema);
	if (schema.oneOf) return 'json';
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

export interface FieldPropertyContext {
	/** Resources of the node, for resource locators. */
	resources: CatalogResource[];
	/** Top-level fields may be required; options inside collections may not. */
	topLevel: boolean;
}

/** The n8n parameter for one catalog field. */
export function fieldProperty(field: CatalogField, context: FieldPropertyContext): INodeProperties {
	if (field.locator) {
		const resource = context.resources.find((r) => r.value === field.locator);
		if (resource?.locator) return locatorProperty(field, resource, context.topLevel);
	}
	const property = schemaProperty(field.key, field.displayName, field.description, field.schema);
	if (context.topLevel && field.required) property.required = true;
	return property;
}

export function searchMethodName(resource: string): string {
	return `search${resource.charAt(0).toUpperCase()}${resource.slice(1)}`;
}

function locatorProperty(field: CatalogField, resource: CatalogResource, topLevel: boolean): INodeProperties {
	return {
		displayName: field.displayName,
		name: field.key,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		...(topLevel && field.required ? { required: true } : {}),
		...(field.description ? { description: field.description } : {}),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: resource.locator?.listPlaceholder,
				typeOptions: { searchListMethod: searchMethodName(resource.value), searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: resource.locator?.placeholder ?? 'e.g. 1293384261075731499',
			},
		],
	};
}

function schemaProperty(name: string, displayName: string, description: string | undefined, schema: FieldSchema): INodeProperties {
	const base = { displayName, name, ...(description ? { description } : {}) };
	const kind = editorKind(schema);
	switch (kind) {
		case 'options': {
			const options = enumOptions(schema);
			const fallback = options[0]?.value ?? '';
			const preferred = schema.default === null ? NULL_OPTION : schema.default;
			const value = options.some((o) => o.value === preferred) ? preferred : fallback;
			return { ...base, type: 'options', options, default: value as string };
		}
		case 'multiOptions':
			return { ...base, type: 'multiOptions', options: enumOptions(schema.items ?? {}), default: [] };
		case 'boolean':
			return { ...base, type: 'boolean', default: typeof schema.default === 'boolean' ? schema.default : false };
		case 'number': {
			const typeOptions: INodeProperties['typeOptions'] = {};
			if (typeof schema.minimum === 'number') typeOptions.minValue = schema.minimum;
			if (typeof schema.maximum === 'number') typeOptions.maxValue = schema.maximum;
			if (nonNullTypes(schema).includes('integer')) typeOptions.numberPrecision = 0;
			const fallback = typeof schema.minimum === 'number' ? schema.minimum : 0;
			return {
				...base,
				type: 'number',
				default: typeof schema.default === 'number' ? schema.default : fallback,
				...(Object.keys(typeOptions).length ? { typeOptions } : {}),
			};
		}
		case 'dateTime':
			return { ...base, type: 'dateTime', default: '' };
		case 'collection':
			return {
				...base,
				type: 'collection',
				placeholder: 'Add Setting',
				default: {},
				options: sortByDisplayName(
					Object.entries(schema.properties ?? {}).map(([wire, prop]) =>
						schemaProperty(parameterNameFor(wire), prop.displayName ?? wire, prop.description, prop),
					),
				),
			};
		case 'fixedList': {
			const item = schema.items ?? {};
			const required = new Set(item.required ?? []);
			return {
				...base,
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				placeholder: `Add ${singularOf(displayName)}`,
				default: {},
				options: [
					{
						name: FIXED_LIST_VALUES,
						displayName: singularOf(displayName),
						values: Object.entries(item.properties ?? {}).map(([wire, prop]) => {
							const inner = schemaProperty(parameterNameFor(wire), prop.displayName ?? wire, prop.description, prop);
							return required.has(wire) ? { ...inner, required: true } : inner;
						}),
					},
				],
			};
		}
		case 'binaryFile':
			return {
				...base,
				displayName: `${displayName} Input Binary Field`,
				type: 'string',
				default: 'data',
				hint: 'The name of the input binary field holding the file to upload',
			};
		case 'json':
			return { ...base, type: 'json', default: schemaJsonDefault(schema) };
		case 'list':
		case 'string':
		default: {
			const secret = /password|secret|token|accountKey|credentials$/i.test(name);
			return {
				...base,
				type: 'string',
				default: typeof schema.default === 'string' ? schema.default : '',
				...(secret ? { typeOptions: { password: true } } : {}),
			};
		}
	}
}

/** The key under which a fixed collection keeps its entries: `{ values: [...] }`. */
export const FIXED_LIST_VALUES = 'values';

function singularOf(label: string): string {
	if (/ies$/.test(label)) return label.replace(/ies$/, 'y');
	if (/(ss|us)$/.test(label)) return label;
	return label.replace(/s$/, '');
}

function schemaJsonDefault(schema: FieldSchema): string {
	return nonNullTypes(schema).includes('array') ? '[]' : '{}';
}

export function enumOptions(schema: FieldSchema): INodePropertyOptions[] {
	const values = schema.enum ?? [];
	const options = values.map((value, index) => ({
		name: schema.enumLabels?.[index] ?? String(value),
		value: value === null ? NULL_OPTION : (value as string | number | boolean),
	}));
	return options.sort((a, b) => a.name.localeCompare(b.name));
}

export function sortByDisplayName(properties: INodeProperties[]): INodeProperties[] {
	return [...properties].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
