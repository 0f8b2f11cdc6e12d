/**
 * The verification example in real n8n: published, its two webhooks called as a sign-up form
 * would call them. A code goes out by SMS through the sandbox, the right code verifies the
 * number once, a wrong one does not. The same n8n shows that it loaded the package lazily.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'undici';
import { ROOT, prepareN8n, type RealN8n } from '../../scripts/n8n/runtime';
import { seedDemo } from '../sandbox/demo';
import { startSandbox, type RunningSandbox } from '../sandbox/server';

const PHONE = '+13125550177';
let sandbox: RunningSandbox;
let n8n: RealN8n;

beforeAll(async () => {
	sandbox = await startSandbox();
	seedDemo(sandbox);
	// debug logging shows how n8n loaded the package
	n8n = await prepareN8n({ env: { N8N_LOG_LEVEL: 'debug' } });
	await n8n.importCredentials([
		{ id: 'telnyxCredential', name: 'Telnyx', type: 'telnyxApi', data: { apiKey: sandbox.apiKey, baseUrl: sandbox.url, publicKey: '' } },
	]);
	const workflow = JSON.parse(readFileSync(join(ROOT, 'examples', 'verify-phone-number.json'), 'utf8')) as { id: string };
	await n8n.importWorkflow(workflow);
	await n8n.publish(workflow.id);
	await n8n.start();
	await n8n.waitForWebhook(`${n8n.baseUrl}/webhook/verify/start`);
}, 600_000);

afterAll(async () => {
	await n8n?.stop();
	await sandbox?.stop();
}, 60_000);

async function post(path: string, body: object): Promise<{ status: number; json: Record<string, unknown> }> {
	const response = await request(`${n8n.baseUrl}/webhook/${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	return { status: response.statusCode, json: (await response.body.json()) as Record<string, unknown> };
}

async function codeSentTo(phone: string): Promise<string> {
	const response = await request(`${sandbox.origin}/__sandbox/verifications?phone_number=${encodeURIComponent(phone)}`);
	const { data } = (await response.body.json()) as { data: Array<{ code: string }> };
	return data[data.length - 1].code;
}

test('n8n loads the package lazily: descriptions from dist/types, no node class required at start', () => {
	expect(n8n.log()).toContain('Lazy-loading nodes and credentials from n8n-nodes-telnyx');
	expect(n8n.log()).not.toContain("Can't enable lazy-loading");
});

test('a code is sent, a wrong one is refused, the right one verifies the number', async () => {
	const started = await post('verify/start', { phone_number: PHONE });
	expect(started).toEqual({ status: 200, json: { sent: true, phone_number: PHONE, expires_in_seconds: 300 } });
	expect(sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/verifications/sms')).toHaveLength(1);

	const wrong = await post('verify/check', { phone_number: PHONE, code: '00000' });
	expect(wrong.json).toEqual({ verified: false, phone_number: PHONE });
	const right = await post('verify/check', { phone_number: PHONE, code: await codeSentTo(PHONE) });
	expect(right.json).toEqual({ verified: true, phone_number: PHONE });
});
