/**
 * Lints the node descriptions the catalog generates, with n8n's community-node rules.
 *
 * ESLint only sees source text, and these descriptions are built from the catalog when a
 * node loads. So each built node's description is written out as a literal in a mirror
 * of the package (`.lint-descriptions/`) and linted there with the same config.
 *
 *   npm run build && tsx scripts/lint-descriptions.ts
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ESLint } from 'eslint';

const root = resolve(__dirname, '..');
const mirror = join(root, '.lint-descriptions');

async function main(): Promise<void> {
	const pkg = require(join(root, 'package.json')) as { n8n: { nodes: string[] } };
	rmSync(mirror, { recursive: true, force: true });
	mkdirSync(join(mirror, 'icons'), { recursive: true });
	for (const icon of readdirSync(join(root, 'icons'))) copyFileSync(join(root, 'icons', icon), join(mirror, 'icons', icon));
	writeFileSync(join(mirror, 'eslint.config.mjs'), "export { default } from '../eslint.config.mjs';\n");

	const files: string[] = [];
	for (const nodePath of pkg.n8n.nodes) {
		const built = require(join(root, nodePath)) as Record<string, new () => Described>;
		const className = basename(nodePath, '.node.js');
		const instance = new built[className]();
		// a versioned node is linted version by version, each as the class n8n would load
		const versions = instance.nodeVersions ? Object.entries(instance.nodeVersions) : [['', instance] as const];
		for (const [version, node] of versions) {
			const name = version && versions.length > 1 ? `${className}V${version}` : className;
			// lifecycle methods are code, not description: the rules only need to see they exist
			const lifecycle = node.webhookMethods
				? '\twebhookMethods = { default: { checkExists: async () => true, create: async () => true, delete: async () => true } };'
				: '';
			const hoisted: string[] = [];
			const description = literal(withoutRestartWebhooks(node.description), 1, hoisted);
			const file = join(mirror, 'nodes', name, `${name}.node.ts`);
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(
				file,
				[
					"import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';",
					'',
					...hoisted,
					`export class ${name} implements INodeType {`,
					`\tdescription: INodeTypeDescription = ${description};`,
					lifecycle,
					'}',
					'',
				].join('\n'),
			);
			files.push(file);
		}
	}

	const eslint = new ESLint({ cwd: mirror });
	const results = await eslint.lintFiles(files);
	const formatter = await eslint.loadFormatter('stylish');
	const text = await formatter.format(results);
	const problems = results.reduce((sum, r) => sum + r.errorCount + r.warningCount, 0);
	if (problems) {
		process.stdout.write(text);
		process.exitCode = 1;
	} else {
		process.stdout.write(`Generated descriptions of ${files.length} node(s) pass n8n's lint rules.\n`);
	}
}

interface Described {
	description: Record<string, unknown>;
	webhookMethods?: object;
	nodeVersions?: Record<string, Described>;
}

/**
 * Option lists shown in an order of their own, the most used first, instead of alphabetically:
 * the resource list of curated node versions (n8n's node panel lists actions in that order)
 * and the trigger's events (grouped by product, common events first). n8n's sorting rule does
 * not look at lists kept in a variable, so these are written as one; every other rule applies.
 */
function isCurated(property: Record<string, unknown>): boolean {
	return (property.name === 'resource' || property.name === 'events') && Array.isArray(property.options);
}

/** A TypeScript object literal with bare keys where possible, as a hand-written description would have. */
function literal(value: unknown, depth: number, hoisted: string[]): string {
	const pad = '\t'.repeat(depth);
	const inner = '\t'.repeat(depth + 1);
	if (Array.isArray(value)) {
		if (value.length === 0) return '[]';
		return `[\n${value.map((v) => `${inner}${literal(v, depth + 1, hoisted)},`).join('\n')}\n${pad}]`;
	}
	if (value && typeof value === 'object') {
		const entries = Object.entries(value).filter(([, v]) => v !== undefined);
		if (entries.length === 0) return '{}';
		return `{\n${entries
			.map(([key, v]) => {
				if (key === 'inputs' || key === 'outputs') {
					return `${inner}${key}: ${Array.isArray(v) && v.length === 0 ? '[]' : '[NodeConnectionTypes.Main]'},`;
				}
				const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key.replace(/'/g, "\\'")}'`;
				if (key === 'options' && isCurated(value as Record<string, unknown>)) {
					const variable = `CURATED_${hoisted.length}`;
					hoisted.push(`const ${variable} = ${literal(v, 0, hoisted)};`, '');
					return `${inner}${name}: ${variable},`;
				}
				return `${inner}${name}: ${literal(v, depth + 1, hoisted)},`;
			})
			.join('\n')}\n${pad}}`;
	}
	if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
	return JSON.stringify(value);
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});

/**
 * A call step's restart webhook (Wait for Event) is the waiting execution's own URL, which n8n
 * serves and nobody registers with Telnyx: the rule that asks for a registration lifecycle
 * (`webhook-lifecycle-complete`) is about trigger webhooks, so only those are shown to it.
 */
function withoutRestartWebhooks(description: Described['description']): Described['description'] {
	const webhooks = (description as { webhooks?: Array<{ restartWebhook?: boolean }> }).webhooks;
	if (!webhooks?.length || !webhooks.every((webhook) => webhook.restartWebhook === true)) return description;
	const { webhooks: _restart, ...rest } = description as { webhooks?: unknown };
	void _restart;
	return rest as Described['description'];
}
