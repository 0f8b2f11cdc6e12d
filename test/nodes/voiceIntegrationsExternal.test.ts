/**
 * Telnyx Voice Integrations: external connections (Zoom, Operator Connect) and what lives
 * under them (civic addresses and locations, phone numbers, releases, uploads) plus their log
 * messages, executed through n8n against the sandbox. Each test checks the request Telnyx
 * received and the items the node put out.
 */
import { searchList } from '../harness/n8nHarness';
import { apiRequests, locator, nodeUnderTest, sandboxCredentials } from '../helpers';

const NODE = 'telnyxVoiceIntegrations';
const { sandbox, run, runFailing, only } = nodeUnderTest(NODE);

/** Values of an array query parameter, however the transport spells the brackets. */
function arrayQuery(query: Record<string, string | string[]>, name: string): string[] {
	return Object.entries(query)
		.filter(([key]) => key === name || key.startsWith(`${name}[`))
		.flatMap(([, value]) => value);
}

function seedConnection(fields: Record<string, unknown> = {}) {
	const [connection] = sandbox().seed('/external_connections', [{ external_sip_connection: 'zoom', ...fields }]);
	return connection;
}

const ADDRESS_ID = '07a4dc5d-9b3b-4ba2-88a4-6ba172316c65';
const DEFAULT_LOCATION = '18ded4bb-b694-44c1-a89b-a35b7acd4c9e';
const FLOOR_14 = 'd420a57f-c4ae-4697-87e1-fbefd9e86f72';

function seedAddresses(connectionId: string) {
	return sandbox().seed(`/external_connections/${connectionId}/civic_addresses`, [
		{
			id: ADDRESS_ID,
			record_type: 'civic_address',
			country: 'US',
			city_or_town: 'Austin',
			street_name: 'Congress',
			default_location_id: DEFAULT_LOCATION,
			locations: [
				{ id: DEFAULT_LOCATION, additional_info: '', is_default: true },
				{ id: FLOOR_14, additional_info: '14th Floor', is_default: false },
			],
		},
		{ id: '542c3bca-d247-42bc-8fe7-e01d16ecd761', record_type: 'civic_address', country: 'CA', city_or_town: 'Toronto', locations: [] },
	]);
}

