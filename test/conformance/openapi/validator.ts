/**
 * Holds a request our nodes send against Telnyx's OpenAPI description, independently of the
 * catalog: operation, path, query, headers and body, as Telnyx (and Prism) would judge them.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describeError, prune, unescape } from './errors';
import { METHODS, matchOperation } from './match';
import { boundaryOf, isFile, parseMultipart } from './multipart';
import { coerce, entriesToTree, groupQuery, type QueryParam, type Raw } from './query';
import { deref, loadSpec, pointer, type Json } from './spec';

export { loadSpec, specAvailable, specFile } from './spec';

export interface SentRequest {
	method: string;
	/** Below the base URL /v2, e.g. "/messages" or "/ips/123", percent-encoded as sent. */
	path: string;
	/** The raw query string as sent. */
	query: string | URLSearchParams;
	headers: Record<string, string | string[] | undefined>;
	/** Raw bytes as sent, undefined when none. */
	body?: Buffer | string;
}

export interface Violation {
	where: 'operation' | 'path' | 'query' | 'header' | 'body';
	name?: string;
	message: string;
}

export interface ValidateOptions {
	/** readOnly properties in a body: 'reject' (default) reports them, 'ignore' lets them pass. */
	readOnly?: 'reject' | 'ignore';
	/** Most violations reported per request (default 10). */
	maxViolations?: number;
}

export const formatViolation = (v: Violation): string => `${v.where}: ${v.message}`;

interface Param {
	name: string;
	in: string;
	required: boolean;
	explode: boolean;
	schema: any;
	/** ajv-ready pointer of the schema, or undefined when the parameter has none. */
	schemaAt?: string;
}

interface Prepared {
	id: string;
	path: Param[];
	query: Array<Param & QueryParam>;
	headers: Param[];
	body?: { required: boolean; content: Record<string, { schemaAt?: string }> };
}

let ajv: Ajv2020 | undefined;
/** Whether the readOnly keyword bites: only while a body is validated (query schemas reuse readOnly ones). */
let rejectReadOnly = false;
const validators = new Map<string, ValidateFunction>();
const prepared = new Map<string, Prepared>();
/** Schemas ajv could not compile, by pointer (a spec defect: reported, not thrown). */
export const brokenSchemas = new Map<string, string>();

function getAjv(): Ajv2020 {
	if (ajv) return ajv;
	const spec = loadSpec();
	ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, multipleOfPrecision: 9, verbose: true, logger: false });
	addFormats(ajv); // full mode: date-time needs an RFC 3339 offset, uri a scheme
	for (const format of formatsUsed(spec)) if (!ajv.formats[format]) ajv.addFormat(format, true);
	// readOnly is an annotation in JSON Schema; OpenAPI says a request should not send it.
	ajv.removeKeyword('readOnly');
	const readOnly = (flag: boolean): boolean => {
		if (!flag || !rejectReadOnly) return true;
		// A fresh array each time: ajv writes instancePath into these objects.
		readOnly.errors = [{ keyword: 'readOnly', message: 'is read-only (set by Telnyx) and must not be sent', params: {} }];
		return false;
	};
	readOnly.errors = [] as Array<Partial<ErrorObject>>;
	ajv.addKeyword({ keyword: 'readOnly', schemaType: 'boolean', errors: true, validate: readOnly });
	ajv.addSchema(spec, 'spec');
	return ajv;
}

function formatsUsed(spec: Json): Set<string> {
	const found = new Set<string>();
	const visit = (node: any): void => {
		if (!node || typeof node !== 'object') return;
		if (typeof node.format === 'string') found.add(node.format);
		for (const value of Object.values(node)) visit(value);
	};
	visit(spec.components?.schemas);
	visit(spec.components?.parameters);
	visit(spec.components?.requestBodies);
	visit(spec.paths);
	return found;
}

