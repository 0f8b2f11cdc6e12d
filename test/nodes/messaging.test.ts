/**
 * Telnyx Messaging, part 1: sending SMS, MMS and RCS, reading messages, messaging profiles
 * (with their id dropdown) and URL domains, executed through n8n against the sandbox.
 */
import { searchList } from '../harness/n8nHarness';
import { apiRequests, locator, nodeUnderTest, runWithSandbox, sandboxCredentials } from '../helpers';

const NODE = 'telnyxMessaging';
const { sandbox, run, only } = nodeUnderTest(NODE);

const PROFILE_ID = '4001767e-ce0f-4cae-9d5f-0d5e636e7809';

describe('Message: Send', () => {
	test('an SMS goes out with its sender, profile and webhooks, and comes back queued with parts and cost', async () => {
		const { items } = await run({
			resource: 'message',
			operation: 'send',
			to: '+13125550123',
			additionalFields: {
				from: '+18445550001',
				text: 'Your table for 4 is ready',
				messagingProfileId: locator(PROFILE_ID),
				webhookUrl: 'https://hooks.example.com/telnyx',
				webhookFailoverUrl: 'https://backup.example.com/telnyx',
				useProfileWebhooks: false,
				autoDetect: true,
				encoding: 'auto',
			},
		});
		expect(only('POST', '/messages').body).toEqual({
			to: '+13125550123',
			from: '+18445550001',
			text: 'Your table for 4 is ready',
			messaging_profile_id: PROFILE_ID,
			webhook_url: 'https://hooks.example.com/telnyx',
			webhook_failover_url: 'https://backup.example.com/telnyx',
			use_profile_webhooks: false,
			auto_detect: true,
			encoding: 'auto',
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			record_type: 'message',
			direction: 'outbound',
			type: 'SMS',
			from: { phone_number: '+18445550001' },
			to: [{ phone_number: '+13125550123', status: 'queued' }],
			text: 'Your table for 4 is ready',
			encoding: 'GSM-7',
			parts: 1,
			cost: { amount: '0.0070', currency: 'USD' },
			messaging_profile_id: PROFILE_ID,
			webhook_url: 'https://hooks.example.com/telnyx',
		});
	});

	test('media URLs make an MMS, with subject and a later sending time', async () => {
		const { items } = await run({
			resource: 'message',
			operation: 'send',
			to: '+13125550123',
			additionalFields: {
				from: '+18445550001',
				mediaUrls: 'https://cdn.example.com/menu.jpg, https://cdn.example.com/map.png',
				subject: 'Tonight',
				sendAt: '2030-05-01T18:00:00Z',
			},
		});
		expect(only('POST', '/messages').body).toEqual({
			to: '+13125550123',
			from: '+18445550001',
			media_urls: ['https://cdn.example.com/menu.jpg', 'https://cdn.example.com/map.png'],
			subject: 'Tonight',
			send_at: '2030-05-01T18:00:00Z',
		});
		expect(items[0].json).toMatchObject({
			type: 'MMS',
			subject: 'Tonight',
			send_at: '2030-05-01T18:00:00Z',
			media: [{ url: 'https://cdn.example.com/menu.jpg' }, { url: 'https://cdn.example.com/map.png' }],
		});
	});

	test('an alphanumeric sender ID is accepted as the sender, with the profile it belongs to', async () => {
		const { items } = await run({
			resource: 'message',
			operation: 'send',
			to: '+447700900123',
			additionalFields: { from: 'ACMEBANK', text: 'Código: 4821', messagingProfileId: locator(PROFILE_ID, 'list') },
		});
		expect(only('POST', '/messages').body).toEqual({
			to: '+447700900123',
			from: 'ACMEBANK',
			text: 'Código: 4821',
			messaging_profile_id: PROFILE_ID,
		});
		// "ó" is outside GSM-7, so the text goes out as UCS-2
		expect(items[0].json).toMatchObject({ from: { phone_number: 'ACMEBANK' }, encoding: 'UCS-2', parts: 1 });
	});

	test('a long text is split into parts and priced per part', async () => {
		const text = 'Reminder: '.padEnd(200, 'x');
		const { items } = await run({
			resource: 'message',
			operation: 'send',
			to: '+13125550123',
			additionalFields: { from: '+18445550001', text, type: 'SMS' },
		});
		expect(only('POST', '/messages').body).toMatchObject({ text, type: 'SMS' });
		expect(items[0].json).toMatchObject({ parts: 2, cost: { amount: '0.0140' } });
	});

	test('a recipient that is not E.164 is refused before anything is sent', async () => {
		const { error } = await runWithSandbox(sandbox(), NODE, {
			resource: 'message',
			operation: 'send',
			to: '(312) 555-0123',
			additionalFields: { from: '+18445550001', text: 'hi' },
		});
		expect(error?.message).toBe(
			'"To" (to) must be a phone number in E.164 form, such as +13125550001 or a short code such as 22395; got "(312) 555-0123"',
		);
		expect(apiRequests(sandbox(), 'POST', '/messages')).toHaveLength(0);
	});

	test('one message per item: a malformed number and an opted-out recipient go to the Error output, the rest are sent', async () => {
		sandbox().seed('/messaging_optouts', [{ from: '+13125550102', to: '+18445550001', keyword: 'STOP' }]);
		const recipients = [
			{ name: 'Ann', phone: '+13125550101' },
			{ name: 'Bob', phone: '+13125550102' },
			{ name: 'Cem', phone: '312-555-0103' },
			{ name: 'Dee', phone: '+13125550104' },
		];
		const { items, errorItems, error } = await runWithSandbox(
			sandbox(),
			NODE,
			{
				resource: 'message',
				operation: 'send',
				to: '={{ $json.phone }}',
				additionalFields: { from: '+18445550001', text: '=Hi {{ $json.name }}, your order shipped' },
			},
			{ items: recipients, onError: 'continueErrorOutput' },
		);
		expect(error).toBeUndefined();

		// the malformed number never reaches Telnyx; the three others do, one request each
		expect(apiRequests(sandbox(), 'POST', '/messages').map((r) => (r.body as { to: string }).to)).toEqual([
			'+13125550101',
			'+13125550102',
			'+13125550104',
		]);
		expect(items.map((i) => [(i.json.to as Array<{ phone_number: string }>)[0].phone_number, i.json.text, i.pairedItem])).toEqual([
			['+13125550101', 'Hi Ann, your order shipped', { item: 0 }],
			['+13125550104', 'Hi Dee, your order shipped', { item: 3 }],
		]);

		expect(errorItems.map((i) => i.pairedItem)).toEqual([{ item: 1 }, { item: 2 }]);
		expect(errorItems[0].json).toMatchObject({
			name: 'Bob',
			error: {
				message: '409 Blocked due to STOP message — to',
				httpCode: '409',
				code: '40300',
				title: 'Blocked due to STOP message',
				detail: 'Messages cannot be sent from +18445550001 to +13125550102 due to an existing block rule.',
				field: 'to',
			},
		});
		expect(errorItems[1].json).toMatchObject({
			name: 'Cem',
			error: {
				message:
					'"To" (to) must be a phone number in E.164 form, such as +13125550001 or a short code such as 22395; got "312-555-0103"',
			},
		});
		expect(sandbox().api.store.list('/messages')).toHaveLength(2);
	});

	test('without a sender or a messaging profile the node names both before sending anything', async () => {
		const { error } = await runWithSandbox(sandbox(), NODE, {
			resource: 'message',
			operation: 'send',
			to: '+13125550123',
			additionalFields: { text: 'hi' },
		});
		expect(error?.message).toBe('Set "From" (from) or "Messaging Profile" (messaging_profile_id)');
		expect(apiRequests(sandbox(), 'POST', '/messages')).toHaveLength(0);
	});

	test('version 2 shows From and Text at the top and sends with no Additional Field opened', async () => {
		const { items, error } = await runWithSandbox(
			sandbox(),
			NODE,
			{ resource: 'message', operation: 'send', to: '+13125550123', from: '+18445550001', text: 'Your table is ready' },
			{ typeVersion: 2 },
		);
		expect(error).toBeUndefined();
		expect(only('POST', '/messages').body).toEqual({ to: '+13125550123', from: '+18445550001', text: 'Your table is ready' });
		expect(items[0].json).toMatchObject({ type: 'SMS', text: 'Your table is ready' });
	});

	test('version 2 without content names Text and Media URLs', async () => {
		const { error } = await runWithSandbox(
			sandbox(),
			NODE,
			{ resource: 'message', operation: 'send', to: '+13125550123', from: '+18445550001', text: '' },
			{ typeVersion: 2 },
		);
		expect(error?.message).toBe('Set "Text" (text) or "Media URLs" (media_urls)');
		expect(apiRequests(sandbox())).toHaveLength(0);
	});

	test('a webhook URL that is not a URL is refused before sending', async () => {
		const { error } = await runWithSandbox(sandbox(), NODE, {
			resource: 'message',
			operation: 'send',
			to: '+13125550123',
			additionalFields: { from: '+18445550001', text: 'hi', webhookUrl: 'hooks.example.com' },
		});
		expect(error?.message).toContain('"Webhook URL" (webhook_url) must be a full URL');
		expect(apiRequests(sandbox(), 'POST', '/messages')).toHaveLength(0);
	});
});

