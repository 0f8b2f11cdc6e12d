import type {
	AwaitCallEvent,
	BehaviourName,
	CatalogField,
	CatalogOperation,
	DownloadFrom,
	FieldSchema,
	HttpMethod,
	OperationKind,
	ResponseKind,
	WaitForCompletion,
} from '../../nodes/shared/catalog/types';
import type { NodeDefinition, OperationDefinition, ResourceDefinition } from '../definitions/types';
import { Describer } from './copy';
import { exampleFor } from './examples';
import { outputSchemaOf, type OutputSchema } from './outputSchema';
import { detectListShape } from './listShape';
import { displayNameFor, displayNameForQuery, enumLabel, parameterNameFor } from './naming';
import { PAGING_PARAMS, pathParams, queryParams } from './parameters';
import { place, type PlacementRules } from './placement';
import { trimSchema } from './schema';
import type { Json, OpenApiSpec } from './spec';

const STANDARD: Record<string, { name: string; verb: string }> = {
	create: { name: 'Create', verb: 'Create' },
	delete: { name: 'Delete', verb: 'Delete' },
	get: { name: 'Get', verb: 'Get' },
	getAll: { name: 'Get Many', verb: 'Get many' },
	update: { name: 'Update', verb: 'Update' },
};

/** File types answered as n8n binary data even when the spec calls them text. */
const FILE_EXTENSIONS: Record<string, string> = {
	'text/csv': 'csv',
	'application/pdf': 'pdf',
	'audio/mpeg': 'mp3',
	'audio/wav': 'wav',
	'image/png': 'png',
	'application/octet-stream': 'bin',
};

export interface OperationInput {
	spec: OpenApiSpec;
	node: NodeDefinition;
	resourceKey: string;
	resource: ResourceDefinition;
	operationKey: string;
	def: OperationDefinition & { endpoint: string };
	/** Kind read from the path shape, when the operation was derived. */
	derivedKind?: OperationKind;
	missingCopy: Set<string>;
}

export interface BuiltOperation {
	operation: CatalogOperation;
	/** What the sandbox answers with: one record shaped like the reference's example. */
	fixture: { example: unknown };
	/** The shape of one output item (JSON answers), for the editor's preview. */
	output?: OutputSchema;
}

