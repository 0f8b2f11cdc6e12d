import type { OutputSchema } from './outputSchema';
import type { CatalogOperation, CatalogResource, NodeCatalog, NodeDefaults } from '../../nodes/shared/catalog/types';
import type { NodeDefinition, NodeVersionDefinition } from '../definitions/types';
import { buildOperation } from './buildOperation';
import { DOCS_URL } from './codex';
import { resourceOperations } from './resourceOperations';
import type { OpenApiSpec } from './spec';

export interface BuiltNode {
	catalog: NodeCatalog;
	/** Example answers per `METHOD path`, for the sandbox. */
	fixtures: Record<string, { example: unknown }>;
	/** Output item shapes by `resource/operation`, shipped as the editor's previews. */
	outputs: Record<string, OutputSchema>;
	/** Fields without copy. */
	missing: Set<string>;
	/** Derived operations left out on purpose, with the reason (for docs/operations.md). */
	without: Array<{ endpoint: string; resource: string; operation: string; reason: string }>;
}

/** One node's catalog from its definition and the OpenAPI description. */
export function buildNodeCatalog(spec: OpenApiSpec, def: NodeDefinition): BuiltNode {
	const resources: CatalogResource[] = [];
	const operations: CatalogOperation[] = [];
	const fixtures: Record<string, { example: unknown }> = {};
	const outputs: Record<string, OutputSchema> = {};
	const missing = new Set<string>();
	const without: BuiltNode['without'] = [];
	for (const [resourceKey, resource] of Object.entries(def.resources)) {
		const { planned, leftOut } = resourceOperations(spec, `${def.node}.${resourceKey}`, resource);
		if (resource.locator && !planned.some((p) => p.key === 'getAll')) {
			throw new Error(`${def.node}.${resourceKey}: a locator needs a getAll operation to search`);
		}
		resources.push({
			value: resourceKey,
			name: resource.name,
			...(resource.locator
				? {
						locator: {
							listOperation: 'getAll',
							labelField: resource.locator.labelField,
							listPlaceholder: `Select ${resource.article ?? 'a'} ${resource.name}...`,
							...(resource.locator.searchParam ? { searchParam: resource.locator.searchParam } : {}),
							...(resource.locator.valueField ? { valueField: resource.locator.valueField } : {}),
							...(resource.locator.placeholder ? { placeholder: resource.locator.placeholder } : {}),
						},
					}
				: {}),
		});
		for (const { key, def: opDef, derivedKind } of planned) {
			const built = buildOperation({
				spec,
				node: def,
				resourceKey,
				resource,
				operationKey: key,
				def: opDef,
				derivedKind,
				missingCopy: missing,
			});
			operations.push(built.operation);
			fixtures[`${built.operation.method} ${built.operation.path}`] = built.fixture;
			if (built.output) outputs[`${built.operation.resource}/${built.operation.operation}`] = built.output;
		}
		for (const item of leftOut) without.push({ endpoint: item.endpoint, resource: resourceKey, operation: item.key, reason: item.reason });
	}
	const catalog: NodeCatalog = {
		node: def.node,
		displayName: def.displayName,
		description: def.description,
		documentationUrl: `${DOCS_URL}#${def.docs}`,
		versions: def.versions.map((v) => v.version),
		defaults: {},
		resources,
		operations,
	};
	for (const version of def.versions) catalog.defaults[String(version.version)] = defaultsOf(catalog, version);
	return { catalog, fixtures, outputs, missing, without };
}

/**
 * What a node version opens on. Version 1's rule was alphabetical; later versions name their
 * default resource and take its Get Many (else Get, else its first operation that deletes nothing).
 */
function defaultsOf(catalog: NodeCatalog, version: NodeVersionDefinition): NodeDefaults {
	const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
	const operations: Record<string, string> = {};
	for (const resource of catalog.resources) {
		const ops = catalog.operations.filter((op) => op.resource === resource.value);
		const pinned = ops.find((op) => op.operation === version.defaults?.operations?.[resource.value]);
		const chosen = version.legacyDefaults
			? (pinned ?? ops.find((op) => op.operation === 'get') ?? [...ops].sort(byName)[0])
			: (pinned ??
				ops.find((op) => op.operation === 'getAll') ??
				ops.find((op) => op.operation === 'get') ??
				ops.find((op) => op.kind !== 'delete') ??
				ops[0]);
		operations[resource.value] = chosen.operation;
	}
	const resource = version.legacyDefaults ? [...catalog.resources].sort(byName)[0].value : version.defaults?.resource;
	if (!resource || !catalog.resources.some((r) => r.value === resource)) {
		throw new Error(`${catalog.node} v${version.version}: default resource "${resource}" is not a resource of the node`);
	}
	for (const [key, operation] of Object.entries(version.defaults?.operations ?? {})) {
		if (operations[key] !== operation) throw new Error(`${catalog.node} v${version.version}: no operation ${key}.${operation}`);
	}
	return { resource, operations, order: version.legacyDefaults ? 'alphabetical' : 'curated' };
}
