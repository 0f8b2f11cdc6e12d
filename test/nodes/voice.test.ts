/**
 * Telnyx Voice against the sandbox's call simulator, with a Telnyx Trigger (version 2) on the
 * call control application: a dialled call's events reach the trigger with the call's fields at
 * the top; speak, play and gather raise their events (gathers with scripted digits); hang up
 * ends the call and later commands fail as Telnyx fails them; a command whose answer was lost is
 * retried and carried out once; client state goes out as an object and comes back decoded.
 */
import type { INodeParameters } from 'n8n-workflow';
import { apiRequests, locator, runWithSandbox } from '../helpers';
import { placeInboundCall, scriptCall } from '../sandbox/hooks/voice';
import { FROM, TO, voiceUnderTest } from './voiceHarness';

const { sandbox, run, runFailing, application, eventsOf, nextEvent, answeredCall, onCall } = voiceUnderTest();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('dialling', () => {
	test('Dial places the call with the application; call.initiated and call.answered reach the trigger with the call\'s fields at the top', async () => {
		const { id: applicationId, trigger } = await application();
		const { items } = await run({ resource: 'call', operation: 'dial', callControlApplication: locator(applicationId, 'list'), from: FROM, to: TO });
		const [request] = apiRequests(sandbox(), 'POST', '/calls');
		expect(request.body).toEqual({ connection_id: applicationId, from: FROM, to: TO, answering_machine_detection: 'disabled', command_id: expect.stringMatching(UUID) });
		const callControlId = String(items[0].json.call_control_id);
		expect(items[0].json).toMatchObject({ record_type: 'call', is_alive: true, call_leg_id: expect.any(String) });

		const answered = await nextEvent(trigger, callControlId, 'call.answered');
		expect(eventsOf(trigger, callControlId).map((e) => e.event_type)).toEqual(['call.initiated', 'call.answered']);
		expect(answered).toMatchObject({
			call_control_id: callControlId,
			call_leg_id: items[0].json.call_leg_id,
			call_session_id: items[0].json.call_session_id,
			direction: 'outgoing',
			from: FROM,
			to: TO,
			payload: { call_control_id: callControlId, state: 'answered' },
		});
	});

	test('answering machine detection tells a machine from a person', async () => {
		const { id: applicationId, trigger } = await application();
		scriptCall(sandbox().api, { number: '+13125550111', answer: 'machine' });
		const machine = await answeredCall(applicationId, trigger, { to: '+13125550111', answeringMachineDetection: 'detect' });
		const person = await answeredCall(applicationId, trigger, { answeringMachineDetection: 'detect' });
		expect((await nextEvent(trigger, machine, 'call.machine.detection.ended')).payload).toMatchObject({ result: 'machine' });
		expect((await nextEvent(trigger, person, 'call.machine.detection.ended')).payload).toMatchObject({ result: 'human' });
	});

	test('a busy number ends the call with call.hangup; an unknown application is refused as Telnyx refuses it', async () => {
		const { id: applicationId, trigger } = await application();
		scriptCall(sandbox().api, { number: '+13125550122', answer: 'busy' });
		const { items } = await run({ resource: 'call', operation: 'dial', callControlApplication: locator(applicationId), from: FROM, to: '+13125550122' });
		const hangup = await nextEvent(trigger, String(items[0].json.call_control_id), 'call.hangup');
		expect(hangup.payload).toMatchObject({ hangup_cause: 'user_busy' });

		const refused = await runWithSandbox(sandbox(), 'telnyxVoice', { resource: 'call', operation: 'dial', callControlApplication: locator('404404'), from: FROM, to: TO }, { onError: 'continueErrorOutput' });
		expect(refused.errorItems[0].json.error).toMatchObject({ httpCode: '422', code: '10015', field: 'connection_id' });
	});

	test('a From that is not E.164 is refused before anything is sent', async () => {
		const error = await runFailing({ resource: 'call', operation: 'dial', callControlApplication: locator('1'), from: '3125550100', to: TO });
		expect(error.message).toMatch(/"From" \(from\) must be a phone number in E.164 form/);
		expect(apiRequests(sandbox())).toHaveLength(0);
	});
});

describe('an incoming call', () => {
	test('waits parked until it is answered, or is rejected', async () => {
		const { id: applicationId, trigger } = await application();
		const inbound = placeInboundCall(sandbox().api, { connection_id: applicationId, from: '+13125550177', to: FROM });
		const id = String(inbound.call_control_id);
		expect(await nextEvent(trigger, id, 'call.initiated')).toMatchObject({ direction: 'incoming', from: '+13125550177', to: FROM, payload: { state: 'parked' } });
		await onCall('answer', id);
		await nextEvent(trigger, id, 'call.answered');

		// the same through the sandbox's control route, as with npm start
		const placed = await fetch(`${sandbox().origin}/__sandbox/calls/inbound`, {
			method: 'POST',
			body: JSON.stringify({ connection_id: applicationId, from: '+13125550178', to: FROM }),
		});
		expect(placed.status).toBe(201);
		const other = String(((await placed.json()) as { data: { call_control_id: string } }).data.call_control_id);
		await nextEvent(trigger, other, 'call.initiated');
		await onCall('reject', other, { cause: 'USER_BUSY' });
		expect((await nextEvent(trigger, other, 'call.hangup')).payload).toMatchObject({ hangup_cause: 'call_rejected' });
	});
});

