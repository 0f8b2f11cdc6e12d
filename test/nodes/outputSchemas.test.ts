/**
 * Output schema previews: n8n's editor shows what a node's items look like before it has run
 * (and lets them be mapped), reading dist/nodes/<Node>/__schema__/v<version>.0.0/<resource>/<operation>.json
 * from the package, as it finds the node. Every operation that answers JSON records has one, for
 * every node version, found by n8n-core's own lookup. The editor e2e sees one in real n8n.
 */
import { LazyPackageDirectoryLoader, loadOutputSchema } from 'n8n-core';
import { dirname } from 'node:path';
import { loadCatalogs } from '../../catalog/loadCatalogs';
import { PACKAGE_ROOT } from '../harness/n8nHarness';

const catalogs = loadCatalogs().filter((catalog) => catalog.node !== 'telnyxTrigger');

test('every operation answering JSON records has a preview for each node version, where n8n looks', async () => {
	const loader = new LazyPackageDirectoryLoader(PACKAGE_ROOT);
	await loader.loadAll();
	let found = 0;
	for (const catalog of catalogs) {
		const nodeDir = dirname(loader.getNode(catalog.node).sourcePath);
		for (const version of catalog.versions) {
			for (const operation of catalog.operations.filter((op) => op.response.kind === 'json' && !op.response.itemsPath)) {
				const schema = loadOutputSchema({ nodeDir, version, resource: operation.resource, operation: operation.operation });
				expect({ at: `${catalog.node} v${version} ${operation.resource}/${operation.operation}`, type: schema?.type }).toEqual({
					at: `${catalog.node} v${version} ${operation.resource}/${operation.operation}`,
					type: expect.stringMatching(/^(object|array|string|number|boolean)$/),
				});
				found++;
			}
		}
	}
	expect(found).toBeGreaterThan(500);
});
