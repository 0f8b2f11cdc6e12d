import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { containerIn, expandPath } from '../catalog';
import { PARAM } from '../catalog/constants';
import type { CatalogField, CatalogOperation, Container } from '../catalog/types';
import { variantParameterName, variantsOf, type Variants } from '../description/variants';
import { InputError, toWireValue, type WireOptions } from './toWireValue';

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

/**
 * Reads one item's parameters for an operation, from where this node version shows them, and
 * turns them into path, query and body. Everything is checked before anything is sent.
 */
export function readParameters(this: IExecuteFunctions, operation: CatalogOperation, itemIndex: number): PreparedRequest {
	const version = this.getNode().typeVersion;
	const wire: WireOptions = { label: '', timeZone: this.getTimezone() };
	const collections = new Map<Container, IDataObject>();
	const collection = (container: Exclude<Container, 'top'>) => {
		if (!collections.has(container)) collections.set(container, this.getNodeParameter(PARAM[container], itemIndex, {}) as IDataObject);
		return collections.get(container)!;
	};
	/** The value a field has in this item, `undefined` when it is not set. */
	const read = (field: CatalogField): unknown => {
		const container = containerIn(field, version);
		if (container === 'top') return this.getNodeParameter(field.param, itemIndex, undefined, { extractValue: true });
		const values = collection(container);
		return field.param in values ? unwrapLocator(values[field.param]) : undefined;
	};

	const pathValues: Record<string, string> = {};
	for (const field of operation.pathParams) pathValues[field.name] = readId(field, read(field));

	const qs: IDataObject = {};
	for (const field of operation.query) setIfPresent(qs, field, read(field), wire);

	let body: IDataObject | undefined;
	const files: FileField[] = [];
	if (operation.body) {
		body = {};
		for (const field of operation.body.fields) {
			const variants = field.required ? variantsOf(field, operation) : undefined;
			if (variants) {
				body[field.name] = readVariant(this, variants, itemIndex, wire) as IDataObject;
				continue;
			}
			const value = read(field);
			if (field.editor === 'binaryFile') {
				const file = readFileField(field, value);
				if (file) files.push(file);
			} else setIfPresent(body, field, value, wire);
		}
	}
	checkOneOf(operation, qs, body ?? {}, files);
	checkExclusive(operation, qs, body ?? {});
	return { path: expandPath(operation.path, pathValues), pathValues, qs, ...(body ? { body } : {}), files };
}

/** At least one field of each either-or group must be set: Send Message needs a sender and content. */
function checkOneOf(operation: CatalogOperation, qs: IDataObject, body: IDataObject, files: FileField[]): void {
	const fields = [...operation.query, ...(operation.body?.fields ?? [])];
	for (const group of operation.oneOf ?? []) {
		const set = group.some((name) => {
			const field = fields.find((f) => f.name === name || f.wirePath?.join('.') === name);
			if (!field) return false;
			if (files.some((file) => file.field === field)) return true;
			const value = field.wirePath ? valueAtPath(body, field.wirePath) : (field.name in qs ? qs[field.name] : body[field.name]);
			return value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
		});
		if (set) continue;
		const labels = group.map((name) => {
			const field = fields.find((f) => f.name === name || f.wirePath?.join('.') === name);
			return field ? label(field) : `"${name}"`;
		});
		// a group of one is a field the request needs although the spec calls it optional
		throw new InputError(
			labels.length === 1 ? `Set ${labels[0]}` : `Set ${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`,
			labels.length === 1 ? 'Telnyx refuses the request without it.' : 'Telnyx refuses the request without one of them.',
		);
	}
}

/** Alternatives exclude each other: `filter[cidr_block]` or its `[contains]`-style variants, not both. */
function checkExclusive(operation: CatalogOperation, qs: IDataObject, body: IDataObject): void {
	const fields = [...operation.query, ...(operation.body?.fields ?? [])];
	const isSet = (name: string) => name in qs || name in body;
	for (const shapes of operation.exclusive ?? []) {
		const used = shapes.filter((names) => names.some(isSet));
		if (used.length < 2) continue;
		const describe = (names: string[]) =>
			names
				.filter(isSet)
				.map((name) => {
					const field = fields.find((f) => f.name === name);
					return field ? label(field) : `"${name}"`;
				})
				.join(' and ');
		throw new InputError(
			`Use ${describe(used[0])} or ${describe(used[1])}, not both`,
			'Telnyx takes only one of these ways of setting the value.',
		);
	}
}

