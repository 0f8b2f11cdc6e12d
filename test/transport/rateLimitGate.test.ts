/**
 * The rate-limit gate and the 429 path read `x-ratelimit-reset` whatever unit a server uses,
 * never wait longer than the retry cap, and let a cancelled execution go at once. Waits run on
 * a fake clock (n8n-workflow's sleep advances it) except where real cancellation is tested.
 */
import { RateLimitGate } from '../../nodes/shared/transport/rateLimitGate';
import { retryDelayMs } from '../../nodes/shared/transport/retryPolicy';
import { telnyxRequest } from '../../nodes/shared/transport/telnyxRequest';
import { fakeContext } from './fakeContext';

const START = Date.parse('2026-06-01T12:00:00Z');
const clock = { now: START, slept: [] as number[], fake: true };
jest.mock('n8n-workflow', () => {
	const actual = jest.requireActual('n8n-workflow');
	return {
		...actual,
		sleep: async (ms: number, signal?: AbortSignal) => {
			if (!clock.fake) return await actual.sleep(ms, signal);
			clock.slept.push(ms);
			clock.now += ms;
		},
	};
});
beforeEach(() => {
	clock.now = START;
	clock.slept = [];
	clock.fake = true;
});

const total = () => clock.slept.reduce((sum, ms) => sum + ms, 0);

function gateAfter(headers: Record<string, string>): RateLimitGate {
	const gate = new RateLimitGate(() => clock.now);
	gate.observe({ 'x-ratelimit-remaining': '0', ...headers }, clock.now);
	return gate;
}

test('a reset of 3600 seconds holds the next request for at most 30 s, like a 429 would', async () => {
	await gateAfter({ 'x-ratelimit-reset': '3600' }).take();
	expect(total()).toBeGreaterThan(0);
	expect(total()).toBeLessThanOrEqual(30_100);
});

test('a reset in epoch milliseconds is a moment two seconds away, not 1.8e15 ms', async () => {
	await gateAfter({ 'x-ratelimit-reset': String(clock.now + 2000) }).take();
	expect(total()).toBeGreaterThanOrEqual(2000);
	expect(total()).toBeLessThan(2200);
	const failure = { kind: 'status' as const, status: 429, headers: { 'x-ratelimit-reset': String(clock.now + 2000) } };
	expect(retryDelayMs(failure, 1, clock.now, () => 0)).toBe(2000);
});

test('a reset in epoch seconds is read as a moment too', async () => {
	await gateAfter({ 'x-ratelimit-reset': String(Math.floor(clock.now / 1000) + 4) }).take();
	expect(total()).toBeGreaterThanOrEqual(4000);
	expect(total()).toBeLessThan(4200);
});

test('garbage and negative resets are ignored', async () => {
	for (const reset of ['soon', '-5', '']) {
		clock.slept = [];
		await gateAfter({ 'x-ratelimit-reset': reset }).take();
		expect(total()).toBe(0);
	}
});

describe('cancellation, on real time', () => {
	beforeEach(() => (clock.fake = false));

	test('a gate holding requests lets a cancelled execution go at once', async () => {
		const gate = new RateLimitGate();
		gate.observe({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '20' });
		const controller = new AbortController();
		setTimeout(() => controller.abort(), 100);
		const started = Date.now();
		expect(await gate.take(controller.signal)).toBe(false);
		expect(Date.now() - started).toBeLessThan(1000);
	});

	test('a retry waiting out Retry-After stops when the execution is cancelled', async () => {
		const controller = new AbortController();
		const { context, requests } = fakeContext(() => ({ statusCode: 503, headers: { 'retry-after': '20' } }));
		Object.assign(context, { getExecutionCancelSignal: () => controller.signal });
		setTimeout(() => controller.abort(), 100);
		const started = Date.now();
		await expect(telnyxRequest.call(context, { method: 'GET', path: '/ips' })).rejects.toMatchObject({
			message: 'The execution was cancelled',
		});
		expect(Date.now() - started).toBeLessThan(1000);
		expect(requests).toHaveLength(1);
	});
});
