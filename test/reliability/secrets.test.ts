/**
 * A canary API key, used for real and put through every kind of failure: it must not appear
 * in any error, output item, execution data or log line, and must never travel to a host
 * other than the API's.
 */
import { LOG_FILE } from './debugLogging';
import { existsSync, readFileSync } from 'node:fs';
import { LoggerProxy } from 'n8n-workflow';
import type { INodeParameters } from 'n8n-workflow';
import { runNode, type RunResult } from '../harness/n8nHarness';
import { freePort, waitFor } from '../../scripts/n8n/runtime';
import { startSandbox, type RunningSandbox } from '../sandbox/server';

const CANARY = 'KEYCANARY7f3a9c0d1e2b4a5968778695a4b3c2d1';
const WRONG = 'KEYWRONG00CANARY11223344556677889900aabb';
let sandbox: RunningSandbox;
const logLines: string[] = [];

beforeAll(async () => {
	sandbox = await startSandbox({ apiKey: CANARY });
	const capture = (level: string) => (message: string, meta: object = {}) =>
		logLines.push(`${level} ${message} ${JSON.stringify(meta, (_k, v) => (v instanceof Error ? { message: v.message, stack: v.stack } : v))}`);
	LoggerProxy.init({
		error: capture('error'),
		warn: capture('warn'),
		info: capture('info'),
		debug: capture('debug'),
		verbose: capture('verbose'),
		scoped: () => LoggerProxy,
	} as never);
});

afterAll(async () => {
	await sandbox.stop();
});

/** n8n's own log file (debug level), as written so far. */
function n8nLog(): string {
	return existsSync(LOG_FILE) ? readFileSync(LOG_FILE, 'utf8') : '';
}

let runsStarted = 0;

/**
 * n8n's file logger writes asynchronously: wait until every run so far has its closing line in
 * the file, so the sweep reads the whole of this run's log and not a part of it.
 */
async function flushedN8nLog(): Promise<string> {
	// on time-out, the sweep's own check of the count reports what is missing
	await waitFor(async () => finishedRuns(n8nLog()) >= runsStarted, 15_000).catch(() => undefined);
	return n8nLog();
}

function finishedRuns(log: string): number {
	return log.split('"message":"Workflow execution finished').length - 1;
}

async function run(parameters: INodeParameters, credentials: Record<string, string> = {}, items?: object[]): Promise<RunResult> {
	runsStarted++;
	return runNode({
		node: 'telnyxSipTrunking',
		parameters,
		items: items as never,
		credentials: { apiKey: CANARY, baseUrl: sandbox.url, publicKey: '', ...credentials },
		onError: 'continueErrorOutput',
	});
}

function everything(result: RunResult): string {
	return [
		JSON.stringify(result.run),
		JSON.stringify(result.items),
		JSON.stringify(result.errorItems),
		result.error ? `${result.error.message} ${result.error.description ?? ''} ${result.error.stack ?? ''} ${JSON.stringify(result.error)}` : '',
	].join('\n');
}

