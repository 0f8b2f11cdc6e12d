/**
 * Several requests at once: output order and pairing kept, nothing lost or sent twice, Return
 * All pages fetched together, and Telnyx's rate-limit headers obeyed before a 429 happens.
 */
import { apiRequests, runWithSandbox, useSandbox } from '../helpers';

const sandbox = useSandbox();
const NODE = 'telnyxSipTrunking';

afterEach(() => {
	sandbox().setLatency(0);
	sandbox().setRateLimit(undefined);
});

const names = (count: number) => Array.from({ length: count }, (_, i) => ({ name: `profile-${String(i).padStart(3, '0')}` }));

test('60 creates, 8 at a time (the default): outputs in input order, each paired, each created once', async () => {
	sandbox().setLatency(20);
	const input = names(60);
	const { items, error } = await runWithSandbox(
		sandbox(),
		NODE,
		{ resource: 'outboundVoiceProfile', operation: 'create', name: '={{ $json.name }}' },
		{ items: input },
	);
	expect(error).toBeUndefined();
	expect(items.map((i) => [i.json.name, (i.pairedItem as { item: number }).item])).toEqual(input.map((p, index) => [p.name, index]));
	expect(sandbox().peakConcurrency()).toBe(8);
	expect(apiRequests(sandbox(), 'POST')).toHaveLength(60);
	expect(sandbox().api.store.list('/outbound_voice_profiles')).toHaveLength(60);
});

test('Concurrent Requests 1 sends one item at a time', async () => {
	sandbox().setLatency(10);
	await runWithSandbox(
		sandbox(),
		NODE,
		{ resource: 'outboundVoiceProfile', operation: 'create', name: '={{ $json.name }}', requestOptions: { concurrency: 1 } },
		{ items: names(8) },
	);
	expect(sandbox().peakConcurrency()).toBe(1);
});

test('Return All fetches the pages after the first together and keeps the API order', async () => {
	sandbox().setLatency(20);
	const seeded = sandbox().seed(
		'/ip_connections',
		Array.from({ length: 2000 }, (_, i) => ({ connection_name: `edge-${i}` })),
	);
	const { items } = await runWithSandbox(sandbox(), NODE, { resource: 'ipConnection', operation: 'getAll', returnAll: true });
	expect(items.map((i) => i.json.id)).toEqual(seeded.map((r) => r.id));
	const pages = apiRequests(sandbox(), 'GET', '/ip_connections').map((r) => Number(r.query['page[number]']));
	expect(pages.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
	// the first page, then the seven others at once
	expect(sandbox().peakConcurrency()).toBe(7);
});

test('the rate-limit headers are obeyed: the window is waited out instead of hitting 429s', async () => {
	sandbox().setRateLimit({ limit: 10, windowMs: 1000 });
	const { items, error } = await runWithSandbox(
		sandbox(),
		NODE,
		{ resource: 'outboundVoiceProfile', operation: 'create', name: '={{ $json.name }}', requestOptions: { concurrency: 10 } },
		{ items: names(30) },
	);
	expect(error).toBeUndefined();
	expect(items).toHaveLength(30);
	const posts = apiRequests(sandbox(), 'POST');
	// a request or two may race the first answers of a window; a storm of 429s would not
	expect(posts.filter((r) => r.status === 429).length).toBeLessThanOrEqual(3);
	expect(sandbox().api.store.list('/outbound_voice_profiles')).toHaveLength(30);
});
