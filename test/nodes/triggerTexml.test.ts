/**
 * The Telnyx Trigger on a TeXML application: activation points the application's status
 * callbacks at the trigger (as POSTs) and deactivation restores the URL; a TeXML call's
 * Twilio-style callbacks (signed forms) become items named by what they report, with the call's
 * fields at the top; a tampered form is refused, a repeated one dropped.
 */
import { startTrigger, type RunningTrigger } from '../harness/triggerHarness';
import { locator, nodeUnderTest, sandboxCredentials } from '../helpers';

const texml = nodeUnderTest('telnyxTexml');
const sandbox = texml.sandbox;
const ACCOUNT = '61bf923e-5e4d-4595-a110-56190ea18a1b';
let trigger: RunningTrigger | undefined;

afterEach(async () => {
	await trigger?.stop();
	trigger = undefined;
});

function application(extra: Record<string, unknown> = {}): string {
	const [app] = sandbox().seed('/texml_applications', [
		{ friendly_name: 'Reminders', voice_url: 'https://example.com/texml', status_callback: 'https://example.com/old', status_callback_method: 'get', ...extra },
	]);
	return String(app.id);
}

async function triggerOn(applicationId: string, events: string[] = ['*']): Promise<RunningTrigger> {
	trigger = await startTrigger({
		parameters: { source: 'texmlApplication', texmlApplicationId: locator(applicationId), events },
		credentials: sandboxCredentials(sandbox(), { publicKey: sandbox().events.publicKey }),
		typeVersion: 2,
	});
	await trigger.activate();
	return trigger;
}

const stored = (id: string) => sandbox().api.store.get('/texml_applications', id)!;

async function until(check: () => boolean, what: string): Promise<void> {
	const deadline = Date.now() + 3_000;
	while (!check()) {
		if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

test('activation sets the status callback URL (as POST) and keeps the name and voice URL; deactivation restores the URL', async () => {
	const id = application();
	const hook = await triggerOn(id);
	expect(stored(id)).toMatchObject({ status_callback: hook.url, status_callback_method: 'post', friendly_name: 'Reminders', voice_url: 'https://example.com/texml' });
	expect(await hook.isRegistered()).toBe(true);
	await hook.deactivate();
	expect(stored(id).status_callback).toBe('https://example.com/old');
});

test("a TeXML call's progress arrives as four items, named, with the call's fields at the top", async () => {
	const id = application();
	const hook = await triggerOn(id);
	const { items } = await texml.run({ resource: 'call', operation: 'initiate', accountSid: ACCOUNT, texmlApplication: locator(id), from: '+13125550100', to: '+13125550199' });
	expect(items[0].json).toMatchObject({ status: 'queued' });
	await until(() => hook.executions.length >= 4, 'four status callbacks');
	const events = hook.executions.map((execution) => execution[0][0].json);
	expect(events.map((event) => event.event_type)).toEqual(['texml.call.initiated', 'texml.call.ringing', 'texml.call.answered', 'texml.call.completed']);
	const [initiated, , answered, completed] = events;
	expect(answered).toMatchObject({ call_control_id: initiated.call_control_id, direction: 'outbound-api', from: '+13125550100', to: '+13125550199', payload: { CallStatus: 'in-progress', SequenceNumber: '2' } });
	expect(completed.payload).toMatchObject({ CallStatus: 'completed', HangupCause: 'normal_clearing', AccountSid: ACCOUNT });
	expect(String(completed.occurred_at)).toMatch(/^\d{4}-\d\d-\d\dT/);
	expect(new Set(events.map((event) => event.id)).size).toBe(4);
});

test('the event filter takes TeXML types; a tampered form is refused, a repeated one dropped', async () => {
	const id = application();
	const hook = await triggerOn(id, ['texml.call.completed']);
	const fields = { AccountSid: ACCOUNT, CallSid: 'v3:texml-call', CallStatus: 'busy', CallbackSource: 'call-progress-events', SequenceNumber: '3', From: '+13125550100', To: '+13125550199' };
	expect((await sandbox().events.sendForm(hook.url, { ...fields, CallStatus: 'ringing', SequenceNumber: '1' })).body).toContain('event type not selected');
	expect((await sandbox().events.sendForm(hook.url, fields)).status).toBe(200);
	expect(hook.executions).toHaveLength(1);
	expect(hook.executions[0][0][0].json).toMatchObject({ event_type: 'texml.call.completed', payload: { CallStatus: 'busy' } });
	expect((await sandbox().events.sendForm(hook.url, fields)).body).toContain('already delivered');

	// the same signature over other bytes: refused before anything starts
	const text = new URLSearchParams(fields).toString();
	const headers = sandbox().events.sign(text);
	const response = await fetch(hook.url, {
		method: 'POST',
		headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
		body: text.replace('busy', 'completed'),
	});
	expect(response.status).toBe(403);
	expect(await response.text()).toContain('signature');
	expect(hook.executions).toHaveLength(1);
});

test('recording callbacks are named by their status', async () => {
	const id = application();
	const hook = await triggerOn(id);
	await sandbox().events.sendForm(hook.url, { AccountSid: ACCOUNT, CallSid: 'v3:rec-call', RecordingSid: 'r1', RecordingStatus: 'in-progress' });
	await sandbox().events.sendForm(hook.url, { AccountSid: ACCOUNT, CallSid: 'v3:rec-call', RecordingSid: 'r1', RecordingStatus: 'completed', RecordingUrl: 'https://example.com/r1.mp3' });
	expect(hook.executions.map((execution) => execution[0][0].json.event_type)).toEqual(['texml.recording.in_progress', 'texml.recording.completed']);
	expect(hook.executions[1][0][0].json).toMatchObject({ call_control_id: 'v3:rec-call', payload: { RecordingUrl: 'https://example.com/r1.mp3' } });
});