export function buildOperation(input: OperationInput): BuiltOperation {
	const { spec, node, resourceKey, resource, operationKey, def } = input;
	const [method, path] = def.endpoint.split(' ') as [HttpMethod, string];
	const { op } = spec.operation(method, path);
	const kind = def.kind ?? (def.downloadFrom ? 'get' : (input.derivedKind ?? kindFor(operationKey, method)));
	const plural = resource.plural;
	const describer = new Describer(node.copy, resourceKey, operationKey, plural, input.missingCopy);
	const rules: PlacementRules = {
		kind,
		upFront: new Set(def.upFront ?? []),
		upFrontSince: node.upFrontSince,
		versions: node.versions.map((v) => v.version),
	};
	const locatorFor = (wire: string): string | undefined => def.locators?.[wire] ?? derivedLocator(node, wire);

	const pathFields: CatalogField[] = pathParams(spec, method, path).map((param) => {
		// the record's own id ends the path and names an id or a key (`recording_id`, `media_name`);
		// `{phone_number}` at the end of an action path is input, not a record to pick
		const isOwnId = param.name === 'id' || (param.name === lastParamOf(path) && /(_id|_name)$/.test(param.name));
		const parent = parentResource(node, path, param.name);
		const locator = def.locators?.[param.name] ?? parent ?? (isOwnId && resource.locator ? resourceKey : undefined);
		// a bare `{id}` is named after the record it identifies: the resource itself, or the
		// parent another resource's locator points at (`/external_connections/{id}/uploads`)
		const owner = param.name === 'id' && locator && locator !== resourceKey ? locator : resourceKey;
		const ownerName = node.resources[owner]?.name ?? resource.name;
		const editorName = param.name === 'id' ? `${owner}Id` : parameterNameFor(param.name);
		return place(
			{
				name: param.name,
				param: editorName,
				displayName: param.name === 'id' ? `${ownerName} ID` : displayNameFor(param.name),
				...opt('description', describer.field(param.name === 'id' ? `${owner}Id` : param.name)),
				required: true,
				// a path segment picked from a dropdown (`/portouts/{id}/{status}`) reads as words too
				schema: markChecks(
					{ ...param.schema, ...(param.schema.enum ? { enumLabels: param.schema.enum.map(enumLabel) } : {}) },
					param.name,
					def.e164,
					def.phoneOrShortCode,
				),
				...(locator ? { locator } : {}),
			},
			'path',
			rules,
		);
	});

	const { responses } = op;
	const { response, responseSchema, exampleSchema, itemSchema } = buildResponse(spec, responses, def.answerAs);
	const list = kind === 'list' ? detectListShape(queryParams(spec, method, path), responseSchema) : undefined;
	if (kind === 'list' && !list) throw new Error(`${def.endpoint}: declared a list but returns no array`);

	const exclusiveQuery: string[][][] = [];
	const queryFields: CatalogField[] = queryParams(spec, method, path, exclusiveQuery)
		.filter((param) => !(kind === 'list' && (PAGING_PARAMS.has(param.name) || param.name === list?.limitParam)))
		.filter((param) => param.required || !def.queryFields || def.queryFields.includes(param.name))
		.map((param) => {
			// some date filters carry no format; their names still say what they are
			const subject = (param.name.match(/[^[\]]+/g) ?? []).slice(-2, -1)[0] ?? '';
			const isDate =
				param.schema.format === 'date-time' ||
				param.schema.format === 'date' ||
				/(_at|_time|_date)$/.test(subject);
			const locator = def.locators?.[param.name] ?? (isText(param.schema) ? derivedLocator(node, param.name) : undefined);
			return place(
				{
					name: param.name,
					param: parameterNameFor(param.name),
					// an id picked from a list is named after what it picks: "IP Connection", not "Connection ID"
					displayName: locator && !param.name.includes('][') ? pickedName(node, locator) : displayNameForQuery(param.name, isDate),
					...opt('description', describer.field(param.name, { query: true })),
					required: param.required,
					schema: markChecks(describer.nested(param.schema), param.name, def.e164, def.phoneOrShortCode),
					...(locator ? { locator } : {}),
				},
				'query',
				rules,
			);
		});

	// fields brought up front come in the order the definition gives them, as in the body
	const upFrontRank = (f: CatalogField) => (def.upFront?.includes(f.name) ? def.upFront.indexOf(f.name) : (def.upFront?.length ?? 0));
	queryFields.sort((a, b) => upFrontRank(a) - upFrontRank(b));
	const body = buildBody(spec, op.requestBody, def, describer, rules, locatorFor, Boolean(resource.commands), (locator) =>
		pickedName(node, locator),
	);

	const standard = STANDARD[operationKey];
	const noun = kind === 'list' || operationKey === 'getAll' ? resource.plural : singular(resource);
	const name = def.name ?? standard?.name ?? displayNameFor(operationKey);
	const action = def.action ?? (standard ? `${standard.verb} ${noun}` : `${sentence(name)} ${noun}`);

	const answer = fileAnswer(def, response, resourceKey, path);
	if (def.itemsAt) answer.itemsPath = def.itemsAt;
	checkUpFront(def, pathFields, queryFields, body?.fields ?? []);
	const offered = new Set(queryFields.map((f) => f.name));
	const exclusive = [
		...exclusiveQuery
			.map((shapes) => shapes.map((names) => names.filter((name) => offered.has(name))).filter((names) => names.length))
			.filter((shapes) => shapes.length > 1),
		...(def.exclusive ?? []),
	];
	// Telnyx ignores a repeated `command_id`: with one per item the command can be retried safely
	const commandId = Boolean(resource.commands && method === 'POST' && body?.fields.some((f) => f.name === 'command_id'));
	const behaviours = [...(commandId ? (['commandId'] as BehaviourName[]) : []), ...behavioursOf(def, body?.contentType, answer.kind)];
	const operation: CatalogOperation = {
		resource: resourceKey,
		operation: operationKey,
		kind,
		method,
		path,
		name,
		action,
		description: def.description ?? action,
		pathParams: pathFields,
		query: queryFields,
		...(body ? { body } : {}),
		...(def.oneOf?.length ? { oneOf: def.oneOf } : {}),
		...(exclusive.length ? { exclusive } : {}),
		...(list ? { list } : {}),
		response: answer,
		...(behaviours.length ? { behaviours } : {}),
		...(def.waitFor ? { waitFor: waitForOf(def, resource, input.operationKey) } : {}),
		...(def.downloadFrom ? { downloadFrom: downloadFromOf(def) } : {}),
		...(def.awaitEvent ? { awaitEvent: awaitEventOf(def, body?.fields ?? []) } : {}),
		idempotent: def.idempotent ?? (commandId || method !== 'POST'),
	};
	assertUniqueKeys(operation);
	// the output items: each record of a list, the record of anything else (answers in another place are left out)
	const output = operation.response.kind === 'json' && !operation.response.itemsPath ? outputSchemaOf(itemSchema) : undefined;
	return { operation, fixture: { example: exampleSchema ? exampleFor(spec, exampleSchema) : null }, ...(output ? { output } : {}) };
}

