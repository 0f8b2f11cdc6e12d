/**
 * Telnyx Networking, part one: networks (with their interfaces and default gateway), gateways,
 * WireGuard, virtual cross connects and regions, executed through n8n against the sandbox.
 * Each test checks the request Telnyx received and the items the node put out.
 */
import { apiRequests, locator, nodeUnderTest, runWithSandbox } from '../helpers';

const NODE = 'telnyxNetworking';
const { sandbox, run, only, search } = nodeUnderTest(NODE);

function seedNetwork(name = 'office') {
	return sandbox().seed('/networks', [{ name }])[0];
}

describe('Network', () => {
	test('Create sends the name', async () => {
		const { items } = await run({ resource: 'network', operation: 'create', name: 'branch offices' });
		expect(only('POST', '/networks').body).toEqual({ name: 'branch offices' });
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ name: 'branch offices', record_type: 'network' });
		expect(sandbox().api.store.get('/networks', items[0].json.id as string)).toBeDefined();
	});

	test('Get returns the network', async () => {
		const network = seedNetwork('lab');
		const { items } = await run({ resource: 'network', operation: 'get', networkId: locator(network.id as string, 'list') });
		only('GET', `/networks/${network.id}`);
		expect(items[0].json).toMatchObject({ id: network.id, name: 'lab' });
	});

	test('Get Many filters by name and follows the pages', async () => {
		sandbox().seed('/networks', [
			...Array.from({ length: 255 }, (_, i) => ({ name: `site-${i}` })),
			{ name: 'core' },
		]);
		const all = await run({ resource: 'network', operation: 'getAll', returnAll: true });
		expect(apiRequests(sandbox(), 'GET', '/networks').map((r) => r.query['page[number]'])).toEqual(['1', '2']);
		expect(all.items).toHaveLength(256);

		const { items } = await run({ resource: 'network', operation: 'getAll', returnAll: false, limit: 5, filters: { name: 'core' } });
		const request = apiRequests(sandbox(), 'GET', '/networks').at(-1)!;
		expect(request.query).toMatchObject({ 'filter[name]': 'core', 'page[size]': '5' });
		expect(items.map((i) => i.json.name)).toEqual(['core']);
	});

	test('Update renames the network', async () => {
		const network = seedNetwork('old');
		const { items } = await run({ resource: 'network', operation: 'update', networkId: locator(network.id as string), name: 'new' });
		expect(only('PATCH', `/networks/${network.id}`).body).toEqual({ name: 'new' });
		expect(items[0].json).toMatchObject({ id: network.id, name: 'new' });
	});

	test('Delete removes the network', async () => {
		const network = seedNetwork('gone');
		const { items } = await run({ resource: 'network', operation: 'delete', networkId: locator(network.id as string) });
		only('DELETE', `/networks/${network.id}`);
		expect(items[0].json).toMatchObject({ id: network.id, name: 'gone' });
		expect(sandbox().api.store.list('/networks')).toHaveLength(0);
	});

	test('Get Interfaces lists what is attached to the network, filtered by type', async () => {
		const network = seedNetwork();
		const other = seedNetwork('other');
		const [wg] = sandbox().seed('/wireguard_interfaces', [
			{ name: 'vpn', network_id: network.id, region_code: 'chicago-il', status: 'provisioned' },
		]);
		sandbox().seed('/wireguard_interfaces', [{ name: 'elsewhere', network_id: other.id }]);
		sandbox().seed('/public_internet_gateways', [{ name: 'egress', network_id: network.id, status: 'provisioning' }]);
		sandbox().seed('/virtual_cross_connects', [{ name: 'aws-link', network_id: network.id }]);

		const { items } = await run({ resource: 'network', operation: 'getInterfaces', networkId: locator(network.id as string), returnAll: true });
		only('GET', `/networks/${network.id}/network_interfaces`);
		expect(items.map((i) => [i.json.name, i.json.type, i.json.record_type])).toEqual([
			['vpn', 'wireguard_interface', 'network_interface'],
			['egress', 'public_internet_gateway', 'network_interface'],
			['aws-link', 'virtual_cross_connect', 'network_interface'],
		]);
		expect(items[0].json).toMatchObject({ id: wg.id, network_id: network.id, status: 'provisioned', region_code: 'chicago-il' });

		const filtered = await run({
			resource: 'network',
			operation: 'getInterfaces',
			networkId: locator(network.id as string),
			returnAll: false,
			limit: 10,
			filters: { type: 'public_internet_gateway' },
		});
		expect(apiRequests(sandbox(), 'GET', `/networks/${network.id}/network_interfaces`).at(-1)!.query).toMatchObject({
			'filter[type]': 'public_internet_gateway',
			'page[size]': '10',
		});
		expect(filtered.items.map((i) => i.json.name)).toEqual(['egress']);
	});

	test('Get Interfaces of a missing network fails with a 404', async () => {
		const result = await runWithSandbox(sandbox(), NODE, {
			resource: 'network',
			operation: 'getInterfaces',
			networkId: locator('6a09cdc3-8948-47f0-aa62-74ac943d6c58'),
			returnAll: true,
		});
		only('GET', '/networks/6a09cdc3-8948-47f0-aa62-74ac943d6c58/network_interfaces');
		expect(result.error?.message).toMatch(/^404 Resource not found/);
		expect(result.error?.description).toMatch(/No network 6a09cdc3/);
	});
});

