import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { expandPath } from '../catalog';
import type { CatalogField, CatalogOperation } from '../catalog/types';
import { PARAM, bodyCollectionOf } from '../description/buildNodeProperties';
import { editorKind } from '../description/fieldProperty';
import { variantParameterName, variantsOf, type Variants } from '../description/variants';
import { InputError, toWireValue } from './toWireValue';

export interface PreparedRequest {
	path: string;
	/** Path parameter values by wire name, for file names and follow-up requests. */
	pathValues: Record<string, string>;
	qs: IDataObject;
	body?: IDataObject;
	/** Files to upload (multipart bodies): the body field and the input binary property holding it. */
	files: FileField[];
}

export interface FileField {
	field: CatalogField;
	binaryProperty: string;
}

/** Reads one item's parameters for an operation and turns them into path, query and body. */
export function readParameters(this: IExecuteFunctions, operation: CatalogOperation, itemIndex: number): PreparedRequest {
	const pathValues: Record<string, string> = {};
	for (const field of operation.pathParams) {
		pathValues[field.name] = readId(this, field, itemIndex);
	}

	const qs: IDataObject = {};
	for (const field of operation.query.filter((q) => q.required)) {
		setIfPresent(qs, field, this.getNodeParameter(field.key, itemIndex, undefined, { extractValue: true }), true);
	}
	const filters = this.getNodeParameter(PARAM.filters, itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter(PARAM.options, itemIndex, {}) as IDataObject;
	for (const field of operation.query.filter((q) => !q.required)) {
		const source = field.group === 'filter' ? filters : options;
		if (field.key in source) setIfPresent(qs, field, unwrapLocator(source[field.key]), false);
	}

	let body: IDataObject | undefined;
	const files: FileField[] = [];
	if (operation.body) {
		body = {};
		for (const field of operation.body.fields.filter((f) => f.required)) {
			const variants = variantsOf(field, operation);
			if (variants) {
				body[field.name] = readVariant(this, variants, itemIndex) as IDataObject;
				continue;
			}
			const value = this.getNodeParameter(field.key, itemIndex, undefined, { extractValue: true });
			if (editorKind(field.schema) === 'binaryFile') files.push(readFileField(field, value, true)!);
			else setIfPresent(body, field, value, true);
		}
		const optional = this.getNodeParameter(bodyCollectionOf(operation), itemIndex, {}) as IDataObject;
		for (const field of operation.body.fields.filter((f) => !f.required)) {
			if (!(field.key in optional)) continue;
			if (editorKind(field.schema) === 'binaryFile') {
				const file = readFileField(field, optional[field.key], false);
				if (file) files.push(file);
			} else setIfPresent(body, field, unwrapLocator(optional[field.key]), false);
		}
	}

	return { path: expandPath(operation.path, pathValues), pathValues, qs, ...(body ? { body } : {}), files };
}

function readFileField(field: CatalogField, value: unknown, required: boolean): FileField | undefined {
	const binaryProperty = typeof value === 'string' ? value.trim() : '';
	if (!binaryProperty) {
		if (!required) return undefined;
		throw new InputError(
			`${label(field)} needs the name of an input binary field`,
			'Enter the binary field that holds the file, e.g. data.',
		);
	}
	return { field, binaryProperty };
}

/** The object of the shape the selector picked, from that shape's own fields. */
function readVariant(context: IExecuteFunctions, variants: Variants, itemIndex: number): IDataObject {
	const { field, selector, shapes } = variants;
	const choice = context.getNodeParameter(selector.key, itemIndex, '') as string;
	const shape = shapes[choice];
	if (!shape) {
		throw new InputError(`${label(selector)} must be one of ${Object.keys(shapes).map((c) => `"${c}"`).join(', ')}; got "${choice}"`);
	}
	const value: IDataObject = { [selector.name]: choice };
	const required = new Set(shape.required ?? []);
	for (const [wire, schema] of Object.entries(shape.properties ?? {})) {
		if (wire === selector.name) continue;
		const raw = context.getNodeParameter(variantParameterName(field, wire), itemIndex, undefined);
		const fieldLabel = `"${schema.displayName ?? wire}" (${field.name}.${wire})`;
		if (raw === undefined || raw === '') {
			if (required.has(wire)) throw new InputError(`${fieldLabel} is required when ${label(selector)} is "${choice}"`);
			continue;
		}
		value[wire] = toWireValue(schema, raw, { label: fieldLabel }) as IDataObject[string];
	}
	return value;
}

function label(field: CatalogField): string {
	return `"${field.displayName}" (${field.name})`;
}

function setIfPresent(target: IDataObject, field: CatalogField, value: unknown, required: boolean): void {
	if (value === undefined || (value === '' && required)) {
		if (required) {
			throw new InputError(`${label(field)} is required`, field.description ? `Expected: ${field.description}.` : undefined);
		}
		return;
	}
	const wire = toWireValue(field.schema, value, { label: label(field) }) as IDataObject[string];
	if (!field.wirePath) {
		target[field.name] = wire;
		return;
	}
	// a shortcut: place the value where it lives in the body
	let node = target;
	for (const key of field.wirePath.slice(0, -1)) {
		if (!node[key] || typeof node[key] !== 'object') node[key] = {};
		node = node[key] as IDataObject;
	}
	node[field.wirePath[field.wirePath.length - 1]] = wire;
}

/** Ids end up in the URL path: refuse values that would change which endpoint is called. */
function readId(context: IExecuteFunctions, field: CatalogField, itemIndex: number): string {
	const raw = context.getNodeParameter(field.key, itemIndex, '', { extractValue: true });
	const value = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
	if (value === '') {
		throw new InputError(`${label(field)} is required`, 'Pick a record from the list or enter its ID.');
	}
	if (value === '.' || value === '..') {
		throw new InputError(`${label(field)} is not a valid ID: "${value}"`, 'Enter the ID of an existing record.');
	}
	if (typeof raw !== 'string' && typeof raw !== 'number') {
		throw new InputError(`${label(field)} must be text; got ${typeof raw}`);
	}
	// phone numbers in paths get the same check as in bodies
	if (field.schema.check) toWireValue(field.schema, value, { label: label(field) });
	return value;
}

/** Resource locators inside collections keep the `{ mode, value }` shape; the API wants the value. */
function unwrapLocator(value: unknown): unknown {
	if (value && typeof value === 'object' && !Array.isArray(value) && '__rl' in value) {
		return (value as { value?: unknown }).value;
	}
	return value;
}
