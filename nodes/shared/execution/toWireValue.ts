import { FIXED_LIST_VALUES, NULL_OPTION } from '../catalog/constants';
import { editorKind, isNullable, isTextOrTextList, nonNullTypes } from '../catalog/editorKind';
import { parameterNameFor } from '../catalog/naming';
import type { FieldSchema } from '../catalog/types';
import { withUtcOffset } from './dates';
import { xmlProblem } from './xmlCheck';

/** Bad input found before sending: names the field and what it expects. */
export class InputError extends Error {
	constructor(
		message: string,
		readonly hint?: string,
	) {
		super(message);
		this.name = 'InputError';
	}
}

const E164 = /^\+[1-9]\d{1,14}$/;
const SHORT_CODE = /^\d{3,8}$/;
const MAX_SHOWN_CHOICES = 12;

export interface WireOptions {
	/** Label used in messages: `"Connection Name" (connection_name)`. */
	label: string;
	/** The workflow's time zone: dates picked without an offset are read in it. */
	timeZone?: string;
}

/**
 * Converts what the editor (or an expression) produced into the value the API expects,
 * checking it against the field's schema. Throws InputError naming the field.
 */
export function toWireValue(schema: FieldSchema, value: unknown, options: WireOptions): unknown {
	const { label } = options;
	const inner = (schema: FieldSchema, value: unknown, label: string) => toWireValue(schema, value, { ...options, label });
	if (value === NULL_OPTION || value === null) {
		if (isNullable(schema)) return null;
		throw new InputError(`${label} cannot be empty`, 'Choose a value or remove the field.');
	}
	const kind = editorKind(schema);

	if (kind === 'json' && typeof value === 'string') {
		return checkJson(schema, parseJson(value, label), label);
	}
	if (kind === 'collection' && typeof value === 'string') {
		return checkJson(schema, parseJson(value, label), label);
	}
	if (kind === 'collection' && isPlainObject(value)) {
		return collectionToWire(schema, value as Record<string, unknown>, label, inner);
	}
	if (kind === 'fixedList') {
		const entries = fixedListEntries(value, label);
		return checkJson(
			schema,
			entries.map((entry, index) =>
				isPlainObject(entry)
					? collectionToWire(schema.items ?? {}, withoutBlanks(schema.items ?? {}, entry as Record<string, unknown>), `${label} entry ${index + 1}`, inner)
					: entry,
			),
			label,
		);
	}
	if (kind === 'list' || kind === 'multiOptions') {
		const items = toList(value, label);
		return items.map((item, index) => inner(schema.items ?? {}, item, `${label} item ${index + 1}`));
	}
	if (schema.encode === 'base64') return encodeBase64(schema, value, label);
	// one text or a list: a list typed as JSON text is read as a list
	if (isTextOrTextList(schema) && typeof value === 'string' && value.trim().startsWith('[')) {
		return checkJson(schema, parseJson(value, label), label);
	}
	if (kind === 'dateTime') return checkJson(schema, dateValue(value, label, options.timeZone), label);
	if (schema.format === 'time' && typeof value === 'string') return checkJson(schema, timeOfDay(value, label), label);
	return checkJson(schema, coerceScalar(schema, value), label);
}

type Convert = (schema: FieldSchema, value: unknown, label: string) => unknown;

/**
 * Call Control's `client_state`: text as it is, anything else (an object from an expression,
 * a number) as JSON text, Base64-encoded. The Telnyx Trigger decodes it on the way back.
 */
function encodeBase64(schema: FieldSchema, value: unknown, label: string): string {
	if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) {
		throw new InputError(`${label} must be text or an object; got ${String(value)}`);
	}
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return checkJson(schema, Buffer.from(text, 'utf8').toString('base64'), label) as string;
}

/** Values of a form (collection) keyed by editor names, mapped back to wire names. */
function collectionToWire(schema: FieldSchema, value: Record<string, unknown>, label: string, convert: Convert): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [wire, prop] of Object.entries(schema.properties ?? {})) {
		const key = parameterNameFor(wire);
		const raw = key in value ? value[key] : wire in value ? value[wire] : undefined;
		if (raw === undefined) continue;
		out[wire] = convert(prop, raw, `${label} › "${prop.displayName ?? wire}" (${wire})`);
	}
	return out;
}

/**
 * n8n's date picker stores a wall-clock time without an offset (`2026-01-31T12:00:00`); Telnyx
 * wants RFC 3339 with one. Such values are read in the workflow's time zone.
 */
/**
 * Telnyx's `time` fields are UTC times of day, written `HH:MM` in its descriptions and
 * RFC 3339 (`20:00:00Z`) in its schema: both are accepted, and sent in the schema's form.
 */
function timeOfDay(value: string, label: string): string {
	const match = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(\.\d+)?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/i.exec(value.trim());
	if (!match) throw new InputError(`${label} must be a UTC time of day such as 08:00 or 08:00:00Z; got "${value}"`);
	const [, hours, minutes, seconds = '00', fraction = '', offset = 'Z'] = match;
	return `${hours}:${minutes}:${seconds}${fraction}${offset.toUpperCase()}`;
}