describe('External Connection', () => {
	test('Create sends the service, the outbound settings and the optional fields', async () => {
		const { items } = await run({
			resource: 'externalConnection',
			operation: 'create',
			externalSipConnection: 'zoom',
			outbound: { outboundVoiceProfileId: '1911630617284445511', channelLimit: 10 },
			additionalFields: {
				active: false,
				tags: 'zoom, emea',
				webhookEventUrl: 'https://example.com/hooks',
				webhookTimeoutSecs: 25,
				inbound: { channelLimit: 5, outboundVoiceProfileId: '1911630617284445511' },
			},
		});
		expect(only('POST', '/external_connections').body).toEqual({
			external_sip_connection: 'zoom',
			outbound: { outbound_voice_profile_id: '1911630617284445511', channel_limit: 10 },
			active: false,
			tags: ['zoom', 'emea'],
			webhook_event_url: 'https://example.com/hooks',
			webhook_timeout_secs: 25,
			inbound: { channel_limit: 5, outbound_voice_profile_id: '1911630617284445511' },
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			record_type: 'external_connection',
			external_sip_connection: 'zoom',
			active: false,
			tags: ['zoom', 'emea'],
		});
		expect(sandbox().api.store.get('/external_connections', items[0].json.id as string)).toBeDefined();
	});

	test('Get returns the connection', async () => {
		const connection = seedConnection({ connection_name: 'zoom-emea' });
		const { items } = await run({
			resource: 'externalConnection',
			operation: 'get',
			externalConnectionId: locator(connection.id as string, 'list'),
		});
		only('GET', `/external_connections/${connection.id}`);
		expect(items[0].json).toMatchObject({ id: connection.id, connection_name: 'zoom-emea' });
	});

	test('Get Many filters by name, service and creation day', async () => {
		sandbox().seed('/external_connections', [
			{ connection_name: 'office-zoom', external_sip_connection: 'zoom', created_at: '2024-05-01T10:00:00Z' },
			{ connection_name: 'office-teams', external_sip_connection: 'operator_connect', created_at: '2024-05-01T11:00:00Z' },
			{ connection_name: 'office-old', external_sip_connection: 'zoom', created_at: '2023-01-01T11:00:00Z' },
		]);
		const { items } = await run({
			resource: 'externalConnection',
			operation: 'getAll',
			returnAll: true,
			filters: { connectionNameContains: 'office', externalSipConnection: 'zoom', createdAt: '2024-05-01' },
		});
		expect(only('GET', '/external_connections').query).toMatchObject({
			'filter[connection_name][contains]': 'office',
			'filter[external_sip_connection]': 'zoom',
			'filter[created_at]': '2024-05-01',
			'page[size]': '250',
		});
		expect(items.map((i) => i.json.connection_name)).toEqual(['office-zoom']);
	});

	test('Get Many finds the connection that has a phone number', async () => {
		const [a, b] = sandbox().seed('/external_connections', [{ connection_name: 'a' }, { connection_name: 'b' }]);
		sandbox().seed(`/external_connections/${a.id}/phone_numbers`, [{ id: '111', number_id: '111', telephone_number: '+15551110000' }]);
		sandbox().seed(`/external_connections/${b.id}/phone_numbers`, [{ id: '222', number_id: '222', telephone_number: '+15552220000' }]);
		const { items } = await run({
			resource: 'externalConnection',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			filters: { phoneNumberContains: '+15552220000' },
		});
		expect(only('GET', '/external_connections').query).toMatchObject({
			'filter[phone_number][contains]': '+15552220000',
			'page[size]': '5',
		});
		expect(items.map((i) => i.json.id)).toEqual([b.id]);
	});

	test('Update patches the outbound settings and the fields given', async () => {
		const connection = seedConnection({ active: true, outbound: { outbound_voice_profile_id: '1', channel_limit: 2 } });
		const { items } = await run({
			resource: 'externalConnection',
			operation: 'update',
			externalConnectionId: locator(connection.id as string),
			outbound: { outboundVoiceProfileId: '1', channelLimit: 20 },
			updateFields: { active: false, webhookEventFailoverUrl: 'https://backup.example.com' },
		});
		expect(only('PATCH', `/external_connections/${connection.id}`).body).toEqual({
			outbound: { outbound_voice_profile_id: '1', channel_limit: 20 },
			active: false,
			webhook_event_failover_url: 'https://backup.example.com',
		});
		expect(items[0].json).toMatchObject({
			id: connection.id,
			active: false,
			outbound: { outbound_voice_profile_id: '1', channel_limit: 20 },
		});
	});

	test('Delete removes the connection', async () => {
		const connection = seedConnection();
		const { items } = await run({
			resource: 'externalConnection',
			operation: 'delete',
			externalConnectionId: locator(connection.id as string),
		});
		only('DELETE', `/external_connections/${connection.id}`);
		expect(items[0].json).toMatchObject({ id: connection.id, record_type: 'external_connection' });
		expect(sandbox().api.store.list('/external_connections')).toHaveLength(0);
	});

	test('the connection dropdown searches names on the server from three characters', async () => {
		const [, teams] = sandbox().seed('/external_connections', [{ connection_name: 'zoom-main' }, { connection_name: 'teams-main' }]);
		const result = await searchList({
			node: NODE,
			method: 'searchExternalConnection',
			filter: 'teams',
			credentials: sandboxCredentials(sandbox()),
		});
		expect(only('GET', '/external_connections').query).toMatchObject({ 'filter[connection_name][contains]': 'teams' });
		expect(result.results).toEqual([{ name: `teams-main (${teams.id})`, value: teams.id }]);
	});
});

