import type {
	DownloadFrom,
	WaitForCompletion,
	CatalogField,
	CatalogOperation,
	FieldSchema,
	OperationKind,
	ResponseKind,
} from '../../nodes/shared/catalog/types';
import type { FieldCopy } from '../copy/types';
import type { NodeDefinition, OperationDefinition, ResourceDefinition } from '../definitions/types';
import { describeField, describeNested } from './copy';
import { exampleFor } from './examples';
import { detectListShape } from './listShape';
import { displayNameFor, displayNameForQuery, parameterNameFor } from './naming';
import { PAGING_PARAMS, pathParams, queryParams } from './parameters';
import { trimSchema } from './schema';
import type { Json, OpenApiSpec } from './spec';

const STANDARD: Record<string, { name: string; verb: string }> = {
	create: { name: 'Create', verb: 'Create' },
	delete: { name: 'Delete', verb: 'Delete' },
	get: { name: 'Get', verb: 'Get' },
	getAll: { name: 'Get Many', verb: 'Get many' },
	update: { name: 'Update', verb: 'Update' },
};

export interface BuiltOperation {
	operation: CatalogOperation;
	/** What the sandbox answers with: one record shaped like the reference's example. */
	fixture: { example: unknown };
}

export function buildOperation(
	spec: OpenApiSpec,
	node: NodeDefinition,
	resourceKey: string,
	resource: ResourceDefinition,
	operationKey: string,
	def: OperationDefinition,
	missingCopy: Set<string>,
): BuiltOperation {
	const [method, path] = def.endpoint.split(' ') as [CatalogOperation['method'], string];
	const { op } = spec.operation(method, path);
	const kind = def.kind ?? (def.downloadFrom ? 'get' : kindFor(operationKey, method, path));
	const describe = (name: string) => describeField(node.copy, resourceKey, name, missingCopy, operationKey);

	const pathFields: CatalogField[] = pathParams(spec, method, path).map((param) => {
		// the record's own id ends the path and names an id or a key (`recording_id`, `media_name`);
		// `{phone_number}` at the end of an action path is input, not a record to pick
		const isOwnId = param.name === 'id' || (param.name === lastParamOf(path) && /(_id|_name)$/.test(param.name));
		const locator = def.locators?.[param.name] ?? (isOwnId && resource.locator ? resourceKey : undefined);
		// a bare `{id}` is named after the record it identifies: the resource itself, or the
		// parent another resource's locator points at (`/external_connections/{id}/uploads`)
		const owner = param.name === 'id' && locator && locator !== resourceKey ? locator : resourceKey;
		const ownerName = node.resources[owner]?.name ?? resource.name;
		const key = param.name === 'id' ? `${owner}Id` : parameterNameFor(param.name);
		return {
			name: param.name,
			key,
			displayName: param.name === 'id' ? `${ownerName} ID` : displayNameFor(param.name),
			description: describe(param.name === 'id' ? `${owner}Id` : param.name),
			required: true,
			schema: markChecks({ ...param.schema }, param.name, def.e164, def.phoneOrShortCode),
			...(locator ? { locator } : {}),
		};
	});

	const queryFields: CatalogField[] = queryParams(spec, method, path)
		.filter((param) => !(kind === 'list' && PAGING_PARAMS.has(param.name)))
		.filter((param) => param.required || !def.queryFields || def.queryFields.includes(param.name))
		.map((param) => {
			// some date filters carry no format; their names still say what they are
			const subject = (param.name.match(/[^[\]]+/g) ?? []).slice(-2, -1)[0] ?? '';
			const isDate =
				param.schema.format === 'date-time' ||
				param.schema.format === 'date' ||
				/(_at|_time|_date)$/.test(subject);
			const locator = def.locators?.[param.name];
			return {
				name: param.name,
				key: parameterNameFor(param.name),
				displayName: displayNameForQuery(param.name, isDate),
				description: describe(param.name),
				required: param.required,
				schema: markChecks(describeNested(node.copy, resourceKey, param.schema, missingCopy), param.name, def.e164, def.phoneOrShortCode),
				group: param.name.startsWith('filter') ? ('filter' as const) : ('option' as const),
				...(locator ? { locator } : {}),
			};
		});

	const body = buildBody(spec, op.requestBody, def, node.copy, resourceKey, missingCopy);
	const { response, responseSchema, exampleSchema } = buildResponse(spec, op.responses);
	const list = kind === 'list' ? detectListShape(queryParams(spec, method, path), responseSchema) : undefined;
	if (kind === 'list' && !list) throw new Error(`${def.endpoint}: declared a list but returns no array`);

	const standard = STANDARD[operationKey];
	const noun = kind === 'list' || operationKey === 'getAll' ? resource.plural : singular(resource);
	const action = def.action ?? (standard ? `${standard.verb} ${noun}` : undefined);
	if (!action) throw new Error(`${def.endpoint}: operation "${operationKey}" needs an action text`);
	if (!standard && !def.name) throw new Error(`${def.endpoint}: operation "${operationKey}" needs a name`);

	const fileResponse = fileAnswer(def, response);
	if (def.itemsAt) fileResponse.itemsPath = def.itemsAt;
	const operation: CatalogOperation = {
		node: node.node,
		resource: resourceKey,
		operation: operationKey,
		kind,
		method,
		path,
		name: def.name ?? standard.name,
		action,
		description: def.description ?? action,
		pathParams: pathFields,
		query: queryFields,
		...(body ? { body } : {}),
		...(list ? { list } : {}),
		response: fileResponse,
		...(def.waitFor ? { waitFor: waitForOf(def, resource) } : {}),
		...(def.downloadFrom ? { downloadFrom: downloadFromOf(def) } : {}),
		...(def.hooks?.length ? { hooks: def.hooks } : {}),
		idempotent: def.idempotent ?? method !== 'POST',
	};
	assertUniqueKeys(operation);
	return { operation, fixture: { example: exampleSchema ? exampleFor(spec, exampleSchema) : null } };
}

