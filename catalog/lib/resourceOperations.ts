import type { HttpMethod, OperationKind } from '../../nodes/shared/catalog/types';
import type { OperationDefinition, ResourceDefinition } from '../definitions/types';
import { deriveOperations, derivePlanned } from './derive';
import type { OpenApiSpec } from './spec';

export interface LeftOut {
	key: string;
	endpoint: string;
	reason: string;
}

export interface PlannedOperation {
	key: string;
	def: OperationDefinition & { endpoint: string };
	derivedKind?: OperationKind;
}

const ENDPOINT = /^(GET|POST|PUT|PATCH|DELETE) \//;

/** Where derived operations sit when the definition does not place them: the everyday ones first. */
const CANONICAL = ['getAll', 'get', 'create', 'update', 'delete'];

/**
 * The operations of one resource: those its `path` derives, with the definition's additions
 * merged in, plus the endpoints the definition names itself. A derived operation whose endpoint
 * the definition gives to another key (`send` for `POST /messages`) is not offered twice.
 */
export function resourceOperations(
	spec: OpenApiSpec,
	where: string,
	resource: ResourceDefinition,
): { planned: PlannedOperation[]; leftOut: LeftOut[] } {
	const derived = resource.path ? deriveOperations(spec, resource.path) : [];
	const entries = Object.entries(resource.operations ?? {});
	const claimed = new Set(entries.filter(([, def]) => def.endpoint).map(([, def]) => def.endpoint));
	const without = resource.without ?? {};
	// endpoints the path does not derive are named as `METHOD /path`
	const endpoints = Object.keys(without).filter((key) => ENDPOINT.test(key));
	for (const key of Object.keys(without)) {
		if (ENDPOINT.test(key)) {
			const [method, path] = key.split(' ');
			spec.operation(method, path);
		} else if (!derived.some((d) => d.key === key)) {
			throw new Error(`${where}: "without" names ${key}, which the path does not derive`);
		}
	}
	const out: PlannedOperation[] = [];
	for (const [key, def] of entries) {
		const match = derived.find((d) => d.key === key && (!def.endpoint || def.endpoint === `${d.method} ${d.path}`));
		if (!def.endpoint && !match) {
			throw new Error(`${where}.${key}: no endpoint given, and the resource's path derives no "${key}"`);
		}
		const endpoint = def.endpoint ?? `${match!.method} ${match!.path}`;
		out.push({ key, def: { ...def, endpoint }, ...(match ? { derivedKind: match.kind } : {}) });
	}
	const rest = derived
		.filter((d) => !without[d.key] && !entries.some(([key]) => key === d.key) && !claimed.has(`${d.method} ${d.path}`))
		.sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
	for (const d of rest) out.push({ key: d.key, def: { endpoint: `${d.method} ${d.path}` }, derivedKind: d.kind });
	const leftOut = [
		...derived.filter((d) => without[d.key]).map((d) => ({ key: d.key, endpoint: `${d.method} ${d.path}`, reason: without[d.key] })),
		...endpoints.map((endpoint) => {
			const [method, path] = endpoint.split(' ') as [HttpMethod, string];
			return { key: derivePlanned(method, path).operation, endpoint, reason: without[endpoint] };
		}),
	];
	return { planned: out, leftOut };
}

function rank(key: string): number {
	const index = CANONICAL.indexOf(key);
	return index < 0 ? CANONICAL.length : index;
}
