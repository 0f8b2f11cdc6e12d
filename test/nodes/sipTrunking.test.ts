/**
 * Every operation of the Telnyx SIP Trunking node, executed through n8n against the sandbox:
 * each test checks the request Telnyx received and the items the node put out.
 */
import { apiRequests, locator, nodeUnderTest } from '../helpers';

const NODE = 'telnyxSipTrunking';
const { sandbox, run, only } = nodeUnderTest(NODE);

describe('Access IP Range', () => {
	test('Create sends the CIDR block and description', async () => {
		const { items } = await run({
			resource: 'accessIpRange',
			operation: 'create',
			cidrBlock: '203.0.113.0/24',
			additionalFields: { description: 'office' },
		});
		expect(only('POST', '/access_ip_ranges').body).toEqual({ cidr_block: '203.0.113.0/24', description: 'office' });
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ cidr_block: '203.0.113.0/24', description: 'office' });
		expect(typeof items[0].json.id).toBe('string');
	});

	test('Delete removes the range by id', async () => {
		const [range] = sandbox().seed('/access_ip_ranges', [{ cidr_block: '198.51.100.0/24' }]);
		const { items } = await run({
			resource: 'accessIpRange',
			operation: 'delete',
			accessIpRangeId: locator(range.id as string),
		});
		only('DELETE', `/access_ip_ranges/${range.id}`);
		expect(items[0].json).toMatchObject({ id: range.id, cidr_block: '198.51.100.0/24' });
		expect(sandbox().api.store.list('/access_ip_ranges')).toHaveLength(0);
	});

	test('Get Many filters by CIDR prefix and creation date', async () => {
		sandbox().seed('/access_ip_ranges', [
			{ cidr_block: '10.0.0.0/16', created_at: '2024-05-01T00:00:00Z' },
			{ cidr_block: '10.0.1.0/24', created_at: '2023-05-01T00:00:00Z' },
			{ cidr_block: '192.168.0.0/16', created_at: '2024-06-01T00:00:00Z' },
		]);
		const { items } = await run({
			resource: 'accessIpRange',
			operation: 'getAll',
			returnAll: true,
			filters: { cidrBlockStartswith: '10.0', createdAtGte: '2024-01-01T00:00:00Z' },
		});
		const request = only('GET', '/access_ip_ranges');
		expect(request.query).toMatchObject({
			'filter[cidr_block][startswith]': '10.0',
			'filter[created_at][gte]': '2024-01-01T00:00:00Z',
			'page[number]': '1',
			'page[size]': '250',
		});
		expect(items.map((i) => i.json.cidr_block)).toEqual(['10.0.0.0/16']);
	});
});

describe('Connection', () => {
	test('Get reads any type of connection', async () => {
		const [conn] = sandbox().seed('/fqdn_connections', [{ connection_name: 'pbx' }]);
		const { items } = await run({ resource: 'connection', operation: 'get', connectionId: locator(conn.id as string) });
		only('GET', `/connections/${conn.id}`);
		expect(items[0].json).toMatchObject({ id: conn.id, connection_name: 'pbx', record_type: 'fqdn_connection' });
	});

	test('Get Many lists every type, filtered by name and sorted', async () => {
		sandbox().seed('/credential_connections', [{ connection_name: 'office-b' }, { connection_name: 'home' }]);
		sandbox().seed('/ip_connections', [{ connection_name: 'office-a' }]);
		const { items } = await run({
			resource: 'connection',
			operation: 'getAll',
			returnAll: false,
			limit: 10,
			filters: { connectionNameContains: 'office' },
			options: { sort: 'connection_name' },
		});
		expect(only('GET', '/connections').query).toMatchObject({
			'filter[connection_name][contains]': 'office',
			sort: 'connection_name',
			'page[size]': '10',
		});
		expect(items.map((i) => [i.json.connection_name, i.json.record_type])).toEqual([
			['office-a', 'ip_connection'],
			['office-b', 'credential_connection'],
		]);
	});
});

