/**
 * The searchable id dropdowns (resource locators in list mode), called as the editor calls them.
 */
import { searchList } from '../harness/n8nHarness';
import { apiRequests, sandboxCredentials, useSandbox } from '../helpers';

const sandbox = useSandbox();

function search(method: string, filter?: string, paginationToken?: string) {
	return searchList({
		node: 'telnyxSipTrunking',
		method,
		filter,
		paginationToken,
		credentials: sandboxCredentials(sandbox()),
	});
}

test('every resource with an id dropdown has a search method', async () => {
	for (const method of [
		'searchAccessIpRange',
		'searchConnection',
		'searchCredentialConnection',
		'searchFqdnConnection',
		'searchFqdn',
		'searchIpConnection',
		'searchIp',
		'searchOutboundVoiceProfile',
	]) {
		await expect(search(method)).resolves.toEqual({ results: [] });
	}
});

test('outbound voice profiles are listed by name with their id, searched on the server', async () => {
	const [a, , c] = sandbox().seed('/outbound_voice_profiles', [
		{ name: 'US retail' },
		{ name: 'EU wholesale' },
		{ name: 'US wholesale' },
	]);
	const all = await search('searchOutboundVoiceProfile');
	expect(all.results.map((r) => r.name)).toEqual([
		`US retail (${a.id})`,
		expect.stringMatching(/^EU wholesale \(/),
		`US wholesale (${c.id})`,
	]);
	expect(all.results[0].value).toBe(a.id);

	const found = await search('searchOutboundVoiceProfile', 'wholesale');
	expect(found.results.map((r) => r.value)).toEqual([expect.any(String), c.id]);
	expect(apiRequests(sandbox(), 'GET').at(-1)?.query['filter[name][contains]']).toBe('wholesale');
});

test('short search text filters the page without asking the server', async () => {
	sandbox().seed('/credential_connections', [
		{ connection_name: 'office-us', user_name: 'officeus1' },
		{ connection_name: 'office-eu', user_name: 'officeeu1' },
	]);
	const found = await search('searchCredentialConnection', 'eu');
	expect(found.results.map((r) => r.name)).toEqual([expect.stringMatching(/^office-eu \(/)]);
	expect(apiRequests(sandbox(), 'GET')[0].query['filter[connection_name][contains]']).toBeUndefined();
});

test('long lists come a page at a time with a token for the next one', async () => {
	sandbox().seed(
		'/fqdn_connections',
		Array.from({ length: 130 }, (_, i) => ({ connection_name: `edge-${i}` })),
	);
	const first = await search('searchFqdnConnection');
	expect(first.results).toHaveLength(100);
	expect(first.paginationToken).toBe('2');
	const second = await search('searchFqdnConnection', undefined, first.paginationToken as string);
	expect(second.results).toHaveLength(30);
	expect(second.paginationToken).toBeUndefined();
	expect(new Set([...first.results, ...second.results].map((r) => r.value)).size).toBe(130);
});

test('IPs are listed by address with their id', async () => {
	const [ip] = sandbox().seed('/ips', [{ ip_address: '192.0.2.7', port: 5060 }]);
	expect((await search('searchIp')).results).toEqual([{ name: `192.0.2.7 (${ip.id})`, value: ip.id }]);
});
