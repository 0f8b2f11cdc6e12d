/**
 * A new user's first minutes in the real editor: the Telnyx nodes are found by the words
 * people search for; Send Message, added from the node panel, asks for To, From and Text and
 * sends with no Additional Field opened; the trigger lists events by name.
 */
import { join } from 'node:path';
import { ROOT, waitFor } from '../../scripts/n8n/runtime';
import { openEditor, searchNodePanel, type EditorSession } from './editorSession';

const SHOTS = join(ROOT, 'docs', 'screenshots');
let session: EditorSession;
const TRIGGER_WORKFLOW = {
	id: 'TelnyxFirstMinutes1',
	name: 'Trigger events',
	active: false,
	settings: { executionOrder: 'v1' },
	connections: {},
	nodes: [
		{
			id: 't1',
			name: 'Telnyx Trigger',
			type: 'n8n-nodes-telnyx.telnyxTrigger',
			typeVersion: 1,
			position: [0, 0],
			webhookId: '4a1f7c2e-8d3b-4e6f-9a10-2b3c4d5e6f71',
			parameters: { source: 'manual' },
			credentials: { telnyxApi: { id: 'telnyxCredential', name: 'Telnyx' } },
		},
	],
};

beforeAll(async () => {
	session = await openEditor({ workflows: [TRIGGER_WORKFLOW] });
}, 900_000);

afterAll(async () => {
	await session?.close();
});

const search = (words: string, expected: string) => searchNodePanel(session.page, session.n8n.baseUrl, words, expected);

test.each([
	['sms', 'Telnyx Messaging'],
	['send message', 'Telnyx Messaging'],
	['text message', 'Telnyx Messaging'],
	['verify', 'Telnyx Verify'],
	['otp', 'Telnyx Verify'],
	['phone number', 'Telnyx Verify'],
	['fax', 'Telnyx Fax'],
	['recording', 'Telnyx Voice Integrations'],
	['call', 'Telnyx Voice'],
	['dial', 'Telnyx Voice'],
	// the trigger is listed under the app's name
	['incoming call', 'Telnyx'],
	['webhook', 'Telnyx'],
	['buy number', 'Telnyx Numbers'],
	['area code', 'Telnyx Numbers'],
	['e911', 'Telnyx Numbers'],
	['port number', 'Telnyx Porting'],
	['kyc', 'Telnyx Compliance'],
	['texml', 'Telnyx TeXML'],
	['sip', 'Telnyx SIP Trunking'],
	['vpn', 'Telnyx Networking'],
])('searching the node panel for "%s" finds %s', async (words, node) => {
	const names = await search(words, node);
	expect(names).toContain(node);
	if (words === 'sms') await session.page.screenshot({ path: join(SHOTS, 'search-sms.png') });
});

test('Send Message, added from the node panel, opens on To, From and Text and sends with nothing else opened', async () => {
	const { page, sandbox } = session;
	await search('sms', 'Telnyx Messaging');
	await page.locator('[data-test-id=node-creator-item-name]', { hasText: /^Telnyx Messaging$/ }).click();
	await page.getByText('Send an SMS or MMS message', { exact: true }).click();
	const panel = page.locator('[data-test-id=ndv]');
	await panel.waitFor();
	await panel.locator('label[for=to]').waitFor();
	// the fields in the order the form shows them, collections as one entry
	const shown = await panel.locator('[data-test-id=node-parameters] label[for]').evaluateAll((labels) => labels.map((l) => l.getAttribute('for')));
	expect(shown.slice(0, 6)).toEqual(['resource', 'operation', 'to', 'from', 'text', 'additionalFields']);
	await page.screenshot({ path: join(SHOTS, 'messaging.png') });
	// the Docs link lands on the node's own README heading
	// (the panel's own links only: the tab is an icon without its label when the panel is narrow, and
	// its link is filled in once the node type has loaded)
	const panelLinks = async () => panel.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	await waitFor(async () => (await panelLinks()).some((href) => href.includes('n8n-nodes-telnyx')), 15_000).catch(() => undefined);
	expect((await panelLinks()).filter((href) => href.includes('n8n-nodes-telnyx'))).toEqual([
		'https://www.npmjs.com/package/n8n-nodes-telnyx#telnyx-messaging',
	]);

	for (const [name, value] of [['to', '+13125550123'], ['from', '+18445550001'], ['text', 'Hello from n8n']]) {
		const input = panel.locator(`[data-test-id=parameter-input-${name}] input, [data-test-id=parameter-input-${name}] textarea`).first();
		await input.fill(value);
	}
	await panel.locator('[data-test-id=node-execute-button]').click();
	await waitFor(async () => sandbox.requests.some((r) => r.method === 'POST' && r.path === '/messages'), 30_000);
	const sent = sandbox.requests.find((r) => r.method === 'POST' && r.path === '/messages');
	expect(sent?.body).toEqual({ to: '+13125550123', from: '+18445550001', text: 'Hello from n8n' });
	expect(session.errors()).toEqual([]);
});

test('the trigger lists its events by name, the common ones of each product first', async () => {
	const { page, n8n } = session;
	await page.goto(`${n8n.baseUrl}/workflow/${TRIGGER_WORKFLOW.id}`);
	await page.locator('[data-test-id=canvas-node][data-node-name="Telnyx Trigger"]').dblclick();
	const panel = page.locator('[data-test-id=ndv]');
	await panel.waitFor();
	await panel.locator('[data-test-id=parameter-input-events]').click();
	const options = page.locator('.el-select-dropdown__item:visible, [role=option]:visible');
	await options.first().waitFor();
	const names = (await options.allInnerTexts()).map((text) => text.split('\n')[0].trim()).filter(Boolean);
	expect(names.slice(0, 2)).toEqual(['All Events', 'Message Received']);
	expect(names).toEqual(expect.arrayContaining(['Call Answered', 'Fax Delivered']));
	expect(names.filter((name) => /\w\.\w/.test(name))).toEqual([]);
	await page.screenshot({ path: join(SHOTS, 'trigger-events.png') });
});