function pickedName(node: NodeDefinition, locator: string): string {
	return node.resources[locator]?.name ?? displayNameFor(locator);
}

/** The editor name a label gives: "Other Call Control ID" → `otherCallControlId`. */
function paramForLabel(label: string): string {
	return parameterNameFor(label.replace(/\bID\b/g, 'id').replace(/ /g, '_').toLowerCase());
}

function isText(schema: FieldSchema): boolean {
	return schema.type === 'string' || (Array.isArray(schema.type) && schema.type.includes('string'));
}

function opt<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
	return value ? ({ [key]: value } as Record<K, string>) : {};
}

/** "Check Registration Status" → "Check registration status" (n8n's actions are in sentence case). */
function sentence(name: string): string {
	return name
		.split(' ')
		.map((word, index) => (index === 0 || /^[A-Z0-9]{2,}s?$/.test(word) ? word : word.toLowerCase()))
		.join(' ');
}

/**
 * A field named after another resource of the node (`messaging_profile_id`, or the filter
 * `filter[outbound_voice_profile_id]`) picks its id from that resource's list.
 */
function derivedLocator(node: NodeDefinition, wire: string): string | undefined {
	const last = (wire.match(/[^[\]]+/g) ?? [wire]).pop() ?? wire;
	const match = last.match(/^(.+)_id$/);
	if (!match) return undefined;
	const key = parameterNameFor(match[1]);
	const locator = node.resources[key]?.locator;
	// only where the field holds the record's own `id` (a cluster's `task_id` is not a `cluster_id`)
	return locator && !locator.valueField ? key : undefined;
}

/** An id before a sub-collection (`/external_connections/{id}/uploads`) belongs to the resource rooted there. */
function parentResource(node: NodeDefinition, path: string, param: string): string | undefined {
	const index = path.indexOf(`/{${param}}`);
	if (index < 0 || path.endsWith(`{${param}}`)) return undefined;
	const collection = path.slice(0, index);
	const found = Object.entries(node.resources).find(([, resource]) => resource.path === collection && resource.locator);
	return found?.[0];
}

