/**
 * The n8n editor in a real browser (Debian's Chromium via playwright-core): every Telnyx node
 * is in the node panel, each opens its parameter panel, the credential dialog shows its fields,
 * all without console errors. Screenshots go to docs/screenshots/ for the README.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { request } from 'undici';
import { ROOT, prepareN8n, type RealN8n } from '../../scripts/n8n/runtime';
import { startSandbox, type RunningSandbox } from '../sandbox/server';

const SHOTS = join(ROOT, 'docs', 'screenshots');
const OWNER = { email: 'owner@example.com', firstName: 'Demo', lastName: 'Owner', password: 'Telnyx-Demo-Passw0rd' };
const TOUR_ID = 'TelnyxEditorTour1';
const CREDENTIALS = { telnyxApi: { id: 'telnyxCredential', name: 'Telnyx' } };

/** One node of each type, set to a typical resource and operation. */
const TOUR_NODES = [
	{ name: 'Telnyx Trigger', type: 'telnyxTrigger', parameters: { source: 'manual', events: ['message.received'] }, shot: 'trigger', expect: ['Send Events From', 'Events', 'Verify Signature'] },
	{ name: 'Send SMS', type: 'telnyxMessaging', version: 2, parameters: { resource: 'message', operation: 'send' }, shot: 'messaging', expect: ['Resource', 'Operation', 'To', 'From', 'Text'] },
	{ name: 'Check Code', type: 'telnyxVerify', parameters: { resource: 'verification', operation: 'checkCode' }, shot: 'verify', expect: ['Phone Number', 'Code', 'Verify Profile'] },
	{ name: 'Send Fax', type: 'telnyxFax', parameters: { resource: 'fax', operation: 'send' }, shot: 'fax', expect: ['Fax Application', 'From', 'To', 'Media URL'] },
	{ name: 'Credential Connections', type: 'telnyxSipTrunking', parameters: { resource: 'credentialConnection', operation: 'create' }, shot: 'sip-trunking', expect: ['Connection Name', 'User Name', 'Additional Fields'] },
	{ name: 'WireGuard Config', type: 'telnyxNetworking', parameters: { resource: 'wireguardPeer', operation: 'getConfig' }, shot: 'networking', expect: ['WireGuard Peer ID', 'Put Output File in Field'] },
	{ name: 'Download Recording', type: 'telnyxVoiceIntegrations', parameters: { resource: 'recording', operation: 'download' }, shot: 'voice-integrations', expect: ['Recording ID', 'File Format'] },
];

/** Noise from running offline (n8n reaching for its CDN and services) and the sign-in probe. */
const OFFLINE_NOISE = [/net::ERR_(CERT_AUTHORITY_INVALID|NAME_NOT_RESOLVED|INTERNET_DISCONNECTED|CONNECTION_REFUSED)/, /status of 401 \(Unauthorized\)/];

