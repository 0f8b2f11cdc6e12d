/**
 * The n8n editor in a real browser (Debian's Chromium via playwright-core): every Telnyx node
 * is in the node panel, each opens its parameter panel, the credential dialog shows its fields,
 * all without console errors. Screenshots go to docs/screenshots/ for the README.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, type RealN8n } from '../../scripts/n8n/runtime';
import { openEditor, searchNodePanel, type EditorSession } from './editorSession';

const SHOTS = join(ROOT, 'docs', 'screenshots');
const TOUR_ID = 'TelnyxEditorTour1';
const CREDENTIALS = { telnyxApi: { id: 'telnyxCredential', name: 'Telnyx' } };

/** One node of each type, set to a typical resource and operation. */
const TOUR_NODES = [
	{ name: 'Telnyx Trigger', type: 'telnyxTrigger', parameters: { source: 'manual', events: ['message.received'] }, shot: 'trigger', expect: ['Send Events From', 'Events', 'Verify Signature'] },
	{ name: 'Send SMS', type: 'telnyxMessaging', version: 2, parameters: { resource: 'message', operation: 'send' }, shot: 'messaging', expect: ['Resource', 'Operation', 'To', 'From', 'Text'] },
	{ name: 'Check Code', type: 'telnyxVerify', parameters: { resource: 'verification', operation: 'checkCode' }, shot: 'verify', expect: ['Phone Number', 'Code', 'Verify Profile'] },
	{ name: 'Dial', type: 'telnyxVoice', parameters: { resource: 'call', operation: 'dial' }, shot: 'voice', expect: ['To', 'From', 'Call Control Application'] },
	{ name: 'Send Fax', type: 'telnyxFax', parameters: { resource: 'fax', operation: 'send' }, shot: 'fax', expect: ['Fax Application', 'From', 'To', 'Media URL'] },
	{ name: 'Find a Number', type: 'telnyxNumbers', parameters: { resource: 'availablePhoneNumber', operation: 'search' }, shot: 'numbers', expect: ['Country Code', 'National Destination Code', 'Features'] },
	{ name: 'Port Numbers In', type: 'telnyxPorting', parameters: { resource: 'portingOrder', operation: 'create' }, shot: 'porting', expect: ['Phone Numbers', 'Additional Fields'] },
	{ name: 'Upload Document', type: 'telnyxCompliance', parameters: { resource: 'document', operation: 'upload' }, shot: 'compliance', expect: ['File Input Binary Field', 'Additional Fields'] },
	{ name: 'TeXML Call', type: 'telnyxTexml', parameters: { resource: 'call', operation: 'initiate' }, shot: 'texml', expect: ['TeXML Application', 'From', 'To'] },
	{ name: 'Credential Connections', type: 'telnyxSipTrunking', parameters: { resource: 'credentialConnection', operation: 'create' }, shot: 'sip-trunking', expect: ['Connection Name', 'User Name', 'Additional Fields'] },
	{ name: 'WireGuard Config', type: 'telnyxNetworking', parameters: { resource: 'wireguardPeer', operation: 'getConfig' }, shot: 'networking', expect: ['WireGuard Peer ID', 'Put Output File in Field'] },
	{ name: 'Download Recording', type: 'telnyxVoiceIntegrations', parameters: { resource: 'recording', operation: 'download' }, shot: 'voice-integrations', expect: ['Recording ID', 'File Format'] },
];

/** The event-driven phone menu, shown on the canvas for the README. */
const IVR = JSON.parse(readFileSync(join(ROOT, 'examples', 'ivr-event-driven.json'), 'utf8')) as { id: string; nodes: unknown[] };
/** The same menu as one workflow whose steps wait for their call events. */
const IVR_ONE = JSON.parse(readFileSync(join(ROOT, 'examples', 'ivr-one-workflow.json'), 'utf8')) as { id: string; nodes: unknown[] };

let session: EditorSession;
let n8n: RealN8n;
let page: Page;

beforeAll(async () => {
	mkdirSync(SHOTS, { recursive: true });
	session = await openEditor({
		workflows: [
			{
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
			},
			IVR,
			IVR_ONE,
		],
	});
	({ n8n, page } = session);
}, 900_000);

afterAll(async () => {
	await session?.close();
});

function realErrors(): string[] {
	return session.errors();
}

test('every Telnyx node is in the node panel', async () => {
	// the first search may take long on a loaded machine (over 30 s once in CI)
	const names = await searchNodePanel(page, n8n.baseUrl, 'Telnyx', 'Telnyx Voice Integrations');
	expect(names).toEqual(
		expect.arrayContaining([
			'Telnyx',
			'Telnyx Messaging',
			'Telnyx Verify',
			'Telnyx Fax',
			'Telnyx Voice',
			'Telnyx Networking',
			'Telnyx SIP Trunking',
			'Telnyx Voice Integrations',
			'Telnyx Numbers',
			'Telnyx Porting',
			'Telnyx Compliance',
			'Telnyx TeXML',
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

test('the event-driven phone menu example opens on the canvas, every node in place', async () => {
	await page.goto(`${n8n.baseUrl}/workflow/${IVR.id}`);
	await page.waitForSelector('[data-test-id=canvas-node]');
	expect(await page.locator('[data-test-id=canvas-node]').count()).toBe(IVR.nodes.length);
	await page.click('[data-test-id=zoom-to-fit]');
	await page.screenshot({ path: join(SHOTS, 'ivr-event-driven.png') });
	expect(realErrors()).toEqual([]);
});

test('the one-workflow phone menu opens on the canvas; a step shows Wait for Event and its limit, and no webhook URL to copy', async () => {
	await page.goto(`${n8n.baseUrl}/workflow/${IVR_ONE.id}`);
	await page.waitForSelector('[data-test-id=canvas-node]');
	expect(await page.locator('[data-test-id=canvas-node]').count()).toBe(IVR_ONE.nodes.length);
	await page.click('[data-test-id=zoom-to-fit]');
	await page.screenshot({ path: join(SHOTS, 'ivr-one-workflow.png') });

	await page.locator('[data-test-id=canvas-node][data-node-name="Speak the Menu and Wait for a Key"]').dblclick();
	const panel = page.locator('[data-test-id=ndv]');
	await panel.waitFor();
	for (const label of ['Wait for Event', 'Wait Limit (Seconds)', 'Maximum Digits']) {
		await expect(panel.getByText(label, { exact: true }).first().isVisible()).resolves.toBe(true);
	}
	// the restart webhook is the execution's own: n8n shows no URL for it
	expect(await panel.getByText('Webhook URLs', { exact: true }).count()).toBe(0);
	// before anything ran, the input panel previews Answer's output from the package's schema
	const input = page.locator('[data-test-id=ndv-input-panel]');
	await input.getByText('result', { exact: true }).first().waitFor({ timeout: 30_000 });
	await page.screenshot({ path: join(SHOTS, 'voice-wait-for-event.png') });
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