describe('Network default gateway', () => {
	test('Create Default Gateway routes the network through a peer and starts provisioning', async () => {
		const network = seedNetwork();
		const [wg] = sandbox().seed('/wireguard_interfaces', [{ name: 'vpn', network_id: network.id }]);
		const [peer] = sandbox().seed('/wireguard_peers', [{ wireguard_interface_id: wg.id }]);
		const { items } = await run({
			resource: 'network',
			operation: 'createDefaultGateway',
			networkId: locator(network.id as string),
			additionalFields: { wireguardPeerId: locator(peer.id as string, 'list') },
		});
		expect(only('POST', `/networks/${network.id}/default_gateway`).body).toEqual({ wireguard_peer_id: peer.id });
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			record_type: 'default_gateway',
			network_id: network.id,
			wireguard_peer_id: peer.id,
			status: 'provisioning',
		});
	});

	test('a network has one default gateway: a second create is refused', async () => {
		const network = seedNetwork();
		await run({ resource: 'network', operation: 'createDefaultGateway', networkId: locator(network.id as string) });
		const second = await runWithSandbox(sandbox(), NODE, {
			resource: 'network',
			operation: 'createDefaultGateway',
			networkId: locator(network.id as string),
		});
		expect(apiRequests(sandbox(), 'POST', `/networks/${network.id}/default_gateway`)).toHaveLength(2);
		expect(second.error?.message).toMatch(/^422 /);
		expect(second.error?.description).toMatch(/already has a default gateway/);
		expect(sandbox().api.store.list(`/networks/${network.id}/default_gateway`)).toHaveLength(1);
	});

	test('Get Default Gateway reads its status, provisioned after the first read', async () => {
		const network = seedNetwork();
		await run({ resource: 'network', operation: 'createDefaultGateway', networkId: locator(network.id as string) });
		const get = () => run({ resource: 'network', operation: 'getDefaultGateway', networkId: locator(network.id as string) });
		const first = await get();
		const second = await get();
		expect(apiRequests(sandbox(), 'GET', `/networks/${network.id}/default_gateway`)).toHaveLength(2);
		expect(first.items.map((i) => i.json.status)).toEqual(['provisioning']);
		expect(second.items.map((i) => [i.json.network_id, i.json.status])).toEqual([[network.id, 'provisioned']]);
	});

	test('Get Default Gateway of a network without one returns nothing', async () => {
		const network = seedNetwork();
		const { items } = await run({ resource: 'network', operation: 'getDefaultGateway', networkId: locator(network.id as string) });
		only('GET', `/networks/${network.id}/default_gateway`);
		expect(items).toEqual([]);
	});

	test('Delete Default Gateway removes it, after which a new one may be created', async () => {
		const network = seedNetwork();
		const created = await run({ resource: 'network', operation: 'createDefaultGateway', networkId: locator(network.id as string) });
		const { items } = await run({ resource: 'network', operation: 'deleteDefaultGateway', networkId: locator(network.id as string) });
		only('DELETE', `/networks/${network.id}/default_gateway`);
		expect(items.map((i) => [i.json.id, i.json.status])).toEqual([[created.items[0].json.id, 'deleting']]);
		expect(sandbox().api.store.list(`/networks/${network.id}/default_gateway`)).toHaveLength(0);
		await run({ resource: 'network', operation: 'createDefaultGateway', networkId: locator(network.id as string) });
		expect(sandbox().api.store.list(`/networks/${network.id}/default_gateway`)).toHaveLength(1);
	});
});

