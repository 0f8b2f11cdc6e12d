/**
 * What the spec's path shapes already say: which operation of which resource an endpoint is.
 *
 *   GET  /faxes                    → getAll (list)      POST /faxes             → create
 *   GET  /faxes/{id}               → get                PATCH|PUT /faxes/{id}   → update
 *   DELETE /faxes/{id}             → delete             POST /faxes/{id}/actions/cancel → cancel
 *
 * Resource definitions name a path; every endpoint of that shape under it becomes an
 * operation without being written down. Anything else is named by hand.
 */
import type { HttpMethod, OperationKind } from '../../nodes/shared/catalog/types';
import { parameterNameFor } from './naming';
import type { OpenApiSpec } from './spec';

export interface DerivedOperation {
	key: string;
	method: HttpMethod;
	path: string;
	kind: OperationKind;
}

export const METHODS: HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Every `METHOD path` of the spec. */
export function specEndpoints(spec: OpenApiSpec): Array<{ method: HttpMethod; path: string }> {
	const out: Array<{ method: HttpMethod; path: string }> = [];
	for (const [path, item] of Object.entries(spec.doc.paths as Record<string, Record<string, unknown>>)) {
		for (const method of METHODS) if (item[method.toLowerCase()]) out.push({ method, path });
	}
	return out;
}

/** The operations a resource rooted at `prefix` gets from the spec's shapes alone. */
export function deriveOperations(spec: OpenApiSpec, prefix: string): DerivedOperation[] {
	const endpoints = specEndpoints(spec);
	const has = (method: HttpMethod, path: string) => endpoints.some((e) => e.method === method && e.path === path);
	const out: DerivedOperation[] = [];
	for (const { method, path } of endpoints) {
		const shape = shapeUnder(prefix, path);
		if (!shape) continue;
		const derived = deriveFromShape(shape, method, () => has('POST', prefix));
		if (derived) out.push({ ...derived, method, path });
	}
	// a member with both PATCH and PUT: PATCH updates, PUT replaces
	const patch = out.find((d) => d.key === 'update' && d.method === 'PATCH');
	const put = out.find((d) => d.key === 'update' && d.method === 'PUT');
	if (patch && put) put.key = 'replace';
	return out;
}

type Shape = { kind: 'collection' } | { kind: 'member' } | { kind: 'action'; name: string; onMember: boolean };

/** How `path` sits below `prefix`: the collection itself, one member, or a named action. */
function shapeUnder(prefix: string, path: string): Shape | undefined {
	if (path === prefix) return { kind: 'collection' };
	if (!path.startsWith(`${prefix}/`)) return undefined;
	const rest = path.slice(prefix.length + 1).split('/');
	const isParam = (segment: string | undefined) => Boolean(segment && /^\{[^}]+\}$/.test(segment));
	if (rest.length === 1 && isParam(rest[0])) return { kind: 'member' };
	if (rest.length === 2 && rest[0] === 'actions') return { kind: 'action', name: rest[1], onMember: false };
	if (rest.length === 3 && isParam(rest[0]) && rest[1] === 'actions') return { kind: 'action', name: rest[2], onMember: true };
	return undefined;
}

function deriveFromShape(
	shape: Shape,
	method: HttpMethod,
	collectionTakesPost: () => boolean,
): { key: string; kind: OperationKind } | undefined {
	if (shape.kind === 'collection') {
		if (method === 'GET') return { key: 'getAll', kind: 'list' };
		if (method === 'POST') return { key: 'create', kind: 'create' };
		return undefined;
	}
	if (shape.kind === 'member') {
		switch (method) {
			case 'GET':
				return { key: 'get', kind: 'get' };
			case 'PATCH':
				return { key: 'update', kind: 'update' };
			case 'PUT':
				return { key: 'update', kind: 'replace' };
			case 'DELETE':
				return { key: 'delete', kind: 'delete' };
			case 'POST':
				// records created under an id of their own choosing (`/custom_storage_credentials/{connection_id}`)
				return collectionTakesPost() ? undefined : { key: 'create', kind: 'create' };
		}
	}
	if (shape.kind === 'action' && method === 'POST') return { key: parameterNameFor(shape.name), kind: 'action' };
	return undefined;
}

/**
 * A resource and operation for any endpoint, for the plan of operations no node offers yet:
 * the last collection named before an id is the resource; the rest of the path says the operation.
 */
export function derivePlanned(method: HttpMethod, path: string): { resource: string; operation: string; kind: OperationKind } {
	const segments = path.split('/').filter(Boolean);
	const isParam = (segment: string) => /^\{[^}]+\}$/.test(segment);
	let resourceIndex = -1;
	segments.forEach((segment, index) => {
		if (!isParam(segment) && segment !== 'actions' && isParam(segments[index + 1] ?? '')) resourceIndex = index;
	});
	if (resourceIndex < 0) resourceIndex = segments.findIndex((s) => !isParam(s));
	const resourceWords = singular(segments[resourceIndex] ?? 'account');
	const prefix = `/${segments.slice(0, resourceIndex + 1).join('/')}`;
	const shape = shapeUnder(prefix, path);
	const derived = shape ? deriveFromShape(shape, method, () => false) : undefined;
	const resource = parameterNameFor(resourceWords);
	if (derived) return { resource, operation: derived.key, kind: derived.kind };
	// trailing words name the operation: GET /uploads/status → getStatus, POST /verifications/sms → sms
	const tail = segments.slice(resourceIndex + 1).filter((s) => !isParam(s) && s !== 'actions');
	const words = tail.join('_') || 'call';
	const verb = method === 'GET' ? 'get_' : method === 'DELETE' ? 'delete_' : method === 'POST' ? '' : 'update_';
	return { resource, operation: parameterNameFor(`${verb}${words}`), kind: method === 'GET' ? 'get' : 'action' };
}

function singular(segment: string): string {
	const word = segment.replace(/\.json$/, '').replace(/-/g, '_');
	if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
	if (/(ss|us|sis)$/.test(word)) return word;
	if (/(xes|ches|shes|sses)$/.test(word)) return word.replace(/es$/, '');
	return word.replace(/s$/, '');
}