describe('External Connection Civic Address', () => {
	test('Get Many lists the addresses of the connection with their locations, filtered by country', async () => {
		const connection = seedConnection();
		seedAddresses(connection.id as string);
		seedAddresses(seedConnection().id as string); // another connection's addresses stay out
		const { items } = await run({
			resource: 'externalConnectionCivicAddress',
			operation: 'getAll',
			externalConnectionId: locator(connection.id as string),
			filters: { country: 'US, MX' },
		});
		const request = only('GET', `/external_connections/${connection.id}/civic_addresses`);
		expect(arrayQuery(request.query, 'filter[country]')).toEqual(['US', 'MX']);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: ADDRESS_ID, city_or_town: 'Austin' });
		expect((items[0].json.locations as unknown[]).length).toBe(2);
	});

	test('Get reads one address of the connection', async () => {
		const connection = seedConnection();
		seedAddresses(connection.id as string);
		const { items } = await run({
			resource: 'externalConnectionCivicAddress',
			operation: 'get',
			externalConnectionId: locator(connection.id as string),
			addressId: ADDRESS_ID,
		});
		only('GET', `/external_connections/${connection.id}/civic_addresses/${ADDRESS_ID}`);
		expect(items[0].json).toMatchObject({ id: ADDRESS_ID, default_location_id: DEFAULT_LOCATION });
	});

	test('Get Many of a connection that does not exist fails with 404', async () => {
		const error = await runFailing({
			resource: 'externalConnectionCivicAddress',
			operation: 'getAll',
			externalConnectionId: locator('404404'),
		});
		only('GET', '/external_connections/404404/civic_addresses');
		expect(error.message).toMatch(/404|Resource not found/);
	});
});

describe('External Connection Location', () => {
	test('Update sets the emergency address of a location', async () => {
		const connection = seedConnection();
		seedAddresses(connection.id as string);
		const emergency = '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0';
		const { items } = await run({
			resource: 'externalConnectionLocation',
			operation: 'update',
			externalConnectionId: locator(connection.id as string),
			locationId: FLOOR_14,
			staticEmergencyAddressId: emergency,
		});
		expect(only('PATCH', `/external_connections/${connection.id}/locations/${FLOOR_14}`).body).toEqual({
			static_emergency_address_id: emergency,
		});
		expect(items[0].json).toEqual({
			location_id: FLOOR_14,
			static_emergency_address_id: emergency,
			accepted_address_suggestions: false,
		});
		const address = sandbox().api.store.get(`/external_connections/${connection.id}/civic_addresses`, ADDRESS_ID)!;
		expect(address.locations).toContainEqual(expect.objectContaining({ id: FLOOR_14, static_emergency_address_id: emergency }));
	});

	test('Update of a location the connection does not have fails with 404', async () => {
		const connection = seedConnection();
		seedAddresses(connection.id as string);
		const error = await runFailing({
			resource: 'externalConnectionLocation',
			operation: 'update',
			externalConnectionId: locator(connection.id as string),
			locationId: 'f0000000-0000-4000-8000-000000000000',
			staticEmergencyAddressId: '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0',
		});
		only('PATCH', `/external_connections/${connection.id}/locations/f0000000-0000-4000-8000-000000000000`);
		expect(error.message).toMatch(/404|Resource not found/);
	});
});