describe('Private Wireless Gateway', () => {
	test('Create sends the network, name and region; the gateway starts provisioning', async () => {
		const network = seedNetwork();
		const { items } = await run({
			resource: 'privateWirelessGateway',
			operation: 'create',
			name: 'IoT fleet',
			networkId: locator(network.id as string, 'list'),
			additionalFields: { regionCode: locator('ashburn-va', 'list') },
		});
		expect(only('POST', '/private_wireless_gateways').body).toEqual({
			name: 'IoT fleet',
			network_id: network.id,
			region_code: 'ashburn-va',
		});
		expect(items[0].json).toMatchObject({
			record_type: 'private_wireless_gateway',
			name: 'IoT fleet',
			network_id: network.id,
			region_code: 'ashburn-va',
			ip_range: null,
			status: { value: 'provisioning' },
		});
	});

	test('Create refuses a network that does not exist', async () => {
		const result = await runWithSandbox(sandbox(), NODE, {
			resource: 'privateWirelessGateway',
			operation: 'create',
			name: 'IoT fleet',
			networkId: locator('6a09cdc3-8948-47f0-aa62-74ac943d6c58'),
		});
		only('POST', '/private_wireless_gateways');
		expect(result.error?.message).toMatch(/^422 /);
		expect(result.error?.description).toMatch(/No network with ID 6a09cdc3/);
	});

	test('Get returns the gateway, which gets an IP range once provisioned', async () => {
		const network = seedNetwork();
		const created = await run({ resource: 'privateWirelessGateway', operation: 'create', name: 'fleet', networkId: locator(network.id as string) });
		const id = created.items[0].json.id as string;
		const get = () => run({ resource: 'privateWirelessGateway', operation: 'get', privateWirelessGatewayId: locator(id) });
		const first = await get();
		const second = await get();
		expect(apiRequests(sandbox(), 'GET', `/private_wireless_gateways/${id}`)).toHaveLength(2);
		expect(first.items[0].json).toMatchObject({ id, status: { value: 'provisioning' }, ip_range: null });
		expect(second.items[0].json).toMatchObject({ id, status: { value: 'provisioned' } });
		expect(second.items[0].json.ip_range).toMatch(/^100\.64\.\d+\.0\/24$/);
	});

	test('Get Many filters by region and name', async () => {
		sandbox().seed('/private_wireless_gateways', [
			{ name: 'east', region_code: 'ashburn-va' },
			{ name: 'west', region_code: 'silicon_valley-ca' },
			{ name: 'east-2', region_code: 'ashburn-va' },
		]);
		const { items } = await run({
			resource: 'privateWirelessGateway',
			operation: 'getAll',
			returnAll: true,
			filters: { regionCode: locator('ashburn-va'), name: 'east-2' },
		});
		expect(only('GET', '/private_wireless_gateways').query).toMatchObject({
			'filter[region_code]': 'ashburn-va',
			'filter[name]': 'east-2',
			'page[number]': '1',
		});
		expect(items.map((i) => i.json.name)).toEqual(['east-2']);
	});

	test('Delete decommissions the gateway', async () => {
		const [gateway] = sandbox().seed('/private_wireless_gateways', [{ name: 'old' }]);
		const { items } = await run({
			resource: 'privateWirelessGateway',
			operation: 'delete',
			privateWirelessGatewayId: locator(gateway.id as string),
		});
		only('DELETE', `/private_wireless_gateways/${gateway.id}`);
		expect(items[0].json).toMatchObject({ id: gateway.id, status: { value: 'decommissioning' } });
		expect(sandbox().api.store.list('/private_wireless_gateways')).toHaveLength(0);
	});
});

