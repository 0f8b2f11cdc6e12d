/**
 * `npm start` as a newcomer runs it, on a machine that never ran the project: n8n with the
 * package, the sandbox and the examples, on localhost. It must install Node 24 (and, on a fresh
 * clone, n8n) itself: the test starts from a cache without Node 24 and spawns `npm start` with
 * the environment of a plain shell, so npm sets every npm_config_* variable from the project's
 * .npmrc as it does for a user (ignore-scripts=true among them).
 *
 * - Fresh clone (CI): .n8n-cache holds no Node 24 → `npm start` uses it as it is and installs
 *   Node 24, n8n and sqlite3 into it; the suites after this one reuse them. .ci/run sets
 *   TELNYX_E2E_FRESH_START=1, and then an n8n already installed is an error.
 * - A developer's checkout with Node 24 already cached: `npm start` gets an empty cache of its
 *   own (TELNYX_N8N_CACHE) in which only the n8n install is linked from the project's cache, so
 *   it installs Node 24 and checks everything without a five-minute n8n install.
 *
 * Checked by using it: the editor answers and lists the Telnyx nodes, a signed event to the
 * published auto-reply example is answered through the sandbox, Ctrl-C stops everything.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { request } from 'undici';
import { CACHE, N8N_VERSION, ROOT, freePort, waitFor } from '../../scripts/n8n/runtime';

const MUST_BE_FRESH = process.env.TELNYX_E2E_FRESH_START === '1';

let start: ChildProcess;
let output = '';
let home: string;
let cache: string;
let temporaryCache: string | undefined;
let n8nWasInstalled: boolean;
let n8nPort: number;
let sandboxPort: number;

/** The environment of a user's shell: none of what npm and jest set for this test run. */
function shellEnvironment(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (/^(npm_|JEST_|INIT_CWD$|NODE$|NODE_ENV$|NODE_OPTIONS$|TELNYX_)/i.test(key)) continue;
		env[key] = value;
	}
	// npm run puts node_modules/.bin (and npm's node-gyp) first on PATH; a shell has neither
	env.PATH = (process.env.PATH ?? '')
		.split(delimiter)
		.filter((dir) => !dir.includes('node_modules') && !dir.includes('node-gyp-bin'))
		.join(delimiter);
	return env;
}

