/**
 * `npm run bench`: throughput of the package against the sandbox with real-world latency and a
 * rate limit, each figure next to a baseline measured in the same run.
 *
 *   1. Return All of 10,000 records through the node (in-process n8n) vs a sequential
 *      page-after-page client (how other integrations and HTTP Request pagination work) vs a raw
 *      undici client at the same concurrency (the ceiling).
 *   2. 1,000 creates through the node vs the sandbox's rate limit: requests/second as a share of
 *      the limit, 429s seen, items lost or duplicated.
 *   3. What the package ships (dist/ size, editor descriptions per node version), loading it
 *      eagerly vs lazily (in-process and as real n8n's start), and memory of a 100,000-record
 *      Return All.
 *
 * Writes bench/results.json. Timings are wall-clock on this machine; the ratios are the point.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import { freePort } from '../scripts/n8n/runtime';
import { measureArtifacts } from './artifacts';
import { PACKAGE_ROOT, runNode } from '../test/harness/n8nHarness';
import { SANDBOX_API_KEY } from '../test/sandbox/server';

/** The sandbox in its own process, as the real API is: its work does not slow the client's. */
class RemoteSandbox {
	private constructor(
		private readonly child: ChildProcess,
		readonly origin: string,
	) {}

	readonly apiKey = SANDBOX_API_KEY;

	get url(): string {
		return `${this.origin}/v2`;
	}

	static async start(latencyMs: number): Promise<RemoteSandbox> {
		const port = await freePort();
		const child = spawn(join(PACKAGE_ROOT, 'node_modules', '.bin', 'tsx'), ['test/sandbox/cli.ts', '--port', String(port), '--latency', String(latencyMs)], {
			cwd: PACKAGE_ROOT,
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		await new Promise<void>((resolve, reject) => {
			let out = '';
			child.stdout?.on('data', (chunk: Buffer) => {
				out += chunk.toString();
				if (out.includes('Base URL')) resolve();
			});
			child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
		});
		return new RemoteSandbox(child, `http://127.0.0.1:${port}`);
	}

	async control(method: 'GET' | 'POST' | 'PUT' | 'DELETE', route: string, body?: unknown): Promise<unknown> {
		const response = await request(`${this.origin}/__sandbox${route}`, {
			method,
			headers: { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.body.text();
		return text ? JSON.parse(text) : undefined;
	}

	seed(collection: string, count: number, template: Record<string, unknown>) {
		return this.control('POST', '/seed', { collection, count, template });
	}

	stop(): void {
		this.child.kill('SIGTERM');
	}
}

type RunningSandbox = RemoteSandbox;

function sandboxCredentials(sandbox: RemoteSandbox) {
	return { apiKey: sandbox.apiKey, baseUrl: sandbox.url, publicKey: '' };
}

const LATENCY_MS = 50;
const RATE_LIMIT = { limit: 100, windowMs: 1000 };
const RECORDS = 10_000;
const PAGE_SIZE = 250;
const CREATES = 1_000;
const DEFAULT_CONCURRENCY = 8;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
	const start = performance.now();
	const result = await work();
	return { ms: Math.round(performance.now() - start), result };
}

async function getPage(sandbox: RunningSandbox, page: number): Promise<{ data: unknown[]; meta: { total_pages: number } }> {
	const response = await request(`${sandbox.url}/ip_connections?page[number]=${page}&page[size]=${PAGE_SIZE}`, {
		headers: { authorization: `Bearer ${sandbox.apiKey}` },
	});
	return (await response.body.json()) as { data: unknown[]; meta: { total_pages: number } };
}

async function sequentialClient(sandbox: RunningSandbox): Promise<number> {
	let count = 0;
	for (let page = 1; ; page++) {
		const body = await getPage(sandbox, page);
		count += body.data.length;
		if (page >= body.meta.total_pages) return count;
	}
}

async function concurrentClient(sandbox: RunningSandbox, concurrency: number): Promise<number> {
	const first = await getPage(sandbox, 1);
	const pages = Array.from({ length: first.meta.total_pages - 1 }, (_, i) => i + 2);
	let count = first.data.length;
	let next = 0;
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < pages.length) {
				const body = await getPage(sandbox, pages[next++]);
				count += body.data.length;
			}
		}),
	);
	return count;
}

async function nodeReturnAll(sandbox: RunningSandbox, concurrency?: number): Promise<number> {
	const { items, error } = await runNode({
		node: 'telnyxSipTrunking',
		parameters: {
			resource: 'ipConnection',
			operation: 'getAll',
			returnAll: true,
			...(concurrency ? { requestOptions: { concurrency } } : {}),
		},
		credentials: sandboxCredentials(sandbox),
	});
	if (error) throw error;
	return items.length;
}