describe('speaking, playing and gathering', () => {
	test('Speak raises call.speak.started and call.speak.ended, with voice and language sent', async () => {
		const { id: applicationId, trigger } = await application();
		const id = await answeredCall(applicationId, trigger);
		const { items } = await onCall('speak', id, { payload: 'Hello, this is a reminder.', voice: 'female', language: 'en-US' });
		expect(items[0].json).toEqual({ result: 'ok' });
		expect(apiRequests(sandbox(), 'POST', /\/actions\/speak$/)[0].body).toEqual({
			payload: 'Hello, this is a reminder.',
			voice: 'female',
			language: 'en-US',
			command_id: expect.stringMatching(UUID),
		});
		await nextEvent(trigger, id, 'call.speak.ended');
		expect(eventsOf(trigger, id).map((e) => e.event_type)).toEqual(['call.initiated', 'call.answered', 'call.speak.started', 'call.speak.ended']);
	});

	test('Speak before the call is answered fails as Telnyx fails it', async () => {
		const { id: applicationId } = await application();
		const { items } = await run({ resource: 'call', operation: 'dial', callControlApplication: locator(applicationId), from: FROM, to: TO });
		const early = await runWithSandbox(sandbox(), 'telnyxVoice', { resource: 'call', operation: 'speak', callControlId: String(items[0].json.call_control_id), payload: 'Too soon', voice: 'female' }, { onError: 'continueErrorOutput' });
		expect(early.errorItems[0].json.error).toMatchObject({ httpCode: '422', code: '90034', title: 'Call not answered yet' });
	});

	test('Gather Using Speak says the prompt, then gives the digits pressed; without a script it times out', async () => {
		const { id: applicationId, trigger } = await application();
		// scripted through the control route, as with npm start
		await fetch(`${sandbox().origin}/__sandbox/calls/script`, { method: 'POST', body: JSON.stringify({ number: TO, digits: ['2'] }) });
		const id = await answeredCall(applicationId, trigger);
		await onCall('gatherUsingSpeak', id, { payload: 'Press 1 for sales, 2 for support.', voice: 'female', maximumDigits: 1 });
		const gathered = await nextEvent(trigger, id, 'call.gather.ended');
		expect(gathered.payload).toMatchObject({ digits: '2', status: 'valid' });
		expect(eventsOf(trigger, id).map((e) => e.event_type).slice(2)).toEqual(['call.speak.started', 'call.speak.ended', 'call.gather.ended']);

		await onCall('gather', id, { maximumDigits: 4, terminatingDigit: '#', additionalFields: { gatherId: 'pin' } });
		expect((await nextEvent(trigger, id, 'call.gather.ended', 2)).payload).toMatchObject({ digits: '', status: 'timeout', gather_id: 'pin' });
	});

	test('Play Audio needs a link, a stored file or Base64 audio, and only one of them, checked before sending', async () => {
		const { id: applicationId, trigger } = await application();
		const id = await answeredCall(applicationId, trigger);
		const none = await runFailing({ resource: 'call', operation: 'playbackStart', callControlId: id });
		expect(none.message).toBe('Set "Audio URL" (audio_url), "Media Name" (media_name) or "Playback Content" (playback_content)');
		const both = await runFailing({ resource: 'call', operation: 'playbackStart', callControlId: id, audioUrl: 'https://example.com/a.mp3', additionalFields: { mediaName: 'greeting' } });
		expect(both.message).toBe('Use "Audio URL" (audio_url) or "Media Name" (media_name), not both');
		expect(apiRequests(sandbox(), 'POST', /playback_start/)).toHaveLength(0);

		await onCall('playbackStart', id, { audioUrl: 'https://example.com/message.mp3' });
		expect((await nextEvent(trigger, id, 'call.playback.ended')).payload).toMatchObject({ media_url: 'https://example.com/message.mp3', status: 'completed' });
	});

	test('Start and Stop Recording give call.recording.saved with a link to the file', async () => {
		const { id: applicationId, trigger } = await application();
		const id = await answeredCall(applicationId, trigger);
		await onCall('recordStart', id, { format: 'mp3', channels: 'single' });
		await onCall('recordStop', id);
		const saved = await nextEvent(trigger, id, 'call.recording.saved');
		const url = (saved.payload as { recording_urls: { mp3: string } }).recording_urls.mp3;
		expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/__files\/recording-/);
	});
});

