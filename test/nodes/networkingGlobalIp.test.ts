/**
 * Telnyx Networking, part two: Global IPs, their assignments and health checks, and the
 * metrics and reference lists that go with them, executed through n8n against the sandbox.
 */
import { searchList } from '../harness/n8nHarness';
import { apiRequests, locator, nodeUnderTest, runWithSandbox, sandboxCredentials } from '../helpers';

const NODE = 'telnyxNetworking';
const { sandbox, run, only } = nodeUnderTest(NODE);

function seedIps(...addresses: string[]) {
	return sandbox().seed(
		'/global_ips',
		addresses.map((ip_address, i) => ({ ip_address, name: `ip-${i}` })),
	);
}

/** A peer on an interface of a network, ready to receive a Global IP. */
function seedPeer() {
	const [network] = sandbox().seed('/networks', [{ name: 'edge' }]);
	const [wg] = sandbox().seed('/wireguard_interfaces', [{ name: 'vpn', network_id: network.id }]);
	return sandbox().seed('/wireguard_peers', [{ public_key: 'peer=', wireguard_interface_id: wg.id }])[0];
}

describe('Global IP', () => {
	test('Create sends name, description and ports; Telnyx allocates the address', async () => {
		const { items } = await run({
			resource: 'globalIp',
			operation: 'create',
			additionalFields: { name: 'web', description: 'public web front', ports: '{"tcp": [80, 443]}' },
		});
		expect(only('POST', '/global_ips').body).toEqual({ name: 'web', description: 'public web front', ports: { tcp: [80, 443] } });
		expect(items[0].json).toMatchObject({ record_type: 'global_ip', name: 'web', ports: { tcp: [80, 443] } });
		expect(items[0].json.ip_address).toMatch(/^198\.51\.100\.\d+$/);

		const second = await run({ resource: 'globalIp', operation: 'create', additionalFields: { name: 'api' } });
		expect(second.items[0].json.ip_address).not.toBe(items[0].json.ip_address);
	});

	test('Create refuses ports that are not JSON before calling Telnyx', async () => {
		const result = await runWithSandbox(sandbox(), NODE, {
			resource: 'globalIp',
			operation: 'create',
			additionalFields: { ports: 'tcp: 80' },
		});
		expect(result.error?.message).toMatch(/"Ports" \(ports\) is not valid JSON/);
		expect(apiRequests(sandbox())).toHaveLength(0);
	});

	test('Get returns the address', async () => {
		const [ip] = seedIps('198.51.100.20');
		const { items } = await run({ resource: 'globalIp', operation: 'get', globalIpId: locator(ip.id as string, 'list') });
		only('GET', `/global_ips/${ip.id}`);
		expect(items[0].json).toMatchObject({ id: ip.id, ip_address: '198.51.100.20' });
	});

	test('Get Many with a limit reads one page of that size', async () => {
		seedIps(...Array.from({ length: 12 }, (_, i) => `198.51.100.${i + 1}`));
		const { items } = await run({ resource: 'globalIp', operation: 'getAll', returnAll: false, limit: 4 });
		expect(only('GET', '/global_ips').query).toMatchObject({ 'page[number]': '1', 'page[size]': '4' });
		expect(items.map((i) => i.json.ip_address)).toEqual(['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4']);
	});

	test('Delete releases the address', async () => {
		const [ip] = seedIps('198.51.100.9');
		const { items } = await run({ resource: 'globalIp', operation: 'delete', globalIpId: locator(ip.id as string) });
		only('DELETE', `/global_ips/${ip.id}`);
		expect(items[0].json).toMatchObject({ id: ip.id, ip_address: '198.51.100.9' });
		expect(sandbox().api.store.list('/global_ips')).toHaveLength(0);
	});

	test('Get Latency gives one measurement per Global IP, filtered by one address', async () => {
		const [a, b] = seedIps('198.51.100.1', '198.51.100.2');
		const all = await run({ resource: 'globalIp', operation: 'getLatency' });
		expect(only('GET', '/global_ip_latency').query['page[number]']).toBeUndefined();
		expect(all.items.map((i) => i.json.global_ip)).toEqual([
			{ id: a.id, ip_address: '198.51.100.1' },
			{ id: b.id, ip_address: '198.51.100.2' },
		]);
		expect(all.items[0].json).toMatchObject({
			mean_latency: { unit: 'ms', amount: expect.any(Number) },
			percentile_latency: { '50': { unit: 'ms' }, '99': { unit: 'ms' } },
			prober_location: { name: expect.any(String) },
		});

		const { items } = await run({ resource: 'globalIp', operation: 'getLatency', filters: { globalIpId: locator(b.id as string) } });
		expect(apiRequests(sandbox(), 'GET', '/global_ip_latency').at(-1)!.query).toEqual({ 'filter[global_ip_id]': b.id });
		expect(items.map((i) => (i.json.global_ip as { id: string }).id)).toEqual([b.id]);
	});

	test('Get Usage filters by a list of addresses', async () => {
		const [a, , c] = seedIps('198.51.100.1', '198.51.100.2', '198.51.100.3');
		const { items } = await run({ resource: 'globalIp', operation: 'getUsage', filters: { globalIpIdIn: `${a.id},${c.id}` } });
		expect(only('GET', '/global_ip_usage').query).toEqual({ 'filter[global_ip_id][in]': `${a.id},${c.id}` });
		expect(items.map((i) => (i.json.global_ip as { ip_address: string }).ip_address)).toEqual(['198.51.100.1', '198.51.100.3']);
		expect(items[0].json).toMatchObject({ received: { unit: 'B', amount: expect.any(Number) }, transmitted: { unit: 'B' } });
	});

	test('Get Usage without Global IPs returns nothing', async () => {
		const { items } = await run({ resource: 'globalIp', operation: 'getUsage' });
		only('GET', '/global_ip_usage');
		expect(items).toEqual([]);
	});

	test('Get Allowed Ports lists the port ranges per protocol', async () => {
		const { items } = await run({ resource: 'globalIp', operation: 'getAllowedPorts' });
		only('GET', '/global_ip_allowed_ports');
		expect(items.length).toBeGreaterThan(0);
		expect(items[0].json).toMatchObject({ record_type: 'global_ip_allowed_port', protocol_code: 'tcp', first_port: expect.any(Number), last_port: expect.any(Number) });
		expect(new Set(items.map((i) => i.json.protocol_code))).toEqual(new Set(['tcp', 'udp']));
	});

	test('Get Protocols lists TCP and UDP', async () => {
		const { items } = await run({ resource: 'globalIp', operation: 'getProtocols' });
		only('GET', '/global_ip_protocols');
		expect(items.map((i) => [i.json.code, i.json.name])).toEqual([
			['tcp', 'TCP'],
			['udp', 'UDP'],
		]);
	});
});

