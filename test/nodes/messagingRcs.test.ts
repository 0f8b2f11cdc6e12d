/**
 * Telnyx Messaging, part 2: RCS agents (get, list, update, the agent dropdown), capability
 * checks, deeplinks and test number invites, executed through n8n against the sandbox.
 */
import { searchList } from '../harness/n8nHarness';
import { apiRequests, locator, nodeUnderTest, runWithSandbox, sandboxCredentials } from '../helpers';

const NODE = 'telnyxMessaging';
const { sandbox, run, only } = nodeUnderTest(NODE);
const PROFILE_ID = '4001767e-ce0f-4cae-9d5f-0d5e636e7809';

function seedAgents() {
	return sandbox().seed('/messaging/rcs/agents', [
		{ agent_id: 'AcmeShop', agent_name: 'Acme Shop', enabled: true, profile_id: null, webhook_url: null },
		{ agent_id: 'AcmeBank', agent_name: 'Acme Bank', enabled: true },
		{ agent_id: 'Zeta', agent_name: 'Zeta Travel', enabled: false },
	]);
}

describe('RCS Agent', () => {
	test('Get reads an agent by its agent ID', async () => {
		seedAgents();
		const { items } = await run({ resource: 'rcsAgent', operation: 'get', rcsAgentId: locator('AcmeBank') });
		only('GET', '/messaging/rcs/agents/AcmeBank');
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ agent_id: 'AcmeBank', agent_name: 'Acme Bank', enabled: true });
	});

	test('Get Many lists every agent with Return All, and stops at the limit otherwise', async () => {
		seedAgents();
		const { items } = await run({ resource: 'rcsAgent', operation: 'getAll', returnAll: true });
		expect(only('GET', '/messaging/rcs/agents').query).toMatchObject({ 'page[number]': '1', 'page[size]': '250' });
		expect(items.map((i) => i.json.agent_id)).toEqual(['AcmeShop', 'AcmeBank', 'Zeta']);

		sandbox().requests.length = 0;
		const { items: limited } = await run({ resource: 'rcsAgent', operation: 'getAll', returnAll: false, limit: 2 });
		expect(only('GET', '/messaging/rcs/agents').query).toMatchObject({ 'page[size]': '2' });
		expect(limited.map((i) => i.json.agent_id)).toEqual(['AcmeShop', 'AcmeBank']);
	});

	test('Update points the agent at a messaging profile and new webhooks', async () => {
		seedAgents();
		const { items } = await run({
			resource: 'rcsAgent',
			operation: 'update',
			rcsAgentId: locator('AcmeShop', 'list'),
			updateFields: {
				profileId: locator(PROFILE_ID, 'list'),
				webhookUrl: 'https://hooks.example.com/rcs',
				webhookFailoverUrl: 'https://backup.example.com/rcs',
			},
		});
		expect(only('PATCH', '/messaging/rcs/agents/AcmeShop').body).toEqual({
			profile_id: PROFILE_ID,
			webhook_url: 'https://hooks.example.com/rcs',
			webhook_failover_url: 'https://backup.example.com/rcs',
		});
		expect(items[0].json).toMatchObject({
			agent_id: 'AcmeShop',
			agent_name: 'Acme Shop',
			profile_id: PROFILE_ID,
			webhook_url: 'https://hooks.example.com/rcs',
		});
	});

	test('Update refuses a profile ID that is not a UUID, as Telnyx would', async () => {
		seedAgents();
		const { error } = await runWithSandbox(sandbox(), NODE, {
			resource: 'rcsAgent',
			operation: 'update',
			rcsAgentId: locator('AcmeShop'),
			updateFields: { profileId: locator('not-a-uuid') },
		});
		expect(error?.message).toBe('422 Invalid ID — profile_id');
		expect(only('PATCH', '/messaging/rcs/agents/AcmeShop').body).toEqual({ profile_id: 'not-a-uuid' });
	});

	test('the agent dropdown shows agent names and returns agent IDs', async () => {
		seedAgents();
		const search = (filter?: string) =>
			searchList({ node: NODE, method: 'searchRcsAgent', filter, credentials: sandboxCredentials(sandbox()) });
		expect((await search()).results).toEqual([
			{ name: 'Acme Shop (AcmeShop)', value: 'AcmeShop' },
			{ name: 'Acme Bank (AcmeBank)', value: 'AcmeBank' },
			{ name: 'Zeta Travel (Zeta)', value: 'Zeta' },
		]);
		expect((await search('bank')).results).toEqual([{ name: 'Acme Bank (AcmeBank)', value: 'AcmeBank' }]);
	});
});

