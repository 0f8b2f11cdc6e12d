/**
 * What the package costs n8n before any workflow runs: the size of what it ships, the editor
 * descriptions per node version, and loading it eagerly (every node class required at start)
 * against lazily (descriptions read from dist/types, classes required when used) — in-process
 * with n8n-core's loaders, and as the start of real n8n when it is installed.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LazyPackageDirectoryLoader, PackageDirectoryLoader } from 'n8n-core';
import { ROOT, prepareN8n } from '../scripts/n8n/runtime';
import { PACKAGE_ROOT } from '../test/harness/n8nHarness';

export interface ArtifactFigures {
	dist: { bytes: number; files: number; catalogsBytes: number; javascriptBytes: number; metadataBytes: number };
	/** Bytes of each node version's description as n8n sends it to the editor (dist/types/nodes.json). */
	descriptions: Record<string, number>;
	descriptionBytes: number;
	loadInProcess: { eagerMs: number; lazyMs: number; runs: number };
	n8nStart?: { eagerMs: number; lazyMs: number; runs: number; n8n: string } | { skipped: string };
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return Math.round(sorted[Math.floor(sorted.length / 2)]);
}

async function time(work: () => Promise<unknown>): Promise<number> {
	const started = performance.now();
	await work();
	return performance.now() - started;
}

export async function measureArtifacts(options: { n8nStarts?: number } = {}): Promise<ArtifactFigures> {
	const dist = join(PACKAGE_ROOT, 'dist');
	const files = walk(dist).filter((file) => !file.endsWith('.map'));
	const size = (filter: (file: string) => boolean) => files.filter(filter).reduce((sum, file) => sum + statSync(file).size, 0);
	const types = JSON.parse(readFileSync(join(dist, 'types', 'nodes.json'), 'utf8')) as Array<{ name: string; version: number }>;
	const descriptions = Object.fromEntries(types.map((t) => [`${t.name} v${t.version}`, JSON.stringify(t).length]));

	// in-process: n8n-core's loaders, each in a fresh module cache so nothing is reused
	const runs = 5;
	const eager: number[] = [];
	const lazy: number[] = [];
	for (let i = 0; i < runs; i++) {
		for (const key of Object.keys(require.cache)) if (key.startsWith(dist)) delete require.cache[key];
		eager.push(await time(() => new PackageDirectoryLoader(PACKAGE_ROOT).loadAll()));
		for (const key of Object.keys(require.cache)) if (key.startsWith(dist)) delete require.cache[key];
		lazy.push(await time(() => new LazyPackageDirectoryLoader(PACKAGE_ROOT).loadAll()));
	}

	const figures: ArtifactFigures = {
		dist: {
			bytes: size(() => true),
			files: files.length,
			catalogsBytes: size((file) => file.endsWith('.catalog.json') || file.endsWith('.events.json')),
			javascriptBytes: size((file) => file.endsWith('.js')),
			metadataBytes: size((file) => /[/\\](known|types|methods)[/\\]/.test(file)),
		},
		descriptions,
		descriptionBytes: Object.values(descriptions).reduce((sum, bytes) => sum + bytes, 0),
		loadInProcess: { eagerMs: median(eager), lazyMs: median(lazy), runs },
	};
	const version = process.env.N8N_VERSION ?? '2.40.7';
	const installed = existsSync(join(ROOT, '.n8n-cache', `n8n-${version}`, '.installed'));
	figures.n8nStart = installed ? await measureN8nStart(options.n8nStarts ?? 3, version) : { skipped: 'n8n is not installed (npm start or scripts/n8n/install.sh installs it)' };
	return figures;
}

/**
 * Real n8n with the packed package installed, started again and again: as shipped (lazy), and
 * with dist/known removed so n8n falls back to requiring every node (eager). Time to readiness.
 */
async function measureN8nStart(starts: number, version: string): Promise<ArtifactFigures['n8nStart']> {
	// a home of our own, so that stopping n8n between starts keeps it
	const home = mkdtempSync(join(tmpdir(), 'n8n-telnyx-bench-'));
	const n8n = await prepareN8n({ home });
	const installed = join(n8n.home, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-telnyx', 'dist');
	const known = join(installed, 'known');
	const aside = join(n8n.home, 'known-aside');
	cpSync(known, aside, { recursive: true });
	const startOnce = async (): Promise<number> => {
		const started = performance.now();
		await n8n.start(); // resolves once /healthz/readiness answers 200
		const ms = performance.now() - started;
		await n8n.stop();
		return ms;
	};
	try {
		await startOnce(); // first start: database migrations, not the package
		const eager: number[] = [];
		const lazy: number[] = [];
		for (let i = 0; i < starts; i++) {
			rmSync(known, { recursive: true, force: true });
			eager.push(await startOnce());
			cpSync(aside, known, { recursive: true });
			lazy.push(await startOnce());
		}
		return { eagerMs: median(eager), lazyMs: median(lazy), runs: starts, n8n: version };
	} finally {
		await n8n.stop();
		rmSync(home, { recursive: true, force: true });
	}
}
