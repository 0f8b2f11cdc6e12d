/**
 * What users see when Telnyx refuses a request: an error they can act on, failing items on
 * the Error output while the others carry on, and never the API key.
 */
import { apiRequests, locator, runWithSandbox, useSandbox } from '../helpers';

const sandbox = useSandbox();
const NODE = 'telnyxSipTrunking';

const createWithWebhook = {
	resource: 'credentialConnection',
	operation: 'create',
	connectionName: '={{ $json.name }}',
	userName: '={{ $json.user }}',
	password: 'correct-horse-battery',
	additionalFields: { webhookEventUrl: '={{ $json.webhook }}' },
};

const fiveOffices = ['north', 'east', 'south', 'west', 'centre'].map((name) => ({
	name: `office-${name}`,
	user: `user${name}00`,
	// a URL the node accepts but Telnyx refuses: webhooks must be http(s)
	webhook: name === 'south' ? 'ftp://files.example.com/south' : `https://hooks.example.com/${name}`,
}));

test('a 422 for one of five items lands on the Error output while the other four are created', async () => {
	const { items, errorItems, error } = await runWithSandbox(sandbox(), NODE, createWithWebhook, {
		items: fiveOffices,
		onError: 'continueErrorOutput',
	});
	expect(error).toBeUndefined();
	expect(items.map((i) => [i.json.connection_name, i.pairedItem])).toEqual([
		['office-north', { item: 0 }],
		['office-east', { item: 1 }],
		['office-west', { item: 3 }],
		['office-centre', { item: 4 }],
	]);
	expect(errorItems).toHaveLength(1);
	expect(errorItems[0].pairedItem).toEqual({ item: 2 });
	expect(errorItems[0].json.error).toEqual({
		message: '422 Invalid URL — webhook_event_url',
		httpCode: '422',
		code: '10003',
		title: 'Invalid URL',
		detail: 'The URL provided was invalid, malformed, or too long. URLs can be a maximum of 2000 characters.',
		field: 'webhook_event_url',
		// the field is in the message already; the description does not repeat it
		description: 'The URL provided was invalid, malformed, or too long. URLs can be a maximum of 2000 characters.',
	});
	// n8n adds the input item's fields, so the failing record can be fixed and retried
	expect(errorItems[0].json).toMatchObject({ name: 'office-south', user: 'usersouth00' });
	expect(apiRequests(sandbox(), 'POST', '/credential_connections')).toHaveLength(5);
	expect(sandbox().api.store.list('/credential_connections')).toHaveLength(4);
});

test('without error handling the run stops at the failing item with a NodeApiError', async () => {
	const oneAtATime = { ...createWithWebhook, requestOptions: { concurrency: 1 } };
	const { error, items } = await runWithSandbox(sandbox(), NODE, oneAtATime, { items: fiveOffices });
	expect(items).toHaveLength(0);
	expect(error?.name).toBe('NodeApiError');
	expect(error?.message).toBe('422 Invalid URL — webhook_event_url');
	expect(error?.httpCode).toBe('422');
	expect(error?.description).toContain('The URL provided was invalid');
	expect(error?.context?.itemIndex).toBe(2);
	// one at a time: items before the failing one were sent; none after it
	expect(apiRequests(sandbox(), 'POST', '/credential_connections')).toHaveLength(3);
});

test('with several requests at once, no item starts after a failure is known', async () => {
	const items = Array.from({ length: 20 }, (_, i) => ({
		name: `office-${i}`,
		user: `user${String(i).padStart(6, '0')}`,
		webhook: i === 0 ? 'ftp://files.example.com/0' : `https://hooks.example.com/${i}`,
	}));
	const { error } = await runWithSandbox(
		sandbox(),
		NODE,
		{ ...createWithWebhook, requestOptions: { concurrency: 4 } },
		{ items },
	);
	expect(error?.context?.itemIndex).toBe(0);
	// the four first were under way together; the failure stopped the other sixteen
	expect(apiRequests(sandbox(), 'POST', '/credential_connections').length).toBeLessThanOrEqual(4 + 3);
	expect(apiRequests(sandbox(), 'POST', '/credential_connections').length).toBeLessThan(20);
});

test('"Continue" (regular output) keeps the error next to the successes, in input order', async () => {
	const { items } = await runWithSandbox(sandbox(), NODE, createWithWebhook, {
		items: fiveOffices,
		onError: 'continueRegularOutput',
	});
	expect(items).toHaveLength(5);
	expect(items[2].json.error).toMatchObject({ message: '422 Invalid URL — webhook_event_url', code: '10003' });
	expect(items.map((i) => i.pairedItem)).toEqual([0, 1, 2, 3, 4].map((item) => ({ item })));
});

test('several errors from Telnyx are all reported', async () => {
	const { errorItems } = await runWithSandbox(
		sandbox(),
		NODE,
		{
			...createWithWebhook,
			additionalFields: { webhookEventUrl: 'ftp://nope.example.com', webhookEventFailoverUrl: 'gopher://old.example.com' },
		},
		{ items: [fiveOffices[0]], onError: 'continueErrorOutput' },
	);
	const error = errorItems[0].json.error as { errors: unknown[]; message: string; description: string };
	expect(error.errors).toHaveLength(2);
	// each field is named once (the first in the message), each detail a sentence of its own
	const text = `${error.message} ${error.description}`;
	for (const field of ['webhook_event_url', 'webhook_event_failover_url']) expect(text.split(field)).toHaveLength(2);
	expect(error.description).toMatch(/characters\. The URL .* characters \(webhook_event_\w+\)\.$/);
});

test('a missing record reads as a 404 with a hint about the id', async () => {
	const { error } = await runWithSandbox(sandbox(), NODE, {
		resource: 'ipConnection',
		operation: 'get',
		ipConnectionId: locator('1234567890'),
	});
	expect(error?.message).toBe('404 Resource not found');
	expect(error?.httpCode).toBe('404');
	expect(error?.description).toBe(
		'No record 1234567890 in /ip_connections. Check the ID: the record may have been deleted or belong to another account.',
	);
});

test('a wrong API key reads as a 401, and the key appears nowhere in the error or the run', async () => {
	const wrongKey = 'KEYWRONG4242424242424242424242';
	const result = await runWithSandbox(
		sandbox(),
		NODE,
		{ resource: 'connection', operation: 'getAll', returnAll: true },
		{ credentials: { apiKey: wrongKey } },
	);
	expect(result.error?.message).toBe('401 Authentication failed');
	expect(result.error?.description).toContain('Check the API key');
	const everything = JSON.stringify(result.run) + JSON.stringify(result.error) + String(result.error?.stack);
	expect(everything).not.toContain(wrongKey);
	expect(everything).not.toContain(sandbox().apiKey);
	// a 401 is final: asking again cannot help
	expect(apiRequests(sandbox(), 'GET', '/connections')).toHaveLength(1);
});

test('the API key is not in the Error output of a failed item either', async () => {
	const { errorItems, run } = await runWithSandbox(sandbox(), NODE, createWithWebhook, {
		items: fiveOffices,
		onError: 'continueErrorOutput',
	});
	expect(errorItems).toHaveLength(1);
	expect(JSON.stringify(run)).not.toContain(sandbox().apiKey);
});