describe('Public Internet Gateway', () => {
	test('Create sends network, name and region; the public IP comes with provisioning', async () => {
		const network = seedNetwork();
		const { items } = await run({
			resource: 'publicInternetGateway',
			operation: 'create',
			additionalFields: { name: 'egress', networkId: locator(network.id as string), regionCode: locator('chicago-il') },
		});
		expect(only('POST', '/public_internet_gateways').body).toEqual({
			name: 'egress',
			network_id: network.id,
			region_code: 'chicago-il',
		});
		expect(items[0].json).toMatchObject({
			record_type: 'public_internet_gateway',
			status: 'provisioning',
			public_ip: null,
			region: { code: 'chicago-il', name: 'Chicago' },
		});
		const id = items[0].json.id as string;
		await run({ resource: 'publicInternetGateway', operation: 'get', publicInternetGatewayId: locator(id) });
		const { items: later } = await run({ resource: 'publicInternetGateway', operation: 'get', publicInternetGatewayId: locator(id) });
		expect(apiRequests(sandbox(), 'GET', `/public_internet_gateways/${id}`)).toHaveLength(2);
		expect(later[0].json).toMatchObject({ id, status: 'provisioned' });
		expect(later[0].json.public_ip).toMatch(/^198\.51\.100\.\d+$/);
	});

	test('Get returns the gateway', async () => {
		const [gateway] = sandbox().seed('/public_internet_gateways', [{ name: 'egress', status: 'provisioned' }]);
		const { items } = await run({ resource: 'publicInternetGateway', operation: 'get', publicInternetGatewayId: locator(gateway.id as string) });
		only('GET', `/public_internet_gateways/${gateway.id}`);
		expect(items[0].json).toMatchObject({ id: gateway.id, name: 'egress', status: 'provisioned' });
	});

	test('Get Many filters by network', async () => {
		const [a, b] = [seedNetwork('a'), seedNetwork('b')];
		sandbox().seed('/public_internet_gateways', [
			{ name: 'a-egress', network_id: a.id },
			{ name: 'b-egress', network_id: b.id },
		]);
		const { items } = await run({
			resource: 'publicInternetGateway',
			operation: 'getAll',
			returnAll: true,
			filters: { networkId: locator(b.id as string, 'list') },
		});
		expect(only('GET', '/public_internet_gateways').query).toMatchObject({ 'filter[network_id]': b.id });
		expect(items.map((i) => i.json.name)).toEqual(['b-egress']);
	});

	test('Delete removes the gateway', async () => {
		const [gateway] = sandbox().seed('/public_internet_gateways', [{ name: 'egress' }]);
		const { items } = await run({ resource: 'publicInternetGateway', operation: 'delete', publicInternetGatewayId: locator(gateway.id as string) });
		only('DELETE', `/public_internet_gateways/${gateway.id}`);
		expect(items[0].json).toMatchObject({ id: gateway.id, status: 'deleting' });
		expect(sandbox().api.store.list('/public_internet_gateways')).toHaveLength(0);
	});
});

describe('Region', () => {
	test('Get Many answers with the Telnyx regions without anything seeded', async () => {
		const { items } = await run({ resource: 'region', operation: 'getAll' });
		const request = only('GET', '/regions');
		expect(request.query['page[number]']).toBeUndefined();
		expect(items.length).toBeGreaterThan(1);
		expect(items[0].json).toMatchObject({ code: 'ashburn-va', name: 'Ashburn', record_type: 'region' });
		for (const item of items) expect(Array.isArray(item.json.supported_interfaces)).toBe(true);
	});

	test('Get Many answers with the seeded regions when there are some', async () => {
		sandbox().seed('/regions', [{ code: 'dallas-tx', name: 'Dallas', supported_interfaces: ['wireguard_interface'] }]);
		const { items } = await run({ resource: 'region', operation: 'getAll' });
		only('GET', '/regions');
		expect(items.map((i) => i.json.code)).toEqual(['dallas-tx']);
	});
});

