/**
 * What the Telnyx Voice tests share: a call control application whose events reach a Telnyx
 * Trigger (version 2, registered on it as a user would), calls dialled through the node, and
 * waiting for a call's events to arrive.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { startTrigger, type RunningTrigger } from '../harness/triggerHarness';
import { locator, nodeUnderTest, sandboxCredentials } from '../helpers';

export const FROM = '+13125550100';
export const TO = '+13125550199';

export function voiceUnderTest() {
	const node = nodeUnderTest('telnyxVoice');
	let trigger: RunningTrigger | undefined;
	afterEach(async () => {
		await trigger?.stop();
		trigger = undefined;
	});

	/** An application with a trigger registered on it: every call event it sends is an execution. */
	async function application(): Promise<{ id: string; trigger: RunningTrigger }> {
		const [app] = node.sandbox().seed('/call_control_applications', [{ application_name: 'Outbound calls', webhook_event_url: 'https://example.com/calls' }]);
		trigger = await startTrigger({
			parameters: { source: 'callControlApplication', callControlApplicationId: locator(String(app.id)), events: ['*'] },
			credentials: sandboxCredentials(node.sandbox(), { publicKey: node.sandbox().events.publicKey }),
			typeVersion: 2,
		});
		await trigger.activate();
		return { id: String(app.id), trigger };
	}

	/** The items of the events the trigger received about one call, in order of arrival. */
	function eventsOf(hook: RunningTrigger, callControlId: string): IDataObject[] {
		return hook.executions.map((execution) => execution[0][0].json).filter((json) => json.call_control_id === callControlId);
	}

	/** Waits until the call has sent an event of this type; its item. */
	async function nextEvent(hook: RunningTrigger, callControlId: string, type: string, count = 1, timeoutMs = 3_000): Promise<IDataObject> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const found = eventsOf(hook, callControlId).filter((json) => json.event_type === type);
			if (found.length >= count) return found[count - 1];
			if (Date.now() > deadline) {
				throw new Error(`No ${type} for ${callControlId}; got ${eventsOf(hook, callControlId).map((e) => e.event_type).join(', ') || 'nothing'}`);
			}
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
	}

	/** Dials a number with the application; the call control ID, once the call is answered. */
	async function answeredCall(applicationId: string, hook: RunningTrigger, extra: INodeParameters = {}): Promise<string> {
		const { items } = await node.run({ resource: 'call', operation: 'dial', callControlApplication: locator(applicationId), from: FROM, to: TO, ...extra });
		const id = String(items[0].json.call_control_id);
		await nextEvent(hook, id, 'call.answered');
		return id;
	}

	/** Runs a command on a call. */
	const onCall = (operation: string, callControlId: string, parameters: INodeParameters = {}) =>
		node.run({ resource: 'call', operation, callControlId, ...parameters });

	return { ...node, application, eventsOf, nextEvent, answeredCall, onCall };
}
