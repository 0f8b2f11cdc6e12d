import type { IDataObject, IWebhookDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { findOperation } from '../catalog';
import { PARAM } from '../catalog/constants';
import type { NodeCatalog } from '../catalog/types';
import { CALL_EVENT_PATH, HANGUP_EVENT, customDataOf, occurredBefore, readCallFlow, writeCallFlow } from './callFlow';
import { readSignedDelivery } from './signedDelivery';
import { withCallFields } from './telnyxEvent';

/**
 * Where Telnyx posts a call's events while a step waits for one: the execution's resume URL
 * with this path. A restart webhook, so n8n only calls it for a waiting execution, and every
 * waiting step of the node answers at the same path (the call's webhook URL is set once).
 */
export const CALL_EVENT_WEBHOOKS: IWebhookDescription[] = [
	{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: CALL_EVENT_PATH, restartWebhook: true },
];

/**
 * A delivery to a waiting step. The step goes on only with a signed event of its call that it
 * waits for (or the hang-up), that occurred after the flow's last event and that it has not
 * gone on with before; anything else is acknowledged and the execution keeps waiting. n8n
 * answers the one it goes on with once the execution has resumed, so a delivery that loses a
 * race with another gets an error and Telnyx retries it.
 */
export async function callEventWebhook(this: IWebhookFunctions, catalog: NodeCatalog): Promise<IWebhookResponseData> {
	const response = this.getResponseObject();
	const answer = (status: number, body: IDataObject): IWebhookResponseData => {
		response.status(status).json(body);
		return { noWebhookResponse: true };
	};
	const delivery = await readSignedDelivery(this, { verify: true });
	if (!delivery.ok) return answer(delivery.status, { error: delivery.error });
	const { event } = delivery;

	const operation = findOperation(catalog, this.getNodeParameter(PARAM.resource) as string, this.getNodeParameter(PARAM.operation) as string);
	const flow = readCallFlow(customDataOf(this));
	if (!operation.awaitEvent || this.getNodeParameter(PARAM.waitForEvent, false) !== true || !flow) {
		return answer(200, { received: true, ignored: 'this step does not wait for call events' });
	}
	if (event.payload.call_control_id !== flow.call) return answer(200, { received: true, ignored: 'an event of another call' });
	if (![...operation.awaitEvent.events, HANGUP_EVENT].includes(event.event_type)) {
		return answer(200, { received: true, ignored: 'not the event this step waits for' });
	}
	if (event.id && flow.seen.includes(event.id)) return answer(200, { received: true, ignored: 'already delivered' });
	// out of order: the end of an earlier command, arriving after the flow moved on
	if (occurredBefore(event.occurred_at, flow.after)) return answer(200, { received: true, ignored: 'older than the step' });

	// no longer waiting: the step goes on with this event
	writeCallFlow(customDataOf(this), { call: flow.call, after: event.occurred_at || flow.after, seen: [...flow.seen, event.id].filter(Boolean) });
	return { workflowData: [[{ json: withCallFields(event), pairedItem: { item: 0 } }]] };
}
