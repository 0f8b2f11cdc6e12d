import type { CatalogOperation, FieldSchema } from '../../nodes/shared/catalog/types';
import { allOperations, loadFixtures } from '../../catalog/loadCatalogs';
import { SandboxError, sandboxErrors } from './errors';
import { ACCOUNT_ROUTES, SANDBOX_HOOKS, type SandboxHook } from './hooks';
import { applyFilters, applySort, renderPage } from './paging';
import type { EventSigner } from './events/signer';
import { FileStore } from './files';
import { Store, type SandboxRecord } from './store';
import { validateBody, validateQuery } from './validate';

export interface ApiRequest {
	method: string;
	/** Path below the API root, e.g. `/credential_connections/123`. */
	path: string;
	query: URLSearchParams;
	body: unknown;
	headers: Record<string, string | string[] | undefined>;
}

export interface ApiResponse {
	status: number;
	headers?: Record<string, string>;
	body?: unknown;
}

interface Route {
	operation: CatalogOperation;
	pattern: RegExp;
	params: string[];
	literals: number;
}

/** Per-route context handed to the behaviour of an operation and to named hooks. */
export interface RouteContext {
	api: SandboxApi;
	operation: CatalogOperation;
	params: Record<string, string>;
	request: ApiRequest;
}

/** The Telnyx API as the catalog describes it, answering from an in-memory store. */
export class SandboxApi {
	readonly store = new Store();
	/** Files served by link (recording downloads, stored media). */
	readonly files = new FileStore();
	/** Signs and sends the events some behaviours raise (a fax delivered); set by the server. */
	events?: EventSigner;
	private readonly routes: Route[];
	private readonly fixtures = loadFixtures();

	constructor(operations: CatalogOperation[] = allOperations()) {
		this.routes = operations
			.map((operation) => compile(operation))
			.sort((a, b) => b.literals - a.literals || b.operation.path.length - a.operation.path.length);
	}

	handle(request: ApiRequest): ApiResponse {
		const accountRoute = ACCOUNT_ROUTES[`${request.method} ${request.path}`];
		if (accountRoute) return accountRoute();
		const contentType = request.headers?.['content-type'];
		const match = this.match(request.method, request.path, Array.isArray(contentType) ? contentType[0] : contentType);
		if (!match) throw sandboxErrors.notFound(`No route for ${request.method} ${request.path}`);
		const context: RouteContext = { api: this, operation: match.route.operation, params: match.params, request };
		const queryErrors = validateQuery(context.operation, request.query);
		if (queryErrors.length) throw sandboxErrors.invalid(queryErrors);
		const hook: SandboxHook | undefined = SANDBOX_HOOKS[`${context.operation.method} ${context.operation.path}`];
		if (hook) {
			const answer = hook(context);
			if (answer) return answer;
		}
		return this.behave(context);
	}

	/**
	 * The route for a request. Where one endpoint is offered as two operations (a JSON body and
	 * a multipart upload), the request's content type picks between them.
	 */
	match(method: string, path: string, contentType = ''): { route: Route; params: Record<string, string> } | undefined {
		const wantsMultipart = contentType.toLowerCase().startsWith('multipart/');
		let fallback: { route: Route; params: Record<string, string> } | undefined;
		for (const route of this.routes) {
			if (route.operation.method !== method) continue;
			const found = route.pattern.exec(path);
			if (!found) continue;
			const params: Record<string, string> = {};
			route.params.forEach((name, index) => (params[name] = decodeURIComponent(found[index + 1])));
			const isMultipart = route.operation.body?.contentType === 'multipart';
			if (!route.operation.body || isMultipart === wantsMultipart) return { route, params };
			fallback ??= { route, params };
		}
		return fallback;
	}

	/** The default behaviour of each kind of operation. */
	behave(context: RouteContext): ApiResponse {
		const { operation, request } = context;
		switch (operation.kind) {
			case 'list': {
				const collection = fillPath(operation.path, context.params);
				const records = applySort(applyFilters(this.store.list(collection), request.query), request.query);
				return { status: operation.response.status, body: renderPage(operation.list!, records, request.query) };
			}
			case 'create':
				return this.respond(operation, this.create(context));
			case 'get':
				return this.respond(operation, this.existing(context).record);
			case 'update':
			case 'replace': {
				const { collection, id, record } = this.existing(context);
				this.checkBody(operation, request.body);
				const next =
					operation.kind === 'update'
						? deepMerge(record, request.body as SandboxRecord)
						: { ...pick(record, ['id', 'record_type', 'created_at']), ...(request.body as SandboxRecord) };
				next.updated_at = new Date().toISOString();
				this.store.put(collection, id, next);
				return this.respond(operation, next);
			}
			case 'delete': {
				const { collection, id, record } = this.existing(context);
				this.store.delete(collection, id);
				return this.respond(operation, record);
			}
			case 'action':
			default: {
				this.checkBody(operation, request.body);
				const owner = ownerOf(operation.path, context.params);
				if (owner && !this.store.get(owner.collection, owner.id)) {
					throw sandboxErrors.notFound(`No record ${owner.id} in ${owner.collection}`);
				}
				return this.respond(operation, this.example(operation));
			}
		}
	}

	/** A list answer from given records, filtered, sorted and paged as the default list is. */
	behaveList(context: RouteContext, records: SandboxRecord[]): ApiResponse {
		const { operation, request } = context;
		const sorted = applySort(applyFilters(records, request.query), request.query);
		return { status: operation.response.status, body: renderPage(operation.list!, sorted, request.query) };
	}

