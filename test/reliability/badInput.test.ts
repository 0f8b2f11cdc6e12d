/**
 * Bad input across the nodes: each case is refused with an error that names the field and says
 * what is expected, and (where the input can be judged locally) before any request is sent.
 * Ids with path characters are encoded and never reach another endpoint.
 */
import type { INodeParameters } from 'n8n-workflow';
import { testFile, type TestFile } from '../harness/sourceNode';
import { apiRequests, locator, runWithSandbox, useSandbox } from '../helpers';

const sandbox = useSandbox();

interface Case {
	node: string;
	parameters: INodeParameters;
	/** The error must match: the field's name and what is wrong. */
	error: RegExp;
	files?: Array<Record<string, TestFile> | null>;
}

const SIP = 'telnyxSipTrunking';
const NET = 'telnyxNetworking';
const VOICE = 'telnyxVoiceIntegrations';
const MSG = 'telnyxMessaging';
const expr = (value: unknown) => `={{ ${JSON.stringify(value)} }}`;

const ovp = (additionalFields: INodeParameters) => ({ resource: 'outboundVoiceProfile', operation: 'create', name: 'Profile', additionalFields });
const credConn = (additionalFields: INodeParameters) => ({
	resource: 'credentialConnection',
	operation: 'create',
	connectionName: 'office',
	userName: 'office1234',
	password: 'correct-horse-battery',
	additionalFields,
});
const sms = (to: unknown, additionalFields: INodeParameters = { from: '+18445550001', text: 'hi' }) => ({
	resource: 'message',
	operation: 'send',
	to: typeof to === 'string' ? to : expr(to),
	additionalFields,
});

