/**
 * The weather a nightly job meets, from the sandbox's fault switches. For each fault: the
 * request is retried and succeeds, or the item ends on the Error output with a clear message;
 * and what Telnyx created matches what the node reported (nothing lost, nothing created twice).
 */
import type { Fault } from '../sandbox/faults';
import { apiRequests, locator, runWithSandbox, useSandbox } from '../helpers';
import { tlsServer } from '../sandbox/tls';

const sandbox = useSandbox();
const NODE = 'telnyxSipTrunking';
const NOW = { 'retry-after': '0' };

function profiles(count: number) {
	return Array.from({ length: count }, (_, i) => ({ name: `profile-${i}` }));
}

/** Creates `count` outbound voice profiles, one request at a time, with a fault on some POSTs. */
async function createThrough(fault: Fault, times: number, count = 4, requestOptions = {}) {
	sandbox().faults.add({ fault, times, method: 'POST' });
	const result = await runWithSandbox(
		sandbox(),
		NODE,
		{ resource: 'outboundVoiceProfile', operation: 'create', name: '={{ $json.name }}', requestOptions: { concurrency: 1, ...requestOptions } },
		{ items: profiles(count), onError: 'continueErrorOutput' },
	);
	const created = sandbox().api.store.list('/outbound_voice_profiles');
	return { ...result, created };
}

/** Reads one IP with a fault on some GETs. */
async function readThrough(fault: Fault, times: number, requestOptions = {}) {
	const [ip] = sandbox().seed('/ips', [{ ip_address: '192.0.2.44', port: 5060 }]);
	sandbox().faults.add({ fault, times, method: 'GET' });
	const result = await runWithSandbox(
		sandbox(),
		NODE,
		{ resource: 'ip', operation: 'get', ipId: locator(ip.id as string), requestOptions },
		{ onError: 'continueErrorOutput' },
	);
	return { ...result, ip };
}

describe('reads are retried until they succeed', () => {
	test.each<[string, Fault, number]>([
		['a burst of three 503s', { kind: 'status', status: 503, headers: NOW }, 3],
		['a 500 with Telnyx’s error body', { kind: 'status', status: 500, headers: NOW }, 1],
		['an HTML error page from a proxy', { kind: 'status', status: 502, body: 'html', headers: NOW }, 2],
		['a 429 with Retry-After', { kind: 'status', status: 429, headers: NOW }, 2],
		['a 429 without Retry-After', { kind: 'status', status: 429, headers: { 'x-ratelimit-reset': '0' } }, 1],
		['a connection dropped before the answer', { kind: 'drop' }, 1],
		['an answer cut off halfway', { kind: 'truncate' }, 1],
		['an answer that is not JSON', { kind: 'invalidJson' }, 1],
		['a gzip answer that does not inflate', { kind: 'corruptGzip' }, 1],
		['a status line that is not HTTP', { kind: 'badStatusLine' }, 1],
	])('%s', async (_name, fault, times) => {
		const { items, errorItems, ip } = await readThrough(fault, times);
		expect(errorItems).toHaveLength(0);
		expect(items[0].json).toMatchObject({ id: ip.id, ip_address: '192.0.2.44' });
		expect(apiRequests(sandbox(), 'GET')).toHaveLength(times + 1);
	});

	test('an answer slower than the timeout is abandoned and asked again', async () => {
		const { items, errorItems } = await readThrough({ kind: 'delay', ms: 1500 }, 1, { timeoutSeconds: 1 });
		expect(errorItems).toHaveLength(0);
		expect(items[0].json.ip_address).toBe('192.0.2.44');
	});

	test('a 502 page that never goes away ends on the Error output without the page', async () => {
		const { items, errorItems } = await readThrough({ kind: 'status', status: 502, body: 'html', headers: NOW }, 10);
		expect(items).toHaveLength(0);
		expect(errorItems[0].json.error).toMatchObject({ message: '502 Bad Gateway', httpCode: '502' });
		expect(JSON.stringify(errorItems[0].json)).not.toContain('<html');
		expect((errorItems[0].json.error as { description: string }).description).toContain('Gave up after 5 attempts');
	});
});