describe('Global IP Assignment', () => {
	test('Create routes a Global IP to a peer and starts provisioning', async () => {
		const [ip] = seedIps('198.51.100.5');
		const peer = seedPeer();
		const { items } = await run({
			resource: 'globalIpAssignment',
			operation: 'create',
			additionalFields: { globalIpId: locator(ip.id as string, 'list'), wireguardPeerId: locator(peer.id as string), isInMaintenance: false },
		});
		expect(only('POST', '/global_ip_assignments').body).toEqual({
			global_ip_id: ip.id,
			wireguard_peer_id: peer.id,
			is_in_maintenance: false,
		});
		expect(items[0].json).toMatchObject({
			record_type: 'global_ip_assignment',
			global_ip_id: ip.id,
			wireguard_peer_id: peer.id,
			status: 'provisioning',
			is_announced: false,
			is_connected: false,
		});
	});

	test('Create refuses a Global IP that does not exist', async () => {
		const peer = seedPeer();
		const result = await runWithSandbox(sandbox(), NODE, {
			resource: 'globalIpAssignment',
			operation: 'create',
			additionalFields: { globalIpId: locator('a836125b-20b6-452e-9c03-2653f09c7ed7'), wireguardPeerId: locator(peer.id as string) },
		});
		only('POST', '/global_ip_assignments');
		expect(result.error?.message).toMatch(/^422 /);
		expect(result.error?.description).toMatch(/No Global IP with ID a836125b/);
	});

	test('Get returns the assignment, announced once provisioned', async () => {
		const [ip] = seedIps('198.51.100.5');
		const peer = seedPeer();
		const created = await run({
			resource: 'globalIpAssignment',
			operation: 'create',
			additionalFields: { globalIpId: locator(ip.id as string), wireguardPeerId: locator(peer.id as string) },
		});
		const id = created.items[0].json.id as string;
		const first = await run({ resource: 'globalIpAssignment', operation: 'get', globalIpAssignmentId: locator(id) });
		const second = await run({ resource: 'globalIpAssignment', operation: 'get', globalIpAssignmentId: locator(id) });
		expect(apiRequests(sandbox(), 'GET', `/global_ip_assignments/${id}`)).toHaveLength(2);
		expect(first.items[0].json).toMatchObject({ status: 'provisioning', is_announced: false });
		expect(second.items[0].json).toMatchObject({ status: 'provisioned', is_announced: true, is_connected: true });
	});

	test('Get Many reads every page', async () => {
		sandbox().seed('/global_ip_assignments', Array.from({ length: 251 }, () => ({ status: 'provisioned' })));
		const { items } = await run({ resource: 'globalIpAssignment', operation: 'getAll', returnAll: true });
		expect(apiRequests(sandbox(), 'GET', '/global_ip_assignments').map((r) => r.query['page[number]'])).toEqual(['1', '2']);
		expect(items).toHaveLength(251);
	});

	test('Update puts the assignment in maintenance', async () => {
		const [assignment] = sandbox().seed('/global_ip_assignments', [{ is_in_maintenance: false }]);
		const { items } = await run({
			resource: 'globalIpAssignment',
			operation: 'update',
			globalIpAssignmentId: locator(assignment.id as string),
			updateFields: { isInMaintenance: true },
		});
		expect(only('PATCH', `/global_ip_assignments/${assignment.id}`).body).toEqual({ is_in_maintenance: true });
		expect(items[0].json).toMatchObject({ id: assignment.id, is_in_maintenance: true });
	});

	test('Delete removes the assignment', async () => {
		const [assignment] = sandbox().seed('/global_ip_assignments', [{ status: 'provisioned' }]);
		const { items } = await run({ resource: 'globalIpAssignment', operation: 'delete', globalIpAssignmentId: locator(assignment.id as string) });
		only('DELETE', `/global_ip_assignments/${assignment.id}`);
		expect(items[0].json).toMatchObject({ id: assignment.id, status: 'deleting' });
		expect(sandbox().api.store.list('/global_ip_assignments')).toHaveLength(0);
	});

	test('Get Health reports passed and failed checks per assignment, filtered by Global IP', async () => {
		const [a, b] = seedIps('198.51.100.1', '198.51.100.2');
		const peer = seedPeer();
		const [first] = sandbox().seed('/global_ip_assignments', [
			{ global_ip_id: a.id, wireguard_peer_id: peer.id, is_connected: true },
			{ global_ip_id: b.id, wireguard_peer_id: peer.id, is_connected: false },
		]);
		const all = await run({ resource: 'globalIpAssignment', operation: 'getHealth' });
		expect(all.items.map((i) => (i.json.health as { fail: number; pass: number }).pass + (i.json.health as { fail: number }).fail)).toEqual([100, 100]);
		expect(all.items[1].json.health).toEqual({ pass: 0, fail: 100 });

		const { items } = await run({ resource: 'globalIpAssignment', operation: 'getHealth', filters: { globalIpId: locator(a.id as string) } });
		expect(apiRequests(sandbox(), 'GET', '/global_ip_assignment_health').at(-1)!.query).toEqual({ 'filter[global_ip_id]': a.id });
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			global_ip: { id: a.id, ip_address: '198.51.100.1' },
			global_ip_assignment: { id: first.id, wireguard_peer_id: peer.id },
		});
	});

	test('Get Usage filters by assignment', async () => {
		const [ip] = seedIps('198.51.100.1');
		const [x, y] = sandbox().seed('/global_ip_assignments', [{ global_ip_id: ip.id }, { global_ip_id: ip.id }]);
		const { items } = await run({
			resource: 'globalIpAssignment',
			operation: 'getUsage',
			filters: { globalIpAssignmentIdIn: `${y.id}` },
		});
		expect(only('GET', '/global_ip_assignments_usage').query).toEqual({ 'filter[global_ip_assignment_id][in]': y.id });
		expect(items.map((i) => (i.json.global_ip_assignment as { id: string }).id)).toEqual([y.id]);
		expect(items[0].json).toMatchObject({ global_ip: { ip_address: '198.51.100.1' }, received: { unit: 'B' }, transmitted: { unit: 'B' } });
		expect(x.id).not.toBe(y.id);
	});
});

