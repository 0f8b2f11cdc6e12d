import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../nodes/shared/catalog/load';
import type { CatalogOperation, NodeCatalog } from '../nodes/shared/catalog/types';

const root = join(__dirname, '..');

/** Every node catalog in the source tree, the way the package ships them. */
export function loadCatalogs(): NodeCatalog[] {
	const nodesDir = join(root, 'nodes');
	const catalogs: NodeCatalog[] = [];
	for (const dir of readdirSync(nodesDir).sort()) {
		const file = join(nodesDir, dir, `${dir}.catalog.json`);
		try {
			catalogs.push(loadCatalog(JSON.parse(readFileSync(file, 'utf8'))));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		}
	}
	return catalogs;
}

/** Every operation of every catalog, each with the node it belongs to. */
export function allOperations(catalogs = loadCatalogs()): Array<CatalogOperation & { node: string }> {
	return catalogs.flatMap((catalog) => catalog.operations.map((op) => ({ ...op, node: catalog.node })));
}

/** Example records per `METHOD path`, generated from the reference's response schemas. */
export function loadFixtures(): Record<string, { example: unknown }> {
	const dir = join(root, 'test', 'sandbox', 'fixtures');
	const fixtures: Record<string, { example: unknown }> = {};
	for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
		Object.assign(fixtures, JSON.parse(readFileSync(join(dir, file), 'utf8')));
	}
	return fixtures;
}
