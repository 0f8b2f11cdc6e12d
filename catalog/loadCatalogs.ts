import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogOperation, NodeCatalog } from '../nodes/shared/catalog/types';

const root = join(__dirname, '..');

/** Every node catalog in the source tree, the way the package ships them. */
export function loadCatalogs(): NodeCatalog[] {
	const nodesDir = join(root, 'nodes');
	const catalogs: NodeCatalog[] = [];
	for (const dir of readdirSync(nodesDir).sort()) {
		const file = join(nodesDir, dir, `${dir}.catalog.json`);
		try {
			catalogs.push(JSON.parse(readFileSync(file, 'utf8')) as NodeCatalog);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		}
	}
	return catalogs;
}

export function allOperations(catalogs = loadCatalogs()): CatalogOperation[] {
	return catalogs.flatMap((catalog) => catalog.operations);
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
