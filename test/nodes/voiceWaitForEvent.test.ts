/**
 * "Wait for Event" in-process: what Answer and Dial send so that the call's events reach the
 * waiting execution, that the execution is put to wait with its flow state in custom data, the
 * refusals before anything is sent, and the waiting step's webhook deciding which delivery the
 * execution goes on with. The whole flow in real n8n is test/e2e/ivrOneWorkflow.e2e.ts.
 */
import { WebhookContext } from 'n8n-core';
import { createRunExecutionData, Workflow, type IDataObject, type INode, type INodeType, type IWebhookData, type IWebhookResponseData } from 'n8n-workflow';
import { TestCredentialsHelper } from '../harness/credentialsHelper';
import { PACKAGE_NAME, additionalDataFor, loadPackage } from '../harness/n8nHarness';
import { apiRequests, locator, runWithSandbox, sandboxCredentials, useSandbox } from '../helpers';
import { placeInboundCall } from '../sandbox/hooks/voice';

const sandbox = useSandbox();
const FLOW_KEY = 'telnyx_call_flow';
const AWAITABLE = ['call.ai_gather.ended', 'call.answered', 'call.gather.ended', 'call.hangup', 'call.playback.ended', 'call.speak.ended'];

function inboundCall(): { id: string; applicationId: string } {
	const [app] = sandbox().seed('/call_control_applications', [{ application_name: 'Menu', webhook_event_url: 'https://example.com/calls' }]);
	const call = placeInboundCall(sandbox().api, { connection_id: String(app.id), from: '+13125550170', to: '+13125550900' });
	return { id: String(call.call_control_id), applicationId: String(app.id) };
}

const withKey = () => ({ credentials: { publicKey: sandbox().events.publicKey } });
const initiated = (id: string) => ({ id: 'a7d1c8b2-0000-4000-8000-000000000001', event_type: 'call.initiated', occurred_at: '2026-12-01T10:00:00.000Z', call_control_id: id, payload: { call_control_id: id } });

describe('Answer and Dial send the call\'s events to the waiting execution', () => {
	test('Answer: its resume URL as the webhook, retries for every event a step waits for, and the execution waits', async () => {
		const { id } = inboundCall();
		const before = Date.now();
		const result = await runWithSandbox(sandbox(), 'telnyxVoice', { resource: 'call', operation: 'answer', callControlId: id, waitForEvent: true }, { ...withKey(), items: [initiated(id)] });
		expect(result.error).toBeUndefined();
		const [request] = apiRequests(sandbox(), 'POST', `/calls/${encodeURIComponent(id)}/actions/answer`).concat(apiRequests(sandbox(), 'POST', `/calls/${id}/actions/answer`));
		const body = request.body as IDataObject;
		const token = result.run.data.resumeToken;
		expect(token).toBeTruthy();
		expect(body.webhook_url).toBe(`http://127.0.0.1:5678/webhook-waiting/exec-1/call-event?signature=${token}`);
		expect(body.webhook_url_method).toBe('POST');
		expect(Object.keys(body.webhook_retries_policies as IDataObject).sort()).toEqual(AWAITABLE);
		const retries = (body.webhook_retries_policies as Record<string, { retries_ms: number[] }>)['call.answered'].retries_ms;
		// what the API allows: at most 5 retries, at most 60 s in all
		expect(retries.length).toBeLessThanOrEqual(5);
		expect(retries.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60_000);

		const waitTill = result.run.data.waitTill!.getTime();
		expect(waitTill).toBeGreaterThanOrEqual(before + 300_000);
		expect(waitTill).toBeLessThan(Date.now() + 301_000);
		const flow = JSON.parse(String(result.run.data.resultData.metadata?.[FLOW_KEY])) as IDataObject;
		expect(flow).toEqual({ call: id, after: '2026-12-01T10:00:00.000Z', seen: [], waiting: 'Telnyx' });
		// the answer is the node's output while it waits
		expect(result.items[0].json).toEqual({ result: 'ok' });
	});

	test('Dial: the new call is the one followed, and the user\'s own retry policies are kept', async () => {
		const { applicationId } = inboundCall();
		const result = await runWithSandbox(
			sandbox(),
			'telnyxVoice',
			{
				resource: 'call',
				operation: 'dial',
				callControlApplication: locator(applicationId),
				from: '+13125550100',
				to: '+13125550199',
				waitForEvent: true,
				eventWaitLimitSeconds: 60,
				additionalFields: { webhookRetriesPolicies: { 'call.hangup': { retries_ms: [1000] } } },
			},
			withKey(),
		);
		expect(result.error).toBeUndefined();
		const [request] = apiRequests(sandbox(), 'POST', '/calls');
		const policies = (request.body as IDataObject).webhook_retries_policies as IDataObject;
		expect(policies['call.hangup']).toEqual({ retries_ms: [1000] });
		expect(policies['call.answered']).toEqual({ retries_ms: expect.any(Array) });
		const flow = JSON.parse(String(result.run.data.resultData.metadata?.[FLOW_KEY])) as IDataObject;
		expect(flow.call).toBe(result.items[0].json.call_control_id);
		expect(result.run.data.waitTill!.getTime()).toBeLessThan(Date.now() + 61_000);
	});

	test('without Wait for Event nothing changes: no webhook URL, no wait', async () => {
		const { id } = inboundCall();
		const result = await runWithSandbox(sandbox(), 'telnyxVoice', { resource: 'call', operation: 'answer', callControlId: id }, withKey());
		expect(result.run.data.waitTill).toBeUndefined();
		const [request] = apiRequests(sandbox(), 'POST', /\/actions\/answer$/);
		expect(request.body).not.toHaveProperty('webhook_url');
	});
});