describe('creates: retried when safe, reported when not, never doubled', () => {
	test.each<[string, Fault]>([
		['429 (refused, so never applied)', { kind: 'status', status: 429, headers: NOW }],
		['429 without Retry-After', { kind: 'status', status: 429, headers: { 'x-ratelimit-reset': '0' } }],
	])('%s is sent again: all created once', async (_name, fault) => {
		const { items, errorItems, created } = await createThrough(fault, 3);
		expect(errorItems).toHaveLength(0);
		expect(items).toHaveLength(4);
		expect(created.map((r) => r.name).sort()).toEqual(profiles(4).map((p) => p.name));
	});

	test.each<[string, Fault, RegExp]>([
		['a 503', { kind: 'status', status: 503, headers: NOW }, /^503 /],
		['a 500 HTML page', { kind: 'status', status: 500, body: 'html', headers: NOW }, /^500 Internal Server Error$/],
		['an answer that is not JSON', { kind: 'invalidJson' }, /not valid JSON/],
	])('%s on a create is not sent again: that item is on the Error output', async (_name, fault, message) => {
		const { items, errorItems, created } = await createThrough(fault, 1);
		expect(items).toHaveLength(3);
		expect(errorItems).toHaveLength(1);
		expect((errorItems[0].json.error as { message: string }).message).toMatch(message);
		// the sandbox's own count matches what the node reported as created
		expect(created).toHaveLength(items.length);
		expect(apiRequests(sandbox(), 'POST')).toHaveLength(4);
	});

	test('a dropped connection on a create is reported as possibly applied, and not sent again', async () => {
		const { items, errorItems, created } = await createThrough({ kind: 'applyThenDrop' }, 1);
		expect(items).toHaveLength(3);
		expect((errorItems[0].json.error as { description: string }).description).toContain('may or may not have been applied');
		// Telnyx did create it: the report says so instead of creating it a second time
		expect(created).toHaveLength(4);
		expect(new Set(created.map((r) => r.name)).size).toBe(4);
	});

	test.each<[string, Fault, string]>([
		['a gzip answer that does not inflate', { kind: 'corruptGzip' }, "Telnyx's answer could not be read: its compressed body is corrupt"],
		['a status line that is not HTTP', { kind: 'badStatusLine' }, "Telnyx's answer could not be read: it is not valid HTTP"],
	])('%s after a create is reported as possibly applied, and not sent again', async (_name, fault, message) => {
		const { items, errorItems, created } = await createThrough(fault, 1);
		expect(items).toHaveLength(3);
		const error = errorItems[0].json.error as { message: string; description: string };
		expect(error.message).toBe(message);
		expect(error.description).toContain('may or may not have been applied');
		expect(created).toHaveLength(4);
		expect(apiRequests(sandbox(), 'POST')).toHaveLength(4);
	});

	test('a create slower than the timeout is reported, not repeated', async () => {
		const { items, errorItems, created } = await createThrough({ kind: 'delay', ms: 1500 }, 1, 2, { timeoutSeconds: 1 });
		expect(items).toHaveLength(1);
		expect((errorItems[0].json.error as { message: string }).message).toMatch(/did not answer in time/);
		expect(apiRequests(sandbox(), 'POST')).toHaveLength(2);
		expect(created.length).toBeGreaterThanOrEqual(1);
	});
});

describe('a TLS failure reads as one plain sentence', () => {
	const tls = tlsServer();

	test.each([
		['a host that does not speak HTTPS', () => sandbox().origin.replace('http:', 'https:'), 'it does not answer with HTTPS there'],
		['a self-signed certificate', () => tls().origin, 'its certificate is self-signed and not trusted'],
	])('%s', async (_name, origin, reason) => {
		const { errorItems } = await runWithSandbox(
			sandbox(),
			NODE,
			{ resource: 'ip', operation: 'get', ipId: locator('1') },
			{ onError: 'continueErrorOutput', credentials: { baseUrl: `${origin()}/v2` } },
		);
		const error = errorItems[0].json.error as { message: string; description: string };
		expect(error.message).toBe(`Could not connect securely to ${new URL(origin()).host}: ${reason}`);
		expect(`${error.message} ${error.description}`).not.toMatch(/SSL routines|openssl|error:0/i);
		expect(error.description).toContain('Check the Base URL');
	});
});

describe('repeating what is safe to repeat, and only that', () => {
	test('a delete applied whose answer was lost, then 404 on the retry, counts as done', async () => {
		const [ip] = sandbox().seed('/ips', [{ ip_address: '192.0.2.55', port: 5060 }]);
		sandbox().faults.add({ fault: { kind: 'applyThenDrop' }, times: 1, method: 'DELETE' });
		const { items, errorItems } = await runWithSandbox(
			sandbox(),
			NODE,
			{ resource: 'ip', operation: 'delete', ipId: locator(ip.id as string) },
			{ onError: 'continueErrorOutput' },
		);
		expect(errorItems).toHaveLength(0);
		expect(items).toHaveLength(1);
		expect(apiRequests(sandbox(), 'DELETE').map((r) => r.status)).toEqual([-1, 404]);
		expect(sandbox().api.store.list('/ips')).toHaveLength(0);
	});

	test('a delete of a record that was never there is still a 404', async () => {
		sandbox().faults.add({ fault: { kind: 'status', status: 429, headers: NOW }, times: 1, method: 'DELETE' });
		const { errorItems } = await runWithSandbox(
			sandbox(),
			NODE,
			{ resource: 'ip', operation: 'delete', ipId: locator('no-such-ip') },
			{ onError: 'continueErrorOutput' },
		);
		// the 429 was refused before anything happened: the 404 after it is the real answer
		expect((errorItems[0].json.error as { httpCode: string }).httpCode).toBe('404');
	});

	test('Invite Test Number (a PUT that sends an invitation) is not repeated after a 503', async () => {
		sandbox().seed('/messaging/rcs/agents', [{ agent_id: 'AcmeShop', agent_name: 'Acme Shop', enabled: true }]);
		sandbox().faults.add({ fault: { kind: 'status', status: 503, headers: NOW }, times: 1, method: 'PUT' });
		const { errorItems } = await runWithSandbox(
			sandbox(),
			'telnyxMessaging',
			{ resource: 'rcsAgent', operation: 'inviteTestNumber', rcsAgentId: locator('AcmeShop'), phoneNumber: '+13125550199' },
			{ onError: 'continueErrorOutput' },
		);
		expect((errorItems[0].json.error as { httpCode: string }).httpCode).toBe('503');
		expect(apiRequests(sandbox(), 'PUT')).toHaveLength(1);
	});
});
