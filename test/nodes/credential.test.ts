/**
 * The Telnyx API credential: Bearer auth from the key, base URL override, and a credential
 * test that tells a good key from a wrong one.
 */
import { SANDBOX_API_KEY } from '../sandbox/server';
import { searchList, testCredential } from '../harness/n8nHarness';
import { apiRequests, runWithSandbox, sandboxCredentials, useSandbox } from '../helpers';

const sandbox = useSandbox();

test('a good key passes the credential test, sent as a Bearer token to the configured base URL', async () => {
	const result = await testCredential(sandboxCredentials(sandbox()));
	expect(result.status).toBe('OK');
	const [request] = apiRequests(sandbox(), 'GET', '/balance');
	expect(request.headers.authorization).toBe(`Bearer ${SANDBOX_API_KEY}`);
});

test('a wrong key fails the credential test with a message saying what to do', async () => {
	const result = await testCredential(sandboxCredentials(sandbox(), { apiKey: 'KEYNOTVALID' }));
	expect(result).toEqual({
		status: 'Error',
		message: 'Telnyx rejected the API key. Copy it again from the portal (Account → API Keys).',
	});
});

test('a key pasted with spaces around it still works, and a trailing slash on the base URL is harmless', async () => {
	const credentials = sandboxCredentials(sandbox(), { apiKey: `  ${SANDBOX_API_KEY}\n`, baseUrl: `${sandbox().url}/` });
	expect((await testCredential(credentials)).status).toBe('OK');
	await searchList({ node: 'telnyxSipTrunking', method: 'searchConnection', credentials });
	expect(apiRequests(sandbox(), 'GET', '/connections')).toHaveLength(1);
});

describe('the Base URL is read the same way by the credential test and by the nodes', () => {
	test.each<[string, (url: string) => string]>([
		['surrounding spaces', (url) => `  ${url}\t `],
		['a user name and password in it', (url) => url.replace('http://', 'http://someone:secret@')],
		['a query string', (url) => `${url}?region=eu`],
		['trailing slashes and a fragment', (url) => `${url}//#top`],
	])('%s: the credential test passes and the nodes reach the right path with the Bearer key', async (_name, variant) => {
		const credentials = sandboxCredentials(sandbox(), { baseUrl: variant(sandbox().url) });
		expect(await testCredential(credentials)).toEqual({ status: 'OK', message: 'Connection successful!' });
		const { items, error } = await runWithSandbox(
			sandbox(),
			'telnyxSipTrunking',
			{ resource: 'ip', operation: 'getAll', returnAll: true },
			{ credentials: { baseUrl: variant(sandbox().url) } },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(0);
		const [balance] = apiRequests(sandbox(), 'GET', '/balance');
		const [ips] = apiRequests(sandbox(), 'GET', '/ips');
		for (const request of [balance, ips]) expect(request.headers.authorization).toBe(`Bearer ${SANDBOX_API_KEY}`);
		expect(ips.query).toEqual({ 'page[number]': '1', 'page[size]': '250' });
	});
});