/** Up-front fields must exist, and must not already be required. */
function checkUpFront(def: OperationDefinition & { endpoint: string }, ...groups: CatalogField[][]): void {
	const fields = groups.flat();
	for (const name of [...(def.upFront ?? []), ...(def.oneOf ?? []).flat(), ...(def.exclusive ?? []).flat(2), ...(def.xml ?? [])]) {
		const field = fields.find((f) => f.name === name || f.wirePath?.join('.') === name);
		if (!field) throw new Error(`${def.endpoint}: "${name}" (upFront / oneOf / exclusive / xml) is not a field of the operation`);
		if (def.upFront?.includes(name) && field.required) throw new Error(`${def.endpoint}: "${name}" is required already`);
	}
}

function behavioursOf(
	def: OperationDefinition,
	encoding: string | undefined,
	answer: ResponseKind,
): BehaviourName[] {
	const out: BehaviourName[] = [];
	if (encoding === 'multipart') out.push('multipartBody');
	if (encoding === 'form') out.push('formBody');
	if (def.downloadFrom) out.push('downloadFromRecord');
	else if (answer === 'binary') out.push('fileAnswer');
	if (answer === 'events') out.push('eventStream');
	if (def.waitFor) out.push('waitForCompletion');
	if (def.awaitEvent) out.push('awaitCallEvent');
	return out;
}

/**
 * File answers become binary data with a file name (from the definition, else one made from
 * the path); plain text stays JSON text unless the definition names a file.
 */
function fileAnswer(
	def: OperationDefinition & { endpoint: string },
	response: CatalogOperation['response'],
	resourceKey: string,
	path: string,
): CatalogOperation['response'] {
	if (def.downloadFrom) {
		// the record comes first, in its envelope; the file is fetched from its link
		return { kind: 'binary', status: response.status, fileName: def.downloadFrom.fileName, ...(response.envelope ? { envelope: response.envelope } : {}) };
	}
	const isFile = response.kind === 'binary' || response.kind === 'text';
	if (def.file) {
		if (!isFile) throw new Error(`${def.endpoint}: \`file\` given but the answer is ${response.kind}`);
		return { kind: 'binary', status: response.status, mimeType: def.file.mimeType ?? response.mimeType, fileName: def.file.name };
	}
	if (!isFile) return response;
	const extension = FILE_EXTENSIONS[response.mimeType ?? ''];
	if (response.kind === 'text' && !extension) return response;
	const id = [...path.matchAll(/\{([^}]+)\}/g)].pop()?.[1];
	const base = `${parameterNameFor(resourceKey).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}${id ? `-{${id}}` : ''}`;
	return { kind: 'binary', status: response.status, mimeType: response.mimeType, fileName: `${base}.${extension ?? 'bin'}` };
}

/** A command that routes the call's events must be able to: its body takes the URL and the retries. */
function awaitEventOf(def: OperationDefinition & { endpoint: string }, fields: CatalogField[]): AwaitCallEvent {
	const wait = def.awaitEvent!;
	if (wait.routesEvents) {
		for (const name of ['webhook_url', 'webhook_retries_policies']) {
			if (!fields.some((f) => f.name === name)) throw new Error(`${def.endpoint}: awaitEvent routes events but the body has no "${name}"`);
		}
	}
	return { events: wait.events, until: wait.until, ...(wait.routesEvents ? { routesEvents: true } : {}) };
}

function waitForOf(def: OperationDefinition, resource: ResourceDefinition, operationKey: string): WaitForCompletion {
	const wait = def.waitFor!;
	const operation = wait.operation ?? 'get';
	const known = new Set([...Object.keys(resource.operations ?? {}), ...(resource.path ? ['get', 'getAll'] : [])]);
	if (!known.has(operation)) {
		throw new Error(`${operationKey}: waitFor polls "${operation}", which the resource does not have`);
	}
	return {
		operation,
		idField: wait.idField ?? 'id',
		statusField: wait.statusField ?? 'status',
		done: wait.done,
		failed: wait.failed ?? [],
		...(wait.reasons?.length ? { reasons: wait.reasons } : {}),
		...(wait.fromPath ? { fromPath: true } : {}),
	};
}