describe('External Connection Phone Number', () => {
	function seedNumbers(connectionId: string) {
		return sandbox().seed(`/external_connections/${connectionId}/phone_numbers`, [
			{ id: '1001', number_id: '1001', telephone_number: '+19705550001', civic_address_id: ADDRESS_ID, location_id: DEFAULT_LOCATION },
			{ id: '1002', number_id: '1002', telephone_number: '+19705550002', civic_address_id: ADDRESS_ID, location_id: FLOOR_14 },
			{ id: '1003', number_id: '1003', telephone_number: '+13125550003' },
		]);
	}

	test('Get Many filters the numbers of the connection by number and location', async () => {
		const connection = seedConnection();
		seedNumbers(connection.id as string);
		const { items } = await run({
			resource: 'externalConnectionPhoneNumber',
			operation: 'getAll',
			externalConnectionId: locator(connection.id as string),
			returnAll: true,
			filters: { phoneNumberContains: '+1970', locationIdEq: FLOOR_14 },
		});
		expect(only('GET', `/external_connections/${connection.id}/phone_numbers`).query).toMatchObject({
			'filter[phone_number][contains]': '+1970',
			'filter[location_id][eq]': FLOOR_14,
			'page[number]': '1',
		});
		expect(items.map((i) => i.json.telephone_number)).toEqual(['+19705550002']);
	});

	test('Get reads one number of the connection by its Telnyx ID', async () => {
		const connection = seedConnection();
		seedNumbers(connection.id as string);
		const { items } = await run({
			resource: 'externalConnectionPhoneNumber',
			operation: 'get',
			externalConnectionId: locator(connection.id as string),
			phoneNumberId: '1003',
		});
		only('GET', `/external_connections/${connection.id}/phone_numbers/1003`);
		expect(items[0].json).toMatchObject({ number_id: '1003', telephone_number: '+13125550003' });
	});

	test('Update moves the number to a location, and its civic address with it', async () => {
		const connection = seedConnection();
		seedAddresses(connection.id as string);
		seedNumbers(connection.id as string);
		const { items } = await run({
			resource: 'externalConnectionPhoneNumber',
			operation: 'update',
			externalConnectionId: locator(connection.id as string),
			phoneNumberId: '1003',
			updateFields: { locationId: FLOOR_14 },
		});
		expect(only('PATCH', `/external_connections/${connection.id}/phone_numbers/1003`).body).toEqual({ location_id: FLOOR_14 });
		expect(items[0].json).toMatchObject({ number_id: '1003', location_id: FLOOR_14, civic_address_id: ADDRESS_ID });
	});

	test('Update to a location of no civic address of the connection is refused', async () => {
		const connection = seedConnection();
		seedAddresses(connection.id as string);
		seedNumbers(connection.id as string);
		const error = await runFailing({
			resource: 'externalConnectionPhoneNumber',
			operation: 'update',
			externalConnectionId: locator(connection.id as string),
			phoneNumberId: '1001',
			updateFields: { locationId: 'f0000000-0000-4000-8000-000000000000' },
		});
		expect(only('PATCH', `/external_connections/${connection.id}/phone_numbers/1001`).body).toEqual({
			location_id: 'f0000000-0000-4000-8000-000000000000',
		});
		expect(error.message).toContain('422');
		expect(sandbox().api.store.get(`/external_connections/${connection.id}/phone_numbers`, '1001')).toMatchObject({
			location_id: DEFAULT_LOCATION,
		});
	});
});

describe('External Connection Release', () => {
	test('Get Many filters releases by status and phone number', async () => {
		const connection = seedConnection();
		sandbox().seed(`/external_connections/${connection.id}/releases`, [
			{ id: 'r1', ticket_id: 'r1', status: 'pending', telephone_numbers: [{ number_id: '1', phone_number: '+15550000001' }] },
			{ id: 'r2', ticket_id: 'r2', status: 'failed', telephone_numbers: [{ number_id: '2', phone_number: '+15550000002' }] },
			{ id: 'r3', ticket_id: 'r3', status: 'complete', telephone_numbers: [{ number_id: '3', phone_number: '+15550000002' }] },
		]);
		const { items } = await run({
			resource: 'externalConnectionRelease',
			operation: 'getAll',
			externalConnectionId: locator(connection.id as string),
			returnAll: true,
			filters: { statusEq: ['pending', 'failed'], phoneNumberEq: '+15550000002' },
		});
		const request = only('GET', `/external_connections/${connection.id}/releases`);
		expect(arrayQuery(request.query, 'filter[status][eq]')).toEqual(['pending', 'failed']);
		expect(request.query).toMatchObject({ 'filter[phone_number][eq]': '+15550000002' });
		expect(items.map((i) => i.json.ticket_id)).toEqual(['r2']);
	});

	test('Get reads one release request', async () => {
		const connection = seedConnection();
		const releaseId = '7b6a6449-b055-45a6-81f6-f6f0dffa4cc6';
		sandbox().seed(`/external_connections/${connection.id}/releases`, [{ id: releaseId, ticket_id: releaseId, status: 'complete' }]);
		const { items } = await run({
			resource: 'externalConnectionRelease',
			operation: 'get',
			externalConnectionId: locator(connection.id as string),
			releaseId,
		});
		only('GET', `/external_connections/${connection.id}/releases/${releaseId}`);
		expect(items[0].json).toMatchObject({ ticket_id: releaseId, status: 'complete' });
	});
});

