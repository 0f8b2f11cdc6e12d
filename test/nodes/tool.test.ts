/**
 * The nodes as tools of n8n's AI Agent. n8n's tool invocation hands the agent the error's
 * message followed by "Details:" and its description; that text must say each thing once,
 * in sentences.
 */
import { runAsTool } from '../harness/toolHarness';
import { locator, sandboxCredentials, useSandbox } from '../helpers';

const sandbox = useSandbox();

function asTool(parameters: Record<string, unknown>) {
	return runAsTool({ node: 'telnyxSipTrunking', parameters: parameters as never, credentials: sandboxCredentials(sandbox()) });
}

test('a 422 reads once: the field named in the message is not repeated in the details', async () => {
	const { error } = await asTool({
		resource: 'credentialConnection',
		operation: 'create',
		connectionName: 'office',
		userName: 'office1234',
		password: 'correct-horse-battery',
		additionalFields: { webhookEventUrl: 'ftp://files.example.com/x' },
	});
	expect(error?.message).toBe(
		'422 Invalid URL — webhook_event_url\n\nDetails: The URL provided was invalid, malformed, or too long. URLs can be a maximum of 2000 characters.',
	);
});

test('a 404 reads as sentences, each ending with a full stop', async () => {
	const { error } = await asTool({ resource: 'credentialConnection', operation: 'get', credentialConnectionId: locator('does-not-exist-123') });
	expect(error?.message).toBe(
		'404 Resource not found\n\nDetails: No record does-not-exist-123 in /credential_connections. Check the ID: the record may have been deleted or belong to another account.',
	);
});
