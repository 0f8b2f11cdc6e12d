import type { CatalogField, CatalogOperation, CatalogResource, Container, NodeCatalog } from './types';

export type { CatalogField, CatalogOperation, CatalogResource, Container, FieldSchema, ListShape, NodeCatalog } from './types';

/** Looks up one operation of a node's catalog; throws when the pair is unknown. */
export function findOperation(catalog: NodeCatalog, resource: string, operation: string): CatalogOperation {
	const found = catalog.operations.find((op) => op.resource === resource && op.operation === operation);
	if (!found) {
		throw new Error(`Unknown operation "${operation}" for resource "${resource}" in ${catalog.displayName}`);
	}
	return found;
}

export function findResource(catalog: NodeCatalog, resource: string): CatalogResource {
	const found = catalog.resources.find((r) => r.value === resource);
	if (!found) throw new Error(`Unknown resource "${resource}" in ${catalog.displayName}`);
	return found;
}

/** Fills `{name}` placeholders of a catalog path with URL-encoded values. */
export function expandPath(path: string, values: Record<string, string>): string {
	return path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`No value for path parameter "${name}" of ${path}`);
		return encodeURIComponent(value);
	});
}

/** The container a field has in one node version. */
export function containerIn(field: CatalogField, version: number): Container {
	return field.containers?.[String(version)] ?? field.container;
}
