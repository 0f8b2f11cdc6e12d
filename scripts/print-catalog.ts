/**
 * Prints every operation the package offers as a JSON array:
 *   npm run --silent catalog
 * Each entry has node, resource, operation, method and path (as in the reference), plus
 * what the operation does and how it lists.
 */
import { loadCatalogs } from '../catalog/loadCatalogs';

const entries = loadCatalogs().flatMap((catalog) =>
	catalog.operations.map((op) => ({
		node: catalog.node,
		resource: op.resource,
		operation: op.operation,
		method: op.method,
		path: op.path,
		name: op.name,
		kind: op.kind,
		response: op.response.kind,
		...(op.list ? { pagination: op.list.style } : {}),
	})),
);
process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