describe('External Connection Upload', () => {
	test('Create requests the upload and answers with its ticket; reads then show it progress', async () => {
		const connection = seedConnection();
		sandbox().seed(`/external_connections/${connection.id}/phone_numbers`, [
			{ id: '3920457616934164700', number_id: '3920457616934164700', telephone_number: '+13125550100' },
		]);
		const { items } = await run({
			resource: 'externalConnectionUpload',
			operation: 'create',
			externalConnectionId: locator(connection.id as string),
			numberIds: '3920457616934164700, 3920457616934164701',
			additionalFields: { usage: 'first_party_app_assignment', locationId: FLOOR_14 },
		});
		expect(only('POST', `/external_connections/${connection.id}/uploads`).body).toEqual({
			number_ids: ['3920457616934164700', '3920457616934164701'],
			usage: 'first_party_app_assignment',
			location_id: FLOOR_14,
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({ success: true, ticket_id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
		const ticketId = items[0].json.ticket_id as string;

		const read = () =>
			run({
				resource: 'externalConnectionUpload',
				operation: 'get',
				externalConnectionId: locator(connection.id as string),
				ticketId,
			});
		const first = await read();
		expect(first.items[0].json).toMatchObject({
			ticket_id: ticketId,
			status: 'pending_upload',
			location_id: FLOOR_14,
			available_usages: ['first_party_app_assignment'],
			tn_upload_entries: [
				{ number_id: '3920457616934164700', phone_number: '+13125550100', status: 'pending_upload' },
				{ number_id: '3920457616934164701', status: 'pending_upload' },
			],
		});
		expect((await read()).items[0].json.status).toBe('pending');
		expect(apiRequests(sandbox(), 'GET', `/external_connections/${connection.id}/uploads/${ticketId}`)).toHaveLength(2);
	});

	test('Get Many filters uploads by status', async () => {
		const connection = seedConnection();
		sandbox().seed(`/external_connections/${connection.id}/uploads`, [
			{ id: 't1', ticket_id: 't1', status: 'success', tn_upload_entries: [] },
			{ id: 't2', ticket_id: 't2', status: 'error', tn_upload_entries: [] },
			{ id: 't3', ticket_id: 't3', status: 'pending', tn_upload_entries: [] },
		]);
		const { items } = await run({
			resource: 'externalConnectionUpload',
			operation: 'getAll',
			externalConnectionId: locator(connection.id as string),
			returnAll: false,
			limit: 10,
			filters: { statusEq: ['error', 'pending'] },
		});
		const request = only('GET', `/external_connections/${connection.id}/uploads`);
		expect(arrayQuery(request.query, 'filter[status][eq]')).toEqual(['error', 'pending']);
		expect(request.query).toMatchObject({ 'page[size]': '10' });
		expect(items.map((i) => i.json.ticket_id)).toEqual(['t2', 't3']);
	});

	test('Get Pending Count counts the uploads and numbers still in progress', async () => {
		const connection = seedConnection();
		sandbox().seed(`/external_connections/${connection.id}/uploads`, [
			{ id: 't1', ticket_id: 't1', status: 'pending', tn_upload_entries: [{ status: 'pending' }, { status: 'pending' }] },
			{ id: 't2', ticket_id: 't2', status: 'in_progress', tn_upload_entries: [{ status: 'in_progress' }, { status: 'success' }] },
			{ id: 't3', ticket_id: 't3', status: 'success', tn_upload_entries: [{ status: 'success' }] },
		]);
		const { items } = await run({
			resource: 'externalConnectionUpload',
			operation: 'getPendingCount',
			externalConnectionId: locator(connection.id as string),
		});
		only('GET', `/external_connections/${connection.id}/uploads/status`);
		expect(items).toEqual([expect.objectContaining({ json: { pending_orders_count: 2, pending_numbers_count: 3 } })]);
	});

	test('Refresh Statuses moves every unfinished upload of the connection one step on', async () => {
		const connection = seedConnection();
		const collection = `/external_connections/${connection.id}/uploads`;
		sandbox().seed(collection, [
			{ id: 't1', ticket_id: 't1', status: 'in_progress', tn_upload_entries: [{ number_id: '1', status: 'in_progress' }] },
			{ id: 't2', ticket_id: 't2', status: 'error', tn_upload_entries: [{ number_id: '2', status: 'error' }] },
		]);
		const { items } = await run({
			resource: 'externalConnectionUpload',
			operation: 'refresh',
			externalConnectionId: locator(connection.id as string),
		});
		expect(only('POST', `/external_connections/${connection.id}/uploads/refresh`).body).toBeUndefined();
		expect(items[0].json).toEqual({ success: true });
		expect(sandbox().api.store.get(collection, 't1')).toMatchObject({
			status: 'success',
			tn_upload_entries: [{ number_id: '1', status: 'success', internal_status: 'all_internal_jobs_completed' }],
		});
		expect(sandbox().api.store.get(collection, 't2')).toMatchObject({ status: 'error' });
	});

	test('Retry sends a failed upload back to pending', async () => {
		const connection = seedConnection();
		sandbox().seed(`/external_connections/${connection.id}/uploads`, [
			{
				id: 't9',
				ticket_id: 't9',
				status: 'partial_success',
				tn_upload_entries: [
					{ number_id: '1', status: 'success' },
					{ number_id: '2', status: 'error', error_code: 'unknown_country_code', error_message: 'no country' },
				],
			},
		]);
		const { items } = await run({
			resource: 'externalConnectionUpload',
			operation: 'retry',
			externalConnectionId: locator(connection.id as string),
			ticketId: 't9',
		});
		expect(only('POST', `/external_connections/${connection.id}/uploads/t9/retry`).body).toBeUndefined();
		expect(items[0].json).toMatchObject({
			ticket_id: 't9',
			status: 'pending',
			tn_upload_entries: [
				{ number_id: '1', status: 'success' },
				{ number_id: '2', status: 'pending' },
			],
		});
		expect((items[0].json.tn_upload_entries as Array<Record<string, unknown>>)[1]).not.toHaveProperty('error_code');
	});

	test('Retry of an upload that did not fail is refused', async () => {
		const connection = seedConnection();
		sandbox().seed(`/external_connections/${connection.id}/uploads`, [{ id: 't5', ticket_id: 't5', status: 'success', tn_upload_entries: [] }]);
		const error = await runFailing({
			resource: 'externalConnectionUpload',
			operation: 'retry',
			externalConnectionId: locator(connection.id as string),
			ticketId: 't5',
		});
		only('POST', `/external_connections/${connection.id}/uploads/t5/retry`);
		expect(error.message).toContain('422');
		expect(error.description).toContain('only failed uploads can be retried');
	});
});

describe('External Connection Log Message', () => {
	function seedMessages() {
		return sandbox().seed('/external_connections/log_messages', [
			{ code: '10015', title: 'Invalid attribute', detail: 'bad', meta: { external_connection_id: '111', telephone_number: '+15551230000' } },
			{ code: '10016', title: 'Upload failed', detail: 'bad', meta: { external_connection_id: '222', telephone_number: '+15559870000' } },
			{ code: '10017', title: 'Number missing', detail: 'bad', meta: { external_connection_id: '222' } },
		]);
	}

	test('Get Many filters messages by connection and number', async () => {
		seedMessages();
		const { items } = await run({
			resource: 'externalConnectionLogMessage',
			operation: 'getAll',
			returnAll: true,
			filters: { externalConnectionId: locator('222'), telephoneNumberContains: '987' },
		});
		expect(only('GET', '/external_connections/log_messages').query).toMatchObject({
			'filter[external_connection_id]': '222',
			'filter[telephone_number][contains]': '987',
		});
		expect(items.map((i) => i.json.code)).toEqual(['10016']);
	});

	test('Get outputs the message from its list-of-one answer', async () => {
		const [, message] = seedMessages();
		const { items } = await run({
			resource: 'externalConnectionLogMessage',
			operation: 'get',
			externalConnectionLogMessageId: locator(message.id as string),
		});
		only('GET', `/external_connections/log_messages/${message.id}`);
		expect(items).toHaveLength(1);
		// the answer wraps the message in a list of one; the node outputs the message itself
		expect(items[0].json).toMatchObject({ id: message.id, code: '10016', title: 'Upload failed' });
	});

	test('Delete dismisses the message', async () => {
		const [message] = seedMessages();
		const { items } = await run({
			resource: 'externalConnectionLogMessage',
			operation: 'delete',
			externalConnectionLogMessageId: locator(message.id as string),
		});
		only('DELETE', `/external_connections/log_messages/${message.id}`);
		expect(items[0].json).toEqual({ success: true });
		expect(sandbox().api.store.list('/external_connections/log_messages').map((m) => m.code)).toEqual(['10016', '10017']);
	});
});