function dateValue(value: unknown, label: string, timeZone: string | undefined): unknown {
	if (typeof value !== 'string' && !(value instanceof Date)) return value;
	const text = value instanceof Date ? value.toISOString() : value.trim();
	const converted = withUtcOffset(text, timeZone ?? 'UTC');
	if (converted === undefined) {
		throw new InputError(`${label} must be a date and time such as 2025-01-31T12:00:00Z; got "${text}"`);
	}
	return converted;
}

/**
 * The editor fills every field of a repeatable entry, left untouched or not: an optional text
 * left empty (a number order's bundle ID) means "not given", never an empty ID.
 */
function withoutBlanks(schema: FieldSchema, entry: Record<string, unknown>): Record<string, unknown> {
	const required = new Set((schema.required ?? []).map(parameterNameFor));
	return Object.fromEntries(Object.entries(entry).filter(([key, value]) => value !== '' || required.has(key) || required.has(parameterNameFor(key))));
}

/** Entries of a repeatable form (`{ values: [...] }`), or a list given as an array or JSON text. */
function fixedListEntries(value: unknown, label: string): unknown[] {
	if (typeof value === 'string') {
		const parsed = parseJson(value, label);
		if (!Array.isArray(parsed)) throw new InputError(`${label} must be a list`, 'Enter a JSON array, e.g. [{"key": "value"}].');
		return parsed;
	}
	if (Array.isArray(value)) return value;
	if (isPlainObject(value)) {
		const entries = (value as Record<string, unknown>)[FIXED_LIST_VALUES];
		if (entries === undefined) return [];
		if (Array.isArray(entries)) return entries;
	}
	throw new InputError(`${label} must be a list`);
}

function parseJson(text: string, label: string): unknown {
	const trimmed = text.trim();
	if (trimmed === '') throw new InputError(`${label} is empty`, 'Enter JSON, e.g. {"key": "value"}, or remove the field.');
	let reason: string;
	try {
		return JSON.parse(trimmed);
	} catch (error) {
		reason = error instanceof Error ? error.message : 'invalid JSON';
	}
	throw new InputError(`${label} is not valid JSON: ${reason}`, 'Check quotes, commas and brackets.');
}

function toList(value: unknown, label: string): unknown[] {
	if (Array.isArray(value)) return value;
	if (typeof value === 'string') {
		const trimmed = value.trim();
		if (trimmed.startsWith('[')) {
			const parsed = parseJson(trimmed, label);
			if (!Array.isArray(parsed)) throw new InputError(`${label} must be a list`);
			return parsed;
		}
		return trimmed === '' ? [] : trimmed.split(',').map((part) => part.trim()).filter(Boolean);
	}
	if (value === undefined) return [];
	return [value];
}

