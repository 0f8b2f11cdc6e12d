import type { CatalogOperation, FieldSchema } from '../../nodes/shared/catalog/types';
import type { SandboxErrorEntry } from './errors';

/**
 * Checks a request body the way Telnyx does: missing required fields, wrong types, values
 * outside an enum or a range. Written apart from the node's own checks so that it can
 * catch what the node lets through.
 */
export function validateBody(operation: CatalogOperation, body: unknown): SandboxErrorEntry[] {
	if (!operation.body) return [];
	if (operation.body.contentType === 'multipart') return validateMultipart(operation, body);
	const record = (body && typeof body === 'object' && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
	const errors: SandboxErrorEntry[] = [];
	for (const field of operation.body.fields) {
		const value = record[field.name];
		if (value === undefined) {
			if (field.required) errors.push(missing(field.name));
			continue;
		}
		check(field.schema, value, field.name, errors);
	}
	return errors;
}

/** Enum and type checks of query parameters the catalog knows. */
export function validateQuery(operation: CatalogOperation, query: URLSearchParams): SandboxErrorEntry[] {
	const errors: SandboxErrorEntry[] = [];
	for (const field of operation.query) {
		const value = query.get(field.name);
		if (value === null) {
			if (field.required) errors.push(missing(field.name));
			continue;
		}
		if (field.schema.enum && !field.schema.enum.map(String).includes(value)) {
			errors.push(invalidEnum(field.name, field.schema.enum));
		}
	}
	return errors;
}

function check(schema: FieldSchema, value: unknown, pointer: string, errors: SandboxErrorEntry[]): void {
	if (value === null) {
		const nullable = (Array.isArray(schema.type) && schema.type.includes('null')) || schema.enum?.includes(null);
		if (!nullable && schema.type) errors.push(typeError(pointer, schema, value));
		return;
	}
	if (schema.oneOf) {
		const fits = schema.oneOf.some((alt) => {
			const inner: SandboxErrorEntry[] = [];
			check(alt, value, pointer, inner);
			return inner.length === 0;
		});
		if (!fits) errors.push(typeError(pointer, schema, value));
		return;
	}
	if (schema.enum && !schema.enum.includes(value as never)) {
		errors.push(invalidEnum(pointer, schema.enum));
		return;
	}
	const types = (Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []).filter((t) => t !== 'null');
	if (types.length === 0) return;
	const actual = Array.isArray(value) ? 'array' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
	if (!types.some((t) => t === actual || (t === 'number' && actual === 'integer'))) {
		errors.push(typeError(pointer, schema, value));
		return;
	}
	if (typeof value === 'number') {
		if ((typeof schema.minimum === 'number' && value < schema.minimum) || (typeof schema.maximum === 'number' && value > schema.maximum)) {
			errors.push({
				code: '10033',
				title: 'Value outside of range',
				detail: `The value is outside of allowed range ${schema.minimum ?? '-∞'} to ${schema.maximum ?? '∞'}`,
				source: { pointer: `/${pointer.replace(/\./g, '/')}` },
			});
		}
	}
	if (typeof value === 'string') {
		if ((typeof schema.minLength === 'number' && value.length < schema.minLength) || (typeof schema.maxLength === 'number' && value.length > schema.maxLength)) {
			errors.push({
				code: '10025',
				title: 'String length out of range',
				detail: `The field must be between ${schema.minLength ?? 0} and ${schema.maxLength ?? '∞'} characters long, but was ${value.length}.`,
				source: { pointer: `/${pointer.replace(/\./g, '/')}` },
			});
		}
	}
	if (typeof value === 'string') {
		const formatError = checkFormat(schema.format, value, pointer);
		if (formatError) errors.push(formatError);
	}
	if (Array.isArray(value) && schema.items) value.forEach((item, i) => check(schema.items!, item, `${pointer}.${i}`, errors));
	if (actual === 'object' && schema.properties) {
		const record = value as Record<string, unknown>;
		for (const name of schema.required ?? []) if (record[name] === undefined) errors.push(missing(`${pointer}.${name}`));
		for (const [name, prop] of Object.entries(schema.properties)) {
			if (record[name] !== undefined) check(prop, record[name], `${pointer}.${name}`, errors);
		}
	}
}

function missing(name: string): SandboxErrorEntry {
	return {
		code: '10004',
		title: 'Missing required parameter',
		detail: `The '${name}' parameter is required.`,
		source: { pointer: `/${name.replace(/\./g, '/')}` },
	};
}

function invalidEnum(name: string, values: unknown[]): SandboxErrorEntry {
	return {
		code: '10032',
		title: 'Invalid enumerated value',
		detail: `The value must be one of ${values.filter((v) => v !== null).join(', ')}`,
		source: { pointer: `/${name.replace(/\./g, '/')}` },
	};
}

function typeError(name: string, schema: FieldSchema, value: unknown): SandboxErrorEntry {
	const expected = Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'a valid value');
	return {
		code: '10026',
		title: 'Invalid parameter type',
		detail: `The parameter must be of type ${expected}, but received type ${Array.isArray(value) ? 'array' : typeof value}`,
		source: { pointer: `/${name.replace(/\./g, '/')}` },
	};
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Formats Telnyx checks on its side: URLs (10003) and UUID references (10006). */
function checkFormat(format: string | undefined, value: string, name: string): SandboxErrorEntry | undefined {
	const pointer = `/${name.replace(/\./g, '/')}`;
	if (format === 'uri' && value !== '' && !isHttpUrl(value)) {
		return {
			code: '10003',
			title: 'Invalid URL',
			detail: 'The URL provided was invalid, malformed, or too long. URLs can be a maximum of 2000 characters.',
			source: { pointer },
		};
	}
	if (format === 'uuid' && !UUID.test(value)) {
		return { code: '10006', title: 'Invalid ID', detail: 'The resource ID provided was invalid.', source: { pointer } };
	}
	return undefined;
}

function isHttpUrl(value: string): boolean {
	if (value.length > 2000) return false;
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}

/** Multipart forms: required parts present, and every file part really carries a file. */
function validateMultipart(operation: CatalogOperation, body: unknown): SandboxErrorEntry[] {
	const parts = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
	const errors: SandboxErrorEntry[] = [];
	for (const field of operation.body!.fields) {
		const value = parts[field.name];
		const isFile = field.schema.format === 'binary';
		if (value === undefined) {
			if (field.required) errors.push(missing(field.name));
			continue;
		}
		if (isFile) {
			const file = value as { filename?: string; data?: Buffer };
			if (typeof value === 'string' || !file.data || file.data.length === 0) {
				errors.push({
					code: '10015',
					title: 'Bad Request',
					detail: `The '${field.name}' part must be a non-empty file upload.`,
					source: { pointer: `/${field.name}` },
				});
			}
			continue;
		}
		if (typeof value === 'string' && field.schema.enum && !field.schema.enum.map(String).includes(value)) {
			errors.push(invalidEnum(field.name, field.schema.enum));
		}
	}
	return errors;
}
