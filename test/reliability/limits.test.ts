/**
 * Nothing hangs and nothing is read without bound: an answer that trickles in is cut off at the
 * timeout (axios alone only notices a silent connection), and an answer larger than any Telnyx
 * JSON is refused without reading it all.
 */
import { apiRequests, locator, runWithSandbox, useSandbox } from '../helpers';

const sandbox = useSandbox();
const NODE = 'telnyxSipTrunking';

function readIp(requestOptions = {}) {
	const [ip] = sandbox().seed('/ips', [{ ip_address: '192.0.2.80', port: 5060 }]);
	return runWithSandbox(
		sandbox(),
		NODE,
		{ resource: 'ip', operation: 'get', ipId: locator(ip.id as string), requestOptions },
		{ onError: 'continueErrorOutput' },
	);
}

async function timed<T>(run: () => Promise<T>): Promise<T & { ms: number }> {
	const started = Date.now();
	const result = await run();
	return { ...result, ms: Date.now() - started };
}

describe('an overall deadline per attempt', () => {
	test('an answer trickling in one byte every 500 ms is cut off at the 2 s timeout and asked again', async () => {
		sandbox().faults.add({ fault: { kind: 'drip', everyMs: 500 }, times: 1, method: 'GET' });
		const { items, errorItems, ms } = await timed(() => readIp({ timeoutSeconds: 2 }));
		expect(errorItems).toHaveLength(0);
		expect(items[0].json.ip_address).toBe('192.0.2.80');
		expect(apiRequests(sandbox(), 'GET')).toHaveLength(2);
		// 2 s for the trickle, a backoff of at most 0.5 s, then a prompt answer (the trickle alone
		// would take two minutes); room left for a busy machine
		expect(ms).toBeLessThan(6000);
	}, 20_000);

	test('a create whose answer trickles is reported as possibly applied at the timeout, not repeated', async () => {
		sandbox().faults.add({ fault: { kind: 'drip', everyMs: 500 }, times: 1, method: 'POST' });
		const { items, errorItems, ms } = await timed(() =>
			runWithSandbox(
				sandbox(),
				NODE,
				{ resource: 'outboundVoiceProfile', operation: 'create', name: 'Trickled', requestOptions: { timeoutSeconds: 2 } },
				{ onError: 'continueErrorOutput' },
			),
		);
		expect(items).toHaveLength(0);
		const error = errorItems[0].json.error as { message: string; description: string };
		expect(error.message).toMatch(/did not answer in time/);
		expect(error.description).toContain('may or may not have been applied');
		expect(ms).toBeLessThan(5000);
		expect(apiRequests(sandbox(), 'POST')).toHaveLength(1);
		expect(sandbox().api.store.list('/outbound_voice_profiles')).toHaveLength(1);
	}, 20_000);
});

describe('a maximum answer size', () => {
	test.each([
		['sent in chunks', false],
		['announced by Content-Length', true],
	])('a 60 MB answer %s is refused with a clear error, without reading it all', async (_name, contentLength) => {
		sandbox().faults.add({ fault: { kind: 'huge', bytes: 60 * 1024 * 1024, contentLength }, times: 5, method: 'GET' });
		const { items, errorItems } = await readIp();
		expect(items).toHaveLength(0);
		const error = errorItems[0].json.error as { message: string; description: string };
		expect(error.message).toBe("Telnyx's answer is larger than 16 MB, more than a JSON answer can be");
		expect(error.description).toContain('Use filters or a Limit');
		// refused, not asked again: the answer would be as large the next time
		const [request] = apiRequests(sandbox(), 'GET');
		expect(apiRequests(sandbox(), 'GET')).toHaveLength(1);
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(request.bytesSent ?? 0).toBeLessThan((contentLength ? 8 : 24) * 1024 * 1024);
	}, 30_000);
});

describe('rate-limit headers that make no sense', () => {
	test('a reset given in epoch milliseconds holds Return All for a moment, not for ever', async () => {
		sandbox().seed('/ips', Array.from({ length: 300 }, (_, i) => ({ ip_address: `198.51.100.${i % 250}`, port: 5060 + i })));
		const reset = String(Date.now() + 1000);
		sandbox().faults.add({ fault: { kind: 'headers', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } }, times: 1, method: 'GET' });
		const { items, errorItems, ms } = await timed(() =>
			runWithSandbox(sandbox(), NODE, { resource: 'ip', operation: 'getAll', returnAll: true }, { onError: 'continueErrorOutput' }),
		);
		expect(errorItems).toHaveLength(0);
		expect(items).toHaveLength(300);
		expect(ms).toBeLessThan(5000);
	}, 15_000);
});
