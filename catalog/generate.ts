/**
 * Generates the operation catalog from the OpenAPI description and the node definitions.
 *
 *   npm run catalog:generate            (needs ../shared/telnyx-api/openapi.yml)
 *
 * Writes nodes/<Node>/<Node>.catalog.json (shipped in the package) and
 * test/sandbox/fixtures/<node>.json (example records the sandbox answers with), and the
 * webhook event types (nodes/TelnyxTrigger/TelnyxTrigger.events.json) with example bodies.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { NodeCatalog } from '../nodes/shared/catalog/types';
import { NODE_DEFINITIONS } from './definitions';
import { buildOperation } from './lib/buildOperation';
import { eventTypes } from './lib/events';
import { OpenApiSpec } from './lib/spec';

const root = resolve(__dirname, '..');
const specFile = process.env.TELNYX_OPENAPI ?? resolve(root, '../shared/telnyx-api/openapi.yml');

function main(): void {
	const spec = new OpenApiSpec(specFile);
	const missingCopy = new Map<string, Set<string>>();
	for (const def of NODE_DEFINITIONS) {
		const catalog: NodeCatalog = {
			node: def.node,
			displayName: def.displayName,
			description: def.description,
			resources: [],
			operations: [],
		};
		const fixtures: Record<string, unknown> = {};
		const missing = new Set<string>();
		for (const [resourceKey, resource] of Object.entries(def.resources)) {
			catalog.resources.push({
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
			if (resource.locator && !resource.operations.getAll) {
				throw new Error(`${def.node}.${resourceKey}: a locator needs a getAll operation to search`);
			}
			for (const [operationKey, opDef] of Object.entries(resource.operations)) {
				const built = buildOperation(spec, def, resourceKey, resource, operationKey, opDef, missing);
				catalog.operations.push(built.operation);
				fixtures[`${built.operation.method} ${built.operation.path}`] = built.fixture;
			}
		}
		const nodeDir = def.node.charAt(0).toUpperCase() + def.node.slice(1);
		write(join(root, 'nodes', nodeDir, `${nodeDir}.catalog.json`), catalog);
		write(join(root, 'test', 'sandbox', 'fixtures', `${def.node}.json`), fixtures);
		missingCopy.set(def.node, missing);
		console.log(`${def.node}: ${catalog.operations.length} operations`);
	}
	const events = eventTypes(spec);
	write(join(root, 'nodes', 'TelnyxTrigger', 'TelnyxTrigger.events.json'), events.types);
	write(join(root, 'test', 'sandbox', 'events', 'examples.json'), events.examples);
	console.log(`telnyxTrigger: ${events.types.length} event types`);

	const missingAll = [...missingCopy.entries()].filter(([, names]) => names.size);
	for (const [node, names] of missingAll) {
		console.log(`${node}: no description yet for ${[...names].sort().join(', ')}`);
	}
	if (missingAll.length && process.argv.includes('--strict')) process.exitCode = 1;
}

function write(file: string, data: unknown): void {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, `${JSON.stringify(data, null, '\t')}\n`);
}

main();