async function main(): Promise<void> {
	const results: Record<string, unknown> = { measuredAt: new Date().toISOString(), node: process.version };

	// 3a. what the package costs n8n before anything runs: sizes, eager vs lazy loading
	const artifacts = await measureArtifacts();
	results.artifacts = artifacts;

	// 1. Return All of 10,000 records at 50 ms per request
	const sandbox = await RemoteSandbox.start(LATENCY_MS);
	await sandbox.seed('/ip_connections', RECORDS, { connection_name: 'edge-{n}' });
	await nodeReturnAll(sandbox); // warm-up: loads the package, opens connections
	const sequential = await timed(() => sequentialClient(sandbox));
	const raw = await timed(() => concurrentClient(sandbox, DEFAULT_CONCURRENCY));
	const node = await timed(() => nodeReturnAll(sandbox));
	for (const [name, run] of Object.entries({ sequential, raw, node })) {
		if (run.result !== RECORDS) throw new Error(`${name} returned ${run.result} records, not ${RECORDS}`);
	}
	results.returnAll = {
		records: RECORDS,
		pages: RECORDS / PAGE_SIZE,
		latencyMs: LATENCY_MS,
		concurrency: DEFAULT_CONCURRENCY,
		sequentialMs: sequential.ms,
		rawUndiciMs: raw.ms,
		nodeMs: node.ms,
		speedupVsSequential: +(sequential.ms / node.ms).toFixed(2),
		nodeVsRawUndici: +(node.ms / raw.ms).toFixed(2),
	};

	// 2. 1,000 creates against a 100 requests/second limit
	const creates: Record<string, unknown> = {};
	for (const concurrency of [DEFAULT_CONCURRENCY, 16]) {
		await sandbox.control('POST', '/reset');
		await sandbox.control('PUT', '/config', { rateLimit: RATE_LIMIT });
		const items = Array.from({ length: CREATES }, (_, i) => ({ name: `bulk-${String(i).padStart(4, '0')}` }));
		const run = await timed(() =>
			runNode({
				node: 'telnyxSipTrunking',
				parameters: {
					resource: 'outboundVoiceProfile',
					operation: 'create',
					name: '={{ $json.name }}',
					requestOptions: { concurrency },
				},
				items,
				credentials: sandboxCredentials(sandbox),
			}),
		);
		await sandbox.control('PUT', '/config', { rateLimit: null });
		const listed = await runNode({
			node: 'telnyxSipTrunking',
			parameters: { resource: 'outboundVoiceProfile', operation: 'getAll', returnAll: true },
			credentials: sandboxCredentials(sandbox),
		});
		const stored = listed.items.map((i) => String(i.json.name));
		const succeeded = run.result.items.filter((i) => !i.json.error).length;
		const requests = (await sandbox.control('GET', '/requests')) as Array<{ method: string; status?: number }>;
		const posts = requests.filter((r) => r.method === 'POST');
		const perSecond = CREATES / (run.ms / 1000);
		creates[`concurrency${concurrency}`] = {
			ms: run.ms,
			requestsPerSecond: +perSecond.toFixed(1),
			shareOfRateLimit: +(perSecond / RATE_LIMIT.limit).toFixed(3),
			responses429: posts.filter((r) => r.status === 429).length,
			itemsLost: CREATES - succeeded,
			duplicated: stored.length - new Set(stored).size,
			stored: stored.length,
		};
	}
	results.bulkCreates = { items: CREATES, rateLimitPerSecond: RATE_LIMIT.limit, latencyMs: LATENCY_MS, ...creates };

	// 3b. memory of a 100,000-record Return All (no latency: memory, not time)
	await sandbox.control('POST', '/reset');
	await sandbox.control('PUT', '/config', { latencyMs: 0, rateLimit: null });
	await sandbox.seed('/ip_connections', 100_000, { connection_name: 'edge-{n}' });
	global.gc?.();
	const before = process.memoryUsage().heapUsed;
	let peak = before;
	const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
	const big = await timed(() => nodeReturnAll(sandbox));
	clearInterval(sampler);
	results.returnAll100k = {
		records: big.result,
		ms: big.ms,
		peakHeapGrowthMB: Math.round((peak - before) / 1024 / 1024),
		note: 'the client side only (the sandbox runs in its own process): the pages in flight and the 100,000 output items n8n keeps',
	};
	sandbox.stop();

	writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
	const r = results.returnAll as Record<string, number>;
	const lines = [
		`Return All, ${RECORDS} records, ${LATENCY_MS} ms/request: node ${r.nodeMs} ms, sequential ${r.sequentialMs} ms (${r.speedupVsSequential}× faster), raw undici ${r.rawUndiciMs} ms (node takes ${r.nodeVsRawUndici}× as long)`,
		...Object.entries(creates).map(([name, value]) => {
			const v = value as Record<string, number>;
			return `${CREATES} creates at ${RATE_LIMIT.limit}/s (${name}): ${v.requestsPerSecond}/s = ${(v.shareOfRateLimit * 100).toFixed(0)}% of the limit, ${v.responses429} 429s, ${v.itemsLost} lost, ${v.duplicated} duplicated`;
		}),
		`dist/: ${Math.round(artifacts.dist.bytes / 1024)} KB in ${artifacts.dist.files} files (catalogs ${Math.round(artifacts.dist.catalogsBytes / 1024)} KB); editor descriptions ${Math.round(artifacts.descriptionBytes / 1024)} KB for ${Object.keys(artifacts.descriptions).length} node versions`,
		`Loading the package in-process: eager ${artifacts.loadInProcess.eagerMs} ms, lazy ${artifacts.loadInProcess.lazyMs} ms`,
		'eagerMs' in (artifacts.n8nStart ?? {})
			? `n8n start (${(artifacts.n8nStart as { n8n: string }).n8n}) to readiness: eager ${(artifacts.n8nStart as { eagerMs: number }).eagerMs} ms, lazy ${(artifacts.n8nStart as { lazyMs: number }).lazyMs} ms`
			: `n8n start: ${(artifacts.n8nStart as { skipped: string }).skipped}`,
		`Return All of 100,000 records: ${big.ms} ms, peak heap growth ${(results.returnAll100k as Record<string, number>).peakHeapGrowthMB} MB`,
	];
	process.stdout.write(`${lines.join('\n')}\n`);
}

main().then(
	() => process.exit(0),
	(error) => {
		process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
		process.exit(1);
	},
);