describe('Message: Send RCS', () => {
	const richCard = {
		content_message: {
			rich_card: {
				standalone_card: {
					card_orientation: 'VERTICAL',
					thumbnail_image_alignment: 'LEFT',
					card_content: {
						title: 'Your order shipped',
						description: 'Arrives Thursday',
						media: { height: 'MEDIUM', content_info: { file_url: 'https://cdn.example.com/box.png' } },
					},
				},
			},
			suggestions: [{ reply: { text: 'Track it', postback_data: 'track_1234' } }],
		},
	};

	test('sends the agent message as JSON with an SMS fallback and returns the queued message', async () => {
		sandbox().seed('/messaging/rcs/agents', [{ agent_id: 'AcmeShop', agent_name: 'Acme Shop' }]);
		const { items } = await run({
			resource: 'message',
			operation: 'sendRcs',
			agentId: locator('AcmeShop', 'list'),
			to: '+13125550123',
			messagingProfileId: locator(PROFILE_ID),
			agentMessage: JSON.stringify(richCard),
			additionalFields: {
				smsFallback: { from: '+18445550001', text: 'Your order shipped, arrives Thursday' },
				mmsFallback: { mediaUrls: 'https://cdn.example.com/box.png', text: 'Shipped' },
				webhookUrl: 'https://hooks.example.com/rcs',
				type: 'RCS',
			},
		});
		expect(only('POST', '/messages/rcs').body).toEqual({
			agent_id: 'AcmeShop',
			to: '+13125550123',
			messaging_profile_id: PROFILE_ID,
			agent_message: richCard,
			sms_fallback: { from: '+18445550001', text: 'Your order shipped, arrives Thursday' },
			mms_fallback: { media_urls: ['https://cdn.example.com/box.png'], text: 'Shipped' },
			webhook_url: 'https://hooks.example.com/rcs',
			type: 'RCS',
		});
		expect(items[0].json).toMatchObject({
			type: 'RCS',
			from: { agent_id: 'AcmeShop', agent_name: 'Acme Shop' },
			to: [{ phone_number: '+13125550123', status: 'queued' }],
			body: richCard,
		});
		// the message can be read back
		const { items: read } = await run({ resource: 'message', operation: 'get', messageId: items[0].json.id as string });
		expect(read[0].json).toMatchObject({ id: items[0].json.id, type: 'RCS' });
	});

	test('malformed agent message JSON is refused before sending', async () => {
		const { error } = await runWithSandbox(sandbox(), NODE, {
			resource: 'message',
			operation: 'sendRcs',
			agentId: locator('AcmeShop'),
			to: '+13125550123',
			messagingProfileId: locator(PROFILE_ID),
			agentMessage: '{"content_message": {"text": "hi"}',
		});
		expect(error?.message).toMatch(/^"Agent Message" \(agent_message\) is not valid JSON/);
		expect(apiRequests(sandbox(), 'POST', '/messages/rcs')).toHaveLength(0);
	});

	test('Send RCS Text puts plain text where the agent message keeps it', async () => {
		sandbox().seed('/messaging/rcs/agents', [{ agent_id: 'AcmeShop', agent_name: 'Acme Shop' }]);
		const { items } = await run({
			resource: 'message',
			operation: 'sendRcsText',
			agentId: locator('AcmeShop'),
			to: '+13125550123',
			messagingProfileId: locator(PROFILE_ID),
			text: 'Your table is ready',
			additionalFields: { smsFallback: { from: '+18445550001', text: 'Your table is ready' } },
		});
		expect(only('POST', '/messages/rcs').body).toEqual({
			agent_id: 'AcmeShop',
			to: '+13125550123',
			messaging_profile_id: PROFILE_ID,
			agent_message: { content_message: { text: 'Your table is ready' } },
			sms_fallback: { from: '+18445550001', text: 'Your table is ready' },
		});
		expect(items[0].json).toMatchObject({ type: 'RCS', to: [{ phone_number: '+13125550123', status: 'queued' }] });
	});

	test('an agent message of the wrong shape is refused before sending, naming the part', async () => {
		const { error } = await runWithSandbox(sandbox(), NODE, {
			resource: 'message',
			operation: 'sendRcs',
			agentId: locator('AcmeShop'),
			to: '+13125550123',
			messagingProfileId: locator(PROFILE_ID),
			agentMessage: JSON.stringify({ content_message: { content_info: { thumbnail_url: 'https://cdn.example.com/t.png' } } }),
		});
		expect(error?.message).toBe('"Agent Message" (agent_message).content_message.content_info is missing "file_url"');
		expect(apiRequests(sandbox(), 'POST', '/messages/rcs')).toHaveLength(0);
	});

	test('an unknown agent is reported by Telnyx as not found', async () => {
		const { error } = await runWithSandbox(sandbox(), NODE, {
			resource: 'message',
			operation: 'sendRcs',
			agentId: locator('NoSuchAgent'),
			to: '+13125550123',
			messagingProfileId: locator(PROFILE_ID),
			agentMessage: '{"content_message": {"text": "hi"}}',
		});
		expect(error?.message).toBe('404 Resource not found');
		expect(only('POST', '/messages/rcs').body).toMatchObject({ agent_id: 'NoSuchAgent' });
	});
});

