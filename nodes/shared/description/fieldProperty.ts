import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { FIXED_LIST_VALUES, NULL_OPTION } from '../catalog/constants';
import { editorKind, nonNullTypes } from '../catalog/editorKind';
import { parameterNameFor } from '../catalog/naming';
import type { CatalogField, CatalogResource, EditorKind, FieldSchema } from '../catalog/types';

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
	const property = schemaProperty(field.param, field.displayName, field.description, field.schema, field.editor);
	if (context.topLevel && field.required) property.required = true;
	return property;
}

export function searchMethodName(resource: string): string {
	return `search${resource.charAt(0).toUpperCase()}${resource.slice(1)}`;
}

function locatorProperty(field: CatalogField, resource: CatalogResource, topLevel: boolean): INodeProperties {
	return {
		displayName: field.displayName,
		name: field.param,
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

function schemaProperty(
	name: string,
	displayName: string,
	description: string | undefined,
	schema: FieldSchema,
	kind: EditorKind = editorKind(schema),
): INodeProperties {
	const base = { displayName, name, ...(description ? { description } : {}) };
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
			const secret = /password|secret|token|accountKey|apiKey|privateKey|credentials$/i.test(name);
			return {
				...base,
				type: 'string',
				default: typeof schema.default === 'string' ? schema.default : '',
				...(secret ? { typeOptions: { password: true } } : {}),
				...(/email$/i.test(name) && !secret ? { placeholder: 'name@email.com' } : {}),
			};
		}
	}
}

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