describe('RCS Agent: capabilities', () => {
	test('Check Capabilities asks about one number and returns its RCS features', async () => {
		seedAgents();
		sandbox().seed('/messaging/rcs/capabilities', [
			{ phone_number: '+13125550123', features: ['RICHCARD_STANDALONE', 'ACTION_DIAL'] },
		]);
		const { items } = await run({
			resource: 'rcsAgent',
			operation: 'checkCapabilities',
			agentId: locator('AcmeShop'),
			phoneNumber: '+13125550123',
		});
		only('GET', '/messaging/rcs/capabilities/AcmeShop/%2B13125550123');
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({
			record_type: 'rcs.capabilities',
			agent_id: 'AcmeShop',
			agent_name: 'Acme Shop',
			phone_number: '+13125550123',
			features: ['RICHCARD_STANDALONE', 'ACTION_DIAL'],
		});
	});

	test('Check Capabilities for an unknown agent is a 404', async () => {
		const { error } = await runWithSandbox(sandbox(), NODE, {
			resource: 'rcsAgent',
			operation: 'checkCapabilities',
			agentId: locator('Ghost'),
			phoneNumber: '+13125550123',
		});
		expect(error?.message).toBe('404 Resource not found');
		expect(error?.description).toContain('No RCS agent Ghost');
		only('GET', '/messaging/rcs/capabilities/Ghost/%2B13125550123');
	});

	test('Check Capabilities in Bulk returns one item per number, RCS-capable or not', async () => {
		seedAgents();
		sandbox().seed('/messaging/rcs/capabilities', [{ phone_number: '+13125550101', features: ['RICHCARD_CAROUSEL'] }]);
		const { items } = await run({
			resource: 'rcsAgent',
			operation: 'checkCapabilitiesBulk',
			agentId: locator('AcmeBank', 'list'),
			phoneNumbers: '+13125550101, +13125550102',
		});
		expect(only('POST', '/messaging/rcs/bulk_capabilities').body).toEqual({
			agent_id: 'AcmeBank',
			phone_numbers: ['+13125550101', '+13125550102'],
		});
		expect(items.map((i) => [i.json.phone_number, i.json.features, i.json.agent_name])).toEqual([
			['+13125550101', ['RICHCARD_CAROUSEL'], 'Acme Bank'],
			['+13125550102', [], 'Acme Bank'],
		]);
	});

	test('Check Capabilities in Bulk refuses numbers that are not E.164 before asking', async () => {
		const { error } = await runWithSandbox(sandbox(), NODE, {
			resource: 'rcsAgent',
			operation: 'checkCapabilitiesBulk',
			agentId: locator('AcmeBank'),
			phoneNumbers: '+13125550101, 3125550102',
		});
		expect(error?.message).toBe(
			'"Phone Numbers" (phone_numbers) item 2 must be a phone number in E.164 form, such as +13125550001; got "3125550102"',
		);
		expect(apiRequests(sandbox())).toHaveLength(0);
	});
});

describe('RCS Agent: deeplinks and test numbers', () => {
	test('Generate Deeplink builds a link with a fallback number and a prefilled message', async () => {
		seedAgents();
		const { items } = await run({
			resource: 'rcsAgent',
			operation: 'generateDeeplink',
			agentId: locator('AcmeShop'),
			options: { phoneNumber: '+18445550001', body: 'Where is my order?' },
		});
		expect(only('GET', '/messages/rcs/deeplinks/AcmeShop').query).toEqual({
			phone_number: '+18445550001',
			body: 'Where is my order?',
		});
		expect(items[0].json).toEqual({
			url: 'sms:+18445550001?service_id=AcmeShop%40rbm.goog&body=Where%20is%20my%20order%3F',
		});
	});

	test('Generate Deeplink without options links to the agent alone', async () => {
		seedAgents();
		const { items } = await run({ resource: 'rcsAgent', operation: 'generateDeeplink', agentId: locator('Zeta', 'list') });
		expect(only('GET', '/messages/rcs/deeplinks/Zeta').query).toEqual({});
		expect(items[0].json).toEqual({ url: 'sms:Zeta%40rbm.goog' });
	});

	test('Generate Deeplink checks the fallback number before asking', async () => {
		const { error } = await runWithSandbox(sandbox(), NODE, {
			resource: 'rcsAgent',
			operation: 'generateDeeplink',
			agentId: locator('AcmeShop'),
			options: { phoneNumber: '1-844-555-0001' },
		});
		expect(error?.message).toMatch(/^"Phone Number" \(phone_number\) must be a phone number in E.164 form/);
		expect(apiRequests(sandbox())).toHaveLength(0);
	});

	test('Invite Test Number puts the number on the agent and returns the pending invite', async () => {
		seedAgents();
		const { items } = await run({
			resource: 'rcsAgent',
			operation: 'inviteTestNumber',
			rcsAgentId: locator('AcmeShop'),
			phoneNumber: '+13125550199',
		});
		const request = only('PUT', '/messaging/rcs/test_number_invite/AcmeShop/%2B13125550199');
		expect(request.body).toBeUndefined();
		expect(items[0].json).toEqual({
			record_type: 'rcs.test_number_invite',
			agent_id: 'AcmeShop',
			phone_number: '+13125550199',
			status: 'PENDING',
		});
	});

	test('Invite Test Number with a malformed number is refused before anything is sent', async () => {
		seedAgents();
		const { error } = await runWithSandbox(sandbox(), NODE, {
			resource: 'rcsAgent',
			operation: 'inviteTestNumber',
			rcsAgentId: locator('AcmeShop'),
			phoneNumber: '3125550199',
		});
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toBe(
			'"Phone Number" (phone_number) must be a phone number in E.164 form, such as +13125550001; got "3125550199"',
		);
		expect(apiRequests(sandbox())).toHaveLength(0);
	});
});
