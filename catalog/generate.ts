/**
 * Generates everything the package derives from the OpenAPI description and the definitions:
 *
 *   npm run catalog:generate            (needs ../shared/telnyx-api/openapi.yml)
 *
 * - nodes/<Node>/<Node>.catalog.json  the shipped catalog of each node (compact: see lib/compact.ts)
 * - nodes/<Node>/<Node>.node.json     the codex n8n reads beside each node (aliases, categories, docs)
 * - nodes/TelnyxTrigger/TelnyxTrigger.events.json  webhook event types with their names
 * - nodes/<Node>/<Node>.outputs.json  output item shapes, written out by the build as n8n's
 *   schema previews (dist/nodes/<Node>/__schema__/v<version>.0.0/<resource>/<operation>.json)
 * - test/sandbox/fixtures/<node>.json and test/sandbox/events/examples.json  sandbox answers
 * - docs/operations.md                every spec operation: where the package offers it, or why not
 *
 * `--check` writes nothing and fails when a generated file is stale; `--strict` fails on fields
 * without copy.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { NODE_DEFINITIONS } from './definitions';
import { TRIGGER_NODE } from './definitions/trigger';
import { buildNodeCatalog, type BuiltNode } from './lib/buildNodeCatalog';
import { codexOf } from './lib/codex';
import { compactCatalog } from './lib/compact';
import { eventTypes } from './lib/events';
import { OpenApiSpec, SPEC_FILE } from './lib/spec';
import { operationsIndex } from './plan/operationsIndex';

const root = resolve(__dirname, '..');

export interface Generated {
	files: Map<string, string>;
	built: BuiltNode[];
}

/** Every generated file, by path below the repository root. */
export function generate(spec = new OpenApiSpec(SPEC_FILE)): Generated {
	const files = new Map<string, string>();
	const built: BuiltNode[] = [];
	for (const def of NODE_DEFINITIONS) {
		const node = buildNodeCatalog(spec, def);
		built.push(node);
		const dir = nodeDir(def.node);
		files.set(`nodes/${dir}/${dir}.catalog.json`, json(compactCatalog(node.catalog)));
		files.set(`test/sandbox/fixtures/${def.node}.json`, json(node.fixtures));
		if (!def.internal) files.set(`nodes/${dir}/${dir}.outputs.json`, json(node.outputs));
		if (!def.internal) files.set(`nodes/${dir}/${dir}.node.json`, json(codexOf(def)));
	}
	files.set(`nodes/TelnyxTrigger/TelnyxTrigger.node.json`, json(codexOf(TRIGGER_NODE)));
	const events = eventTypes(spec);
	files.set('nodes/TelnyxTrigger/TelnyxTrigger.events.json', json(events.types));
	files.set('test/sandbox/events/examples.json', json(events.examples));
	files.set('docs/operations.md', operationsIndex(spec, built));
	return { files, built };
}

export function nodeDir(node: string): string {
	return node.charAt(0).toUpperCase() + node.slice(1);
}

function json(data: unknown): string {
	return `${JSON.stringify(data, null, '\t')}\n`;
}

function main(): void {
	const { files, built } = generate();
	const check = process.argv.includes('--check');
	const stale: string[] = [];
	for (const [path, content] of files) {
		const file = join(root, path);
		const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
		if (current === content) continue;
		if (check) stale.push(path);
		else {
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, content);
		}
	}
	for (const node of built) {
		console.log(`${node.catalog.node}: ${node.catalog.operations.length} operations`);
		if (node.missing.size) console.log(`  no description yet for ${[...node.missing].sort().join(', ')}`);
	}
	if (stale.length) {
		console.log(`Stale generated files (run npm run catalog:generate):\n  ${stale.join('\n  ')}`);
		process.exitCode = 1;
	}
	if (process.argv.includes('--strict') && built.some((node) => node.missing.size)) process.exitCode = 1;
}

if (require.main === module) main();
