/**
 * n8n in queue mode, as users scale it: PostgreSQL, Redis, a main process and a webhook process
 * both taking webhooks, and two workers running the executions. 200 signed inbound messages
 * reach each auto-reply example; some are delivered twice at the same moment (one copy to each
 * webhook-taking process), some again after they were answered.
 *
 * - examples/queue-mode/auto-reply-exactly-once.json claims each event id with Redis INCR (atomic
 *   across processes): every event is answered exactly once.
 * - examples/auto-reply-inbound-sms.json relies on the trigger's own Ignore Repeated Deliveries
 *   (workflow static data): nothing is lost and every run succeeds, but n8n saves static data
 *   last-writer-wins, so copies delivered at the same moment can both run. Measured and printed.
 * - The three scheduled examples fire every 20 seconds and run on the workers meanwhile.
 * - examples/ivr-one-workflow.json takes ten calls at once: each execution waits for its call's
 *   events between steps, resumed by whichever process takes the delivery, run by either worker.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, freePort, prepareN8n, waitFor, type RealN8n } from '../../scripts/n8n/runtime';
import { DEMO_CALL_CONTROL_APPLICATION_ID, seedDemo } from '../sandbox/demo';
import { placeInboundCall, scriptCall } from '../sandbox/hooks/voice';
import { startSandbox, type RunningSandbox } from '../sandbox/server';
import { startPostgres, type Postgres } from './postgres';

const EVENTS = 200;
let redis: ChildProcess;
let postgres: Postgres;
let sandbox: RunningSandbox;
let n8n: RealN8n;
/** Base URLs of the processes taking webhooks: n8n main and an `n8n webhook` process. */
let entries: string[];

interface Example {
	id: string;
	nodes: Array<{ type: string; webhookId?: string; parameters: Record<string, unknown> }>;
}

function example(path: string): Example {
	return JSON.parse(readFileSync(join(ROOT, 'examples', path), 'utf8')) as Example;
}

const EXACTLY_ONCE = example('queue-mode/auto-reply-exactly-once.json');
const TRIGGER_ONLY = example('auto-reply-inbound-sms.json');
const ONE_WORKFLOW_IVR = example('ivr-one-workflow.json');

/** The scheduled examples, as shipped but firing every 20 seconds instead of nightly. */
const SCHEDULED = ['archive-call-recordings.json', 'sip-inventory-report.json', 'toll-free-verification-status.json'].map((file) => {
	const workflow = example(file);
	for (const node of workflow.nodes) {
		if (node.type === 'n8n-nodes-base.scheduleTrigger') node.parameters = { rule: { interval: [{ field: 'seconds', secondsInterval: 20 }] } };
	}
	return { ...workflow, id: `${workflow.id}Q` };
});

beforeAll(async () => {
	const redisPort = await freePort();
	redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
		stdio: 'ignore',
	});
	postgres = await startPostgres();
	sandbox = await startSandbox();
	seedDemo(sandbox);
	const mainPort = await freePort();
	n8n = await prepareN8n({
		port: mainPort,
		env: {
			// every process makes URLs of the main one: a worker's resume URLs (a waiting call flow's) too
			WEBHOOK_URL: `http://127.0.0.1:${mainPort}/`,
			// several processes share one database: PostgreSQL, as n8n requires for queue mode
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(postgres.port),
			DB_POSTGRESDB_DATABASE: 'n8n',
			DB_POSTGRESDB_USER: 'n8n',
			DB_POSTGRESDB_PASSWORD: '',
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redisPort),
			N8N_CONCURRENCY_PRODUCTION_LIMIT: '-1',
		},
	});
	await n8n.importCredentials([
		{ id: 'telnyxCredential', name: 'Telnyx', type: 'telnyxApi', data: { apiKey: sandbox.apiKey, baseUrl: sandbox.url, publicKey: sandbox.events.publicKey } },
		{ id: 'redisCredential', name: 'Redis', type: 'redis', data: { host: '127.0.0.1', port: redisPort, database: 0, password: '' } },
	]);
	for (const workflow of [EXACTLY_ONCE, TRIGGER_ONLY, ONE_WORKFLOW_IVR, ...SCHEDULED]) {
		await n8n.importWorkflow(workflow);
		await n8n.publish(workflow.id);
	}
	await n8n.start();
	const webhookProcess = await n8n.startWebhookProcess();
	await n8n.startWorker();
	await n8n.startWorker();
	entries = [n8n.baseUrl, webhookProcess];
	for (const entry of entries) {
		for (const workflow of [EXACTLY_ONCE, TRIGGER_ONLY]) await n8n.waitForWebhook(webhookUrl(entry, workflow));
	}
}, 900_000);

