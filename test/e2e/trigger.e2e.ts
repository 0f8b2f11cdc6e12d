/**
 * The Telnyx Trigger in real n8n: the package installed from its tarball, a published
 * workflow (trigger → send a reply through the Messaging node), and events signed by the
 * sandbox posted to n8n's production webhook URL.
 */
import { startSandbox, type RunningSandbox } from '../sandbox/server';
import { prepareN8n, waitFor, type RealN8n } from '../../scripts/n8n/runtime';

const WORKFLOW_ID = 'TelnyxE2eTrigger1';
const WEBHOOK_ID = '7d0c8a55-3a4e-4d7b-9a57-51a2b1f0e2a1';

let sandbox: RunningSandbox;
let n8n: RealN8n;

beforeAll(async () => {
	sandbox = await startSandbox();
	n8n = await prepareN8n();
	await n8n.importCredentials([
		{
			id: 'telnyxSandboxCred',
			name: 'Telnyx (sandbox)',
			type: 'telnyxApi',
			data: { apiKey: sandbox.apiKey, baseUrl: sandbox.url, publicKey: sandbox.events.publicKey },
		},
	]);
	const credentials = { telnyxApi: { id: 'telnyxSandboxCred', name: 'Telnyx (sandbox)' } };
	await n8n.importWorkflow({
		id: WORKFLOW_ID,
		name: 'Reply to inbound SMS',
		active: false,
		settings: { executionOrder: 'v1' },
		connections: { 'Inbound SMS': { main: [[{ node: 'Reply', type: 'main', index: 0 }]] } },
		nodes: [
			{
				id: 'a1',
				name: 'Inbound SMS',
				type: 'n8n-nodes-telnyx.telnyxTrigger',
				typeVersion: 1,
				position: [0, 0],
				webhookId: WEBHOOK_ID,
				parameters: { source: 'manual', events: ['message.received'] },
				credentials,
			},
			{
				id: 'a2',
				name: 'Reply',
				type: 'n8n-nodes-telnyx.telnyxMessaging',
				typeVersion: 1,
				position: [300, 0],
				parameters: {
					resource: 'message',
					operation: 'send',
					to: '={{ $json.payload.from.phone_number }}',
					additionalFields: { from: '+18445550001', text: '=Got it: {{ $json.payload.text }}' },
				},
				credentials,
			},
		],
	});
	await n8n.publish(WORKFLOW_ID);
	await n8n.start();
	await n8n.waitForWebhook(webhookUrl());
}, 600_000);

afterAll(async () => {
	await n8n?.stop();
	await sandbox?.stop();
}, 60_000);

function webhookUrl(): string {
	return `${n8n.baseUrl}/webhook/${WEBHOOK_ID}/webhook`;
}

function replies() {
	return sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/messages');
}

async function executions() {
	return n8n.executions(WORKFLOW_ID);
}

test('a signed event runs the workflow once: the reply goes out through the sandbox', async () => {
	const event = sandbox.events.event('message.received', {
		payload: { text: 'Is my order shipped?', from: { phone_number: '+13125550142' } },
	});
	const delivery = await sandbox.events.send(webhookUrl(), event);
	expect(delivery.status).toBe(200);
	expect(JSON.parse(delivery.body)).toEqual({ received: true });
	await waitFor(async () => replies().length === 1, 30_000, n8n.log);
	expect(replies()[0].body).toMatchObject({ to: '+13125550142', from: '+18445550001', text: 'Got it: Is my order shipped?' });
	// n8n's own records: exactly one execution, and it succeeded
	await waitFor(async () => (await executions()).length === 1 && (await executions())[0].status === 'success', 30_000, n8n.log);
	expect(await executions()).toEqual([{ id: expect.any(String), status: 'success', mode: 'webhook' }]);
});

test('a tampered body is refused with 403 and runs nothing', async () => {
	const before = replies().length;
	const text = JSON.stringify(sandbox.events.event('message.received', { payload: { text: 'original' } }));
	const headers = sandbox.events.sign(text);
	const delivery = await sandbox.events.send(webhookUrl(), text.replace('original', 'tampered'), { headers });
	expect(delivery.status).toBe(403);
	// give a wrongly started execution time to show itself
	await new Promise((resolve) => setTimeout(resolve, 3000));
	expect(replies()).toHaveLength(before);
	expect(await executions()).toHaveLength(1);
});