/** File answers: `file` in the definition names the file; text files are handed over as files too. */
function fileAnswer(def: OperationDefinition, response: CatalogOperation['response']): CatalogOperation['response'] {
	if (def.downloadFrom) {
		return { kind: 'binary', status: response.status, fileName: def.downloadFrom.fileName };
	}
	if (!def.file) {
		if (response.kind === 'binary' || response.kind === 'text') {
			throw new Error(`${def.endpoint}: answers with a file (${response.mimeType}); give it a \`file\` name`);
		}
		return response;
	}
	if (response.kind !== 'binary' && response.kind !== 'text') {
		throw new Error(`${def.endpoint}: \`file\` given but the answer is ${response.kind}`);
	}
	return {
		kind: 'binary',
		status: response.status,
		mimeType: def.file.mimeType ?? response.mimeType,
		fileName: def.file.name,
	};
}

function waitForOf(def: OperationDefinition, resource: ResourceDefinition): WaitForCompletion {
	const wait = def.waitFor!;
	const operation = wait.operation ?? 'get';
	if (!resource.operations[operation]) {
		throw new Error(`${def.endpoint}: waitFor polls "${operation}", which the resource does not have`);
	}
	return {
		operation,
		idField: wait.idField ?? 'id',
		statusField: wait.statusField ?? 'status',
		done: wait.done,
		failed: wait.failed ?? [],
	};
}

function downloadFromOf(def: OperationDefinition): DownloadFrom {
	const { urlPath, formats } = def.downloadFrom!;
	if (!def.endpoint.startsWith('GET ')) throw new Error(`${def.endpoint}: downloadFrom reads a record with GET`);
	return { urlPath, ...(formats?.length ? { formats } : {}) };
}

function kindFor(operationKey: string, method: string, path: string): OperationKind {
	switch (operationKey) {
		case 'getAll':
			return 'list';
		case 'create':
			return 'create';
		case 'get':
			return 'get';
		case 'update':
			return method === 'PUT' ? 'replace' : 'update';
		case 'delete':
			return 'delete';
	}
	if (/\/actions\//.test(path)) return 'action';
	return 'action';
}

function singular(resource: ResourceDefinition): string {
	const article = resource.article ?? 'a';
	const noun = resource.name
		.split(' ')
		.map((word) => (/^[A-Z0-9]{2,}s?$/.test(word) ? word : word.toLowerCase()))
		.join(' ');
	return `${article} ${noun}`;
}

function lastParamOf(path: string): string | undefined {
	const match = path.match(/\{([^}]+)\}$/);
	return match?.[1];
}

function buildBody(
	spec: OpenApiSpec,
	rawBody: unknown,
	def: OperationDefinition,
	copy: FieldCopy,
	resourceKey: string,
	missingCopy: Set<string>,
): CatalogOperation['body'] {
	if (!rawBody) return undefined;
	const requestBody = spec.deref(rawBody);
	const content = (requestBody.content as Record<string, Json>) ?? {};
	const preferred = def.contentType === 'multipart' ? 'multipart/form-data' : 'application/json';
	const mediaType = content[preferred] ? preferred : Object.keys(content)[0];
	if (!mediaType) return undefined;
	const schema = trimSchema(spec, content[mediaType].schema, { request: true });
	const contentType = mediaType.startsWith('multipart/') ? 'multipart' : 'json';
	const required = new Set(schema.required ?? []);
	const wanted = def.bodyFields ? new Set(def.bodyFields) : undefined;
	for (const name of def.bodyFields ?? []) {
		if (!schema.properties?.[name]) throw new Error(`${def.endpoint}: body has no field ${name}`);
	}
	const entries = Object.entries(schema.properties ?? {}).filter(([name]) => !wanted || wanted.has(name));
	const fields: CatalogField[] = entries.map(([name, prop]): CatalogField => ({
		name,
		key: parameterNameFor(name),
		displayName: displayNameFor(name),
		description: describeField(copy, resourceKey, name, missingCopy),
		required: required.has(name),
		schema: markChecks(describeNested(copy, resourceKey, prop, missingCopy, name), name, def.e164, def.phoneOrShortCode),
		...(def.locators?.[name] ? { locator: def.locators[name] } : {}),
	}));
	for (const shortcut of def.shortcuts ?? []) fields.push(shortcutField(schema, shortcut, copy, resourceKey, missingCopy));
	return { contentType, fields };
}