describe('Message: Get', () => {
	test('reads a sent message by id', async () => {
		const { items: sent } = await run({
			resource: 'message',
			operation: 'send',
			to: '+13125550123',
			additionalFields: { from: '+18445550001', text: 'hello' },
		});
		const id = sent[0].json.id as string;
		const { items } = await run({ resource: 'message', operation: 'get', messageId: id });
		only('GET', `/messages/${id}`);
		expect(items[0].json).toMatchObject({ id, text: 'hello', to: [{ phone_number: '+13125550123', status: 'queued' }] });
	});

	test('an unknown id is a 404', async () => {
		const { error } = await runWithSandbox(sandbox(), NODE, {
			resource: 'message',
			operation: 'get',
			messageId: '40385f64-5717-4562-b3fc-2c963f66afa6',
		});
		expect(error?.message).toBe('404 Resource not found');
		only('GET', '/messages/40385f64-5717-4562-b3fc-2c963f66afa6');
	});
});

describe('Messaging Profile', () => {
	test('Get reads a profile', async () => {
		const [profile] = sandbox().seed('/messaging_profiles', [{ name: 'Notifications', enabled: true }]);
		const { items } = await run({
			resource: 'messagingProfile',
			operation: 'get',
			messagingProfileId: locator(profile.id as string),
		});
		only('GET', `/messaging_profiles/${profile.id}`);
		expect(items[0].json).toMatchObject({ id: profile.id, name: 'Notifications', enabled: true });
	});

	test('Get Many filters by name and follows pages with Return All', async () => {
		sandbox().seed(
			'/messaging_profiles',
			Array.from({ length: 255 }, (_, i) => ({ name: i % 5 === 0 ? `Alerts ${i}` : `Marketing ${i}` })),
		);
		const { items } = await run({
			resource: 'messagingProfile',
			operation: 'getAll',
			returnAll: true,
			filters: { nameContains: 'alerts' },
		});
		const requests = apiRequests(sandbox(), 'GET', '/messaging_profiles');
		expect(requests.map((r) => [r.query['filter[name][contains]'], r.query['page[number]'], r.query['page[size]']])).toEqual([
			['alerts', '1', '250'],
		]);
		expect(items).toHaveLength(51);

		sandbox().requests.length = 0;
		const { items: all } = await run({ resource: 'messagingProfile', operation: 'getAll', returnAll: true });
		expect(apiRequests(sandbox(), 'GET', '/messaging_profiles').map((r) => r.query['page[number]'])).toEqual(['1', '2']);
		expect(all).toHaveLength(255);
	});

	test('Get Many with a limit reads one page of that size', async () => {
		sandbox().seed('/messaging_profiles', Array.from({ length: 12 }, (_, i) => ({ name: `p${i}` })));
		const { items } = await run({ resource: 'messagingProfile', operation: 'getAll', returnAll: false, limit: 5 });
		expect(only('GET', '/messaging_profiles').query).toMatchObject({ 'page[number]': '1', 'page[size]': '5' });
		expect(items.map((i) => i.json.name)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
	});

	test('the profile dropdown lists profiles by name and searches them on the server', async () => {
		const [a, , c] = sandbox().seed('/messaging_profiles', [
			{ name: 'Support US' },
			{ name: 'Marketing' },
			{ name: 'Support EU' },
		]);
		const search = (filter?: string) =>
			searchList({ node: NODE, method: 'searchMessagingProfile', filter, credentials: sandboxCredentials(sandbox()) });
		const all = await search();
		expect(all.results).toEqual([
			{ name: `Support US (${a.id})`, value: a.id },
			expect.objectContaining({ name: expect.stringMatching(/^Marketing \(/) }),
			{ name: `Support EU (${c.id})`, value: c.id },
		]);
		const found = await search('support');
		expect(found.results.map((r) => r.value)).toEqual([a.id, c.id]);
		expect(apiRequests(sandbox(), 'GET').at(-1)?.query['filter[name][contains]']).toBe('support');
	});
});

describe('URL Domain', () => {
	test('Get Many lists the domains, every page with Return All', async () => {
		sandbox().seed(
			'/messaging_url_domains',
			Array.from({ length: 3 }, (_, i) => ({ url_domain: `go${i}.example.com`, use_case: 'marketing' })),
		);
		const { items } = await run({ resource: 'urlDomain', operation: 'getAll', returnAll: true });
		expect(only('GET', '/messaging_url_domains').query).toMatchObject({ 'page[number]': '1', 'page[size]': '250' });
		expect(items.map((i) => i.json.url_domain)).toEqual(['go0.example.com', 'go1.example.com', 'go2.example.com']);
	});

	test('Get Many with a limit stops there', async () => {
		sandbox().seed('/messaging_url_domains', Array.from({ length: 4 }, (_, i) => ({ url_domain: `d${i}.example.com` })));
		const { items } = await run({ resource: 'urlDomain', operation: 'getAll', returnAll: false, limit: 2 });
		expect(only('GET', '/messaging_url_domains').query).toMatchObject({ 'page[size]': '2' });
		expect(items).toHaveLength(2);
	});
});