function downloadFromOf(def: OperationDefinition & { endpoint: string }): DownloadFrom {
	const { urlPath, formats, fallbackPaths } = def.downloadFrom!;
	if (!def.endpoint.startsWith('GET ')) throw new Error(`${def.endpoint}: downloadFrom reads a record with GET`);
	return { urlPath, ...(fallbackPaths?.length ? { fallbackPaths } : {}), ...(formats?.length ? { formats } : {}) };
}

function kindFor(operationKey: string, method: string): OperationKind {
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
	def: OperationDefinition & { endpoint: string },
	describer: Describer,
	rules: PlacementRules,
	locatorFor: (wire: string) => string | undefined,
	commands: boolean,
	nameOf: (locator: string) => string,
): CatalogOperation['body'] {
	if (!rawBody) return undefined;
	const requestBody = spec.deref(rawBody);
	const content = (requestBody.content as Record<string, Json>) ?? {};
	const preferred =
		def.contentType === 'multipart'
			? 'multipart/form-data'
			: def.contentType === 'form'
				? 'application/x-www-form-urlencoded'
				: 'application/json';
	const mediaType = content[preferred] ? preferred : Object.keys(content)[0];
	if (!mediaType) return undefined;
	const whole = trimSchema(spec, content[mediaType].schema, { request: true });
	const schema = def.bodyAlternative === undefined ? whole : whole.oneOf?.[def.bodyAlternative];
	if (!schema) throw new Error(`${def.endpoint}: the body has no alternative ${String(def.bodyAlternative)}`);
	const contentType = mediaType.startsWith('multipart/')
		? 'multipart'
		: mediaType === 'application/x-www-form-urlencoded'
			? 'form'
			: 'json';
	const required = new Set(schema.required ?? []);
	const wanted = def.bodyFields ? new Set(def.bodyFields) : undefined;
	for (const name of def.bodyFields ?? []) {
		if (!schema.properties?.[name]) throw new Error(`${def.endpoint}: body has no field ${name}`);
	}
	const entries = Object.entries(schema.properties ?? {}).filter(([name]) => !wanted || wanted.has(name));
	for (const name of Object.keys(def.displayNames ?? {})) {
		const shortcut = def.shortcuts?.some((s) => s.path === name);
		if (!schema.properties?.[name] && !shortcut) throw new Error(`${def.endpoint}: displayNames names ${name}, which is not a body field`);
	}
	const fields: CatalogField[] = entries.map(([name, prop]) => {
		const locator = def.locators?.[name] ?? (isText(prop) ? locatorFor(name) : undefined);
		const label = def.displayNames?.[name];
		const param = label ? paramForLabel(label) : parameterNameFor(name);
		const described = markChecks(describer.nested(prop, name, true, required.has(name)), name, def.e164, def.phoneOrShortCode, def.xml);
		return place(
			{
				name,
				param,
				displayName: label ?? (locator ? nameOf(locator) : displayNameFor(name)),
				...opt('description', describer.field(label ? param : name)),
				required: required.has(name),
				schema: commands && name === 'client_state' ? { ...described, encode: 'base64' } : described,
				...(locator ? { locator } : {}),
			},
			'body',
			rules,
		);
	});
	for (const shortcut of def.shortcuts ?? []) {
		const locator = def.locators?.[shortcut.path];
		fields.push(shortcutField(schema, shortcut, describer, rules, def.displayNames?.[shortcut.path], locator));
	}
	// the form reads top-down: what the API requires, then what the definition brings up front
	const upFront = def.upFront ?? [];
	const rank = (f: CatalogField) => {
		const key = f.wirePath?.join('.') ?? f.name;
		return f.required ? 0 : upFront.includes(key) ? 1 + upFront.indexOf(key) : 1 + upFront.length;
	};
	const ordered = fields.map((field, index) => ({ field, index })).sort((a, b) => rank(a.field) - rank(b.field) || a.index - b.index);
	return { contentType, ...(requestBody.required === true ? { required: true } : {}), fields: ordered.map((entry) => entry.field) };
}