/** The compiled validator of the schema at an ajv-ready pointer (cached). */
export function validatorAt(at: string): ValidateFunction | undefined {
	const cached = validators.get(at);
	if (cached || brokenSchemas.has(at)) return cached;
	try {
		const validate = getAjv().compile({ $ref: `spec#${at}` });
		validators.set(at, validate);
		return validate;
	} catch (error) {
		brokenSchemas.set(at, (error as Error).message);
		return undefined;
	}
}

function prepare(spec: Json, template: string, method: string): Prepared {
	const id = `${method.toUpperCase()} ${template}`;
	const known = prepared.get(id);
	if (known) return known;
	const item = spec.paths[template];
	const op = item[method];
	const byKey = new Map<string, Param>();
	const collect = (list: any[] | undefined, at: string[]) =>
		(list ?? []).forEach((raw, i) => {
			const { node, at: where } = deref(spec, raw, pointer([...at, String(i)]));
			if (!node?.name || !node.in) return;
			const style = node.style ?? (node.in === 'query' || node.in === 'cookie' ? 'form' : 'simple');
			byKey.set(`${node.in}:${node.name}`, {
				name: node.name,
				in: node.in,
				required: node.required === true || node.in === 'path',
				explode: node.explode ?? style === 'form',
				schema: node.schema,
				schemaAt: node.schema === undefined ? undefined : `${where}/schema`,
			});
		});
	collect(item.parameters, ['paths', template, 'parameters']);
	collect(op.parameters, ['paths', template, method, 'parameters']);
	const params = [...byKey.values()];
	const ignoredHeaders = ['accept', 'content-type', 'authorization']; // OpenAPI: such definitions are ignored
	const result: Prepared = {
		id,
		path: params.filter((p) => p.in === 'path'),
		query: params.filter((p) => p.in === 'query'),
		headers: params.filter((p) => p.in === 'header' && !ignoredHeaders.includes(p.name.toLowerCase())),
	};
	if (op.requestBody) {
		const { node, at } = deref(spec, op.requestBody, pointer(['paths', template, method, 'requestBody']));
		const content: Record<string, { schemaAt?: string }> = {};
		for (const [type, media] of Object.entries<Json>(node?.content ?? {})) {
			content[type.split(';')[0].trim().toLowerCase()] = {
				schemaAt: media?.schema === undefined ? undefined : `${at}${pointer(['content', type, 'schema'])}`,
			};
		}
		result.body = { required: node?.required === true, content };
	}
	prepared.set(id, result);
	return result;
}

/** Validates one sent request; `operation` is "POST /messages" when it was found. */
export function validateRequest(request: SentRequest, options: ValidateOptions = {}): { operation?: string; violations: Violation[] } {
	const spec = loadSpec();
	getAjv();
	const max = options.maxViolations ?? 10;
	const [path, inlineQuery] = request.path.split('?', 2);
	const found = matchOperation(spec, request.method, path);
	if ('error' in found) return { violations: [{ where: 'operation', message: found.error + baseUrlHint(spec, request.method, path) }] };
	const op = prepare(spec, found.path, found.method);
	const violations: Violation[] = [];
	const headers = lowerCaseHeaders(request.headers);

	for (const param of op.path) {
		const value = found.params[param.name];
		if (value !== undefined) checkValue(spec, 'path', param, value, violations);
	}
	checkQuery(spec, op, queryEntries(request.query, inlineQuery), violations);
	for (const param of op.headers) {
		const value = headers[param.name.toLowerCase()];
		if (value === undefined) {
			if (param.required) violations.push({ where: 'header', name: param.name, message: `missing required header "${param.name}"` });
		} else checkValue(spec, 'header', param, value, violations);
	}
	rejectReadOnly = options.readOnly !== 'ignore';
	try {
		checkBody(spec, op, request.body, headers['content-type'], violations);
	} finally {
		rejectReadOnly = false;
	}

	if (violations.length > max) {
		const hidden = violations.length - max + 1;
		violations.splice(max - 1, Infinity, { where: violations[max - 1].where, message: `… and ${hidden} more violations` });
	}
	return { operation: op.id, violations };
}

