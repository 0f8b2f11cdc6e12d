/**
 * Bad weather through n8n's real HTTP stack against the sandbox: rate limits, server errors
 * and dropped connections are ridden out without losing or duplicating an item.
 */
import { apiRequests, locator, runWithSandbox, useSandbox } from '../helpers';

const sandbox = useSandbox();
const NODE = 'telnyxSipTrunking';
const NOW = { 'retry-after': '0' };

function profiles(count: number) {
	return Array.from({ length: count }, (_, i) => ({ name: `profile-${String(i + 1).padStart(2, '0')}` }));
}

const createProfile = { resource: 'outboundVoiceProfile', operation: 'create', name: '={{ $json.name }}' };

afterEach(() => sandbox().setRateLimit(undefined));

test('a tight rate limit is ridden out: 30 profiles created once each, none lost', async () => {
	sandbox().setRateLimit({ limit: 8, windowMs: 1000 });
	const input = profiles(30);
	const { items, error } = await runWithSandbox(sandbox(), NODE, createProfile, { items: input });
	expect(error).toBeUndefined();
	expect(items.map((i) => i.json.name)).toEqual(input.map((p) => p.name));
	const posts = apiRequests(sandbox(), 'POST', '/outbound_voice_profiles');
	expect(posts.filter((r) => r.status === 200 || r.status === 201)).toHaveLength(30);
	const stored = sandbox().api.store.list('/outbound_voice_profiles').map((r) => r.name);
	expect(stored.sort()).toEqual(input.map((p) => p.name));
});

test('a 429 storm is ridden out: every refused create is sent again and lands once', async () => {
	sandbox().faults.add({ fault: { kind: 'status', status: 429, headers: NOW }, times: 20, method: 'POST' });
	const input = profiles(12);
	const { items, error } = await runWithSandbox(sandbox(), NODE, createProfile, { items: input });
	expect(error).toBeUndefined();
	expect(items.map((i) => i.json.name)).toEqual(input.map((p) => p.name));
	const posts = apiRequests(sandbox(), 'POST', '/outbound_voice_profiles');
	expect(posts.filter((r) => r.status === 429)).toHaveLength(20);
	expect(sandbox().api.store.list('/outbound_voice_profiles').map((r) => r.name).sort()).toEqual(input.map((p) => p.name));
});

test('a GET that meets 503 and a dropped connection is retried and succeeds', async () => {
	const [ip] = sandbox().seed('/ips', [{ ip_address: '192.0.2.10', port: 5060 }]);
	sandbox().faults.add({ fault: { kind: 'status', status: 503, headers: NOW }, times: 1, method: 'GET' });
	sandbox().faults.add({ fault: { kind: 'drop' }, times: 1, method: 'GET' });
	const { items, error } = await runWithSandbox(sandbox(), NODE, {
		resource: 'ip',
		operation: 'get',
		ipId: locator(ip.id as string),
	});
	expect(error).toBeUndefined();
	expect(items[0].json).toMatchObject({ id: ip.id, ip_address: '192.0.2.10' });
	expect(apiRequests(sandbox(), 'GET', `/ips/${ip.id}`).map((r) => r.status)).toEqual([503, -1, 200]);
});

test('a page of Return All that fails midway is fetched again, not skipped', async () => {
	sandbox().seed(
		'/ip_connections',
		Array.from({ length: 600 }, (_, i) => ({ connection_name: `edge-${i}` })),
	);
	sandbox().faults.add({ fault: { kind: 'truncate' }, times: 1, method: 'GET', path: '/ip_connections' });
	sandbox().faults.add({ fault: { kind: 'status', status: 500, headers: NOW }, times: 1, method: 'GET' });
	const { items, error } = await runWithSandbox(sandbox(), NODE, { resource: 'ipConnection', operation: 'getAll', returnAll: true });
	expect(error).toBeUndefined();
	expect(items).toHaveLength(600);
	expect(new Set(items.map((i) => i.json.id)).size).toBe(600);
});

test('a POST answered with 503 is not sent again, so nothing is created twice', async () => {
	sandbox().faults.add({ fault: { kind: 'status', status: 503, headers: NOW }, times: 1, method: 'POST' });
	const { error } = await runWithSandbox(sandbox(), NODE, createProfile, { items: profiles(1) });
	expect(error?.message).toBe('503 Unexpected error');
	expect(apiRequests(sandbox(), 'POST', '/outbound_voice_profiles')).toHaveLength(1);
});

test('a POST whose answer is lost after Telnyx applied it is not repeated and says so', async () => {
	sandbox().faults.add({ fault: { kind: 'applyThenDrop' }, times: 1, method: 'POST' });
	const { errorItems, items } = await runWithSandbox(sandbox(), NODE, createProfile, {
		items: profiles(2),
		onError: 'continueErrorOutput',
	});
	expect(errorItems).toHaveLength(1);
	expect(errorItems[0].json.error).toMatchObject({
		description: expect.stringContaining('may or may not have been applied'),
	});
	expect(items.map((i) => i.json.name)).toEqual(['profile-02']);
	// exactly one record per input item: the first was applied once, not duplicated by a retry
	expect(sandbox().api.store.list('/outbound_voice_profiles')).toHaveLength(2);
});

test('a DELETE is safe to repeat and is retried after a dropped connection', async () => {
	const [fqdn] = sandbox().seed('/fqdns', [{ fqdn: 'sip.example.com', connection_id: '1', dns_record_type: 'a' }]);
	sandbox().faults.add({ fault: { kind: 'drop' }, times: 1, method: 'DELETE' });
	const { items, error } = await runWithSandbox(sandbox(), NODE, {
		resource: 'fqdn',
		operation: 'delete',
		fqdnId: locator(fqdn.id as string),
	});
	expect(error).toBeUndefined();
	expect(items[0].json.fqdn).toBe('sip.example.com');
	expect(apiRequests(sandbox(), 'DELETE').map((r) => r.status)).toEqual([-1, 200]);
});