describe('Credential Connection', () => {
	test('Create sends required fields and nested settings from the forms', async () => {
		const { items } = await run({
			resource: 'credentialConnection',
			operation: 'create',
			connectionName: 'office',
			userName: 'office1234',
			password: 'correct-horse-battery',
			additionalFields: {
				active: false,
				anchorsiteOverride: 'Amsterdam, Netherlands',
				encryptedMedia: '__null__',
				tags: 'sales, emea',
				webhookEventUrl: 'https://example.com/telnyx',
				inbound: { codecs: 'G722, OPUS', timeout1xxSecs: 5, simultaneousRinging: 'enabled' },
				outbound: { outboundVoiceProfileId: '1293384261075731499', channelLimit: 4 },
				rtcpSettings: { captureEnabled: true, reportFrequencySecs: 10 },
				jitterBuffer: { enableJitterBuffer: true, jitterbufferMsecMax: 300 },
			},
		});
		expect(only('POST', '/credential_connections').body).toEqual({
			connection_name: 'office',
			user_name: 'office1234',
			password: 'correct-horse-battery',
			active: false,
			anchorsite_override: 'Amsterdam, Netherlands',
			encrypted_media: null,
			tags: ['sales', 'emea'],
			webhook_event_url: 'https://example.com/telnyx',
			inbound: { codecs: ['G722', 'OPUS'], timeout_1xx_secs: 5, simultaneous_ringing: 'enabled' },
			outbound: { outbound_voice_profile_id: '1293384261075731499', channel_limit: 4 },
			rtcp_settings: { capture_enabled: true, report_frequency_secs: 10 },
			jitter_buffer: { enable_jitter_buffer: true, jitterbuffer_msec_max: 300 },
		});
		expect(items[0].json).toMatchObject({
			record_type: 'credential_connection',
			connection_name: 'office',
			active: false,
			tags: ['sales', 'emea'],
		});
	});

	test('Get returns the connection', async () => {
		const [conn] = sandbox().seed('/credential_connections', [{ connection_name: 'desk', user_name: 'desk1234' }]);
		const { items } = await run({
			resource: 'credentialConnection',
			operation: 'get',
			credentialConnectionId: locator(conn.id as string, 'list'),
		});
		only('GET', `/credential_connections/${conn.id}`);
		expect(items[0].json).toMatchObject({ id: conn.id, user_name: 'desk1234' });
	});

	test('Get Many with Return All follows every page', async () => {
		sandbox().seed(
			'/credential_connections',
			Array.from({ length: 260 }, (_, i) => ({ connection_name: `conn-${i}` })),
		);
		const { items } = await run({ resource: 'credentialConnection', operation: 'getAll', returnAll: true });
		const requests = apiRequests(sandbox(), 'GET', '/credential_connections');
		expect(requests.map((r) => [r.query['page[number]'], r.query['page[size]']])).toEqual([
			['1', '250'],
			['2', '250'],
		]);
		expect(items).toHaveLength(260);
		expect(items[259].json.connection_name).toBe('conn-259');
	});

	test('Update sends only the fields given, as PATCH', async () => {
		const [conn] = sandbox().seed('/credential_connections', [{ connection_name: 'old', user_name: 'same1234' }]);
		const { items } = await run({
			resource: 'credentialConnection',
			operation: 'update',
			credentialConnectionId: locator(conn.id as string),
			updateFields: { connectionName: 'new', noiseSuppression: 'both', noiseSuppressionDetails: { engine: 'deep_filter_net', attenuationLimit: 80 } },
		});
		expect(only('PATCH', `/credential_connections/${conn.id}`).body).toEqual({
			connection_name: 'new',
			noise_suppression: 'both',
			noise_suppression_details: { engine: 'deep_filter_net', attenuation_limit: 80 },
		});
		expect(items[0].json).toMatchObject({ id: conn.id, connection_name: 'new', user_name: 'same1234' });
	});

	test('Delete removes the connection', async () => {
		const [conn] = sandbox().seed('/credential_connections', [{ connection_name: 'gone' }]);
		const { items } = await run({
			resource: 'credentialConnection',
			operation: 'delete',
			credentialConnectionId: locator(conn.id as string),
		});
		only('DELETE', `/credential_connections/${conn.id}`);
		expect(items[0].json).toMatchObject({ id: conn.id, connection_name: 'gone' });
		expect(sandbox().api.store.get('/credential_connections', conn.id as string)).toBeUndefined();
	});

	test('Check Registration Status posts the action and returns the status', async () => {
		const [conn] = sandbox().seed('/credential_connections', [{ connection_name: 'phone', user_name: 'phone1234' }]);
		const { items } = await run({
			resource: 'credentialConnection',
			operation: 'checkRegistrationStatus',
			credentialConnectionId: locator(conn.id as string),
		});
		const request = only('POST', `/credential_connections/${conn.id}/actions/check_registration_status`);
		expect(request.body).toBeUndefined();
		expect(items[0].json).toMatchObject({ record_type: 'registration_status', sip_username: 'phone1234', status: 'Registered' });
	});
});