function valueAtPath(body: IDataObject, path: string[]): unknown {
	let current: unknown = body;
	for (const key of path) current = current && typeof current === 'object' ? (current as IDataObject)[key] : undefined;
	return current;
}

function readFileField(field: CatalogField, value: unknown): FileField | undefined {
	const binaryProperty = typeof value === 'string' ? value.trim() : '';
	if (!binaryProperty) {
		if (!field.required) return undefined;
		throw new InputError(
			`${label(field)} needs the name of an input binary field`,
			'Enter the binary field that holds the file, e.g. data.',
		);
	}
	return { field, binaryProperty };
}

/** The object of the shape the selector picked, from that shape's own fields. */
function readVariant(context: IExecuteFunctions, variants: Variants, itemIndex: number, wire: WireOptions): IDataObject {
	const { field, selector, shapes } = variants;
	const choice = context.getNodeParameter(selector.param, itemIndex, '') as string;
	const shape = shapes[choice];
	if (!shape) {
		throw new InputError(`${label(selector)} must be one of ${Object.keys(shapes).map((c) => `"${c}"`).join(', ')}; got "${choice}"`);
	}
	const value: IDataObject = { [selector.name]: choice };
	const required = new Set(shape.required ?? []);
	for (const [wireName, schema] of Object.entries(shape.properties ?? {})) {
		if (wireName === selector.name) continue;
		const raw = context.getNodeParameter(variantParameterName(field, wireName), itemIndex, undefined);
		const fieldLabel = `"${schema.displayName ?? wireName}" (${field.name}.${wireName})`;
		if (raw === undefined || raw === '') {
			if (required.has(wireName)) throw new InputError(`${fieldLabel} is required when ${label(selector)} is "${choice}"`);
			continue;
		}
		value[wireName] = toWireValue(schema, raw, { ...wire, label: fieldLabel }) as IDataObject[string];
	}
	return value;
}

function label(field: CatalogField): string {
	return `"${field.displayName}" (${field.name})`;
}

function setIfPresent(target: IDataObject, field: CatalogField, value: unknown, wire: WireOptions): void {
	if (value === undefined || (value === '' && field.container === 'top')) {
		if (field.required) {
			throw new InputError(`${label(field)} is required`, field.description ? `Expected: ${field.description}.` : undefined);
		}
		return;
	}
	const converted = toWireValue(field.schema, value, { ...wire, label: label(field) }) as IDataObject[string];
	if (!field.wirePath) {
		target[field.name] = converted;
		return;
	}
	// a shortcut: place the value where it lives in the body
	let node = target;
	for (const key of field.wirePath.slice(0, -1)) {
		if (!node[key] || typeof node[key] !== 'object') node[key] = {};
		node = node[key] as IDataObject;
	}
	node[field.wirePath[field.wirePath.length - 1]] = converted;
}

/** Ids end up in the URL path: refuse values that would change which endpoint is called. */
function readId(field: CatalogField, raw: unknown): string {
	if (raw !== undefined && raw !== null && raw !== '' && typeof raw !== 'string' && typeof raw !== 'number') {
		const what = Array.isArray(raw) ? 'a list' : typeof raw === 'object' ? 'an object' : typeof raw;
		throw new InputError(`${label(field)} must be text, the ID of one record; got ${what}`, 'Pick a record from the list, or map a single ID.');
	}
	if (typeof raw === 'number' && !Number.isFinite(raw)) {
		throw new InputError(`${label(field)} must be an ID; got ${String(raw)}`, 'The expression gave a number that is not an ID.');
	}
	const value = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
	if (value === '') {
		throw new InputError(`${label(field)} is required`, 'Pick a record from the list or enter its ID.');
	}
	if (value === '.' || value === '..' || /^(NaN|-?Infinity|undefined|null|\[object Object\])$/.test(value)) {
		throw new InputError(`${label(field)} is not a valid ID: "${value}"`, 'Enter the ID of an existing record.');
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
