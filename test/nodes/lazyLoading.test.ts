/**
 * n8n loads a community package lazily (descriptions from dist/types, node classes only when a
 * workflow uses them) when it ships dist/known and dist/types. The build writes them; they must
 * say exactly what n8n's eager loader finds in the package.
 */
import { LazyPackageDirectoryLoader, PackageDirectoryLoader } from 'n8n-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../harness/n8nHarness';

const read = (file: string) => JSON.parse(readFileSync(join(PACKAGE_ROOT, 'dist', file), 'utf8'));

test("n8n's lazy loader takes the package without falling back to loading every node", async () => {
	const lazy = new LazyPackageDirectoryLoader(PACKAGE_ROOT);
	await lazy.loadAll();
	expect(lazy.isLazyLoaded).toBe(true);
	// nothing is required until a workflow asks for a node
	expect(Object.keys(lazy.nodeTypes)).toEqual([]);
	const messaging = lazy.getNode('telnyxMessaging');
	expect(messaging.sourcePath).toMatch(/TelnyxMessaging\.node\.js$/);
});

test('dist/known and dist/types are what the eager loader produces', async () => {
	const eager = new PackageDirectoryLoader(PACKAGE_ROOT);
	await eager.loadAll();
	expect(read('known/nodes.json')).toEqual(eager.known.nodes);
	expect(read('known/credentials.json')).toEqual(JSON.parse(JSON.stringify(eager.known.credentials)));
	const described = eager.types.nodes.map(({ __loadOptionsMethods, ...rest }: { __loadOptionsMethods?: unknown }) => rest);
	expect(read('types/nodes.json')).toEqual(JSON.parse(JSON.stringify(described)));
	expect(read('types/credentials.json')).toEqual(JSON.parse(JSON.stringify(eager.types.credentials)));
});

test('every node version is described, with its codex (aliases) and icons resolved', () => {
	const types = read('types/nodes.json') as Array<{ name: string; version: number; codex?: { alias?: string[] }; iconUrl?: unknown }>;
	expect(types.map((t) => `${t.name}@${t.version}`).sort()).toEqual(
		[
			'telnyxFax@1',
			'telnyxMessaging@1',
			'telnyxMessaging@2',
			'telnyxNetworking@1',
			'telnyxNetworking@2',
			'telnyxNumbers@1',
			'telnyxPorting@1',
			'telnyxCompliance@1',
			'telnyxSipTrunking@1',
			'telnyxSipTrunking@2',
			'telnyxTexml@1',
			// one description for both versions, as n8n writes it for such nodes
			'telnyxTrigger@1,2',
			'telnyxVerify@1',
			'telnyxVoice@1',
			'telnyxVoiceIntegrations@1',
			'telnyxVoiceIntegrations@2',
		].sort(),
	);
	for (const type of types) {
		expect(type.codex?.alias?.length).toBeGreaterThan(3);
		expect(type.iconUrl).toMatchObject({ light: expect.stringContaining('telnyx.svg') });
	}
});
