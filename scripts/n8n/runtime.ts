/**
 * Real n8n (the `n8n` package, Node 24) on loopback with its embedded SQLite, the package
 * installed into it from a packed tarball as users get it. Used by `npm start` and by the
 * end-to-end tests; n8n itself is installed by scripts/n8n/install.sh. N8N_VERSION picks the
 * n8n: `pinned` (default) or `newest` from versions.json, or an exact version.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { request } from 'undici';

const run = promisify(execFile);
export const ROOT = resolve(__dirname, '..', '..');
/** The n8n versions the package is tested against (scripts/n8n/versions.json). */
export const N8N_VERSIONS = JSON.parse(readFileSync(join(__dirname, 'versions.json'), 'utf8')) as { pinned: string; newest: string };
/** N8N_VERSION: an exact version, `pinned` (the default) or `newest`. */
export const N8N_VERSION = resolveN8nVersion(process.env.N8N_VERSION);
/** Where install.sh puts Node 24 and n8n; TELNYX_N8N_CACHE moves it (the start test uses that). */
export const CACHE = process.env.TELNYX_N8N_CACHE ?? join(ROOT, '.n8n-cache');
const NODE_BIN = join(CACHE, 'node24', 'node_modules', '.bin');
const N8N_DIR = join(CACHE, `n8n-${N8N_VERSION}`);
const N8N_BIN = join(N8N_DIR, 'node_modules', '.bin', 'n8n');

export function resolveN8nVersion(wanted: string | undefined): string {
	if (!wanted || wanted === 'pinned') return N8N_VERSIONS.pinned;
	if (wanted === 'newest') return N8N_VERSIONS.newest;
	return wanted;
}

export async function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolvePort(port));
		});
	});
}

export interface RealN8n {
	baseUrl: string;
	home: string;
	/** Runs an n8n CLI command against this instance's database. */
	cli(args: string[]): Promise<string>;
	importCredentials(credentials: object[]): Promise<void>;
	importWorkflow(workflow: object): Promise<void>;
	/** Runs a workflow headless (`n8n execute`) and returns its run data. */
	execute(workflowId: string): Promise<ExecutedRun>;
	publish(workflowId: string): Promise<void>;
	start(): Promise<void>;
	/** Starts a queue-mode worker (`n8n worker`) sharing this instance's database and Redis. */
	startWorker(): Promise<void>;
	/** Starts a queue-mode webhook process (`n8n webhook`); returns its base URL. */
	startWebhookProcess(): Promise<string>;
	/** Executions of a workflow recorded in n8n's own database, by status. */
	executions(workflowId: string): Promise<Array<{ id: string; status: string; mode: string }>>;
	/** An execution's saved run data as n8n stores it (flatted JSON text), to search in. */
	executionData(executionId: string): Promise<string>;
	waitForWebhook(url: string): Promise<void>;
	stop(): Promise<void>;
	log(): string;
}

/** What `n8n execute --rawOutput` reports: n8n's run data. */
export interface ExecutedRun {
	data: {
		resultData: {
			error?: { message: string };
			runData: Record<string, Array<{ data?: { main: Array<Array<{ json: Record<string, unknown>; binary?: Record<string, Record<string, unknown>> }>> } }>>;
		};
	};
}

/** The items a node put out in a run (first run of the node, main output). */
export function outputOf(run: ExecutedRun, nodeName: string) {
	return run.data.resultData.runData[nodeName]?.[0]?.data?.main?.[0] ?? [];
}

/**
 * Installs Node 24 and n8n into .n8n-cache/ unless they are there (scripts/n8n/install.sh),
 * showing progress or, when quiet, putting install.sh's output into the error if it fails.
 */
export async function ensureN8n(options: { showProgress?: boolean } = {}): Promise<void> {
	let output = '';
	await new Promise<void>((resolveInstall, reject) => {
		const child = spawn(join(ROOT, 'scripts', 'n8n', 'install.sh'), [], {
			cwd: ROOT,
			env: { ...process.env, N8N_VERSION, TELNYX_N8N_CACHE: CACHE },
			stdio: options.showProgress ? 'inherit' : ['ignore', 'pipe', 'pipe'],
		});
		child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.once('error', reject);
		child.once('exit', (code) =>
			code === 0
				? resolveInstall()
				: reject(new Error(`Installing Node 24 and n8n ${N8N_VERSION} failed (scripts/n8n/install.sh exited with ${code})${output ? `:\n${output.slice(-4000)}` : ''}`)),
		);
	});
	for (const [what, path] of [['Node 24', join(NODE_BIN, 'node')], [`n8n ${N8N_VERSION}`, N8N_BIN]]) {
		if (!existsSync(path)) throw new Error(`${what} is missing at ${path} although install.sh succeeded`);
	}
}