const scenarios: Array<[string, () => Promise<RunResult>]> = [
	['a successful create', () => run({ resource: 'outboundVoiceProfile', operation: 'create', name: 'Canary profile' })],
	['a 422 from Telnyx', () => run({ resource: 'outboundVoiceProfile', operation: 'create', name: '={{ "ab" + "c" }}', additionalFields: { billingGroupId: 'not-a-uuid' } })],
	['a 404', () => run({ resource: 'ip', operation: 'get', ipId: { __rl: true, mode: 'id', value: 'missing' } })],
	['a wrong key (401)', () => run({ resource: 'ip', operation: 'getAll', returnAll: true }, { apiKey: WRONG })],
	['a 503 burst', async () => {
		sandbox.faults.add({ fault: { kind: 'status', status: 503, headers: { 'retry-after': '0' } }, times: 10, method: 'GET' });
		return run({ resource: 'ip', operation: 'getAll', returnAll: true });
	}],
	['an answer that is not JSON', async () => {
		sandbox.faults.add({ fault: { kind: 'invalidJson' }, times: 1, method: 'POST' });
		return run({ resource: 'outboundVoiceProfile', operation: 'create', name: 'Canary two' });
	}],
	['a timeout', async () => {
		sandbox.faults.add({ fault: { kind: 'delay', ms: 1500 }, times: 1, method: 'POST' });
		return run({ resource: 'outboundVoiceProfile', operation: 'create', name: 'Canary three', requestOptions: { timeoutSeconds: 1 } });
	}],
	['a host that refuses connections', async () => {
		const port = await freePort();
		return run({ resource: 'ip', operation: 'get', ipId: { __rl: true, mode: 'id', value: '1' }, requestOptions: { concurrency: 1 } }, { baseUrl: `http://127.0.0.1:${port}/v2` });
	}],
	['bad input', () => run({ resource: 'credentialConnection', operation: 'create', connectionName: 'x', userName: 'y', password: 'z', additionalFields: { dtmfType: '={{ "nope" }}' } })],
	['a TLS failure', () => run({ resource: 'ip', operation: 'get', ipId: { __rl: true, mode: 'id', value: '1' } }, { baseUrl: `${sandbox.origin.replace('http:', 'https:')}/v2` })],
	['a redirect to another host', async () => {
		const port = await freePort();
		sandbox.faults.add({ fault: { kind: 'redirect', status: 307, location: `http://127.0.0.1:${port}/v2/outbound_voice_profiles` }, times: 1, method: 'POST' });
		return run({ resource: 'outboundVoiceProfile', operation: 'create', name: 'Canary four' });
	}],
	['an answer larger than 16 MB', async () => {
		sandbox.faults.add({ fault: { kind: 'huge', bytes: 20 * 1024 * 1024 }, times: 1, method: 'GET' });
		return run({ resource: 'ip', operation: 'get', ipId: { __rl: true, mode: 'id', value: '1' } });
	}],
	['a user name and password in the Base URL', () =>
		run({ resource: 'ip', operation: 'getAll', returnAll: true }, { baseUrl: sandbox.url.replace('http://', 'http://someone:secret@') })],
];

test.each(scenarios)('%s: the key is nowhere in the run, the errors or the logs', async (_name, scenario) => {
	logLines.length = 0;
	const result = await scenario();
	const text = everything(result);
	// the sweep reads real execution data and n8n's log at debug level
	const fileLog = await flushedN8nLog();
	const logs = `${logLines.join('\n')}\n${fileLog}`;
	expect(text.length).toBeGreaterThan(500);
	expect(finishedRuns(fileLog)).toBe(runsStarted);
	expect(fileLog).toContain('Start executing node \\"Telnyx\\"');
	for (const secret of [CANARY, WRONG]) {
		expect(text).not.toContain(secret);
		expect(logs).not.toContain(secret);
	}
	sandbox.faults.clear();
}, 30_000);

test('the key is only ever sent to the API, never to a download link', async () => {
	const link = sandbox.putFile('canary.mp3', 'ID3 canary', 'audio/mpeg');
	const [recording] = sandbox.seed('/recordings', [{ download_urls: { mp3: link } }]);
	await runNode({
		node: 'telnyxVoiceIntegrations',
		parameters: { resource: 'recording', operation: 'download', recordingId: { __rl: true, mode: 'id', value: recording.id as string } },
		credentials: { apiKey: CANARY, baseUrl: sandbox.url, publicKey: '' },
	});
	const download = sandbox.requests.find((r) => r.path === '/__files/canary.mp3');
	expect(download).toBeDefined();
	expect(JSON.stringify(download?.headers)).not.toContain(CANARY);
	const api = sandbox.requests.find((r) => r.path === `/recordings/${recording.id}`);
	expect(api?.headers.authorization).toBe(`Bearer ${CANARY}`);
});
