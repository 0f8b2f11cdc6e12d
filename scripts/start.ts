/**
 * `npm start`: n8n with this package, the Telnyx sandbox and the example workflows, on localhost.
 *
 *   npm start                                  # sandbox: nothing leaves this machine
 *   TELNYX_API_KEY=KEY... [TELNYX_PUBLIC_KEY=...] npm start   # the real Telnyx API instead
 *
 * First run installs Node 24 and a pinned n8n into .n8n-cache/ (several minutes); later runs
 * reuse them. n8n keeps its data (owner account, workflows, executions) in .n8n-cache/home
 * (.n8n-cache/home-<version> for another N8N_VERSION).
 * Ctrl-C stops everything started here.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE, N8N_VERSION, N8N_VERSIONS, ROOT, prepareN8n, type RealN8n } from './n8n/runtime';
import { DEMO_SIGNING_SEED, seedDemo } from '../test/sandbox/demo';
import { startSandbox, type RunningSandbox } from '../test/sandbox/server';

const N8N_PORT = Number(process.env.N8N_PORT ?? 5678);
const SANDBOX_PORT = Number(process.env.SANDBOX_PORT ?? 4010);
// n8n only migrates its database forward: another n8n version gets a home of its own
const HOME = process.env.TELNYX_N8N_HOME ?? join(CACHE, N8N_VERSION === N8N_VERSIONS.pinned ? 'home' : `home-${N8N_VERSION}`);
const CREDENTIAL_ID = 'telnyxCredential';
const EXAMPLES_DIR = join(ROOT, 'examples');
const AUTO_REPLY_WEBHOOK_ID = '6b1f1b8e-5d4b-4f7e-9a36-0c1f2e3d4a5b';
/** Examples that start on their own once published (webhooks). */
const PUBLISHED_EXAMPLES = ['TelnyxAutoReply'];

function step(text: string): void {
	process.stdout.write(`\n▶ ${text}\n`);
}

async function main(): Promise<void> {
	const realApiKey = process.env.TELNYX_API_KEY?.trim();
	let sandbox: RunningSandbox | undefined;
	let n8n: RealN8n | undefined;
	const stop = async () => {
		await n8n?.stop().catch(() => undefined);
		await sandbox?.stop().catch(() => undefined);
		process.exit(0);
	};
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());

	step('Building the package');
	const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
	if (build.status !== 0) throw new Error('The build failed');

	step(`Preparing n8n ${N8N_VERSION} (first run: installs Node 24 and n8n into .n8n-cache/, several minutes)`);
	n8n = await prepareN8n({ home: HOME, port: N8N_PORT, showProgress: true });

	let credentialData: Record<string, string>;
	if (realApiKey) {
		credentialData = {
			apiKey: realApiKey,
			baseUrl: process.env.TELNYX_BASE_URL ?? 'https://api.telnyx.com/v2',
			publicKey: process.env.TELNYX_PUBLIC_KEY ?? '',
		};
	} else {
		step(`Starting the Telnyx sandbox on 127.0.0.1:${SANDBOX_PORT}`);
		sandbox = await startSandbox({ port: SANDBOX_PORT, signingSeed: DEMO_SIGNING_SEED });
		seedDemo(sandbox);
		credentialData = { apiKey: sandbox.apiKey, baseUrl: sandbox.url, publicKey: sandbox.events.publicKey };
	}

	step('Importing the credential and the example workflows');
	await n8n.importCredentials([
		{ id: CREDENTIAL_ID, name: 'Telnyx', type: 'telnyxApi', data: credentialData },
	]);
	for (const file of readdirSync(EXAMPLES_DIR).filter((name) => name.endsWith('.json')).sort()) {
		const workflow = JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as { id: string };
		await n8n.importWorkflow(workflow);
		if (PUBLISHED_EXAMPLES.includes(workflow.id)) await n8n.publish(workflow.id);
	}

	step('Starting n8n');
	await n8n.start();
	// a published workflow's webhook comes up a moment after n8n itself
	await n8n.waitForWebhook(`${n8n.baseUrl}/webhook/${AUTO_REPLY_WEBHOOK_ID}/webhook`);

	const lines = [
		'',
		`n8n is ready: http://localhost:${N8N_PORT}`,
		'  (first visit: create the owner account; the examples are under Workflows, the credential is "Telnyx")',
		realApiKey
			? '  Credential: the real Telnyx API (TELNYX_API_KEY).'
			: `  Telnyx sandbox: ${sandbox!.url}  (API key ${sandbox!.apiKey})`,
	];
	if (sandbox) {
		lines.push(
			`  Send a signed test event to the auto-reply example:`,
			`    npm run sandbox -- send message.received --to http://localhost:${N8N_PORT}/webhook/${AUTO_REPLY_WEBHOOK_ID}/webhook --sandbox ${sandbox.origin}`,
		);
	}
	lines.push('Ctrl-C stops n8n and the sandbox.', '');
	process.stdout.write(lines.join('\n'));
}

main().catch((error) => {
	process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
	process.exit(1);
});