describe('FQDN Connection', () => {
	test('Create sends the name and transport', async () => {
		const { items } = await run({
			resource: 'fqdnConnection',
			operation: 'create',
			connectionName: 'trunk',
			additionalFields: { transportProtocol: 'TLS', microsoftTeamsSbc: true, inbound: { defaultRoutingMethod: 'round-robin' } },
		});
		expect(only('POST', '/fqdn_connections').body).toEqual({
			connection_name: 'trunk',
			transport_protocol: 'TLS',
			microsoft_teams_sbc: true,
			inbound: { default_routing_method: 'round-robin' },
		});
		expect(items[0].json).toMatchObject({ record_type: 'fqdn_connection', transport_protocol: 'TLS' });
	});

	test('Get returns the connection', async () => {
		const [conn] = sandbox().seed('/fqdn_connections', [{ connection_name: 'trunk' }]);
		const { items } = await run({ resource: 'fqdnConnection', operation: 'get', fqdnConnectionId: locator(conn.id as string) });
		only('GET', `/fqdn_connections/${conn.id}`);
		expect(items[0].json).toMatchObject({ id: conn.id, connection_name: 'trunk' });
	});

	test('Get Many filters by FQDN and outbound voice profile', async () => {
		sandbox().seed('/fqdn_connections', [
			{ connection_name: 'a', fqdn: 'sip.a.example', outbound: { outbound_voice_profile_id: '11' } },
			{ connection_name: 'b', fqdn: 'sip.b.example', outbound: { outbound_voice_profile_id: '22' } },
		]);
		const { items } = await run({
			resource: 'fqdnConnection',
			operation: 'getAll',
			returnAll: true,
			filters: { outboundVoiceProfileId: locator('22') },
		});
		expect(only('GET', '/fqdn_connections').query).toMatchObject({ 'filter[outbound_voice_profile_id]': '22' });
		expect(items.map((i) => i.json.connection_name)).toEqual(['b']);
	});

	test('Update changes the connection', async () => {
		const [conn] = sandbox().seed('/fqdn_connections', [{ connection_name: 'trunk' }]);
		const { items } = await run({
			resource: 'fqdnConnection',
			operation: 'update',
			fqdnConnectionId: locator(conn.id as string),
			updateFields: { dtmfType: 'SIP INFO', webhookTimeoutSecs: 10 },
		});
		expect(only('PATCH', `/fqdn_connections/${conn.id}`).body).toEqual({ dtmf_type: 'SIP INFO', webhook_timeout_secs: 10 });
		expect(items[0].json).toMatchObject({ dtmf_type: 'SIP INFO' });
	});

	test('Delete removes the connection', async () => {
		const [conn] = sandbox().seed('/fqdn_connections', [{ connection_name: 'trunk' }]);
		await run({ resource: 'fqdnConnection', operation: 'delete', fqdnConnectionId: locator(conn.id as string) });
		only('DELETE', `/fqdn_connections/${conn.id}`);
		expect(sandbox().api.store.list('/fqdn_connections')).toHaveLength(0);
	});
});