describe('ending a call', () => {
	test('Hang Up ends the call with call.hangup; a command on it afterwards fails with Telnyx\'s 90018', async () => {
		const { id: applicationId, trigger } = await application();
		const id = await answeredCall(applicationId, trigger);
		await onCall('hangup', id);
		expect((await nextEvent(trigger, id, 'call.hangup')).payload).toMatchObject({ hangup_cause: 'normal_clearing', state: 'hangup' });
		const status = await onCall('get', id);
		expect(status.items[0].json).toMatchObject({ call_control_id: id, is_alive: false });

		const late = await runWithSandbox(sandbox(), 'telnyxVoice', { resource: 'call', operation: 'speak', callControlId: id, payload: 'Anyone there?', voice: 'female' }, { onError: 'continueErrorOutput' });
		expect(late.items).toHaveLength(0);
		expect(late.errorItems[0].json.error).toMatchObject({ httpCode: '422', code: '90018', title: 'Call has already ended' });
		expect(String(late.errorItems[0].json.error && (late.errorItems[0].json.error as { message: string }).message)).toMatch(/Call has already ended/);
	});

	test('Get Status and Get Many Active follow the calls of an application', async () => {
		const { id: applicationId, trigger } = await application();
		const first = await answeredCall(applicationId, trigger);
		const second = await answeredCall(applicationId, trigger);
		const active = await run({ resource: 'call', operation: 'getActive', connectionId: locator(applicationId), returnAll: true });
		expect(active.items.map((item) => item.json.call_control_id).sort()).toEqual([first, second].sort());
		await onCall('hangup', first);
		const after = await run({ resource: 'call', operation: 'getActive', connectionId: locator(applicationId), returnAll: true });
		expect(after.items.map((item) => item.json.call_control_id)).toEqual([second]);
	});
});

describe('commands are safe to retry', () => {
	test('a Speak whose answer was lost is sent again with the same command ID and spoken once', async () => {
		const { id: applicationId, trigger } = await application();
		const id = await answeredCall(applicationId, trigger);
		sandbox().faults.add({ fault: { kind: 'applyThenDrop' }, times: 1, method: 'POST', path: '/actions/speak' });
		const { items } = await onCall('speak', id, { payload: 'Said once', voice: 'female' });
		expect(items[0].json).toEqual({ result: 'ok' });
		const sent = apiRequests(sandbox(), 'POST', /\/actions\/speak$/);
		expect(sent.map((request) => request.status)).toEqual([-1, 200]);
		expect((sent[1].body as { command_id: string }).command_id).toBe((sent[0].body as { command_id: string }).command_id);
		await nextEvent(trigger, id, 'call.speak.ended');
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(eventsOf(trigger, id).filter((e) => e.event_type === 'call.speak.started')).toHaveLength(1);
	});

	test('a Dial whose answer was lost places one call, and each item gets its own command ID', async () => {
		const { id: applicationId } = await application();
		sandbox().faults.add({ fault: { kind: 'applyThenDrop' }, times: 1, method: 'POST', path: '^/calls$' });
		const { items } = await run(
			{ resource: 'call', operation: 'dial', callControlApplication: locator(applicationId), from: FROM, to: '={{ $json.to }}' },
			[{ to: TO }, { to: '+13125550188' }],
		);
		expect(items).toHaveLength(2);
		const sent = apiRequests(sandbox(), 'POST', '/calls');
		expect(sent).toHaveLength(3);
		const ids = sent.map((request) => (request.body as { command_id: string }).command_id);
		expect(new Set(ids).size).toBe(2);
		expect(sandbox().api.store.created.get('/calls')).toBe(2);
	});

	test('an event delivered twice that runs the workflow twice sends the same command ID: the command is carried out once', async () => {
		const { id: applicationId, trigger } = await application();
		const id = await answeredCall(applicationId, trigger);
		const answered = await nextEvent(trigger, id, 'call.answered');
		const speak = { resource: 'call', operation: 'speak', callControlId: '={{ $json.call_control_id }}', payload: 'Welcome', voice: 'female' };
		await run(speak, [answered]);
		await run(speak, [answered]);
		const ids = apiRequests(sandbox(), 'POST', /\/actions\/speak$/).map((request) => (request.body as { command_id: string }).command_id);
		expect(ids).toEqual([expect.stringMatching(UUID), ids[0]]);
		await nextEvent(trigger, id, 'call.speak.ended');
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(eventsOf(trigger, id).filter((e) => e.event_type === 'call.speak.started')).toHaveLength(1);
		// another event (or the same one at another item) is another command; items that are no event get fresh IDs
		await run(speak, [{ ...answered, id: 'another-event-id' }]);
		await run(speak, [{ call_control_id: id }]);
		await run(speak, [{ call_control_id: id }]);
		const all = apiRequests(sandbox(), 'POST', /\/actions\/speak$/).map((request) => (request.body as { command_id: string }).command_id);
		expect(new Set(all.slice(2)).size).toBe(3);
		expect(all.slice(2)).not.toContain(ids[0]);
	});

	test('a command without a command ID (SIPREC start) is not repeated after a 503', async () => {
		const { id: applicationId, trigger } = await application();
		const id = await answeredCall(applicationId, trigger);
		sandbox().faults.add({ fault: { kind: 'status', status: 503 }, times: 3, method: 'POST', path: '/actions/siprec_start' });
		const result = await runWithSandbox(sandbox(), 'telnyxVoice', { resource: 'call', operation: 'siprecStart', callControlId: id }, { onError: 'continueErrorOutput' });
		expect(result.errorItems[0].json.error).toMatchObject({ httpCode: '503' });
		expect(apiRequests(sandbox(), 'POST', /siprec_start/)).toHaveLength(1);
	});
});