describe('Virtual Cross Connect', () => {
	test('Create sends the cloud details and starts provisioning', async () => {
		const network = seedNetwork();
		const { items } = await run({
			resource: 'virtualCrossConnect',
			operation: 'create',
			networkId: locator(network.id as string),
			bgpAsn: 64512,
			cloudProvider: 'aws',
			cloudProviderRegion: 'us-east-1',
			primaryCloudAccountId: '123456789012',
			regionCode: locator('ashburn-va'),
			additionalFields: { name: 'aws-link', bandwidthMbps: 100, primaryBgpKey: 'secret-key', primaryCloudIp: '169.254.0.2' },
		});
		expect(only('POST', '/virtual_cross_connects').body).toEqual({
			network_id: network.id,
			bgp_asn: 64512,
			cloud_provider: 'aws',
			cloud_provider_region: 'us-east-1',
			primary_cloud_account_id: '123456789012',
			region_code: 'ashburn-va',
			name: 'aws-link',
			bandwidth_mbps: 100,
			primary_bgp_key: 'secret-key',
			primary_cloud_ip: '169.254.0.2',
		});
		expect(items[0].json).toMatchObject({
			record_type: 'virtual_cross_connect',
			name: 'aws-link',
			status: 'provisioning',
			region: { code: 'ashburn-va', name: 'Ashburn' },
		});
	});

	test('Create refuses a cloud provider Telnyx does not know', async () => {
		const network = seedNetwork();
		const result = await runWithSandbox(sandbox(), NODE, {
			resource: 'virtualCrossConnect',
			operation: 'create',
			networkId: locator(network.id as string),
			bgpAsn: 64512,
			cloudProvider: 'oracle',
			cloudProviderRegion: 'us-east-1',
			primaryCloudAccountId: '1',
			regionCode: locator('ashburn-va'),
		});
		expect(result.error?.message).toBe('"Cloud Provider" (cloud_provider) must be one of "aws", "azure", "gce"; got "oracle"');
		expect(apiRequests(sandbox())).toHaveLength(0);
	});

	test('Get returns the cross connect, provisioned after the first read', async () => {
		const network = seedNetwork();
		const created = await run({
			resource: 'virtualCrossConnect',
			operation: 'create',
			networkId: locator(network.id as string),
			bgpAsn: 64512,
			cloudProvider: 'gce',
			cloudProviderRegion: 'us-east4',
			primaryCloudAccountId: 'pairing-key',
			regionCode: locator('ashburn-va'),
		});
		const id = created.items[0].json.id as string;
		const first = await run({ resource: 'virtualCrossConnect', operation: 'get', virtualCrossConnectId: locator(id) });
		const second = await run({ resource: 'virtualCrossConnect', operation: 'get', virtualCrossConnectId: locator(id) });
		expect(apiRequests(sandbox(), 'GET', `/virtual_cross_connects/${id}`)).toHaveLength(2);
		expect([first.items[0].json.status, second.items[0].json.status]).toEqual(['provisioning', 'provisioned']);
		expect(second.items[0].json).toMatchObject({ cloud_provider: 'gce', network_id: network.id });
	});

	test('Get Many filters by network', async () => {
		const [a, b] = [seedNetwork('a'), seedNetwork('b')];
		sandbox().seed('/virtual_cross_connects', [
			{ name: 'a-aws', network_id: a.id },
			{ name: 'b-azure', network_id: b.id },
		]);
		const { items } = await run({ resource: 'virtualCrossConnect', operation: 'getAll', returnAll: true, filters: { networkId: locator(a.id as string) } });
		expect(only('GET', '/virtual_cross_connects').query).toMatchObject({ 'filter[network_id]': a.id });
		expect(items.map((i) => i.json.name)).toEqual(['a-aws']);
	});

	test('Update turns circuits and route announcements on and off', async () => {
		const [vxc] = sandbox().seed('/virtual_cross_connects', [{ name: 'link', primary_enabled: false, secondary_enabled: true }]);
		const { items } = await run({
			resource: 'virtualCrossConnect',
			operation: 'update',
			virtualCrossConnectId: locator(vxc.id as string),
			updateFields: { primaryEnabled: true, primaryRoutingAnnouncement: true, secondaryEnabled: false },
		});
		expect(only('PATCH', `/virtual_cross_connects/${vxc.id}`).body).toEqual({
			primary_enabled: true,
			primary_routing_announcement: true,
			secondary_enabled: false,
		});
		expect(items[0].json).toMatchObject({ id: vxc.id, primary_enabled: true, secondary_enabled: false, primary_routing_announcement: true });
	});

	test('Delete removes the cross connect', async () => {
		const [vxc] = sandbox().seed('/virtual_cross_connects', [{ name: 'link' }]);
		const { items } = await run({ resource: 'virtualCrossConnect', operation: 'delete', virtualCrossConnectId: locator(vxc.id as string) });
		only('DELETE', `/virtual_cross_connects/${vxc.id}`);
		expect(items[0].json).toMatchObject({ id: vxc.id, status: 'deleting' });
		expect(sandbox().api.store.list('/virtual_cross_connects')).toHaveLength(0);
	});

	test('Get Coverage lists cloud regions per location, filtered by provider, location and bandwidth', async () => {
		const all = await run({ resource: 'virtualCrossConnect', operation: 'getCoverage', returnAll: true });
		expect(all.items.length).toBeGreaterThan(3);
		expect(new Set(all.items.map((i) => i.json.cloud_provider))).toEqual(new Set(['aws', 'azure', 'gce']));

		const { items } = await run({
			resource: 'virtualCrossConnect',
			operation: 'getCoverage',
			returnAll: false,
			limit: 20,
			filters: { cloudProvider: 'aws', locationRegion: 'AMER', filtersAvailableBandwidthContains: 1000 },
		});
		const request = apiRequests(sandbox(), 'GET', '/virtual_cross_connects_coverage').at(-1)!;
		expect(request.query).toMatchObject({
			'filter[cloud_provider]': 'aws',
			'filter[location.region]': 'AMER',
			'filters[available_bandwidth][contains]': '1000',
			'page[size]': '20',
		});
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			expect(item.json).toMatchObject({ cloud_provider: 'aws', location: { region: 'AMER' }, record_type: 'virtual_cross_connects_coverage' });
			expect(item.json.available_bandwidth).toContain(1000);
		}
		expect(items.length).toBeLessThan(all.items.length);
	});
});