/** Editor values arrive as strings, numbers and booleans; make them the schema's type where that is unambiguous. */
function coerceScalar(schema: FieldSchema, value: unknown): unknown {
	const types = nonNullTypes(schema);
	if (typeof value === 'string') {
		const text = value.trim();
		if (text === '' && isNullable(schema) && !types.includes('string')) return null;
		if (!types.includes('string') && (types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?$/.test(text)) {
			return Number(text);
		}
		if (!types.includes('string') && types.includes('boolean') && /^(true|false)$/i.test(text)) {
			return text.toLowerCase() === 'true';
		}
		if (schema.enum && !schema.enum.includes(value) && schema.enum.includes(Number(text))) return Number(text);
	}
	if (typeof value === 'number' && types.includes('string') && !types.includes('number') && !types.includes('integer')) {
		if (!schema.enum || schema.enum.includes(String(value))) return String(value);
	}
	return value;
}

/** Validates a value against a schema, recursively. Returns the value unchanged when it fits. */
export function checkJson(schema: FieldSchema, value: unknown, label: string): unknown {
	if (value === null) {
		if (isNullable(schema) || !schema.type) return null;
		throw new InputError(`${label} cannot be null`);
	}
	if (schema.oneOf?.length) {
		const problems: string[] = [];
		for (const alt of schema.oneOf) {
			try {
				return checkJson(alt, value, label);
			} catch (error) {
				problems.push((error as Error).message);
			}
		}
		throw new InputError(`${label} does not match any accepted shape`, problems.slice(0, 3).join(' / '));
	}
	if (schema.enum && !schema.enum.includes(value as never)) {
		const choices = schema.enum.filter((v) => v !== null).map((v) => JSON.stringify(v));
		const shown = choices.slice(0, MAX_SHOWN_CHOICES).join(', ') + (choices.length > MAX_SHOWN_CHOICES ? ', …' : '');
		throw new InputError(`${label} must be one of ${shown}; got ${JSON.stringify(value)}`);
	}
	const types = nonNullTypes(schema);
	if (types.length === 0) return value;
	const actual = jsonTypeOf(value);
	const accepted = types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
	if (!accepted) {
		throw new InputError(`${label} must be ${describeTypes(types)}; got ${describeValue(value)}`);
	}
	if (actual === 'string') checkString(schema, value as string, label);
	if (schema.check === 'e164') checkE164(value, label);
	if (schema.check === 'e164OrShortCode' && !(typeof value === 'string' && SHORT_CODE.test(value))) {
		checkE164(value, label, ' or a short code such as 22395');
	}
	if (schema.check === 'xml') checkXml(value, label);
	if (actual === 'integer' || actual === 'number') checkNumber(schema, value as number, label);
	if (actual === 'array') {
		const list = value as unknown[];
		if (typeof schema.minItems === 'number' && list.length < schema.minItems) {
			throw new InputError(`${label} needs at least ${schema.minItems} item(s)`);
		}
		if (typeof schema.maxItems === 'number' && list.length > schema.maxItems) {
			throw new InputError(`${label} takes at most ${schema.maxItems} items`);
		}
		if (schema.items) list.forEach((item, index) => checkJson(schema.items!, item, `${label}[${index}]`));
	}
	if (actual === 'object') {
		const record = value as Record<string, unknown>;
		for (const name of schema.required ?? []) {
			if (record[name] === undefined) throw new InputError(`${label} is missing "${name}"`);
		}
		for (const [name, prop] of Object.entries(schema.properties ?? {})) {
			if (record[name] !== undefined) checkJson(prop, record[name], `${label}.${name}`);
		}
		if (schema.additionalProperties === false && schema.properties) {
			const unknown = Object.keys(record).filter((name) => !(name in schema.properties!));
			if (unknown.length) {
				throw new InputError(
					`${label} has unknown key(s) ${unknown.map((k) => `"${k}"`).join(', ')}`,
					`Accepted keys: ${Object.keys(schema.properties).join(', ')}`,
				);
			}
		}
	}
	return value;
}

function checkString(schema: FieldSchema, value: string, label: string): void {
	if (typeof schema.minLength === 'number' && value.length < schema.minLength) {
		throw new InputError(`${label} must be at least ${schema.minLength} characters long`);
	}
	if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) {
		throw new InputError(`${label} must be at most ${schema.maxLength} characters long; got ${value.length}`);
	}
	if (value === '') return;
	if (schema.pattern && !matchesPattern(schema.pattern, value)) {
		throw new InputError(`${label} does not have the expected form (${schema.pattern}); got "${value}"`);
	}
	if (schema.format === 'uri' || schema.format === 'url') {
		if (!/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(value)) {
			throw new InputError(`${label} must be a full URL such as https://example.com/webhooks; got "${value}"`);
		}
	}
	if (schema.format === 'date-time' && Number.isNaN(Date.parse(value))) {
		throw new InputError(`${label} must be a date and time such as 2025-01-31T12:00:00Z; got "${value}"`);
	}
	if (schema.format === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
		throw new InputError(`${label} must be an email address; got "${value}"`);
	}
}

function checkNumber(schema: FieldSchema, value: number, label: string): void {
	if (nonNullTypes(schema).includes('integer') && !nonNullTypes(schema).includes('number') && !Number.isInteger(value)) {
		throw new InputError(`${label} must be a whole number; got ${value}`);
	}
	if (typeof schema.minimum === 'number' && value < schema.minimum) {
		throw new InputError(`${label} must be at least ${schema.minimum}; got ${value}`);
	}
	if (typeof schema.maximum === 'number' && value > schema.maximum) {
		throw new InputError(`${label} must be at most ${schema.maximum}; got ${value}`);
	}
}

export function checkE164(value: unknown, label: string, alternative = ''): void {
	if (typeof value !== 'string' || !E164.test(value)) {
		throw new InputError(
			`${label} must be a phone number in E.164 form, such as +13125550001${alternative}; got ${JSON.stringify(value)}`,
			'Start with + and the country code, digits only, no spaces or dashes.',
		);
	}
}

function checkXml(value: unknown, label: string): void {
	if (typeof value !== 'string' || value.trim() === '') return;
	const problem = xmlProblem(value);
	if (problem) {
		throw new InputError(
			`${label} is not well-formed XML: ${problem.message} (line ${problem.line}, column ${problem.column})`,
			'Check the markup: every tag closed in order, attribute values in quotes, & written as &amp;.',
		);
	}
}

function jsonTypeOf(value: unknown): string {
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
	if (value === null) return 'null';
	return typeof value;
}

function describeTypes(types: string[]): string {
	const words: Record<string, string> = {
		string: 'text',
		integer: 'a whole number',
		number: 'a number',
		boolean: 'true or false',
		object: 'an object',
		array: 'a list',
	};
	return types.map((t) => words[t] ?? t).join(' or ');
}

function describeValue(value: unknown): string {
	const text = JSON.stringify(value);
	return text && text.length > 60 ? `${text.slice(0, 57)}...` : (text ?? String(value));
}

function isPlainObject(value: unknown): boolean {
	return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}

/** JSON Schema patterns are ECMAScript regular expressions; one that does not compile is not enforced. */
function matchesPattern(pattern: string, value: string): boolean {
	try {
		return new RegExp(pattern, 'u').test(value);
	} catch {
		return true;
	}
}