/** A plain field standing for a value deep in the body. */
function shortcutField(
	body: FieldSchema,
	shortcut: { path: string; required?: boolean },
	copy: FieldCopy,
	resourceKey: string,
	missingCopy: Set<string>,
): CatalogField {
	const wirePath = shortcut.path.split('.');
	let schema: FieldSchema | undefined = body;
	for (const key of wirePath) schema = schema?.properties?.[key];
	if (!schema) throw new Error(`shortcut ${shortcut.path} is not in the body`);
	const name = wirePath[wirePath.length - 1];
	const text = copy[`${resourceKey}.${shortcut.path}`] ?? copy[shortcut.path];
	if (text === undefined) missingCopy.add(shortcut.path);
	return {
		name,
		key: parameterNameFor(name),
		displayName: displayNameFor(name),
		...(text ? { description: text } : {}),
		required: Boolean(shortcut.required),
		schema,
		wirePath,
	};
}

function buildResponse(
	spec: OpenApiSpec,
	responses: Record<string, Json>,
): { response: CatalogOperation['response']; responseSchema?: FieldSchema; exampleSchema?: unknown } {
	const code = Object.keys(responses).find((c) => /^2\d\d$/.test(c)) ?? '200';
	const raw = responses[code] ? spec.deref(responses[code]) : {};
	const content = (raw.content as Record<string, Json>) ?? {};
	const mediaType = Object.keys(content)[0];
	const status = Number(code);
	if (!mediaType) return { response: { kind: 'empty', status } };
	if (!/json/.test(mediaType)) {
		const kind: ResponseKind = mediaType.startsWith('text/') ? 'text' : 'binary';
		return { response: { kind, mimeType: mediaType, status } };
	}
	const rawSchema = spec.deref(content[mediaType].schema ?? {});
	const responseSchema = trimSchema(spec, rawSchema, { request: false });
	const props = responseSchema.properties ?? {};
	const envelope = props.data ? 'data' : undefined;
	const rawProps = (rawSchema.properties as Json | undefined) ?? {};
	const exampleSchema = envelope ? rawProps.data : rawSchema;
	const recordSchema = envelope ? props.data : responseSchema;
	const itemSchema = recordSchema?.items ?? recordSchema;
	const recordType = recordTypeOf(spec, envelope ? rawProps.data : rawSchema);
	return {
		response: {
			kind: 'json',
			...(envelope ? { envelope } : {}),
			status,
			...(recordType ? { recordType } : {}),
		},
		responseSchema,
		exampleSchema: itemSchema ? exampleSchema : undefined,
	};
}

function recordTypeOf(spec: OpenApiSpec, raw: unknown): string | undefined {
	if (!raw) return undefined;
	let schema = spec.deref(raw);
	if (schema.items) schema = spec.deref(schema.items);
	const example = schema.example as Json | undefined;
	if (example && typeof example.record_type === 'string') return example.record_type;
	const props = (schema.properties as Json | undefined) ?? {};
	const recordType = props.record_type ? spec.deref(props.record_type) : undefined;
	if (!recordType) return undefined;
	if (typeof recordType.example === 'string') return recordType.example;
	if (Array.isArray(recordType.enum) && typeof recordType.enum[0] === 'string') return recordType.enum[0];
	if (typeof recordType.default === 'string') return recordType.default;
	return undefined;
}

/**
 * Marks the schemas named in `e164` / `phoneOrShortCode` (dotted paths, arrays meaning their
 * items) with the matching phone number check.
 */
function markChecks(schema: FieldSchema, name: string, e164: string[] = [], phoneOrShortCode: string[] = []): FieldSchema {
	const marks: Array<[string, NonNullable<FieldSchema['check']>]> = [
		...e164.map((path) => [path, 'e164'] as [string, 'e164']),
		...phoneOrShortCode.map((path) => [path, 'e164OrShortCode'] as [string, 'e164OrShortCode']),
	];
	for (const [path, check] of marks) {
		const [head, ...rest] = path.split('.');
		if (head !== name) continue;
		let target: FieldSchema | undefined = schema;
		for (const key of rest) target = (target?.items ?? target)?.properties?.[key];
		if (!target) throw new Error(`phone number check path ${path} does not exist`);
		(target.items ?? target).check = check;
	}
	return schema;
}

function assertUniqueKeys(operation: CatalogOperation): void {
	const seen = new Set<string>();
	const topLevel = [
		...operation.pathParams,
		...operation.query.filter((q) => q.required),
		...(operation.body?.fields.filter((f) => f.required) ?? []),
	];
	for (const field of topLevel) {
		if (seen.has(field.key)) {
			throw new Error(`${operation.method} ${operation.path}: two fields map to the parameter "${field.key}"`);
		}
		seen.add(field.key);
	}
}