beforeAll(async () => {
	const projectCacheHasNode24 = existsSync(join(CACHE, 'node24'));
	const n8nDir = join(CACHE, `n8n-${N8N_VERSION}`);
	if (MUST_BE_FRESH && (projectCacheHasNode24 || existsSync(n8nDir))) {
		throw new Error(`TELNYX_E2E_FRESH_START=1: ${CACHE} must not hold Node 24 or n8n yet (CI runs on a fresh clone)`);
	}
	if (projectCacheHasNode24) {
		temporaryCache = mkdtempSync(join(tmpdir(), 'n8n-telnyx-cache-'));
		if (existsSync(join(n8nDir, '.installed'))) symlinkSync(n8nDir, join(temporaryCache, `n8n-${N8N_VERSION}`));
		cache = temporaryCache;
	} else {
		mkdirSync(CACHE, { recursive: true });
		cache = CACHE;
	}
	n8nWasInstalled = existsSync(join(cache, `n8n-${N8N_VERSION}`, '.installed'));
	home = mkdtempSync(join(tmpdir(), 'n8n-telnyx-start-'));
	n8nPort = await freePort();
	sandboxPort = await freePort();
	const env: NodeJS.ProcessEnv = {
		...shellEnvironment(),
		TELNYX_N8N_HOME: home,
		N8N_PORT: String(n8nPort),
		SANDBOX_PORT: String(sandboxPort),
		N8N_VERSION,
	};
	if (cache !== CACHE) env.TELNYX_N8N_CACHE = cache;
	start = spawn('npm', ['start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	start.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	start.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	// a fresh clone installs n8n (about 4 minutes here) and builds sqlite3 first
	await waitFor(async () => output.includes('n8n is ready') || stopped(), 1_500_000, () => output);
	if (!output.includes('n8n is ready')) throw new Error(`npm start ended before n8n was ready:\n${output.slice(-4000)}`);
}, 1_600_000);

afterAll(async () => {
	if (!stopped()) {
		try {
			process.kill(-start.pid!, 'SIGKILL');
		} catch {
			// already gone
		}
	}
	rmSync(home, { recursive: true, force: true });
	if (temporaryCache) rmSync(temporaryCache, { recursive: true, force: true });
});

/** npm ends on the signal itself: it has an exit code or the signal that ended it. */
function stopped(): boolean {
	return start.exitCode !== null || start.signalCode !== null;
}

async function json(url: string, init: { method?: string; body?: unknown } = {}) {
	const response = await request(url, {
		method: (init.method ?? 'GET') as 'GET',
		headers: { 'content-type': 'application/json' },
		body: init.body === undefined ? undefined : JSON.stringify(init.body),
	});
	return { status: response.statusCode, body: (await response.body.json()) as Record<string, unknown> };
}

test('npm start installed Node 24 itself (and n8n with sqlite3 for it, on a fresh clone)', () => {
	expect(output).toContain('Installing Node 24');
	expect(output).toMatch(/Node: v24\.\d+\.\d+/);
	expect(output).toContain(`n8n: ${N8N_VERSION}`);
	if (!n8nWasInstalled) {
		expect(output).toContain(`Installing n8n@${N8N_VERSION}`);
		expect(output).toContain('Building sqlite3 for Node v24.');
	}
	expect(existsSync(join(cache, 'node24', 'node_modules', '.bin', 'node'))).toBe(true);
});

test('prints the editor URL and serves n8n on localhost', async () => {
	expect(output).toContain(`n8n is ready: http://localhost:${n8nPort}`);
	expect((await json(`http://127.0.0.1:${n8nPort}/healthz/readiness`)).status).toBe(200);
});

test('the editor answers, and n8n has loaded the five Telnyx nodes (and their AI-tool variants)', async () => {
	const editor = await request(`http://127.0.0.1:${n8nPort}/`);
	expect(editor.statusCode).toBe(200);
	expect(await editor.body.text()).toContain('<title>n8n');
	// what the editor's node panel is built from; it needs a signed-in user
	const setup = await request(`http://127.0.0.1:${n8nPort}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ email: 'owner@example.com', firstName: 'Demo', lastName: 'Owner', password: 'Telnyx-Demo-Passw0rd' }),
	});
	expect(setup.statusCode).toBe(200);
	await setup.body.dump();
	const cookie = [setup.headers['set-cookie']].flat().find((value) => value?.startsWith('n8n-auth='))?.split(';')[0];
	expect(cookie).toBeDefined();
	const types = await request(`http://127.0.0.1:${n8nPort}/types/nodes.json`, { headers: { cookie: cookie! } });
	expect(types.statusCode).toBe(200);
	const names = ((await types.body.json()) as Array<{ name: string }>).map((type) => type.name).filter((name) => name.startsWith('n8n-nodes-telnyx.'));
	// every node package.json lists (dist/nodes/TelnyxMessaging/TelnyxMessaging.node.js → telnyxMessaging),
	// and the action nodes once more as AI Agent tools
	const { n8n } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[] } };
	const listed = n8n.nodes.map((file) => basename(file, '.node.js')).map((name) => `n8n-nodes-telnyx.${name[0].toLowerCase()}${name.slice(1)}`);
	const tools = listed.filter((name) => !name.endsWith('Trigger')).map((name) => `${name}Tool`);
	expect(listed.length).toBeGreaterThanOrEqual(5);
	expect(names).toEqual(expect.arrayContaining([...listed, ...tools]));
});

test('the published auto-reply example answers a signed event through the sandbox', async () => {
	const webhook = `http://127.0.0.1:${n8nPort}/webhook/6b1f1b8e-5d4b-4f7e-9a36-0c1f2e3d4a5b/webhook`;
	const sandbox = `http://127.0.0.1:${sandboxPort}/__sandbox`;
	const delivery = await json(`${sandbox}/events`, { method: 'POST', body: { type: 'message.received', to: webhook } });
	expect(delivery.body.status).toBe(200);
	let replies: Array<{ method: string; path: string; body: Record<string, unknown> }> = [];
	await waitFor(
		async () => {
			const requests = (await json(`${sandbox}/requests`)).body as unknown as typeof replies;
			replies = requests.filter((r) => r.method === 'POST' && r.path === '/messages');
			return replies.length === 1;
		},
		30_000,
		() => output,
	);
	expect(replies[0].body.text).toMatch(/^Thanks for your message! We received: "/);
});

test('Ctrl-C stops n8n and the sandbox', async () => {
	process.kill(-start.pid!, 'SIGINT');
	await waitFor(async () => stopped(), 60_000, () => output);
	await waitFor(
		async () => {
			try {
				await request(`http://127.0.0.1:${n8nPort}/healthz`);
				return false;
			} catch {
				return true;
			}
		},
		30_000,
	);
	await expect(request(`http://127.0.0.1:${sandboxPort}/__sandbox/stats`)).rejects.toThrow();
});
