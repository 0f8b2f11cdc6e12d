/**
 * What was applied is never hidden: a create whose wait fails says it was created and carries
 * the record; a run that stops on one item says which others went through; a recording
 * download reads the record in the spec's envelope; ids and limits that are not what they
 * should be are refused before anything is sent. (Issue 15, items 5, 7, 14 and 16.)
 */
import { apiRequests, locator, runWithSandbox, useSandbox } from '../helpers';

const sandbox = useSandbox();

describe('Wait for Completion after a create that went through', () => {
	test('a poll that fails says the create was applied, and the Error output carries the created record', async () => {
		const [network] = sandbox().seed('/networks', [{ name: 'core' }]);
		// the create succeeds; the first poll finds nothing
		sandbox().faults.add({ fault: { kind: 'status', status: 404 }, times: 1, method: 'GET', path: '/public_internet_gateways/' });
		const result = await runWithSandbox(
			sandbox(),
			'telnyxNetworking',
			{
				resource: 'publicInternetGateway',
				operation: 'create',
				additionalFields: { name: 'edge', networkId: locator(network.id as string), regionCode: 'ashburn-va' },
				waitForCompletion: true,
				waitTimeoutSeconds: 30,
			},
			{ onError: 'continueErrorOutput' },
		);
		const [created] = sandbox().api.store.list('/public_internet_gateways');
		expect(result.errorItems).toHaveLength(1);
		const { error } = result.errorItems[0].json as { error: { message: string; description: string; created: { id: string } } };
		expect(error.message).toMatch(new RegExp(`^Create was applied \\(id ${created.id as string}\\), but waiting for it to finish failed: 404 `));
		expect(error.description).toContain('Do not run the create again');
		expect(error.created.id).toBe(created.id);
		expect(apiRequests(sandbox(), 'POST', '/public_internet_gateways')).toHaveLength(1);
	});
});

describe('a run that stops on one item of many', () => {
	test('the error says how many other items were already applied, and which', async () => {
		const items = Array.from({ length: 20 }, (_, i) => ({ name: `profile-${i}` }));
		// Telnyx refuses one of the creates sent side by side; the others in flight go through
		sandbox().faults.add({ fault: { kind: 'status', status: 422 }, times: 1, method: 'POST', path: '/outbound_voice_profiles' });
		const result = await runWithSandbox(
			sandbox(),
			'telnyxSipTrunking',
			{ resource: 'outboundVoiceProfile', operation: 'create', name: '={{ $json.name }}' },
			{ items },
		);
		const applied = sandbox().api.store.list('/outbound_voice_profiles').length;
		expect(result.error?.message).toMatch(/^422 /);
		expect(applied).toBeGreaterThan(0);
		expect(result.error?.description).toContain(`${applied} other item(s) had already been sent and applied when the node stopped:`);
		expect(result.error?.description).toContain('Check them before running the node again.');
	});

	test('a failing read says nothing about applied items: reads change nothing', async () => {
		const [ip] = sandbox().seed('/ips', [{ ip_address: '192.0.2.1' }]);
		const result = await runWithSandbox(
			sandbox(),
			'telnyxSipTrunking',
			{ resource: 'ip', operation: 'get', ipId: locator('={{ $json.id }}') },
			{ items: [{ id: ip.id as string }, { id: 'missing' }, { id: ip.id as string }] },
		);
		expect(result.error?.message).toMatch(/^404 /);
		expect(result.error?.description ?? '').not.toContain('already been sent and applied');
	});
});

describe('recording downloads', () => {
	test('the record is read from the spec\'s { data } envelope before its link is fetched', async () => {
		const url = sandbox().putFile('call.mp3', Buffer.from('ID3 call'), 'audio/mpeg');
		const [recording] = sandbox().seed('/recordings', [{ download_urls: { mp3: url, wav: url } }]);
		const result = await runWithSandbox(sandbox(), 'telnyxVoiceIntegrations', {
			resource: 'recording',
			operation: 'download',
			recordingId: locator(recording.id as string),
		});
		expect(result.error).toBeUndefined();
		const read = apiRequests(sandbox(), 'GET', `/recordings/${recording.id as string}`)[0];
		expect(read.status).toBe(200);
		expect(result.items[0].json).toMatchObject({ fileName: `recording-${recording.id as string}.mp3`, record: { id: recording.id } });
	});
});

describe('ids and limits from expressions', () => {
	test.each([
		['an object', '={{ { id: 1 } }}', /must be text, the ID of one record; got an object/],
		['a list', '={{ [1, 2] }}', /must be text, the ID of one record; got a list/],
		['true', '={{ true }}', /must be text, the ID of one record; got boolean/],
		['0/0', '={{ 0/0 }}', /must be an ID; got NaN/],
		['1/0', '={{ 1/0 }}', /must be an ID; got Infinity/],
	])('an ID that is %s is refused, naming the field', async (_name, expression, message) => {
		const result = await runWithSandbox(sandbox(), 'telnyxSipTrunking', { resource: 'ip', operation: 'get', ipId: locator(expression) });
		expect(result.error?.message).toMatch(/^"IP ID" \(id\) /);
		expect(result.error?.message).toMatch(message);
		expect(apiRequests(sandbox())).toHaveLength(0);
	});

	test.each([['"abc"', 'abc'], ['-1', -1], ['0', 0], ['null', null]])('a Limit of %s is refused, naming the field', async (_name, limit) => {
		const result = await runWithSandbox(sandbox(), 'telnyxSipTrunking', {
			resource: 'ip',
			operation: 'getAll',
			returnAll: false,
			limit: limit as never,
		});
		expect(result.error?.message).toMatch(/^"Limit" must be a whole number of at least 1/);
		expect(apiRequests(sandbox())).toHaveLength(0);
	});
});