/** Packs the built package and installs the tarball into an n8n home, as users install it. */
export async function installPackage(home: string): Promise<void> {
	const nodesDir = join(home, '.n8n', 'nodes');
	mkdirSync(nodesDir, { recursive: true });
	const { stdout } = await run('npm', ['pack', '--pack-destination', home, '--silent', '--ignore-scripts'], { cwd: ROOT });
	const tarball = join(home, stdout.trim().split('\n').pop()!);
	writeFileSync(join(nodesDir, 'package.json'), '{"name":"installed-nodes","private":true}');
	// no dependencies to fetch: n8n itself provides n8n-workflow at run time
	await run('npm', ['install', '--ignore-scripts', '--legacy-peer-deps', '--offline', '--no-audit', '--no-fund', tarball], {
		cwd: nodesDir,
	});
	rmSync(tarball, { force: true });
}

/**
 * Installs n8n if needed, packs the package and installs it into an n8n home: a fresh
 * temporary one by default (tests), or a lasting one (`npm start`).
 */
export async function prepareN8n(
	options: { home?: string; port?: number; showProgress?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<RealN8n> {
	await ensureN8n({ showProgress: options.showProgress });
	const home = options.home ?? mkdtempSync(join(tmpdir(), 'n8n-telnyx-e2e-'));
	const temporary = !options.home;
	await installPackage(home);

	const port = options.port ?? (await freePort());
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PATH: `${NODE_BIN}:${process.env.PATH}`,
		N8N_USER_FOLDER: home,
		N8N_ENCRYPTION_KEY: 'telnyx-e2e-encryption-key',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		N8N_DISABLED_MODULES: 'mcp-registry',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PORT: String(port),
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		DB_TYPE: 'sqlite',
		N8N_LOG_LEVEL: 'warn',
		npm_config_nodedir: '',
		// the exact version, never `pinned`/`newest` (n8n's task runner reports it)
		N8N_VERSION,
		...options.env,
	};
	delete env.NODE_OPTIONS;
	// jest runs with NODE_ENV=test, which changes how n8n starts; run it as users do
	env.NODE_ENV = 'production';
	for (const key of Object.keys(env)) if (key.startsWith('JEST_')) delete env[key];
	let server: ChildProcess | undefined;
	const helpers: ChildProcess[] = [];
	let output = '';

	/** A queue-mode helper process (`n8n worker`, `n8n webhook`) on this home, database and Redis. */
	async function startHelperProcess(command: string, extraEnv: NodeJS.ProcessEnv): Promise<void> {
		const child = spawn(N8N_BIN, [command], {
			env: { ...env, N8N_RUNNERS_BROKER_PORT: String(await freePort()), ...extraEnv },
			cwd: home,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		helpers.push(child);
	}

	const instance: RealN8n = {
		baseUrl: `http://127.0.0.1:${port}`,
		home,
		async cli(args) {
			const result = await run(N8N_BIN, args, { env, cwd: home, maxBuffer: 64 * 1024 * 1024 });
			return result.stdout;
		},
		async importCredentials(credentials) {
			const file = join(home, 'credentials.json');
			writeFileSync(file, JSON.stringify(credentials));
			await instance.cli(['import:credentials', `--input=${file}`]);
		},
		async importWorkflow(workflow) {
			const file = join(home, 'workflow.json');
			writeFileSync(file, JSON.stringify(workflow));
			await instance.cli(['import:workflow', `--input=${file}`]);
		},
		async execute(workflowId) {
			// the result is logged: as JSON lines, the last `log` entry holds it
			const result = await run(N8N_BIN, ['execute', `--id=${workflowId}`, '--rawOutput'], {
				env: { ...env, N8N_LOG_LEVEL: 'info', N8N_LOG_FORMAT: 'json' },
				cwd: home,
				maxBuffer: 256 * 1024 * 1024,
			});
			const lines = result.stdout.split('\n').filter((line) => line.startsWith('{'));
			for (const line of lines.reverse()) {
				const entry = JSON.parse(line) as { message?: string; metadata?: { function?: string } };
				if (entry.metadata?.function === 'log' && entry.message?.trim().startsWith('{')) {
					return JSON.parse(entry.message) as ExecutedRun;
				}
			}
			throw new Error(`No result from n8n execute:\n${result.stdout.slice(-2000)}`);
		},
		async publish(workflowId) {
			await instance.cli(['publish:workflow', `--id=${workflowId}`]);
		},
		async executions(workflowId) {
			// read with n8n's own sqlite3 build, under Node 24, from n8n's database file
			const script = `
				const sqlite3 = require(${JSON.stringify(join(N8N_DIR, 'node_modules', 'sqlite3'))});
				const db = new sqlite3.Database(${JSON.stringify(join(home, '.n8n', 'database.sqlite'))}, sqlite3.OPEN_READONLY);
				db.all('SELECT id, status, mode FROM execution_entity WHERE workflowId = ? ORDER BY id', [process.argv[1]], (error, rows) => {
					if (error) { console.error(error.message); process.exit(1); }
					console.log(JSON.stringify(rows.map((r) => ({ id: String(r.id), status: r.status, mode: r.mode }))));
				});`;
			const result = await run(join(NODE_BIN, 'node'), ['-e', script, workflowId], { env, cwd: home });
			return JSON.parse(result.stdout) as Array<{ id: string; status: string; mode: string }>;
		},
		async executionData(executionId) {
			const script = `
				const sqlite3 = require(${JSON.stringify(join(N8N_DIR, 'node_modules', 'sqlite3'))});
				const db = new sqlite3.Database(${JSON.stringify(join(home, '.n8n', 'database.sqlite'))}, sqlite3.OPEN_READONLY);
				db.get('SELECT data FROM execution_data WHERE executionId = ?', [process.argv[1]], (error, row) => {
					if (error) { console.error(error.message); process.exit(1); }
					process.stdout.write(row ? String(row.data) : '');
				});`;
			return (await run(join(NODE_BIN, 'node'), ['-e', script, executionId], { env, cwd: home })).stdout;
		},
		async start() {
			server = spawn(N8N_BIN, ['start'], { env, cwd: home, stdio: ['ignore', 'pipe', 'pipe'] });
			server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
			server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
			await waitFor(async () => (await get(`${instance.baseUrl}/healthz/readiness`)) === 200, 90_000, () => output);
		},
		async startWorker() {
			const healthPort = await freePort();
			await startHelperProcess('worker', { QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(healthPort), N8N_PORT: String(healthPort) });
			await waitFor(async () => (await get(`http://127.0.0.1:${healthPort}/healthz`)) === 200, 90_000, () => output);
		},
		async startWebhookProcess() {
			const webhookPort = await freePort();
			await startHelperProcess('webhook', { N8N_PORT: String(webhookPort) });
			const url = `http://127.0.0.1:${webhookPort}`;
			await waitFor(async () => (await get(`${url}/healthz`)) === 200, 90_000, () => output);
			return url;
		},
		async waitForWebhook(url) {
			// a published workflow's webhook registers shortly after start: wait until it is not a 404
			await waitFor(async () => (await post(url)) !== 404, 60_000, () => output);
		},
		async stop() {
			for (const child of helpers) if (child.exitCode === null) child.kill('SIGKILL');
			if (server && server.exitCode === null) {
				server.kill('SIGTERM');
				await new Promise((done) => {
					const timer = setTimeout(() => {
						server?.kill('SIGKILL');
						done(undefined);
					}, 10_000);
					server?.once('exit', () => {
						clearTimeout(timer);
						done(undefined);
					});
				});
			}
			if (temporary) rmSync(home, { recursive: true, force: true });
		},
		log: () => output,
	};
	return instance;
}

async function get(url: string): Promise<number> {
	try {
		const response = await request(url);
		await response.body.dump();
		return response.statusCode;
	} catch {
		return 0;
	}
}

/** An unsigned probe: 404 while the webhook is not registered, 4xx from the trigger once it is. */
async function post(url: string): Promise<number> {
	try {
		const response = await request(url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
		await response.body.dump();
		return response.statusCode;
	} catch {
		return 0;
	}
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, context: () => string = () => ''): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (await check()) return;
		await new Promise((resolveWait) => setTimeout(resolveWait, 250));
	}
	throw new Error(`Timed out after ${timeoutMs} ms.\n${context().slice(-4000)}`);
}

export function installedPackages(home: string): string[] {
	return readdirSync(join(home, '.n8n', 'nodes', 'node_modules'));
}
