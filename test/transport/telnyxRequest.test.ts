/**
 * The one transport, against scripted answers: which failures are retried, how long it waits
 * (n8n-workflow's sleep is recorded instead of slept), and what the final error says.
 */
import type { IHttpRequestOptions } from 'n8n-workflow';
import { MAX_ATTEMPTS, retryDelayMs } from '../../nodes/shared/transport/retryPolicy';
import { telnyxRequest, type TelnyxRequest } from '../../nodes/shared/transport/telnyxRequest';
import { fakeContext, type FakeResponse } from './fakeContext';

const slept: number[] = [];
jest.mock('n8n-workflow', () => ({
	...jest.requireActual('n8n-workflow'),
	sleep: async (ms: number) => {
		slept.push(ms);
	},
}));
beforeEach(() => (slept.length = 0));

type Step = FakeResponse | Error;

function script(...steps: Step[]) {
	let index = 0;
	return fakeContext(() => {
		const step = steps[Math.min(index++, steps.length - 1)];
		if (step instanceof Error) throw step;
		return step;
	});
}

function networkError(code: string): Error {
	return Object.assign(new Error(`connect ${code} 127.0.0.1:9`), { code });
}

const ok: FakeResponse = { statusCode: 200, body: { data: { id: '1' } } };
const telnyx503: FakeResponse = { statusCode: 503, body: { errors: [{ code: '10037', title: 'Service unavailable' }] } };
const get: TelnyxRequest = { method: 'GET', path: '/ips/1' };
const post: TelnyxRequest = { method: 'POST', path: '/ips', body: { ip_address: '192.0.2.1' } };

async function send(context: ReturnType<typeof script>['context'], request: TelnyxRequest) {
	return telnyxRequest.call(context, request);
}

test('sends to the base URL from the credential with a timeout and JSON accept header', async () => {
	const { context, requests } = script(ok);
	const response = await send(context, { ...get, qs: { 'filter[x]': 'y' } });
	expect(response.body).toEqual({ data: { id: '1' } });
	const sent = requests[0] as IHttpRequestOptions;
	expect(sent).toMatchObject({
		method: 'GET',
		url: 'http://telnyx.test/v2/ips/1',
		qs: { 'filter[x]': 'y' },
		timeout: 30_000,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		json: true,
	});
	expect(sent.headers).toMatchObject({ Accept: 'application/json' });
});

test('5xx on a GET is retried with growing, jittered delays until it succeeds', async () => {
	const { context, requests } = script(telnyx503, telnyx503, { statusCode: 502, body: '' }, ok);
	expect((await send(context, get)).statusCode).toBe(200);
	expect(requests).toHaveLength(4);
	expect(slept).toHaveLength(3);
	expect(slept[0]).toBeGreaterThanOrEqual(250);
	expect(slept[0]).toBeLessThanOrEqual(500);
	expect(slept[1]).toBeGreaterThanOrEqual(500);
	expect(slept[2]).toBeGreaterThanOrEqual(1000);
	expect(slept[2]).toBeLessThanOrEqual(2000);
});

test(`gives up after ${MAX_ATTEMPTS} attempts and says so`, async () => {
	const { context, requests } = script(telnyx503);
	await expect(send(context, get)).rejects.toMatchObject({
		message: '503 Service unavailable',
		httpCode: '503',
		description: expect.stringContaining(`Gave up after ${MAX_ATTEMPTS} attempts`),
	});
	expect(requests).toHaveLength(MAX_ATTEMPTS);
});

test('5xx on a POST is not repeated: the record may already exist', async () => {
	const { context, requests } = script(telnyx503, ok);
	await expect(send(context, post)).rejects.toMatchObject({ httpCode: '503' });
	expect(requests).toHaveLength(1);
});

test('a POST marked idempotent (an action safe to repeat) is retried on 5xx', async () => {
	const { context, requests } = script(telnyx503, ok);
	await send(context, { ...post, idempotent: true });
	expect(requests).toHaveLength(2);
});

