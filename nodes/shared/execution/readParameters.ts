import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { expandPath } from '../catalog';
import type { CatalogField, CatalogOperation } from '../catalog/types';
import { PARAM, bodyCollectionOf } from '../description/buildNodeProperties';
import { InputError, toWireValue } from './toWireValue';

export interface PreparedRequest {
	path: string;
	qs: IDataObject;
	body?: IDataObject;
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
	if (operation.body) {
		body = {};
		for (const field of operation.body.fields.filter((f) => f.required)) {
			const value = this.getNodeParameter(field.key, itemIndex, undefined, { extractValue: true });
			setIfPresent(body, field, value, true);
		}
		const optional = this.getNodeParameter(bodyCollectionOf(operation), itemIndex, {}) as IDataObject;
		for (const field of operation.body.fields.filter((f) => !f.required)) {
			if (field.key in optional) setIfPresent(body, field, unwrapLocator(optional[field.key]), false);
		}
	}

	return { path: expandPath(operation.path, pathValues), qs, ...(body ? { body } : {}) };
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
	target[field.name] = toWireValue(field.schema, value, { label: label(field) }) as IDataObject[string];
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
	return value;
}

/** Resource locators inside collections keep the `{ mode, value }` shape; the API wants the value. */
function unwrapLocator(value: unknown): unknown {
	if (value && typeof value === 'object' && !Array.isArray(value) && '__rl' in value) {
		return (value as { value?: unknown }).value;
	}
	return value;
}