describe('FQDN', () => {
	test('Create attaches a domain to an FQDN connection', async () => {
		const { items } = await run({
			resource: 'fqdn',
			operation: 'create',
			connectionId: locator('1516447646313612565'),
			dnsRecordType: 'a',
			fqdn: 'sip.example.com',
			additionalFields: { port: 5061 },
		});
		expect(only('POST', '/fqdns').body).toEqual({
			connection_id: '1516447646313612565',
			dns_record_type: 'a',
			fqdn: 'sip.example.com',
			port: 5061,
		});
		expect(items[0].json).toMatchObject({ record_type: 'fqdn', fqdn: 'sip.example.com', port: 5061 });
	});

	test('Get returns the FQDN', async () => {
		const [fqdn] = sandbox().seed('/fqdns', [{ fqdn: 'sip.example.com' }]);
		const { items } = await run({ resource: 'fqdn', operation: 'get', fqdnId: locator(fqdn.id as string) });
		only('GET', `/fqdns/${fqdn.id}`);
		expect(items[0].json).toMatchObject({ fqdn: 'sip.example.com' });
	});

	test('Get Many filters by connection and port', async () => {
		sandbox().seed('/fqdns', [
			{ fqdn: 'a.example', connection_id: 'c1', port: 5060 },
			{ fqdn: 'b.example', connection_id: 'c1', port: 5061 },
			{ fqdn: 'c.example', connection_id: 'c2', port: 5061 },
		]);
		const { items } = await run({
			resource: 'fqdn',
			operation: 'getAll',
			returnAll: true,
			filters: { connectionId: locator('c1'), port: 5061 },
		});
		expect(only('GET', '/fqdns').query).toMatchObject({ 'filter[connection_id]': 'c1', 'filter[port]': '5061' });
		expect(items.map((i) => i.json.fqdn)).toEqual(['b.example']);
	});

	test('Update changes the port', async () => {
		const [fqdn] = sandbox().seed('/fqdns', [{ fqdn: 'sip.example.com', port: 5060 }]);
		const { items } = await run({ resource: 'fqdn', operation: 'update', fqdnId: locator(fqdn.id as string), updateFields: { port: 5080 } });
		expect(only('PATCH', `/fqdns/${fqdn.id}`).body).toEqual({ port: 5080 });
		expect(items[0].json.port).toBe(5080);
	});

	test('Delete removes the FQDN', async () => {
		const [fqdn] = sandbox().seed('/fqdns', [{ fqdn: 'sip.example.com' }]);
		const { items } = await run({ resource: 'fqdn', operation: 'delete', fqdnId: locator(fqdn.id as string) });
		only('DELETE', `/fqdns/${fqdn.id}`);
		expect(items[0].json.fqdn).toBe('sip.example.com');
	});
});