describe('client state', () => {
	test('an object goes out Base64-encoded and comes back decoded in the events; text does too', async () => {
		const { id: applicationId, trigger } = await application();
		const id = await answeredCall(applicationId, trigger, { additionalFields: { clientState: '={{ { step: "greeting", attempt: 1 } }}' } });
		const sent = apiRequests(sandbox(), 'POST', '/calls')[0].body as { client_state: string };
		expect(sent.client_state).toBe(base64('{"step":"greeting","attempt":1}'));
		const answered = await nextEvent(trigger, id, 'call.answered');
		expect(answered.client_state).toEqual({ step: 'greeting', attempt: 1 });
		expect((answered.payload as { client_state: string }).client_state).toBe(sent.client_state);

		await onCall('speak', id, { payload: 'Main menu', voice: 'female', additionalFields: { clientState: 'menu' } });
		expect((await nextEvent(trigger, id, 'call.speak.ended')).client_state).toBe('menu');
		await onCall('updateClientState', id, { clientState: '={{ { step: "goodbye" } }}' });
		await onCall('hangup', id);
		expect((await nextEvent(trigger, id, 'call.hangup')).client_state).toEqual({ step: 'goodbye' });
	});
});

describe('the other commands', () => {
	// each follows the rules every command follows: carried out on a live call, refused on an ended one
	const commands: Array<[string, INodeParameters]> = [
		['sendDtmf', { digits: '1w2' }],
		['forkStart', { additionalFields: { rx: 'udp:192.0.2.10:9000', tx: 'udp:192.0.2.10:9001' } }],
		['streamingStart', { additionalFields: { streamUrl: 'wss://example.com/stream' } }],
		['transcriptionStart', {}],
		['suppressionStart', {}],
		['refer', { sipAddress: 'sip:agent@example.com' }],
		['aiAssistantStart', { assistantId: 'assistant-1', greeting: 'Hi, how can I help?' }],
		['conversationRelayStart', { url: 'wss://example.com/relay' }],
	];

	test('are acknowledged on a live call and refused with 90018 once it has ended', async () => {
		const { id: applicationId, trigger } = await application();
		const id = await answeredCall(applicationId, trigger);
		for (const [operation, parameters] of commands) {
			const { items } = await onCall(operation, id, parameters);
			expect([operation, items[0].json]).toEqual([operation, { result: 'ok' }]);
		}
		expect(apiRequests(sandbox(), 'POST', /\/actions\/ai_assistant_start$/)[0].body).toMatchObject({ assistant: { id: 'assistant-1' }, greeting: 'Hi, how can I help?' });
		await onCall('hangup', id);
		for (const [operation, parameters] of commands) {
			const late = await runWithSandbox(sandbox(), 'telnyxVoice', { resource: 'call', operation, callControlId: id, ...parameters }, { onError: 'continueErrorOutput' });
			expect([operation, late.errorItems[0]?.json.error]).toMatchObject([operation, { code: '90018' }]);
		}
	});
});

describe('bridging', () => {
	test('Bridge connects two answered calls: call.bridged on both', async () => {
		const { id: applicationId, trigger } = await application();
		const agent = await answeredCall(applicationId, trigger);
		const caller = await answeredCall(applicationId, trigger, { to: '+13125550166' });
		await onCall('bridge', caller, { otherCallControlId: agent });
		expect(apiRequests(sandbox(), 'POST', /\/actions\/bridge$/)[0].body).toMatchObject({ call_control_id: agent });
		expect((await nextEvent(trigger, caller, 'call.bridged')).payload).toMatchObject({ bridged_with: agent });
		expect((await nextEvent(trigger, agent, 'call.bridged')).payload).toMatchObject({ bridged_with: caller });
	});
});