let sandbox: RunningSandbox;
let n8n: RealN8n;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
	execFileSync(join(ROOT, 'scripts', 'browser', 'install.sh'), { stdio: 'inherit' });
	mkdirSync(SHOTS, { recursive: true });
	sandbox = await startSandbox();
	n8n = await prepareN8n();
	await n8n.importCredentials([
		{ id: 'telnyxCredential', name: 'Telnyx', type: 'telnyxApi', data: { apiKey: sandbox.apiKey, baseUrl: sandbox.url, publicKey: sandbox.events.publicKey } },
	]);
	await n8n.importWorkflow({
		id: TOUR_ID,
		name: 'Telnyx nodes',
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {},
		nodes: TOUR_NODES.map((node, index) => ({
			id: `tour-${index}`,
			name: node.name,
			type: `n8n-nodes-telnyx.${node.type}`,
			typeVersion: (node as { version?: number }).version ?? 1,
			position: [index * 260, index % 2 ? 160 : 0],
			parameters: node.parameters,
			credentials: CREDENTIALS,
			...(node.type === 'telnyxTrigger' ? { webhookId: 'b7a4f1f2-9c3e-4c55-8d3b-4f5f2b6a7c10' } : {}),
		})),
	});
	await n8n.start();
	const setup = await request(`${n8n.baseUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(OWNER),
	});
	expect(setup.statusCode).toBe(200);
	await setup.body.dump();

	browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
	page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
	page.on('console', (message) => {
		if (message.type() === 'error') consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
	await page.goto(`${n8n.baseUrl}/signin`);
	await page.fill('input[name=emailOrLdapLoginId]', OWNER.email);
	await page.fill('input[name=password]', OWNER.password);
	await page.click('[data-test-id=form-submit-button]');
	await page.waitForURL(/\/home\//);
}, 900_000);

afterAll(async () => {
	await browser?.close();
	await n8n?.stop();
	await sandbox?.stop();
});

function realErrors(): string[] {
	return consoleErrors.filter((text) => !OFFLINE_NOISE.some((noise) => noise.test(text)));
}

test('every Telnyx node is in the node panel', async () => {
	await page.goto(`${n8n.baseUrl}/workflow/new`);
	await page.click('[data-test-id=node-creator-plus-button]');
	// type into the search field once it is there (keys typed before it has focus are lost), and
	// give the first search time: in one CI run on a loaded machine it took longer than 30 s
	const search = page.locator('[data-test-id=node-creator-search-bar]');
	await search.waitFor();
	await search.fill('Telnyx');
	await page.waitForSelector('[data-test-id=node-creator-item-name] >> text=Telnyx Voice Integrations', { timeout: 90_000 });
	const names = await page.$$eval('[data-test-id=node-creator-item-name]', (els) => els.map((e) => e.textContent?.trim()));
	expect(names).toEqual(
		expect.arrayContaining([
			'Telnyx',
			'Telnyx Messaging',
			'Telnyx Verify',
			'Telnyx Fax',
			'Telnyx Networking',
			'Telnyx SIP Trunking',
			'Telnyx Voice Integrations',
		]),
	);
	await page.screenshot({ path: join(SHOTS, 'node-panel.png') });
	expect(realErrors()).toEqual([]);
});

test('the example tour opens on the canvas', async () => {
	await page.goto(`${n8n.baseUrl}/workflow/${TOUR_ID}`);
	await page.waitForSelector('[data-test-id=canvas-node]');
	expect(await page.locator('[data-test-id=canvas-node]').count()).toBe(TOUR_NODES.length);
	await page.click('[data-test-id=zoom-to-fit]');
	await page.screenshot({ path: join(SHOTS, 'canvas.png') });
});

test.each(TOUR_NODES.map((node) => [node.name, node] as const))('%s opens its parameter panel', async (_name, node) => {
	await page.goto(`${n8n.baseUrl}/workflow/${TOUR_ID}`);
	await page.locator(`[data-test-id=canvas-node][data-node-name="${node.name}"]`).dblclick();
	const panel = page.locator('[data-test-id=ndv]');
	await panel.waitFor();
	for (const label of node.expect) await expect(panel.getByText(label, { exact: true }).first().isVisible()).resolves.toBe(true);
	await page.screenshot({ path: join(SHOTS, `${node.shot}.png`) });
	expect(realErrors()).toEqual([]);
});

test('the credential dialog shows the API key, base URL and webhook public key', async () => {
	await page.goto(`${n8n.baseUrl}/workflow/${TOUR_ID}`);
	await page.locator('[data-test-id=canvas-node][data-node-name="Send SMS"]').dblclick();
	await page.locator('[data-test-id=ndv]').waitFor();
	await page.locator('[data-test-id=credential-edit-button]').first().click();
	// the dialog is the only place that shows the credential's own fields
	const dialog = page.locator('[role=dialog]').filter({ hasText: 'Webhook Public Key' });
	await dialog.getByText('Webhook Public Key', { exact: true }).first().waitFor();
	await page.screenshot({ path: join(SHOTS, 'credential.png') });
	const text = await dialog.innerText();
	for (const label of ['API Key', 'Base URL', 'Webhook Public Key']) expect(text).toContain(label);
	expect(realErrors()).toEqual([]);
});