describe('WireGuard Interface', () => {
	test('Create sends network and region and returns the Telnyx endpoint and key, provisioning', async () => {
		const network = seedNetwork();
		const { items } = await run({
			resource: 'wireguardInterface',
			operation: 'create',
			networkId: locator(network.id as string),
			regionCode: locator('amsterdam-nl', 'list'),
			additionalFields: { name: 'vpn', enableSipTrunking: true },
		});
		expect(only('POST', '/wireguard_interfaces').body).toEqual({
			network_id: network.id,
			region_code: 'amsterdam-nl',
			name: 'vpn',
			enable_sip_trunking: true,
		});
		expect(items[0].json).toMatchObject({
			record_type: 'wireguard_interface',
			status: 'provisioning',
			enable_sip_trunking: true,
			region: { code: 'amsterdam-nl', name: 'Amsterdam' },
		});
		expect(items[0].json.endpoint).toMatch(/^203\.0\.113\.\d+:51871$/);
		expect(typeof items[0].json.public_key).toBe('string');
	});

	test('Get returns the interface, provisioned after the first read', async () => {
		const network = seedNetwork();
		const created = await run({
			resource: 'wireguardInterface',
			operation: 'create',
			networkId: locator(network.id as string),
			regionCode: locator('ashburn-va'),
		});
		const id = created.items[0].json.id as string;
		const first = await run({ resource: 'wireguardInterface', operation: 'get', wireguardInterfaceId: locator(id) });
		const second = await run({ resource: 'wireguardInterface', operation: 'get', wireguardInterfaceId: locator(id) });
		expect(apiRequests(sandbox(), 'GET', `/wireguard_interfaces/${id}`)).toHaveLength(2);
		expect([first.items[0].json.status, second.items[0].json.status]).toEqual(['provisioning', 'provisioned']);
	});

	test('Get Many filters by network', async () => {
		const [a, b] = [seedNetwork('a'), seedNetwork('b')];
		sandbox().seed('/wireguard_interfaces', [
			{ name: 'a-vpn', network_id: a.id },
			{ name: 'b-vpn', network_id: b.id },
		]);
		const { items } = await run({ resource: 'wireguardInterface', operation: 'getAll', returnAll: false, limit: 3, filters: { networkId: locator(b.id as string) } });
		expect(only('GET', '/wireguard_interfaces').query).toMatchObject({ 'filter[network_id]': b.id, 'page[size]': '3' });
		expect(items.map((i) => i.json.name)).toEqual(['b-vpn']);
	});

	test('Delete removes the interface', async () => {
		const [wg] = sandbox().seed('/wireguard_interfaces', [{ name: 'vpn' }]);
		const { items } = await run({ resource: 'wireguardInterface', operation: 'delete', wireguardInterfaceId: locator(wg.id as string) });
		only('DELETE', `/wireguard_interfaces/${wg.id}`);
		expect(items[0].json).toMatchObject({ id: wg.id, status: 'deleting' });
		expect(sandbox().api.store.list('/wireguard_interfaces')).toHaveLength(0);
	});
});

