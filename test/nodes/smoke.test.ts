import { apiRequests, runWithSandbox, useSandbox } from '../helpers';

const sandbox = useSandbox();

test('creates a credential connection through n8n', async () => {
	const result = await runWithSandbox(sandbox(), 'telnyxSipTrunking', {
		resource: 'credentialConnection',
		operation: 'create',
		connectionName: 'office',
		userName: 'office1234',
		password: 'correct-horse-battery',
		additionalFields: { tags: 'a, b', inbound: { channelLimit: 10, aniNumberFormat: '+E.164' } },
	});
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(1);
	const [request] = apiRequests(sandbox(), 'POST', '/credential_connections');
	expect(request.body).toEqual({
		connection_name: 'office',
		user_name: 'office1234',
		password: 'correct-horse-battery',
		tags: ['a', 'b'],
		inbound: { channel_limit: 10, ani_number_format: '+E.164' },
	});
	expect(request.headers.authorization).toBe(`Bearer ${sandbox().apiKey}`);
	expect(result.items[0].json).toMatchObject({ connection_name: 'office', record_type: 'credential_connection' });
});
