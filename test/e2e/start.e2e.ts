/**
 * `npm start` as a newcomer runs it: n8n with the package, the sandbox and the examples, on
 * localhost. Checked by using it: a signed event to the published auto-reply example is
 * answered through the sandbox; Ctrl-C stops everything.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { ROOT, freePort, waitFor } from '../../scripts/n8n/runtime';

let start: ChildProcess;
let output = '';
let home: string;
let n8nPort: number;
let sandboxPort: number;

beforeAll(async () => {
	home = mkdtempSync(join(tmpdir(), 'n8n-telnyx-start-'));
	n8nPort = await freePort();
	sandboxPort = await freePort();
	const env: NodeJS.ProcessEnv = {
		...process.env,
		TELNYX_N8N_HOME: home,
		N8N_PORT: String(n8nPort),
		SANDBOX_PORT: String(sandboxPort),
		NODE_ENV: 'production',
	};
	delete env.TELNYX_API_KEY;
	start = spawn('npm', ['start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	start.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	start.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	await waitFor(async () => output.includes('n8n is ready'), 600_000, () => output);
}, 660_000);

afterAll(async () => {
	if (!stopped()) {
		try {
			process.kill(-start.pid!, 'SIGKILL');
		} catch {
			// already gone
		}
	}
	rmSync(home, { recursive: true, force: true });
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

test('prints the editor URL and serves n8n on localhost', async () => {
	expect(output).toContain(`n8n is ready: http://localhost:${n8nPort}`);
	expect((await json(`http://127.0.0.1:${n8nPort}/healthz/readiness`)).status).toBe(200);
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