describe('WireGuard Peer', () => {
	function seedInterface() {
		return sandbox().seed('/wireguard_interfaces', [{ name: 'vpn', network_id: seedNetwork().id }])[0];
	}

	test('Create without a public key has Telnyx generate the key pair', async () => {
		const wg = seedInterface();
		const { items } = await run({ resource: 'wireguardPeer', operation: 'create', wireguardInterfaceId: locator(wg.id as string) });
		expect(only('POST', '/wireguard_peers').body).toEqual({ wireguard_interface_id: wg.id });
		expect(items[0].json).toMatchObject({ record_type: 'wireguard_peer', wireguard_interface_id: wg.id });
		expect(items[0].json.public_key).toMatch(/^[A-Za-z0-9+/]{43}=$/);
		expect(items[0].json.private_key).toMatch(/^[A-Za-z0-9+/]{43}=$/);
	});

	test('Create with your own public key keeps the private key to you', async () => {
		const wg = seedInterface();
		const key = 'qF4EqlZq+5JL2IKYY8ij49daYyfKVhevJrcDxdqC8GU=';
		const { items } = await run({
			resource: 'wireguardPeer',
			operation: 'create',
			wireguardInterfaceId: locator(wg.id as string),
			additionalFields: { publicKey: key },
		});
		expect(only('POST', '/wireguard_peers').body).toEqual({ wireguard_interface_id: wg.id, public_key: key });
		expect(items[0].json).toMatchObject({ public_key: key, private_key: null });
	});

	test('Create refuses an interface that does not exist', async () => {
		const result = await runWithSandbox(sandbox(), NODE, {
			resource: 'wireguardPeer',
			operation: 'create',
			wireguardInterfaceId: locator('6a09cdc3-8948-47f0-aa62-74ac943d6c58'),
		});
		only('POST', '/wireguard_peers');
		expect(result.error?.message).toMatch(/^422 /);
		expect(result.error?.description).toMatch(/No WireGuard interface with ID 6a09cdc3/);
		expect(sandbox().api.store.list('/wireguard_peers')).toHaveLength(0);
	});

	test('Get returns the peer', async () => {
		const [peer] = sandbox().seed('/wireguard_peers', [{ public_key: 'abc=' }]);
		const { items } = await run({ resource: 'wireguardPeer', operation: 'get', wireguardPeerId: locator(peer.id as string) });
		only('GET', `/wireguard_peers/${peer.id}`);
		expect(items[0].json).toMatchObject({ id: peer.id, public_key: 'abc=' });
	});

	test('Get Many filters by interface', async () => {
		const [a, b] = [seedInterface(), seedInterface()];
		sandbox().seed('/wireguard_peers', [
			{ public_key: 'a1=', wireguard_interface_id: a.id },
			{ public_key: 'b1=', wireguard_interface_id: b.id },
			{ public_key: 'a2=', wireguard_interface_id: a.id },
		]);
		const { items } = await run({ resource: 'wireguardPeer', operation: 'getAll', returnAll: true, filters: { wireguardInterfaceId: locator(a.id as string) } });
		expect(only('GET', '/wireguard_peers').query).toMatchObject({ 'filter[wireguard_interface_id]': a.id });
		expect(items.map((i) => i.json.public_key)).toEqual(['a1=', 'a2=']);
	});

	test('Update replaces the public key', async () => {
		const [peer] = sandbox().seed('/wireguard_peers', [{ public_key: 'old=' }]);
		const { items } = await run({
			resource: 'wireguardPeer',
			operation: 'update',
			wireguardPeerId: locator(peer.id as string),
			updateFields: { publicKey: 'new=' },
		});
		expect(only('PATCH', `/wireguard_peers/${peer.id}`).body).toEqual({ public_key: 'new=' });
		expect(items[0].json).toMatchObject({ id: peer.id, public_key: 'new=' });
	});

	test('Delete removes the peer', async () => {
		const [peer] = sandbox().seed('/wireguard_peers', [{ public_key: 'gone=' }]);
		const { items } = await run({ resource: 'wireguardPeer', operation: 'delete', wireguardPeerId: locator(peer.id as string) });
		only('DELETE', `/wireguard_peers/${peer.id}`);
		expect(items[0].json).toMatchObject({ id: peer.id, public_key: 'gone=' });
		expect(sandbox().api.store.list('/wireguard_peers')).toHaveLength(0);
	});
});