const CASES: Array<[string, Case]> = [
	// wrong types
	['OVP name as an object', { node: SIP, parameters: { resource: 'outboundVoiceProfile', operation: 'create', name: expr({ first: 'a' }) }, error: /"Name" \(name\) must be text/ }],
	['concurrent call limit as text', { node: SIP, parameters: ovp({ concurrentCallLimit: expr('lots') }), error: /\(concurrent_call_limit\) must be a (whole )?number/ }],
	['active as a word', { node: SIP, parameters: credConn({ active: expr('maybe') }), error: /"Active" \(active\) must be true or false/ }],
	['tags as an object', { node: SIP, parameters: credConn({ tags: expr({ a: 1 }) }), error: /"Tags" \(tags\) item 1 must be text/ }],
	['channel limit fractional', { node: SIP, parameters: credConn({ inbound: { channelLimit: 2.5 } }), error: /\(channel_limit\) must be a whole number; got 2.5/ }],
	['webhook timeout above range', { node: SIP, parameters: credConn({ webhookTimeoutSecs: 31 }), error: /\(webhook_timeout_secs\) must be at most 30/ }],
	['jitter buffer below range', { node: SIP, parameters: credConn({ jitterBuffer: { jitterbufferMsecMin: 10 } }), error: /\(jitterbuffer_msec_min\) must be at least 40/ }],
	['cluster min size as text', { node: NET, parameters: { resource: 'cluster', operation: 'create', bucket: 'docs', additionalFields: { minClusterSize: expr('big') } }, error: /\(min_cluster_size\) must be a (whole )?number/ }],
	['maintenance flag as text', { node: NET, parameters: { resource: 'globalIpAssignment', operation: 'create', additionalFields: { isInMaintenance: expr('soon') } }, error: /\(is_in_maintenance\) must be true or false/ }],
	['webhook timeout as text', { node: VOICE, parameters: { resource: 'externalConnection', operation: 'create', externalSipConnection: 'zoom', outbound: '{}', additionalFields: { webhookTimeoutSecs: expr('ten') } }, error: /\(webhook_timeout_secs\) must be/ }],
	// E.164
	['SMS to a local number', { node: MSG, parameters: sms('312 555 0100'), error: /"To" \(to\) must be a phone number in E\.164 form/ }],
	['SMS to a number with dashes', { node: MSG, parameters: sms('+1-312-555-0100'), error: /\(to\) must be a phone number in E\.164 form/ }],
	['SMS to a number without +', { node: MSG, parameters: sms('13125550100'), error: /\(to\) must be a phone number in E\.164 form/ }],
	['SMS to a too long number', { node: MSG, parameters: sms('+1312555010012345'), error: /\(to\) must be a phone number in E\.164 form/ }],
	['SMS to letters', { node: MSG, parameters: sms('call-me'), error: /\(to\) must be a phone number/ }],
	['SMS to a number as a number', { node: MSG, parameters: sms(13125550100), error: /"To" \(to\)/ }],
	['RCS capability check, bad number', { node: MSG, parameters: { resource: 'rcsAgent', operation: 'checkCapabilities', agentId: locator('Agent'), phoneNumber: '5550100' }, error: /"Phone Number" \(phone_number\) must be a phone number in E\.164 form/ }],
	['eligibility check, one bad number of two', { node: MSG, parameters: { resource: 'hostedNumberOrder', operation: 'checkEligibility', phoneNumbers: '+13125550100, 3125550101' }, error: /\(phone_numbers\) item 2 must be a phone number in E\.164 form/ }],
	['caller numbers of a recording setting', { node: SIP, parameters: ovp({ callRecording: { callRecordingCallerPhoneNumbers: '+13125550100, nope' } }), error: /\(call_recording_caller_phone_numbers\) item 2 must be a phone number in E\.164/ }],
	// enums
	['DTMF type unknown', { node: SIP, parameters: credConn({ dtmfType: expr('tones') }), error: /"DTMF Type" \(dtmf_type\) must be one of "RFC 2833", "Inband", "SIP INFO"; got "tones"/ }],
	['anchorsite unknown', { node: SIP, parameters: credConn({ anchorsiteOverride: expr('Mars') }), error: /\(anchorsite_override\) must be one of .*got "Mars"/ }],
	['routing method unknown', { node: SIP, parameters: credConn({ inbound: { defaultRoutingMethod: expr('random') } }), error: /\(default_routing_method\) must be one of "sequential", "round-robin"/ }],
	['encoding unknown', { node: MSG, parameters: sms('+13125550100', { from: '+18445550001', text: 'hi', encoding: expr('utf-8') }), error: /\(encoding\) must be one of/ }],
	['storage backend unknown', { node: VOICE, parameters: { resource: 'customStorageCredential', operation: 'create', connectionId: '123', backend: expr('dropbox') }, error: /"Backend" \(backend\) must be one of "gcs", "s3", "azure"; got "dropbox"/ }],
	['dialogflow API unknown', { node: VOICE, parameters: { resource: 'dialogflowConnection', operation: 'create', connectionId: '123', serviceAccount: '{"type": "service_account"}', additionalFields: { dialogflowApi: expr('v3') } }, error: /\(dialogflow_api\) must be one of/ }],
	['cloud provider unknown', { node: NET, parameters: { resource: 'virtualCrossConnect', operation: 'create', networkId: locator('6a09cdc3-8948-47f0-aa62-74ac943d6c58'), bgpAsn: 64512, cloudProvider: expr('oracle'), cloudProviderRegion: 'us-east-1', primaryCloudAccountId: '123', regionCode: 'ashburn-va' }, error: /\(cloud_provider\) must be one of/ }],
	// malformed JSON
	['service account not JSON', { node: VOICE, parameters: { resource: 'dialogflowConnection', operation: 'create', connectionId: '123', serviceAccount: '{"type": ' }, error: /"Service Account" \(service_account\) is not valid JSON/ }],
	['service account a list', { node: VOICE, parameters: { resource: 'dialogflowConnection', operation: 'create', connectionId: '123', serviceAccount: '[1, 2]' }, error: /\(service_account\) must be an object/ }],
	['external connection tags not a list', { node: VOICE, parameters: { resource: 'externalConnection', operation: 'create', externalSipConnection: 'zoom', outbound: {}, additionalFields: { tags: expr('[{"a": 1}') } }, error: /"Tags" \(tags\) is not valid JSON/ }],
	['RCS agent message cut off', { node: MSG, parameters: { resource: 'message', operation: 'sendRcs', agentId: locator('Agent'), to: '+13125550100', messagingProfileId: locator('4001767e-ce0f-4cae-9d5f-0d5e636e7809'), agentMessage: '{"content_message": {' }, error: /"Agent Message" \(agent_message\) is not valid JSON/ }],
	['RCS agent message wrong shape', { node: MSG, parameters: { resource: 'message', operation: 'sendRcs', agentId: locator('Agent'), to: '+13125550100', messagingProfileId: locator('4001767e-ce0f-4cae-9d5f-0d5e636e7809'), agentMessage: '"hello"' }, error: /\(agent_message\) must be an object/ }],
	['health check params not JSON', { node: NET, parameters: { resource: 'globalIpHealthCheck', operation: 'create', additionalFields: { healthCheckParams: '{"path": }' } }, error: /\(health_check_params\) is not valid JSON/ }],
	['tags JSON list cut off', { node: SIP, parameters: credConn({ tags: expr('["a", "b"') }), error: /"Tags" \(tags\) is not valid JSON/ }],
	['media URLs JSON not a list of text', { node: MSG, parameters: sms('+13125550100', { from: '+18445550001', mediaUrls: expr('[1, 2]') }), error: /"Media URLs" \(media_urls\) item 1 must be a full URL/ }],
	// ids
	['empty id', { node: SIP, parameters: { resource: 'ip', operation: 'get', ipId: locator(expr('')) }, error: /"IP ID" \(id\) is required/ }],
	['whitespace id', { node: SIP, parameters: { resource: 'ip', operation: 'get', ipId: locator('   ') }, error: /"IP ID" \(id\) is required/ }],
	['id ".."', { node: NET, parameters: { resource: 'network', operation: 'delete', networkId: locator('..') }, error: /"Network ID" \(id\) is not a valid ID: "\.\."/ }],
	['id "."', { node: VOICE, parameters: { resource: 'recording', operation: 'get', recordingId: locator('.') }, error: /\(recording_id\) is not a valid ID/ }],
	['id as an object', { node: SIP, parameters: { resource: 'ip', operation: 'get', ipId: locator(`={{ ${JSON.stringify({ a: 1 })} }}`) }, error: /"IP ID" \(id\) must be text|is required/ }],
	// required and lengths
	['OVP name missing', { node: SIP, parameters: { resource: 'outboundVoiceProfile', operation: 'create', name: '={{ $json.nothing }}' }, error: /"Name" \(name\) is required/ }],
	['OVP name too short', { node: SIP, parameters: { resource: 'outboundVoiceProfile', operation: 'create', name: 'ab' }, error: /"Name" \(name\) must be at least 3 characters long/ }],
	['webhook URL without scheme', { node: SIP, parameters: credConn({ webhookEventUrl: 'example.com/hooks' }), error: /"Webhook Event URL" \(webhook_event_url\) must be a full URL/ }],
	// binary files
	['upload without the binary field', { node: VOICE, parameters: { resource: 'mediaFile', operation: 'upload', media: 'data' }, error: /"Media" \(media\): the input item has no binary field "data"/ }],
	['upload naming another binary field', { node: VOICE, parameters: { resource: 'mediaFile', operation: 'upload', media: 'audio' }, files: [{ data: testFile('x', 'a.mp3', 'audio/mpeg') }], error: /no binary field "audio"/ }],
	['upload with an empty binary field name', { node: VOICE, parameters: { resource: 'mediaFile', operation: 'upload', media: '  ' }, error: /"Media" \(media\) needs the name of an input binary field/ }],
	['documents upload, LOA missing', { node: MSG, parameters: { resource: 'hostedNumberOrder', operation: 'uploadDocuments', hostedNumberOrderId: locator('order-1'), additionalFields: { loa: 'loa' } }, error: /"LOA" \(loa\): the input item has no binary field "loa"/ }],
	['output file field empty', { node: NET, parameters: { resource: 'wireguardPeer', operation: 'getConfig', wireguardPeerId: locator('peer-1'), binaryPropertyName: '  ' }, error: /"Put Output File in Field" is empty/ }],
	['recording download field empty', { node: VOICE, parameters: { resource: 'recording', operation: 'download', recordingId: locator('rec-1'), binaryPropertyName: ' ' }, error: /"Put Output File in Field" is empty/ }],
	// request options
	['concurrency zero', { node: SIP, parameters: { resource: 'ip', operation: 'getAll', returnAll: true, requestOptions: { concurrency: 0 } }, error: /"Concurrent Requests" must be a whole number of at least 1/ }],
	['timeout zero', { node: SIP, parameters: { resource: 'ip', operation: 'getAll', returnAll: true, requestOptions: { timeoutSeconds: 0 } }, error: /"Timeout \(Seconds\)" must be more than 0/ }],
];

test(`at least 50 bad inputs are tried (${CASES.length})`, () => {
	expect(CASES.length).toBeGreaterThanOrEqual(50);
});

test.each(CASES)('%s: refused before any request, naming the field', async (_name, c) => {
	const result = await runWithSandbox(sandbox(), c.node, c.parameters, { files: c.files });
	expect(result.error?.name).toBe('NodeOperationError');
	expect(result.error?.message).toMatch(c.error);
	expect(apiRequests(sandbox())).toHaveLength(0);
});

test.each([
	['a/b', '/ips/a%2Fb'],
	['a?b=c', '/ips/a%3Fb%3Dc'],
	['a#b', '/ips/a%23b'],
	['../../balance', '/ips/..%2F..%2Fbalance'],
	['%2e%2e', '/ips/%252e%252e'],
])('id %j is one encoded path segment: %s', async (id, path) => {
	await runWithSandbox(sandbox(), SIP, { resource: 'ip', operation: 'get', ipId: locator(id) });
	const requests = apiRequests(sandbox());
	expect(requests).toHaveLength(1);
	expect(requests[0].path).toBe(path.replace(/%2F/g, '%2F'));
	expect(requests[0].method).toBe('GET');
});