/** 22 spec paths start with /v2/ although the base URL already ends in /v2: say so when it applies. */
function baseUrlHint(spec: Json, method: string, path: string): string {
	const doubled = matchOperation(spec, method, '/v2' + path);
	if (!('error' in doubled)) return ` (the spec has ${doubled.path}, i.e. /v2/v2/... below its base URL)`;
	const stripped = path.startsWith('/v2/') ? matchOperation(spec, method, path.slice(3)) : undefined;
	if (stripped && !('error' in stripped)) return ` (paths are below the base URL /v2: the spec has ${stripped.path})`;
	return '';
}

function lowerCaseHeaders(headers: SentRequest['headers']): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [name, value] of Object.entries(headers ?? {})) {
		if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
	}
	return out;
}

function queryEntries(query: SentRequest['query'], inline: string | undefined): Array<[string, string]> {
	const params = typeof query === 'string' || query === undefined ? new URLSearchParams((query ?? '').replace(/^\?/, '')) : query;
	const entries = [...params.entries()];
	if (inline) entries.push(...new URLSearchParams(inline).entries());
	return entries;
}

/**
 * Coerces a string-valued input by its schema and validates it; errors are named in brackets.
 * Nested keys the schema does not declare are reported as unknown parameters (query).
 */
function checkValue(spec: Json, where: 'path' | 'query' | 'header', param: Param, raw: Raw, out: Violation[]): void {
	const bracketed = (keys: string[]) => param.name + keys.map((k) => `[${k}]`).join('');
	const unknown = new Set<string>();
	const value = coerce(spec, raw, param.schema, { unknown: (keys) => unknown.add(bracketed(keys)) });
	unknown.forEach((name) => out.push({ where, name, message: `unknown parameter "${name}"` }));
	const validate = param.schemaAt ? validatorAt(param.schemaAt) : undefined;
	if (!validate || validate(value)) return;
	const errors = prune(spec, [...(validate.errors ?? [])], validatorAt).map((error) => ({
		error,
		name: bracketed(error.instancePath.split('/').slice(1).map(unescape)),
	}));
	// Unknown keys were reported already: drop ajv's additionalProperties errors for them, type
	// errors of their parents (a string filter sent as filter[x]), then summaries left empty.
	const hasUnknownChild = (name: string) => [...unknown].some((u) => u.startsWith(name + '['));
	const kept = errors.filter(({ error, name }) =>
		error.keyword === 'additionalProperties'
			? !unknown.has(`${name}[${error.params.additionalProperty}]`)
			: error.keyword !== 'type' || !hasUnknownChild(name),
	);
	for (const { error, name } of kept) {
		const composite = error.keyword === 'oneOf' || error.keyword === 'anyOf';
		if (composite && !kept.some((other) => other.error !== error && (other.name === name || other.name.startsWith(name + '[')))) continue;
		out.push({ where, name, message: describeError(error, bracketed) });
	}
}

function checkQuery(spec: Json, op: Prepared, entries: Array<[string, string]>, out: Violation[]): void {
	const { values, unknown, conflicts } = groupQuery(spec, op.query, entries);
	for (const name of unknown) out.push({ where: 'query', name, message: `unknown parameter "${name}"` });
	for (const name of conflicts) out.push({ where: 'query', name, message: `"${name}" is sent both as a value and as an object` });
	for (const param of op.query) {
		const raw = values.get(param);
		if (raw === undefined) {
			if (param.required) out.push({ where: 'query', name: param.name, message: `missing required parameter "${param.name}"` });
			continue;
		}
		checkValue(spec, 'query', param, raw, out);
	}
}

const mediaTypeOf = (header: string): string => header.split(';')[0].trim().toLowerCase();

/** The content entry for a sent media type: exact, then "type/*", then "*\/*". */
function contentFor(content: Record<string, unknown>, type: string): string | undefined {
	if (type in content) return type;
	const wildcard = `${type.split('/')[0]}/*`;
	if (wildcard in content) return wildcard;
	return '*/*' in content ? '*/*' : undefined;
}

