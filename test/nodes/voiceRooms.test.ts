/**
 * Conferences and queues of Telnyx Voice against the sandbox's call simulator: who is in a
 * conference, muted or held, and what ends it; which calls wait in a queue, in which order,
 * and when they leave.
 */
import { apiRequests, locator, runWithSandbox } from '../helpers';
import { voiceUnderTest } from './voiceHarness';

const { sandbox, run, search, application, nextEvent, answeredCall, onCall } = voiceUnderTest();

describe('conferences', () => {
	test('a call creates a conference, another joins; mute, hold, leave, and the last call\'s hang-up ends it', async () => {
		const { id: applicationId, trigger } = await application();
		const host = await answeredCall(applicationId, trigger);
		const guest = await answeredCall(applicationId, trigger, { to: '+13125550155' });

		const { items } = await run({ resource: 'conference', operation: 'create', callControlId: host, name: 'Weekly sync', beepEnabled: 'on_enter' });
		const conferenceId = String(items[0].json.id);
		expect(items[0].json).toMatchObject({ name: 'Weekly sync', status: 'in_progress', record_type: 'conference' });
		expect((await nextEvent(trigger, host, 'conference.participant.joined')).payload).toMatchObject({ conference_id: conferenceId });

		await run({ resource: 'conference', operation: 'join', conferenceId: locator(conferenceId), callControlId: guest, mute: true });
		await nextEvent(trigger, guest, 'conference.participant.joined');
		const participants = async () =>
			(await run({ resource: 'conferenceParticipant', operation: 'getAll', conferenceId: locator(conferenceId), returnAll: true })).items.map((i) => i.json);
		expect((await participants()).map((p) => [p.call_control_id, p.muted])).toEqual([
			[host, false],
			[guest, true],
		]);

		await run({ resource: 'conference', operation: 'unmute', conferenceId: locator(conferenceId) });
		await run({ resource: 'conference', operation: 'hold', conferenceId: locator(conferenceId), additionalFields: { callControlIds: guest } });
		expect((await participants()).map((p) => [p.muted, p.on_hold])).toEqual([
			[false, false],
			[false, true],
		]);
		const one = await run({ resource: 'conferenceParticipant', operation: 'get', conferenceId: locator(conferenceId), participantId: guest });
		expect(one.items[0].json).toMatchObject({ call_control_id: guest, on_hold: true });

		await run({ resource: 'conference', operation: 'leave', conferenceId: locator(conferenceId), callControlId: guest });
		await nextEvent(trigger, guest, 'conference.participant.left');
		expect((await participants()).map((p) => p.call_control_id)).toEqual([host]);

		await onCall('hangup', host);
		expect((await nextEvent(trigger, host, 'conference.ended')).payload).toMatchObject({ conference_id: conferenceId, reason: 'all_left' });
		const ended = await run({ resource: 'conference', operation: 'get', conferenceId: locator(conferenceId) });
		expect(ended.items[0].json).toMatchObject({ status: 'completed', end_reason: 'all_left' });
		const late = await runWithSandbox(sandbox(), 'telnyxVoice', { resource: 'conference', operation: 'mute', conferenceId: locator(conferenceId) }, { onError: 'continueErrorOutput' });
		expect(late.errorItems[0].json.error).toMatchObject({ httpCode: '422', code: '90019', title: 'Conference has already ended' });
	});

	test('End hangs up everyone still in it; a second conference of the same name may start after', async () => {
		const { id: applicationId, trigger } = await application();
		const host = await answeredCall(applicationId, trigger);
		const guest = await answeredCall(applicationId, trigger, { to: '+13125550155' });
		const { items } = await run({ resource: 'conference', operation: 'create', callControlId: host, name: 'Town hall' });
		const conferenceId = String(items[0].json.id);
		await run({ resource: 'conference', operation: 'join', conferenceId: locator(conferenceId), callControlId: guest });

		const clash = await runWithSandbox(sandbox(), 'telnyxVoice', { resource: 'conference', operation: 'create', callControlId: guest, name: 'Town hall' }, { onError: 'continueErrorOutput' });
		expect(clash.errorItems[0].json.error).toMatchObject({ httpCode: '422', code: '90033' });

		await run({ resource: 'conference', operation: 'speak', conferenceId: locator(conferenceId), payload: 'We are closing now.', voice: 'female' });
		await nextEvent(trigger, host, 'conference.speak.ended');
		await run({ resource: 'conference', operation: 'end', conferenceId: locator(conferenceId) });
		await nextEvent(trigger, host, 'call.hangup');
		await nextEvent(trigger, guest, 'call.hangup');
		const listed = await run({ resource: 'conference', operation: 'getAll', returnAll: true, filters: { name: 'Town hall' } });
		expect(listed.items.map((i) => i.json.status)).toEqual(['completed']);
		expect(apiRequests(sandbox(), 'GET', '/conferences')[0].query).toMatchObject({ 'filter[name]': 'Town hall' });

		const next = await answeredCall(applicationId, trigger, { to: '+13125550133' });
		const reopened = await run({ resource: 'conference', operation: 'create', callControlId: next, name: 'Town hall' });
		expect(reopened.items[0].json).toMatchObject({ name: 'Town hall', status: 'in_progress' });
	});
});

