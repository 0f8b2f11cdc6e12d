/**
 * Telnyx's API never redirects. A redirect to another host (a compromised proxy, a typo in the
 * Base URL) must not carry the API key or a request body there, nor pass that host's answer
 * off as Telnyx's. Download links lead to storage hosts and may redirect, but never carry the key.
 */
import { apiRequests, locator, runWithSandbox, useSandbox } from '../helpers';
import { startForeignOrigin, type ForeignOrigin } from '../sandbox/foreign';

const sandbox = useSandbox();
let foreign: ForeignOrigin;

beforeAll(async () => {
	foreign = await startForeignOrigin();
});
beforeEach(() => (foreign.requests.length = 0));
afterAll(async () => {
	await foreign.stop();
});

const foreignHost = () => new URL(foreign.origin).host;

test.each([301, 302, 303, 307, 308] as const)(
	'a GET answered %i to another host fails naming the status and host; nothing goes there',
	async (status) => {
		const [ip] = sandbox().seed('/ips', [{ ip_address: '192.0.2.10', port: 5060 }]);
		sandbox().faults.add({ fault: { kind: 'redirect', status, location: `${foreign.origin}/v2/ips/${ip.id}` }, times: 5, method: 'GET' });
		const { items, errorItems } = await runWithSandbox(
			sandbox(),
			'telnyxSipTrunking',
			{ resource: 'ip', operation: 'get', ipId: locator(ip.id as string) },
			{ onError: 'continueErrorOutput' },
		);
		expect(items).toHaveLength(0);
		const error = errorItems[0].json.error as { message: string; description: string };
		expect(error.message).toBe(`Telnyx answered ${status} with a redirect to ${foreignHost()}`);
		expect(error.description).toContain('not followed');
		expect(JSON.stringify(errorItems)).not.toContain(sandbox().apiKey);
		expect(foreign.requests).toHaveLength(0);
		// a redirect is not a passing fault: asking again cannot help
		expect(apiRequests(sandbox(), 'GET')).toHaveLength(1);
	},
);

test('a create answered 307 is not sent on: no body and no key at the other host, nothing created', async () => {
	sandbox().faults.add({ fault: { kind: 'redirect', status: 307, location: `${foreign.origin}/v2/outbound_voice_profiles` }, times: 1, method: 'POST' });
	const { items, errorItems } = await runWithSandbox(
		sandbox(),
		'telnyxSipTrunking',
		{ resource: 'outboundVoiceProfile', operation: 'create', name: 'Redirected profile' },
		{ onError: 'continueErrorOutput' },
	);
	expect(items).toHaveLength(0);
	expect((errorItems[0].json.error as { message: string }).message).toBe(`Telnyx answered 307 with a redirect to ${foreignHost()}`);
	expect(foreign.requests).toHaveLength(0);
	expect(sandbox().api.store.list('/outbound_voice_profiles')).toHaveLength(0);
});

test('a download link that redirects to another host is followed, without the key at either', async () => {
	const file = sandbox().putFile('moved.mp3', 'ID3 moved', 'audio/mpeg');
	const link = `${foreign.origin}/redirect?to=${encodeURIComponent(file)}`;
	const [recording] = sandbox().seed('/recordings', [{ download_urls: { mp3: link } }]);
	const { items, error } = await runWithSandbox(sandbox(), 'telnyxVoiceIntegrations', {
		resource: 'recording',
		operation: 'download',
		recordingId: locator(recording.id as string),
	});
	expect(error).toBeUndefined();
	expect(items[0].json).toMatchObject({ fileSize: 'ID3 moved'.length });
	expect(foreign.requests).toHaveLength(1);
	expect(foreign.requests[0].headers.authorization).toBeUndefined();
	const landed = sandbox().requests.find((r) => r.path === '/__files/moved.mp3');
	expect(landed?.headers.authorization).toBeUndefined();
});