function checkBody(spec: Json, op: Prepared, body: SentRequest['body'], contentType: string | undefined, out: Violation[]): void {
	const bytes = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
	if (!op.body) {
		if (bytes?.length) out.push({ where: 'body', message: 'the operation takes no request body' });
		return;
	}
	if (!bytes?.length) {
		if (op.body.required) out.push({ where: 'body', message: 'the spec requires a request body' });
		return;
	}
	const accepted = Object.keys(op.body.content);
	if (!contentType) {
		out.push({ where: 'header', name: 'Content-Type', message: `missing Content-Type for the body (the spec takes ${accepted.join(', ')})` });
		return;
	}
	const type = mediaTypeOf(contentType);
	const key = contentFor(op.body.content, type);
	if (!key) {
		out.push({ where: 'header', name: 'Content-Type', message: `Content-Type "${type}" is not one the operation takes (${accepted.join(', ')})` });
		return;
	}
	const schemaAt = op.body.content[key].schemaAt;
	const value = parseBody(spec, bytes, type, contentType, schemaAt, out);
	if (value === undefined || !schemaAt) return;
	const validate = validatorAt(schemaAt);
	if (!validate || validate(value)) return;
	const jsonPointer = (keys: string[]) => keys.map((k) => '/' + k).join('');
	for (const error of prune(spec, [...(validate.errors ?? [])], validatorAt)) {
		const missing = (error.params as Record<string, any>).missingProperty;
		const name = missing === undefined ? error.instancePath : `${error.instancePath}/${missing}`;
		out.push({ where: 'body', name: name || undefined, message: describeError(error, jsonPointer) });
	}
}

/** The body as ajv should see it, or undefined when it cannot (or need not) be validated. */
function parseBody(spec: Json, bytes: Buffer, type: string, header: string, schemaAt: string | undefined, out: Violation[]): unknown {
	const schema = schemaAt ? { $ref: `#${schemaAt}` } : undefined;
	if (type === 'application/json' || type.endsWith('+json')) {
		try {
			return JSON.parse(bytes.toString('utf8'));
		} catch (error) {
			out.push({ where: 'body', message: `invalid JSON: ${(error as Error).message}` });
			return undefined;
		}
	}
	if (type === 'application/x-www-form-urlencoded') {
		const { tree, conflicts } = entriesToTree(new URLSearchParams(bytes.toString('utf8')).entries());
		for (const name of conflicts) out.push({ where: 'body', name, message: `"${name}" is sent both as a value and as an object` });
		return coerce(spec, tree, schema);
	}
	if (type === 'multipart/form-data') {
		const boundary = boundaryOf(header);
		if (!boundary) {
			out.push({ where: 'header', name: 'Content-Type', message: 'multipart/form-data without a boundary parameter' });
			return undefined;
		}
		const parts = parseMultipart(bytes, boundary);
		if (typeof parts === 'string') {
			out.push({ where: 'body', message: `malformed multipart body: ${parts}` });
			return undefined;
		}
		// File parts stand as (binary) strings, so `type: string, format: binary` holds them.
		const entries = parts.map((p): [string, string] => [p.name, p.data.toString(isFile(p) ? 'latin1' : 'utf8')]);
		const { tree, conflicts } = entriesToTree(entries);
		for (const name of conflicts) out.push({ where: 'body', name, message: `"${name}" is sent both as a value and as an object` });
		return coerce(spec, tree, schema, { json: true });
	}
	return undefined; // octet-stream and the like: nothing to hold the bytes against
}

/** Every operation of the spec as "METHOD /template" (for tests that walk them all). */
export function allOperations(): Array<{ method: string; path: string }> {
	const spec = loadSpec();
	return Object.entries<Json>(spec.paths).flatMap(([path, item]) =>
		Object.keys(item)
			.filter((key) => METHODS.includes(key))
			.map((method) => ({ method: method.toUpperCase(), path })),
	);
}