describe('IP Connection', () => {
	test('Create works without any required field', async () => {
		const { items } = await run({
			resource: 'ipConnection',
			operation: 'create',
			additionalFields: { connectionName: 'pbx', outbound: { ipAuthenticationMethod: 'token', ipAuthenticationToken: 'abc123' } },
		});
		expect(only('POST', '/ip_connections').body).toEqual({
			connection_name: 'pbx',
			outbound: { ip_authentication_method: 'token', ip_authentication_token: 'abc123' },
		});
		expect(items[0].json).toMatchObject({ record_type: 'ip_connection', connection_name: 'pbx' });
	});

	test('Get returns the connection', async () => {
		const [conn] = sandbox().seed('/ip_connections', [{ connection_name: 'pbx' }]);
		const { items } = await run({ resource: 'ipConnection', operation: 'get', ipConnectionId: locator(conn.id as string) });
		only('GET', `/ip_connections/${conn.id}`);
		expect(items[0].json.connection_name).toBe('pbx');
	});

	test('Get Many with a limit reads one page of that size', async () => {
		sandbox().seed('/ip_connections', Array.from({ length: 30 }, (_, i) => ({ connection_name: `pbx-${i}` })));
		const { items } = await run({ resource: 'ipConnection', operation: 'getAll', returnAll: false, limit: 7 });
		expect(only('GET', '/ip_connections').query).toMatchObject({ 'page[number]': '1', 'page[size]': '7' });
		expect(items).toHaveLength(7);
	});

	test('Update changes the connection', async () => {
		const [conn] = sandbox().seed('/ip_connections', [{ connection_name: 'pbx' }]);
		await run({
			resource: 'ipConnection',
			operation: 'update',
			ipConnectionId: locator(conn.id as string),
			updateFields: { inbound: { channelLimit: 30 } },
		});
		expect(only('PATCH', `/ip_connections/${conn.id}`).body).toEqual({ inbound: { channel_limit: 30 } });
		expect((sandbox().api.store.get('/ip_connections', conn.id as string)!.inbound as { channel_limit: number }).channel_limit).toBe(30);
	});

	test('Delete removes the connection', async () => {
		const [conn] = sandbox().seed('/ip_connections', [{ connection_name: 'pbx' }]);
		const { items } = await run({ resource: 'ipConnection', operation: 'delete', ipConnectionId: locator(conn.id as string) });
		only('DELETE', `/ip_connections/${conn.id}`);
		expect(items[0].json.id).toBe(conn.id);
	});
});

describe('IP', () => {
	test('Create adds an address to an IP connection', async () => {
		const { items } = await run({
			resource: 'ip',
			operation: 'create',
			ipAddress: '192.0.2.10',
			additionalFields: { connectionId: locator('1293384261075731499'), port: 5060 },
		});
		expect(only('POST', '/ips').body).toEqual({ ip_address: '192.0.2.10', connection_id: '1293384261075731499', port: 5060 });
		expect(items[0].json).toMatchObject({ record_type: 'ip', ip_address: '192.0.2.10' });
	});

	test('Get returns the address', async () => {
		const [ip] = sandbox().seed('/ips', [{ ip_address: '192.0.2.11' }]);
		const { items } = await run({ resource: 'ip', operation: 'get', ipId: locator(ip.id as string) });
		only('GET', `/ips/${ip.id}`);
		expect(items[0].json.ip_address).toBe('192.0.2.11');
	});

	test('Get Many filters by address', async () => {
		sandbox().seed('/ips', [{ ip_address: '192.0.2.1' }, { ip_address: '192.0.2.2' }]);
		const { items } = await run({ resource: 'ip', operation: 'getAll', returnAll: true, filters: { ipAddress: '192.0.2.2' } });
		expect(only('GET', '/ips').query).toMatchObject({ 'filter[ip_address]': '192.0.2.2' });
		expect(items.map((i) => i.json.ip_address)).toEqual(['192.0.2.2']);
	});

	test('Update requires the address and sends it', async () => {
		const [ip] = sandbox().seed('/ips', [{ ip_address: '192.0.2.1', port: 5060 }]);
		const { items } = await run({
			resource: 'ip',
			operation: 'update',
			ipId: locator(ip.id as string),
			ipAddress: '192.0.2.99',
			updateFields: { port: 5070 },
		});
		expect(only('PATCH', `/ips/${ip.id}`).body).toEqual({ ip_address: '192.0.2.99', port: 5070 });
		expect(items[0].json).toMatchObject({ ip_address: '192.0.2.99', port: 5070 });
	});

	test('Delete removes the address', async () => {
		const [ip] = sandbox().seed('/ips', [{ ip_address: '192.0.2.1' }]);
		await run({ resource: 'ip', operation: 'delete', ipId: locator(ip.id as string) });
		only('DELETE', `/ips/${ip.id}`);
		expect(sandbox().api.store.list('/ips')).toHaveLength(0);
	});
});