describe('refused before anything is sent', () => {
	const KEY = 'the sandbox\'s public key';
	const refusals: Array<[string, IDataObject, IDataObject, RegExp]> = [
		['two calls at once', { resource: 'call', operation: 'answer', waitForEvent: true }, { items: [{}, {}], credentials: { publicKey: KEY } }, /follows one call per execution; this node received 2 items/],
		['no public key in the credential', { resource: 'call', operation: 'answer', waitForEvent: true }, { credentials: { publicKey: '' } }, /checks the signature of every event, and the Telnyx API credential has no Webhook Public Key/],
		['a public key that is not one', { resource: 'call', operation: 'answer', waitForEvent: true }, { credentials: { publicKey: 'bm90IGEga2V5' } }, /is not a valid Ed25519 key/],
		['a webhook URL of the user\'s', { resource: 'call', operation: 'answer', waitForEvent: true, additionalFields: { webhookUrl: 'https://example.com/x' } }, { credentials: { publicKey: KEY } }, /"Webhook URL" cannot be set while "Wait for Event" is on/],
		['a wait limit under 10 seconds', { resource: 'call', operation: 'answer', waitForEvent: true, eventWaitLimitSeconds: 5 }, { credentials: { publicKey: KEY } }, /"Wait Limit \(Seconds\)" must be a number of at least 10/],
		['Speak on a call whose events do not come here', { resource: 'call', operation: 'speak', waitForEvent: true, payload: 'Hello', voice: 'female', language: 'en-US' }, { credentials: { publicKey: KEY } }, /needs the call's events to come to this execution/],
	];

	test.each(refusals)('%s', async (_label, parameters, options, message) => {
		const { id } = inboundCall();
		const credentials = options.credentials as IDataObject;
		if (credentials.publicKey === KEY) credentials.publicKey = sandbox().events.publicKey;
		const { error } = await runWithSandbox(sandbox(), 'telnyxVoice', { callControlId: id, ...parameters }, options as never);
		expect(error?.message).toMatch(message);
		expect(error?.description).toBeTruthy();
		expect(apiRequests(sandbox(), 'POST', /\/actions\//)).toEqual([]);
	});

	test('a command after a wait that ended at its limit is not sent, and says why', async () => {
		const { id } = inboundCall();
		const customData = { [FLOW_KEY]: JSON.stringify({ call: id, seen: [], waiting: 'Answer and Wait' }) };
		const { error } = await runWithSandbox(sandbox(), 'telnyxVoice', { resource: 'call', operation: 'hangup', callControlId: id }, { ...withKey(), customData });
		expect(error?.message).toBe('No event of the call came while "Answer and Wait" waited for it, so this command was not sent');
		expect(error?.description).toMatch(/delivers a call's first event twice at once/);
		expect(apiRequests(sandbox(), 'POST', /\/actions\//)).toEqual([]);
		// another call is not this flow's: its commands go out
		const other = inboundCall();
		const sent = await runWithSandbox(sandbox(), 'telnyxVoice', { resource: 'call', operation: 'reject', callControlId: other.id, cause: 'USER_BUSY' }, { ...withKey(), customData });
		expect(sent.error).toBeUndefined();
	});

	test('Speak on the flow\'s call waits for its end, remembering the step', async () => {
		const { id } = inboundCall();
		sandbox().api.store.put('/calls', id, { ...sandbox().api.store.get('/calls', id)!, state: 'answered' });
		const customData = { [FLOW_KEY]: JSON.stringify({ call: id, after: '2026-12-01T10:00:01.000Z', seen: ['e1'] }) };
		const result = await runWithSandbox(sandbox(), 'telnyxVoice', { resource: 'call', operation: 'speak', callControlId: id, payload: 'Hello', voice: 'female', language: 'en-US', waitForEvent: true }, { ...withKey(), customData });
		expect(result.error).toBeUndefined();
		expect(result.run.data.waitTill).toBeDefined();
		const [request] = apiRequests(sandbox(), 'POST', /\/actions\/speak$/);
		// only Answer and Dial point the call's events: Speak does not touch them
		expect(request.body).not.toHaveProperty('webhook_url');
		expect(JSON.parse(String(result.run.data.resultData.metadata?.[FLOW_KEY]))).toEqual({ call: id, after: '2026-12-01T10:00:01.000Z', seen: ['e1'], waiting: 'Telnyx' });
	});
});

describe('the waiting step\'s webhook', () => {
	const CALL = 'v3:flow-call';
	const flow = { call: CALL, after: '2026-12-01T10:00:05.000Z', seen: ['already-taken'], waiting: 'Menu' };

	/** A delivery to a Gather Using Speak step waiting with this flow state, through n8n-core's WebhookContext. */
	async function deliver(body: object, options: { sign?: boolean; state?: object; parameters?: IDataObject } = {}) {
		const { nodeTypes, credentialTypes } = await loadPackage();
		const type = nodeTypes.getByNameAndVersion(`${PACKAGE_NAME}.telnyxVoice`, 1) as INodeType;
		const node: INode = {
			id: 'menu',
			name: 'Menu',
			type: `${PACKAGE_NAME}.telnyxVoice`,
			typeVersion: 1,
			position: [0, 0],
			parameters: { resource: 'call', operation: 'gatherUsingSpeak', callControlId: CALL, waitForEvent: true, ...options.parameters },
			credentials: { telnyxApi: { id: 'cred-1', name: 'Telnyx' } },
		};
		const workflow = new Workflow({ id: 'wf', nodes: [node], connections: {}, active: true, nodeTypes });
		const helper = new TestCredentialsHelper(credentialTypes, nodeTypes, { telnyxApi: sandboxCredentials(sandbox(), { publicKey: sandbox().events.publicKey }) });
		const text = JSON.stringify(body);
		const headers = options.sign === false ? { 'content-type': 'application/json' } : sandbox().events.sign(text);
		const reply: { status: number; body?: unknown } = { status: 200 };
		const response = {
			status: (code: number) => ((reply.status = code), response),
			json: (value: unknown) => ((reply.body = value), response),
			end: () => response,
		};
		const runExecutionData = createRunExecutionData({ resultData: { runData: {}, metadata: { [FLOW_KEY]: JSON.stringify(options.state ?? flow) } } });
		const request = { body, rawBody: Buffer.from(text), headers, query: {}, params: {}, method: 'POST' };
		const context = new WebhookContext(
			workflow,
			node,
			{ ...additionalDataFor(helper), httpRequest: request as never, httpResponse: response as never },
			'webhook',
			{ httpMethod: 'POST', node: 'Menu', path: 'call-event', webhookDescription: type.description.webhooks![0], workflowId: 'wf' } as unknown as IWebhookData,
			[],
			runExecutionData,
		);
		const result: IWebhookResponseData = await type.webhook!.call(context);
		const state = JSON.parse(String(runExecutionData.resultData.metadata?.[FLOW_KEY])) as IDataObject;
		return { reply, result, state };
	}

	const event = (type: string, extra: IDataObject = {}) =>
		sandbox().events.event(type, { payload: { call_control_id: CALL, digits: '1', ...((extra.payload as IDataObject) ?? {}) }, ...(extra.id ? { id: String(extra.id) } : {}) });

	test('the signed event it waits for resumes the execution with the event as output, and is remembered', async () => {
		const gathered = event('call.gather.ended');
		const { result, state } = await deliver(gathered);
		expect(result.noWebhookResponse).toBeUndefined();
		const [[item]] = result.workflowData!;
		expect(item.json).toMatchObject({ event_type: 'call.gather.ended', call_control_id: CALL, payload: { digits: '1' } });
		expect(item.pairedItem).toEqual({ item: 0 });
		const data = gathered.data as IDataObject;
		// waiting is over; the event is the flow's newest, and a repeat of it will be recognised
		expect(state).toEqual({ call: CALL, after: data.occurred_at, seen: ['already-taken', data.id] });
	});

	test('the call hanging up ends every wait', async () => {
		const { result } = await deliver(event('call.hangup'));
		expect(result.workflowData?.[0][0].json.event_type).toBe('call.hangup');
	});

	const ignored: Array<[string, () => object, object, string]> = [
		['an event of another call', () => sandbox().events.event('call.gather.ended', { payload: { call_control_id: 'v3:other' } }), {}, 'an event of another call'],
		['an event the step does not wait for', () => event('call.speak.ended'), {}, 'not the event this step waits for'],
		['a repeat of an event a step went on with', () => event('call.gather.ended', { id: 'already-taken' }), {}, 'already delivered'],
		[
			'an event older than the flow\'s last (out of order)',
			() => {
				const late = event('call.gather.ended');
				(late.data as IDataObject).occurred_at = '2026-12-01T10:00:04.000Z';
				return late;
			},
			{},
			'older than the step',
		],
		['any event at a step not set to wait', () => event('call.gather.ended'), { parameters: { waitForEvent: false } }, 'this step does not wait for call events'],
	];

	test.each(ignored)('%s is acknowledged and the execution keeps waiting', async (_label, body, options, why) => {
		const { reply, result, state } = await deliver(body(), options);
		expect(result).toEqual({ noWebhookResponse: true });
		expect(reply).toEqual({ status: 200, body: { received: true, ignored: why } });
		expect(state).toEqual(flow);
	});

	test('a delivery without a valid signature is refused, however it came by the URL', async () => {
		const unsigned = await deliver(event('call.gather.ended'), { sign: false });
		expect(unsigned.reply.status).toBe(401);
		expect(unsigned.result.workflowData).toBeUndefined();
		expect(unsigned.state).toEqual(flow);
	});
});