afterAll(async () => {
	await n8n?.stop();
	await sandbox?.stop();
	if (redis && redis.exitCode === null) {
		const exited = new Promise((resolve) => redis.once('exit', resolve));
		redis.kill('SIGTERM');
		await exited;
	}
	await postgres?.stop();
});

function webhookUrl(entry: string, workflow: Example): string {
	return `${entry}/webhook/${workflow.nodes.find((node) => node.webhookId)!.webhookId}/webhook`;
}

/** Executions of a workflow, from n8n's own database. */
function executionsOf(workflowId: string): string[] {
	return postgres
		.query(`select status from execution_entity where "workflowId" = '${workflowId}'`)
		.trim()
		.split('\n')
		.filter(Boolean);
}

/** Statuses of the workflow's executions that have ended. */
function finishedExecutionsOf(workflowId: string): string[] {
	return executionsOf(workflowId).filter((status) => !['new', 'running', 'waiting'].includes(status));
}

interface Delivered {
	deliveries: number;
	failures: string[];
	/** Deliveries the trigger acknowledged without starting a run (an id it had seen). */
	droppedByTrigger: number;
	executions: string[];
	replies: string[];
}

/**
 * Delivers EVENTS inbound messages, ten at a time, alternating between the two processes taking
 * webhooks: every 20th twice at once (one copy to each), every 10th (5, 15, …) again after all
 * were answered, to the other process. Waits until every started run has finished.
 */
async function deliverTo(workflow: Example, tag: string): Promise<Delivered> {
	const replies = () =>
		sandbox.requests
			.filter((r) => r.method === 'POST' && r.path === '/messages')
			.map((r) => String((r.body as { text: string }).text))
			.filter((text) => text.includes(`[${tag}]`));
	const events = Array.from({ length: EVENTS }, (_, i) =>
		sandbox.events.event('message.received', {
			payload: { text: `[${tag}] question ${i}`, from: { phone_number: `+1312555${String(1000 + i)}` }, to: [{ phone_number: '+18445550001' }] },
		}),
	);
	const failures: string[] = [];
	let deliveries = 0;
	let droppedByTrigger = 0;
	const deliver = async (event: object, entry: string) => {
		const response = await sandbox.events.send(webhookUrl(entry, workflow), event as never);
		deliveries++;
		if (response.status !== 200) failures.push(`${response.status} ${response.body}`.slice(0, 300));
		if (response.body.includes('already delivered')) droppedByTrigger++;
	};
	const batches: Array<() => Promise<unknown>> = events.map((event, i) =>
		i % 20 === 0
			? () => Promise.all(entries.map((entry) => deliver(event, entry)))
			: () => deliver(event, entries[i % 2]),
	);
	let next = 0;
	await Promise.all(
		Array.from({ length: 10 }, async () => {
			while (next < batches.length) await batches[next++]();
		}),
	);
	await waitFor(async () => new Set(replies()).size >= EVENTS, 180_000, n8n.log);
	for (const [i, event] of events.entries()) if (i % 10 === 5) await deliver(event, entries[(i + 1) % 2]);

	await waitFor(async () => finishedExecutionsOf(workflow.id).length >= deliveries - droppedByTrigger, 180_000, n8n.log);
	// runs that would answer a second time would have done so by now; give stragglers a moment
	await new Promise((resolve) => setTimeout(resolve, 2000));
	const result = { deliveries, failures, droppedByTrigger, executions: executionsOf(workflow.id), replies: replies() };
	process.stdout.write(
		`queue mode, ${tag}: ${result.deliveries} deliveries of ${EVENTS} events → ${result.droppedByTrigger} dropped by the trigger, ` +
			`${result.executions.length} executions (${result.executions.filter((s) => s === 'success').length} succeeded), ${result.replies.length} replies\n`,
	);
	return result;
}

test(`exactly once across processes: ${EVENTS} events, 30 delivered again, each answered once`, async () => {
	const run = await deliverTo(EXACTLY_ONCE, 'redis');
	expect(run.failures).toEqual([]);
	expect(run.deliveries).toBe(EVENTS + 10 + 20);
	expect(run.replies).toHaveLength(EVENTS);
	expect(new Set(run.replies).size).toBe(EVENTS);
	expect(run.executions).toHaveLength(run.deliveries - run.droppedByTrigger);
	expect(run.executions.every((status) => status === 'success')).toBe(true);
});