describe('Outbound Voice Profile', () => {
	test('Create sends the name and recording and calling-window settings', async () => {
		const { items } = await run({
			resource: 'outboundVoiceProfile',
			operation: 'create',
			name: 'Sales',
			additionalFields: {
				whitelistedDestinations: 'US, CA, GB',
				dailySpendLimit: '50.00',
				dailySpendLimitEnabled: true,
				concurrentCallLimit: 10,
				callRecording: {
					callRecordingType: 'by_caller_phone_number',
					callRecordingCallerPhoneNumbers: '+13125550001, +13125550002',
					callRecordingFormat: 'mp3',
				},
				callingWindow: { startTime: '08:00', endTime: '20:00', callsPerCld: 3 },
			},
		});
		expect(only('POST', '/outbound_voice_profiles').body).toEqual({
			name: 'Sales',
			whitelisted_destinations: ['US', 'CA', 'GB'],
			daily_spend_limit: '50.00',
			daily_spend_limit_enabled: true,
			concurrent_call_limit: 10,
			call_recording: {
				call_recording_type: 'by_caller_phone_number',
				call_recording_caller_phone_numbers: ['+13125550001', '+13125550002'],
				call_recording_format: 'mp3',
			},
			calling_window: { start_time: '08:00:00Z', end_time: '20:00:00Z', calls_per_cld: 3 },
		});
		expect(items[0].json).toMatchObject({ record_type: 'outbound_voice_profile', name: 'Sales' });
	});

	test('Get returns the profile', async () => {
		const [profile] = sandbox().seed('/outbound_voice_profiles', [{ name: 'Support' }]);
		const { items } = await run({
			resource: 'outboundVoiceProfile',
			operation: 'get',
			outboundVoiceProfileId: locator(profile.id as string),
		});
		only('GET', `/outbound_voice_profiles/${profile.id}`);
		expect(items[0].json.name).toBe('Support');
	});

	test('Get Many searches by name and sorts descending', async () => {
		sandbox().seed('/outbound_voice_profiles', [{ name: 'Sales EU' }, { name: 'Support' }, { name: 'Sales US' }]);
		const { items } = await run({
			resource: 'outboundVoiceProfile',
			operation: 'getAll',
			returnAll: true,
			filters: { nameContains: 'sales' },
			options: { sort: '-name' },
		});
		expect(only('GET', '/outbound_voice_profiles').query).toMatchObject({ 'filter[name][contains]': 'sales', sort: '-name' });
		expect(items.map((i) => i.json.name)).toEqual(['Sales US', 'Sales EU']);
	});

	test('Update requires the name and sends the changes', async () => {
		const [profile] = sandbox().seed('/outbound_voice_profiles', [{ name: 'Old', enabled: true }]);
		const { items } = await run({
			resource: 'outboundVoiceProfile',
			operation: 'update',
			outboundVoiceProfileId: locator(profile.id as string),
			name: 'New',
			updateFields: { enabled: false, maxDestinationRate: 0.25 },
		});
		expect(only('PATCH', `/outbound_voice_profiles/${profile.id}`).body).toEqual({ name: 'New', enabled: false, max_destination_rate: 0.25 });
		expect(items[0].json).toMatchObject({ name: 'New', enabled: false });
	});

	test('Delete removes the profile', async () => {
		const [profile] = sandbox().seed('/outbound_voice_profiles', [{ name: 'Old' }]);
		const { items } = await run({
			resource: 'outboundVoiceProfile',
			operation: 'delete',
			outboundVoiceProfileId: locator(profile.id as string),
		});
		only('DELETE', `/outbound_voice_profiles/${profile.id}`);
		expect(items[0].json.name).toBe('Old');
	});
});

test('each input item runs its own operation, keeping the order and pairing', async () => {
	const { items } = await run(
		{ resource: 'outboundVoiceProfile', operation: 'create', name: '={{ $json.profile }}' },
		[{ profile: 'Alpha' }, { profile: 'Bravo' }, { profile: 'Charlie' }],
	);
	expect(items.map((i) => [i.json.name, i.pairedItem])).toEqual([
		['Alpha', { item: 0 }],
		['Bravo', { item: 1 }],
		['Charlie', { item: 2 }],
	]);
});