	create(context: RouteContext): SandboxRecord {
		const { operation, params, request } = context;
		this.checkBody(operation, request.body);
		const explicitId = lastParam(operation.path);
		const collection = explicitId
			? fillPath(operation.path.slice(0, operation.path.lastIndexOf('/')), params)
			: fillPath(operation.path, params);
		const id = explicitId ? params[explicitId] : this.store.newId(this.idStyle(operation));
		const now = new Date().toISOString();
		const record: SandboxRecord = {
			...(this.example(operation) as SandboxRecord),
			...defaultsOf(operation),
			...(request.body && typeof request.body === 'object' ? (request.body as SandboxRecord) : {}),
			id,
			...(operation.response.recordType ? { record_type: operation.response.recordType } : {}),
			created_at: now,
			updated_at: now,
		};
		this.store.put(collection, id, record);
		this.store.countCreated(collection);
		return record;
	}

	/** The record a get/update/delete addresses, or a 404. */
	existing(context: RouteContext): { collection: string; id: string; record: SandboxRecord } {
		const owner = ownerOf(context.operation.path, context.params);
		if (!owner) throw sandboxErrors.notFound();
		const record = this.store.get(owner.collection, owner.id);
		if (!record) throw sandboxErrors.notFound(`No record ${owner.id} in ${owner.collection}`);
		return { ...owner, record };
	}

	checkBody(operation: CatalogOperation, body: unknown): void {
		const errors = validateBody(operation, body);
		if (errors.length) throw sandboxErrors.invalid(errors);
	}

	respond(operation: CatalogOperation, record: unknown): ApiResponse {
		const { response } = operation;
		// a download reads the record first: it answers as a JSON read, in the spec's envelope
		if (operation.downloadFrom) return { status: response.status, body: response.envelope ? { [response.envelope]: record } : record };
		if (response.kind === 'empty') return { status: response.status === 200 ? 204 : response.status };
		if (response.kind === 'text') return { status: response.status, body: String(record) };
		if (response.kind === 'binary') return { status: response.status, body: record as Buffer };
		return { status: response.status, body: response.envelope ? { [response.envelope]: record } : record };
	}

	/** A fresh copy of the reference's example record for an operation. */
	example(operation: CatalogOperation): unknown {
		const example = this.fixtures[`${operation.method} ${operation.path}`]?.example;
		return example === undefined || example === null ? {} : structuredClone(example);
	}

	/** Seeds records into a collection (e.g. 1,000 connections) without counting them as created. */
	seed(collection: string, records: SandboxRecord[]): SandboxRecord[] {
		const create = this.routes.find((r) => r.operation.kind === 'create' && r.operation.path === collection)?.operation;
		return records.map((input) => {
			const now = new Date().toISOString();
			const id = typeof input.id === 'string' ? input.id : this.store.newId(create ? this.idStyle(create) : 'uuid');
			const record: SandboxRecord = {
				...(create ? (this.example(create) as SandboxRecord) : {}),
				...(create ? defaultsOf(create) : {}),
				...input,
				id,
				...(create?.response.recordType ? { record_type: create.response.recordType } : {}),
				created_at: (input.created_at as string) ?? now,
				updated_at: (input.updated_at as string) ?? now,
			};
			this.store.put(collection, id, record);
			return record;
		});
	}

	private idStyle(operation: CatalogOperation): 'numeric' | 'uuid' {
		const example = this.example(operation) as SandboxRecord;
		return typeof example.id === 'string' && /^\d+$/.test(example.id) ? 'numeric' : 'uuid';
	}
}

function compile(operation: CatalogOperation): Route {
	const params: string[] = [];
	let literals = 0;
	const source = operation.path
		.split('/')
		.map((segment) => {
			const param = segment.match(/^\{(.+)\}$/);
			if (param) {
				params.push(param[1]);
				return '([^/]+)';
			}
			if (segment) literals += 1;
			return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		})
		.join('/');
	return { operation, pattern: new RegExp(`^${source}$`), params, literals };
}

export function fillPath(path: string, params: Record<string, string>): string {
	return path.replace(/\{([^}]+)\}/g, (_m, name: string) => params[name] ?? `{${name}}`);
}

function lastParam(path: string): string | undefined {
	return path.match(/\{([^}]+)\}$/)?.[1];
}

/** The record a path addresses: the collection before its last `{param}`, and that id. */
export function ownerOf(path: string, params: Record<string, string>): { collection: string; id: string } | undefined {
	const all = [...path.matchAll(/\{([^}]+)\}/g)];
	const last = all[all.length - 1];
	if (!last || last.index === undefined) return undefined;
	return { collection: fillPath(path.slice(0, last.index - 1), params), id: params[last[1]] };
}

function defaultsOf(operation: CatalogOperation): SandboxRecord {
	const out: SandboxRecord = {};
	for (const field of operation.body?.fields ?? []) {
		const value = defaultOf(field.schema);
		if (value !== undefined) out[field.name] = value;
	}
	return out;
}

function defaultOf(schema: FieldSchema): unknown {
	if (schema.default !== undefined) return schema.default;
	if (schema.properties) {
		const nested: SandboxRecord = {};
		for (const [name, prop] of Object.entries(schema.properties)) {
			const value = defaultOf(prop);
			if (value !== undefined) nested[name] = value;
		}
		return Object.keys(nested).length ? nested : undefined;
	}
	return undefined;
}

export function deepMerge(base: SandboxRecord, patch: SandboxRecord | undefined): SandboxRecord {
	const out: SandboxRecord = { ...base };
	for (const [key, value] of Object.entries(patch ?? {})) {
		const current = out[key];
		out[key] =
			value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object' && !Array.isArray(current)
				? deepMerge(current as SandboxRecord, value as SandboxRecord)
				: value;
	}
	return out;
}

function pick(record: SandboxRecord, keys: string[]): SandboxRecord {
	return Object.fromEntries(keys.filter((k) => k in record).map((k) => [k, record[k]]));
}

export { SandboxError };