/** A plain field standing for a value deep in the body. */
function shortcutField(
	body: FieldSchema,
	shortcut: { path: string; required?: boolean },
	describer: Describer,
	rules: PlacementRules,
	label?: string,
	locator?: string,
): CatalogField {
	const wirePath = shortcut.path.split('.');
	let schema: FieldSchema | undefined = body;
	for (const key of wirePath) schema = schema?.properties?.[key];
	if (!schema) throw new Error(`shortcut ${shortcut.path} is not in the body`);
	const { component: _component, ...plain } = schema as FieldSchema & { component?: string };
	void _component;
	const name = wirePath[wirePath.length - 1];
	return place(
		{
			name,
			param: label ? paramForLabel(label) : parameterNameFor(name),
			displayName: label ?? displayNameFor(name),
			...opt('description', describer.field(label ? paramForLabel(label) : shortcut.path)),
			required: Boolean(shortcut.required),
			schema: plain,
			wirePath,
			// a deep id picked from a list (a porting order's `documents.loa`)
			...(locator ? { locator } : {}),
		},
		'body',
		rules,
	);
}

function buildResponse(
	spec: OpenApiSpec,
	responses: Record<string, Json>,
	answerAs?: string,
): { response: CatalogOperation['response']; responseSchema?: FieldSchema; exampleSchema?: unknown; itemSchema?: FieldSchema } {
	const code = Object.keys(responses).find((c) => /^2\d\d$/.test(c)) ?? '200';
	const raw = responses[code] ? spec.deref(responses[code]) : {};
	const content = (raw.content as Record<string, Json>) ?? {};
	// an answer offered in several types (JSON or a stream, JSON or CSV) is read as the first, unless the definition says
	if (answerAs && !content[answerAs]) throw new Error(`answers in ${Object.keys(content).join(', ')}, not ${answerAs}`);
	const mediaType = answerAs ?? Object.keys(content)[0];
	const status = Number(code);
	if (!mediaType) return { response: { kind: 'empty', status } };
	if (mediaType === 'text/event-stream') return { response: { kind: 'events', mimeType: mediaType, status } };
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
		itemSchema,
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
function markChecks(schema: FieldSchema, name: string, e164: string[] = [], phoneOrShortCode: string[] = [], xml: string[] = []): FieldSchema {
	const marks: Array<[string, NonNullable<FieldSchema['check']>]> = [
		...e164.map((path) => [path, 'e164'] as [string, 'e164']),
		...phoneOrShortCode.map((path) => [path, 'e164OrShortCode'] as [string, 'e164OrShortCode']),
		...xml.map((path) => [path, 'xml'] as [string, 'xml']),
	];
	for (const [path, check] of marks) {
		const [head, ...rest] = path.split('.');
		if (head !== name) continue;
		let target: FieldSchema | undefined = schema;
		for (const key of rest) target = (target?.items ?? target)?.properties?.[key];
		if (!target) throw new Error(`check path ${path} does not exist`);
		(target.items ?? target).check = check;
	}
	return schema;
}

function assertUniqueKeys(operation: CatalogOperation): void {
	const seen = new Set<string>();
	const topLevel = [
		...operation.pathParams,
		...operation.query.filter((q) => q.container === 'top'),
		...(operation.body?.fields.filter((f) => f.container === 'top') ?? []),
	];
	for (const field of topLevel) {
		if (seen.has(field.param)) {
			throw new Error(`${operation.method} ${operation.path}: two fields map to the parameter "${field.param}"`);
		}
		seen.add(field.param);
	}
}