describe('Global IP Health Check', () => {
	test('Create sends the address, type and settings', async () => {
		const [ip] = seedIps('198.51.100.7');
		const { items } = await run({
			resource: 'globalIpHealthCheck',
			operation: 'create',
			additionalFields: {
				globalIpId: locator(ip.id as string),
				healthCheckType: 'http_status_2xx',
				healthCheckParams: '{"path": "/health", "port": 8080}',
			},
		});
		expect(only('POST', '/global_ip_health_checks').body).toEqual({
			global_ip_id: ip.id,
			health_check_type: 'http_status_2xx',
			health_check_params: { path: '/health', port: 8080 },
		});
		expect(items[0].json).toMatchObject({
			record_type: 'global_ip_health_check',
			global_ip_id: ip.id,
			health_check_params: { path: '/health', port: 8080 },
		});
	});

	test('Get returns the check', async () => {
		const [check] = sandbox().seed('/global_ip_health_checks', [{ health_check_type: 'http_status_2xx' }]);
		const { items } = await run({ resource: 'globalIpHealthCheck', operation: 'get', globalIpHealthCheckId: locator(check.id as string) });
		only('GET', `/global_ip_health_checks/${check.id}`);
		expect(items[0].json).toMatchObject({ id: check.id, health_check_type: 'http_status_2xx' });
	});

	test('Get Many lists the checks', async () => {
		sandbox().seed('/global_ip_health_checks', [{ health_check_params: { port: 80 } }, { health_check_params: { port: 443 } }]);
		const { items } = await run({ resource: 'globalIpHealthCheck', operation: 'getAll', returnAll: false, limit: 10 });
		expect(only('GET', '/global_ip_health_checks').query).toMatchObject({ 'page[size]': '10' });
		expect(items.map((i) => (i.json.health_check_params as { port: number }).port)).toEqual([80, 443]);
	});

	test('Delete removes the check', async () => {
		const [check] = sandbox().seed('/global_ip_health_checks', [{ health_check_type: 'http_status_2xx' }]);
		await run({ resource: 'globalIpHealthCheck', operation: 'delete', globalIpHealthCheckId: locator(check.id as string) });
		only('DELETE', `/global_ip_health_checks/${check.id}`);
		expect(sandbox().api.store.list('/global_ip_health_checks')).toHaveLength(0);
	});

	test('Get Types lists the kinds of check and the settings they take', async () => {
		const { items } = await run({ resource: 'globalIpHealthCheck', operation: 'getTypes' });
		only('GET', '/global_ip_health_check_types');
		expect(items.map((i) => i.json.health_check_type)).toContain('http_status_2xx');
		expect(items[0].json).toMatchObject({ record_type: 'global_ip_health_check_type', health_check_params: expect.any(Object) });
	});
});

describe('id dropdowns', () => {
	const search = (method: string, filter?: string) =>
		searchList({ node: NODE, method, filter, credentials: sandboxCredentials(sandbox()) });

	test('Global IPs are listed by address, assignments by Global IP, checks by type', async () => {
		const [ip] = seedIps('198.51.100.77');
		const [assignment] = sandbox().seed('/global_ip_assignments', [{ global_ip_id: ip.id }]);
		const [check] = sandbox().seed('/global_ip_health_checks', [{ health_check_type: 'http_status_2xx' }]);
		expect((await search('searchGlobalIp', '.77')).results).toEqual([{ name: `198.51.100.77 (${ip.id})`, value: ip.id }]);
		expect((await search('searchGlobalIpAssignment')).results).toEqual([{ name: `${ip.id} (${assignment.id})`, value: assignment.id }]);
		expect((await search('searchGlobalIpHealthCheck')).results).toEqual([{ name: `http_status_2xx (${check.id})`, value: check.id }]);
	});
});
