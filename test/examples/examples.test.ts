/**
 * The shipped example workflows, held to what n8n accepts before anyone imports them: a
 * workflow id n8n treats as valid (above 21 characters n8n silently never saves the workflow's
 * static data, so the trigger's memory of delivered events would be lost), nodes of this package
 * that exist with the resource and operation named, and connections between existing nodes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { INodePropertyOptions, INodeType } from 'n8n-workflow';
import { PACKAGE_NAME, loadPackage } from '../harness/n8nHarness';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

interface ExampleNode {
	name: string;
	type: string;
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string }>;
	webhookId?: string;
}
interface Example {
	id: string;
	name: string;
	nodes: ExampleNode[];
	connections: Record<string, { main: Array<Array<{ node: string }>> }>;
}

function exampleFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return exampleFiles(path);
		return name.endsWith('.json') ? [path] : [];
	});
}

const examples = exampleFiles(EXAMPLES).map((path) => [relative(EXAMPLES, path), JSON.parse(readFileSync(path, 'utf8')) as Example] as const);

test('there are examples, with distinct ids and webhook ids', () => {
	expect(examples.length).toBeGreaterThanOrEqual(5);
	const ids = examples.map(([, e]) => e.id);
	expect(new Set(ids).size).toBe(ids.length);
	const webhookIds = examples.flatMap(([, e]) => e.nodes.map((n) => n.webhookId).filter(Boolean));
	expect(new Set(webhookIds).size).toBe(webhookIds.length);
});

test.each(examples)('%s: an id n8n accepts, and nodes that exist and connect', async (_file, example) => {
	expect(example.id).toMatch(/^[A-Za-z0-9]{1,21}$/);
	const names = example.nodes.map((n) => n.name);
	expect(new Set(names).size).toBe(names.length);
	for (const [from, outputs] of Object.entries(example.connections)) {
		expect(names).toContain(from);
		for (const target of outputs.main.flat()) expect(names).toContain(target.node);
	}
	const { nodeTypes } = await loadPackage();
	for (const node of example.nodes.filter((n) => n.type.startsWith(`${PACKAGE_NAME}.`))) {
		const type = nodeTypes.getByNameAndVersion(node.type, 1) as INodeType;
		expect(type).toBeDefined();
		expect(node.credentials?.telnyxApi?.id).toBeTruthy();
		const resource = node.parameters.resource as string | undefined;
		if (!resource) continue;
		const properties = type.description.properties;
		const resources = properties.find((p) => p.name === 'resource')!.options as INodePropertyOptions[];
		expect(resources.map((o) => o.value)).toContain(resource);
		const operations = properties
			.filter((p) => p.name === 'operation' && (p.displayOptions?.show?.resource as string[] | undefined)?.includes(resource))
			.flatMap((p) => (p.options as INodePropertyOptions[]).map((o) => o.value));
		expect(operations).toContain(node.parameters.operation);
	}
});