test('429 is retried for any method, waiting for the rate-limit window to reset', async () => {
	const { context, requests } = script(
		{ statusCode: 429, headers: { 'x-ratelimit-reset': '2', 'x-ratelimit-remaining': '0' }, body: { errors: [{ code: '10011' }] } },
		ok,
	);
	await send(context, post);
	expect(requests).toHaveLength(2);
	expect(slept[0]).toBeGreaterThanOrEqual(2000);
	expect(slept[0]).toBeLessThan(2100);
});

test('Retry-After wins over backoff, in seconds or as an HTTP date', async () => {
	const { context } = script({ statusCode: 503, headers: { 'retry-after': '3' } }, ok);
	await send(context, get);
	expect(slept).toEqual([3000]);
	const now = Date.parse('2026-01-01T00:00:00Z');
	expect(
		retryDelayMs({ kind: 'status', status: 429, headers: { 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' } }, 1, now),
	).toBe(5000);
	expect(retryDelayMs({ kind: 'status', status: 429, headers: { 'retry-after': '9999' } }, 1)).toBe(30_000);
	expect(retryDelayMs({ kind: 'status', status: 429, headers: { 'x-ratelimit-reset': String(now / 1000 + 4) } }, 1, now, () => 0)).toBe(
		4000,
	);
});

test('connection refused is retried even for a POST: it never reached Telnyx', async () => {
	const { context, requests } = script(networkError('ECONNREFUSED'), ok);
	await send(context, post);
	expect(requests).toHaveLength(2);
});

test('a dropped connection is retried for a GET but not for a POST', async () => {
	const reset = networkError('ECONNRESET');
	const first = script(reset, ok);
	await send(first.context, get);
	expect(first.requests).toHaveLength(2);

	const second = script(reset, ok);
	await expect(send(second.context, post)).rejects.toMatchObject({
		message: 'The connection to telnyx.test failed (ECONNRESET)',
		description: expect.stringContaining('may or may not have been applied'),
	});
	expect(second.requests).toHaveLength(1);
});

test('a timeout is reported as such', async () => {
	const { context } = script(new Error('timeout of 30000ms exceeded'));
	await expect(send(context, post)).rejects.toMatchObject({ message: 'Telnyx did not answer in time (telnyx.test)' });
});

test('an unreachable host names the base URL to check, after retrying', async () => {
	const { context, requests } = script(networkError('ENOTFOUND'));
	await expect(send(context, get)).rejects.toMatchObject({
		message: 'Could not resolve telnyx.test',
		description: expect.stringContaining('Check the Base URL'),
	});
	expect(requests).toHaveLength(MAX_ATTEMPTS);
});

test('a 2xx body that is not JSON is retried for a GET and reported if it persists', async () => {
	const { context, requests } = script({ statusCode: 200, body: '<html>gateway</html>' });
	await expect(send(context, get)).rejects.toMatchObject({ message: 'Telnyx answered 200 with a body that is not valid JSON' });
	expect(requests).toHaveLength(MAX_ATTEMPTS);
});

test('4xx other than 429 is final', async () => {
	for (const status of [400, 401, 403, 404, 409, 422]) {
		const { context, requests } = script({ statusCode: status, body: { errors: [{ title: 'No' }] } });
		await expect(send(context, get)).rejects.toMatchObject({ httpCode: String(status) });
		expect(requests).toHaveLength(1);
	}
});

test('an HTML error page becomes a readable error without the page', async () => {
	const { context } = script({ statusCode: 400, body: '<html><body><h1>400 Bad Request</h1></body></html>' });
	const error = await send(context, get).catch((e: Error) => e);
	expect(error).toMatchObject({ message: '400 Bad Request' });
	expect(JSON.stringify(error)).not.toContain('<html>');
});

test('binary and text responses are read as bytes and text', async () => {
	const bytes = Buffer.from([0x49, 0x44, 0x33, 0x00, 0xff]);
	const binary = script({ statusCode: 200, body: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) });
	expect((await telnyxRequest.call(binary.context, { ...get, responseKind: 'binary' })).body).toEqual(bytes);
	expect(binary.requests[0]).toMatchObject({ encoding: 'arraybuffer', json: false });

	const text = script({ statusCode: 200, body: Buffer.from('[Interface]\nPrivateKey = x\n') });
	expect((await telnyxRequest.call(text.context, { ...get, responseKind: 'text' })).body).toBe('[Interface]\nPrivateKey = x\n');
});
