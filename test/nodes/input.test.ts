/**
 * Bad input is stopped before any request, with a NodeOperationError that names the field
 * and the fix; under "Continue (using error output)" only the bad item is set aside.
 */
import type { INodeParameters } from 'n8n-workflow';
import { apiRequests, locator, runWithSandbox, useSandbox } from '../helpers';

const sandbox = useSandbox();
const NODE = 'telnyxSipTrunking';

async function rejected(parameters: INodeParameters, items?: object[]) {
	const result = await runWithSandbox(sandbox(), NODE, parameters, { items: items as never });
	expect(result.error?.name).toBe('NodeOperationError');
	expect(apiRequests(sandbox())).toHaveLength(0);
	return result.error!;
}

test('a caller number that is not E.164 names the field and the expected format', async () => {
	const error = await rejected({
		resource: 'outboundVoiceProfile',
		operation: 'create',
		name: 'Recorded calls',
		additionalFields: { callRecording: { callRecordingCallerPhoneNumbers: '+13125550100, 312-555-0101' } },
	});
	expect(error.message).toContain('(call_recording_caller_phone_numbers)');
	expect(error.message).toContain('312-555-0101');
	expect(`${error.message} ${error.description}`).toMatch(/E\.164/);
});

test('a list given as JSON text must parse', async () => {
	const error = await rejected({
		resource: 'credentialConnection',
		operation: 'create',
		connectionName: 'office',
		userName: 'office1234',
		password: 'correct-horse-battery',
		additionalFields: { tags: '={{ \'["sales", "emea"\' }}' },
	});
	expect(error.message).toMatch(/^"Tags" \(tags\) is not valid JSON/);
	expect(error.description).toContain('Check quotes, commas and brackets');
});

test('a missing id is refused before the request, naming the field', async () => {
	// n8n itself refuses a required field left blank; an expression that comes out empty reaches the node
	const error = await rejected(
		{ resource: 'fqdnConnection', operation: 'get', fqdnConnectionId: locator('={{ $json.connectionId }}') },
		[{ name: 'no id here' }],
	);
	expect(error.message).toMatch(/FQDN Connection/);
	expect(error.message).toMatch(/empty|required|missing/i);
});

test('an id that would change the path is refused', async () => {
	const error = await rejected({ resource: 'fqdnConnection', operation: 'delete', fqdnConnectionId: locator('..') });
	expect(error.message).toMatch(/FQDN Connection/);
});

test('an id with slashes or spaces is sent encoded, as one path segment', async () => {
	await runWithSandbox(sandbox(), NODE, { resource: 'ip', operation: 'get', ipId: locator('a/b c') });
	expect(apiRequests(sandbox())[0].path).toBe('/ips/a%2Fb%20c');
});

test('a value outside a dropdown (set by an expression) lists the accepted values', async () => {
	const error = await rejected({
		resource: 'credentialConnection',
		operation: 'create',
		connectionName: 'office',
		userName: 'office1234',
		password: 'correct-horse-battery',
		additionalFields: { dtmfType: '={{ "rfc2833" }}' },
	});
	expect(error.message).toBe('"DTMF Type" (dtmf_type) must be one of "RFC 2833", "Inband", "SIP INFO"; got "rfc2833"');
});

test('a required field left empty is named', async () => {
	const error = await rejected({ resource: 'outboundVoiceProfile', operation: 'create', name: '={{ $json.missing }}' });
	expect(error.message).toMatch(/"Name" \(name\)/);
});

test('numbers out of range are refused with the allowed range', async () => {
	const error = await rejected({
		resource: 'credentialConnection',
		operation: 'create',
		connectionName: 'office',
		userName: 'office1234',
		password: 'correct-horse-battery',
		additionalFields: { inbound: { timeout2xxSecs: 900 } },
	});
	expect(error.message).toBe('"Inbound" (inbound) › "Timeout 2xx (Seconds)" (timeout_2xx_secs) must be at most 600; got 900');
});

test('one bad item goes to the Error output; the good ones are sent', async () => {
	const { items, errorItems } = await runWithSandbox(
		sandbox(),
		NODE,
		{ resource: 'outboundVoiceProfile', operation: 'create', name: '={{ $json.name }}' },
		{ items: [{ name: 'Alpha' }, { name: 'B' }, { name: 'Charlie' }], onError: 'continueErrorOutput' },
	);
	expect(items.map((i) => [i.json.name, i.pairedItem])).toEqual([
		['Alpha', { item: 0 }],
		['Charlie', { item: 2 }],
	]);
	expect(errorItems).toHaveLength(1);
	expect(errorItems[0].pairedItem).toEqual({ item: 1 });
	expect(errorItems[0].json.error).toMatchObject({ message: '"Name" (name) must be at least 3 characters long' });
	expect(apiRequests(sandbox(), 'POST')).toHaveLength(2);
});