test("the trigger's own repeat filter: nothing lost, every run succeeds, repeats measured", async () => {
	const run = await deliverTo(TRIGGER_ONLY, 'static');
	expect(run.failures).toEqual([]);
	expect(new Set(run.replies).size).toBe(EVENTS);
	expect(run.replies.length).toBeLessThanOrEqual(run.deliveries);
	expect(run.executions).toHaveLength(run.deliveries - run.droppedByTrigger);
	expect(run.replies).toHaveLength(run.executions.length);
	expect(run.executions.every((status) => status === 'success')).toBe(true);
});

test('the scheduled examples run on the workers, and the static data a run writes there is saved', async () => {
	// two runs each: the inventory's second run reads what the first saved
	await waitFor(async () => SCHEDULED.every((workflow) => finishedExecutionsOf(workflow.id).length >= 2), 120_000, n8n.log);
	for (const workflow of SCHEDULED) expect(finishedExecutionsOf(workflow.id).every((status) => status === 'success')).toBe(true);

	const [recordings, inventory, tollFree] = SCHEDULED;
	const downloads = sandbox.requests.filter((r) => r.path.startsWith('/__files/') && r.path.endsWith('.mp3'));
	expect(downloads.length).toBeGreaterThanOrEqual(3 * 2);
	expect(downloads.every((r) => r.headers.authorization === undefined)).toBe(true);
	expect(executionsOf(recordings.id).length).toBeGreaterThanOrEqual(2);
	const saved = JSON.parse(postgres.query(`select "staticData" from workflow_entity where id = '${inventory.id}'`)) as {
		global: { inventory: { connections: string[]; profiles: string[] } };
	};
	expect(saved.global.inventory.connections).toHaveLength(4);
	expect(saved.global.inventory.profiles).toHaveLength(2);
	expect(sandbox.requests.some((r) => r.method === 'GET' && /status_history/.test(r.path))).toBe(true);
	expect(executionsOf(tollFree.id).length).toBeGreaterThanOrEqual(2);
});

test('the one-workflow phone menu: ten calls at once, each step resumed wherever its event lands, each call handled once', async () => {
	const application = () => sandbox.api.store.get('/call_control_applications', DEMO_CALL_CONTROL_APPLICATION_ID) as { webhook_event_url?: string };
	await waitFor(async () => application().webhook_event_url === webhookUrl(n8n.baseUrl, ONE_WORKFLOW_IVR), 60_000, n8n.log);
	const calls = Array.from({ length: 10 }, (_, i) => {
		const from = `+131255502${String(10 + i)}`;
		scriptCall(sandbox.api, { number: from, digits: [i % 2 ? '2' : '1'] });
		const call = placeInboundCall(sandbox.api, { connection_id: DEMO_CALL_CONTROL_APPLICATION_ID, from, to: '+13125550900' });
		return { id: String(call.call_control_id), pressed: i % 2 ? '2' : '1' };
	});
	const actionsOn = (id: string) =>
		sandbox.requests
			.filter((r) => r.method === 'POST' && r.path.startsWith(`/calls/${encodeURIComponent(id)}/actions/`))
			.map((r) => r.path.split('/').pop()!);
	const progress = () =>
		[
			...calls.map(({ id, pressed }) => `${pressed}: ${actionsOn(id).join(' ')}`),
			`executions: ${executionsOf(ONE_WORKFLOW_IVR.id).join(' ')}`,
			`deliveries: ${sandbox.events.sent.filter((d) => d.url.includes('/webhook-waiting/')).map((d) => `${d.type}=${d.status}`).join(' ')}`,
			n8n.log().slice(-3000),
		].join('\n');
	await waitFor(async () => calls.every(({ id, pressed }) => actionsOn(id).includes(pressed === '1' ? 'transfer' : 'hangup')), 120_000, progress);
	for (const { id, pressed } of calls) {
		expect(actionsOn(id).sort()).toEqual(pressed === '1' ? ['answer', 'gather_using_speak', 'transfer'] : ['answer', 'gather_using_speak', 'hangup', 'speak']);
	}
	await waitFor(async () => finishedExecutionsOf(ONE_WORKFLOW_IVR.id).length >= calls.length, 60_000, n8n.log);
	const statuses = executionsOf(ONE_WORKFLOW_IVR.id);
	expect(statuses).toHaveLength(calls.length);
	expect(statuses.every((status) => status === 'success')).toBe(true);
	const refused = sandbox.events.sent.filter((delivery) => delivery.url.includes('/webhook-waiting/') && delivery.status === 409).length;
	process.stdout.write(`queue mode, one-workflow menu: ${calls.length} calls, ${statuses.length} executions (all succeeded), ${refused} deliveries refused with 409 while an execution ran\n`);
});