describe('queues', () => {
	test('Enqueue makes the queue on the fly; calls wait in order and leave it by Leave Queue or by hanging up', async () => {
		const { id: applicationId, trigger } = await application();
		const first = await answeredCall(applicationId, trigger);
		const second = await answeredCall(applicationId, trigger, { to: '+13125550144' });
		await onCall('enqueue', first, { queueName: locator('support') });
		await onCall('enqueue', second, { queueName: locator('support'), additionalFields: { keepAfterHangup: true } });
		expect((await nextEvent(trigger, second, 'call.enqueued')).payload).toMatchObject({ queue: 'support', current_position: 2 });

		const queue = await run({ resource: 'queue', operation: 'get', queueName: locator('support') });
		expect(queue.items[0].json).toMatchObject({ name: 'support', current_size: 2 });
		const waiting = async () =>
			(await run({ resource: 'queuedCall', operation: 'getAll', queueName: locator('support'), returnAll: true })).items.map((i) => [i.json.call_control_id, i.json.queue_position, i.json.is_alive]);
		expect(await waiting()).toEqual([
			[first, 1, true],
			[second, 2, true],
		]);

		await onCall('leaveQueue', first);
		expect((await nextEvent(trigger, first, 'call.dequeued')).payload).toMatchObject({ queue: 'support', reason: 'leave' });
		// kept after hanging up, as asked: then removed by force
		await onCall('hangup', second);
		await nextEvent(trigger, second, 'call.hangup');
		expect(await waiting()).toEqual([[second, 1, false]]);
		await run({ resource: 'queuedCall', operation: 'remove', queueName: locator('support'), callControlId: second });
		expect(await waiting()).toEqual([]);

		const again = await runWithSandbox(sandbox(), 'telnyxVoice', { resource: 'call', operation: 'enqueue', callControlId: second, queueName: locator('support') }, { onError: 'continueErrorOutput' });
		expect(again.errorItems[0].json.error).toMatchObject({ code: '90018' });
	});

	test('queues are made, listed, resized and deleted by name', async () => {
		await run({ resource: 'queue', operation: 'create', queueName: 'billing', additionalFields: { maxSize: 10 } });
		await run({ resource: 'queue', operation: 'update', queueName: locator('billing'), maxSize: 25 });
		const listed = await run({ resource: 'queue', operation: 'getAll', returnAll: true });
		expect(listed.items.map((i) => [i.json.name, i.json.max_size, i.json.current_size])).toEqual([['billing', 25, 0]]);
		await run({ resource: 'queue', operation: 'delete', queueName: locator('billing') });
		const gone = await runWithSandbox(sandbox(), 'telnyxVoice', { resource: 'queue', operation: 'get', queueName: locator('billing') }, { onError: 'continueErrorOutput' });
		expect(gone.errorItems[0].json.error).toMatchObject({ httpCode: '404' });
	});
});

describe('call control applications', () => {
	test('an application is created, found in the list by name and picked for a Dial', async () => {
		const { items } = await run({ resource: 'callControlApplication', operation: 'create', applicationName: 'Reminders', webhookEventUrl: 'https://example.com/events' });
		expect(items[0].json).toMatchObject({ application_name: 'Reminders', record_type: 'call_control_application' });
		const found = await search('searchCallControlApplication', 'Remind');
		expect(found.results).toEqual([{ name: expect.stringContaining('Reminders'), value: items[0].json.id }]);
		const dialled = await run({ resource: 'call', operation: 'dial', callControlApplication: locator(String(found.results[0].value), 'list'), from: '+13125550100', to: '+13125550199' });
		expect(dialled.items[0].json).toMatchObject({ connection_id: items[0].json.id, is_alive: true });
	});
});