describe('id dropdowns', () => {
	test('networks are listed by name, searched within the page', async () => {
		const [a, b] = sandbox().seed('/networks', [{ name: 'Head office' }, { name: 'Warehouse' }]);
		expect((await search('searchNetwork')).results).toEqual([
			{ name: `Head office (${a.id})`, value: a.id },
			{ name: `Warehouse (${b.id})`, value: b.id },
		]);
		expect((await search('searchNetwork', 'ware')).results).toEqual([{ name: `Warehouse (${b.id})`, value: b.id }]);
		expect(apiRequests(sandbox(), 'GET', '/networks').at(-1)!.query['filter[name]']).toBeUndefined();
	});

	test('regions are picked by code', async () => {
		const { results } = await search('searchRegion', 'chicago');
		expect(results).toEqual([{ name: 'Chicago (chicago-il)', value: 'chicago-il' }]);
		only('GET', '/regions');
	});

	test('WireGuard interfaces are listed by name and peers by public key', async () => {
		const [wg] = sandbox().seed('/wireguard_interfaces', [{ name: 'vpn-eu' }]);
		const [peer] = sandbox().seed('/wireguard_peers', [{ public_key: 'laptop=', wireguard_interface_id: wg.id }]);
		expect((await search('searchWireguardInterface')).results).toEqual([{ name: `vpn-eu (${wg.id})`, value: wg.id }]);
		expect((await search('searchWireguardPeer')).results).toEqual([{ name: `laptop= (${peer.id})`, value: peer.id }]);
	});

	test('gateways and cross connects are listed by name', async () => {
		const [pwg] = sandbox().seed('/private_wireless_gateways', [{ name: 'fleet' }]);
		const [pig] = sandbox().seed('/public_internet_gateways', [{ name: 'egress' }]);
		const [vxc] = sandbox().seed('/virtual_cross_connects', [{ name: 'aws-link' }]);
		expect((await search('searchPrivateWirelessGateway')).results).toEqual([{ name: `fleet (${pwg.id})`, value: pwg.id }]);
		expect((await search('searchPublicInternetGateway')).results).toEqual([{ name: `egress (${pig.id})`, value: pig.id }]);
		expect((await search('searchVirtualCrossConnect')).results).toEqual([{ name: `aws-link (${vxc.id})`, value: vxc.id }]);
	});
});
