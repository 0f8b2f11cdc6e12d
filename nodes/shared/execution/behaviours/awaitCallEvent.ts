import type { IDataObject } from 'n8n-workflow';
import { DEFAULT_EVENT_WAIT_SECONDS, PARAM } from '../../catalog/constants';
import type { NodeCatalog } from '../../catalog/types';
import { TELNYX_CREDENTIAL } from '../../transport/telnyxRequest';
import { CALL_EVENT_PATH, EVENT_RETRIES_MS, HANGUP_EVENT, customDataOf, readCallFlow, writeCallFlow } from '../../webhooks/callFlow';
import { telnyxPublicKey } from '../../webhooks/verifyTelnyxSignature';
import { InputError } from '../toWireValue';
import type { Behaviour, OperationContext } from './types';

/**
 * "Wait for Event": the command is sent, then the execution waits (n8n's waiting executions)
 * until the call's event that ends it arrives at the node's restart webhook (see
 * nodes/shared/webhooks/callEventWebhook.ts), and goes on with that event as the output.
 *
 * Answer and Dial send the call's later events to this execution (`webhook_url`: its resume
 * URL) with retries for the events a step can wait for, since n8n refuses a delivery (409)
 * while the execution is still running. Later steps on the call only wait.
 */
export const awaitCallEvent: Behaviour = {
	async prepare(context, outgoing) {
		if (!waits(context)) return outgoing;
		const { node, operation } = context;
		if (node.getInputData().length !== 1) {
			throw new InputError(
				`"Wait for Event" follows one call per execution; this node received ${node.getInputData().length} items`,
				'Let each call start its own execution (the Telnyx Trigger does), or turn Wait for Event off.',
			);
		}
		refuseAfterLostWait(context);
		waitLimitOf(context);
		await requirePublicKey(context);
		const body = bodyObject(outgoing.body);
		if (operation.awaitEvent!.routesEvents) {
			routeEventsHere(context, body);
		} else {
			const callId = context.request.pathValues.call_control_id;
			if (readCallFlow(customDataOf(node))?.call !== callId) {
				throw new InputError(
					'"Wait for Event" needs the call\'s events to come to this execution, and this call\'s do not',
					'Answer (or Dial) the call earlier in this workflow with Wait for Event on: that sends its events here. Or turn Wait for Event off and handle the event with a Telnyx Trigger.',
				);
			}
		}
		return { ...outgoing, body };
	},

	async shape(context, _response, results) {
		if (!waits(context)) return results;
		const { node, operation, itemIndex, request } = context;
		const waiting = node.getNode().name;
		if (operation.awaitEvent!.routesEvents) {
			// Dial's call is known from its answer, Answer's from its path
			const call = String(results[0]?.json.call_control_id ?? request.pathValues.call_control_id ?? '');
			if (!call) throw new InputError('Telnyx did not return the call\'s "call_control_id", so there is nothing to wait for');
			if (!writeCallFlow(customDataOf(node), { call, seen: [], ...afterOf(node.getInputData()[itemIndex]?.json), waiting })) {
				throw new InputError(
					'"Wait for Event" keeps its state in the execution\'s custom data, and this execution already has 10 custom data keys',
					'Set fewer custom data keys in this workflow (n8n keeps at most 10 per execution).',
				);
			}
		} else {
			writeCallFlow(customDataOf(node), { ...readCallFlow(customDataOf(node))!, waiting });
		}
		const seconds = waitLimitOf(context);
		await node.putExecutionToWait(new Date(Date.now() + seconds * 1000));
		return results;
	},
};

/**
 * A command on a call whose last wait ended at its limit, without the event: the flow does not
 * know what the call is doing (another execution may have it: Telnyx delivered the call's first
 * event twice at once, and the Answer of this one was the repeat Telnyx ignored).
 */
export function refuseAfterLostWait(context: OperationContext): void {
	const flow = readCallFlow(customDataOf(context.node));
	if (!flow?.waiting || context.request.pathValues.call_control_id !== flow.call) return;
	throw new InputError(
		`No event of the call came while "${flow.waiting}" waited for it, so this command was not sent`,
		'The wait ended at its Wait Limit. When Telnyx delivers a call\'s first event twice at once, n8n starts two executions: Telnyx carries out the Answer once and sends the call\'s events to one of them, and the other ends here. Otherwise, check that the call\'s events reach n8n (its public URL) and raise the Wait Limit if a step takes longer.',
	);
}

function waits(context: OperationContext): boolean {
	return Boolean(context.operation.awaitEvent) && context.node.getNodeParameter(PARAM.waitForEvent, context.itemIndex, false) === true;
}

function waitLimitOf(context: OperationContext): number {
	const raw: unknown = context.node.getNodeParameter(PARAM.eventWaitLimit, context.itemIndex, DEFAULT_EVENT_WAIT_SECONDS);
	const seconds = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
	if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 10) {
		throw new InputError(`"Wait Limit (Seconds)" must be a number of at least 10; got ${JSON.stringify(raw) ?? String(raw)}`, `Leave it at ${DEFAULT_EVENT_WAIT_SECONDS} unless a step can take longer.`);
	}
	return seconds;
}

/** The waiting webhook checks every event's signature, so the key must be there before the command goes out. */
async function requirePublicKey(context: OperationContext): Promise<void> {
	const credentials = await context.node.getCredentials(TELNYX_CREDENTIAL, context.itemIndex);
	const key = typeof credentials.publicKey === 'string' ? credentials.publicKey : '';
	const hint = 'Copy the public key from the Telnyx portal (Keys & Credentials → Public Key) into the Telnyx API credential\'s Webhook Public Key.';
	if (!key.trim()) throw new InputError('"Wait for Event" checks the signature of every event, and the Telnyx API credential has no Webhook Public Key', hint);
	if (!isPublicKey(key)) {
		throw new InputError('"Wait for Event" checks the signature of every event, and the Webhook Public Key in the Telnyx API credential is not a valid Ed25519 key', hint);
	}
}

function isPublicKey(text: string): boolean {
	try {
		telnyxPublicKey(text);
		return true;
	} catch {
		return false;
	}
}

/** Points the call's events at this execution's resume URL, with retries for what a step can wait for. */
function routeEventsHere(context: OperationContext, body: IDataObject): void {
	const { node, catalog } = context;
	if (typeof body.webhook_url === 'string' && body.webhook_url.trim() !== '') {
		throw new InputError(
			'"Webhook URL" cannot be set while "Wait for Event" is on: the call\'s events come to this execution',
			'Remove Webhook URL from Additional Fields, or turn Wait for Event off.',
		);
	}
	if (body.webhook_url_method !== undefined && body.webhook_url_method !== 'POST') {
		throw new InputError('"Webhook URL Method" must be POST while "Wait for Event" is on', 'Remove Webhook URL Method from Additional Fields.');
	}
	const awaited = awaitableEvents(catalog);
	const elsewhere = Object.keys((body.webhook_urls as IDataObject | undefined) ?? {}).filter((type) => awaited.includes(type));
	if (elsewhere.length) {
		throw new InputError(
			`"Webhook URLs" sends ${elsewhere.join(', ')} elsewhere, and "Wait for Event" waits for ${elsewhere.length > 1 ? 'them' : 'it'} here`,
			'Leave those event types out of Webhook URLs, or turn Wait for Event off.',
		);
	}
	const resumeUrl = String(node.evaluateExpression('{{ $execution.resumeUrl }}', context.itemIndex) ?? '');
	const url = new URL(resumeUrl);
	url.pathname = `${url.pathname.replace(/\/$/, '')}/${CALL_EVENT_PATH}`;
	const policies: IDataObject = { ...((body.webhook_retries_policies as IDataObject | undefined) ?? {}) };
	for (const type of awaited) policies[type] ??= { retries_ms: EVENT_RETRIES_MS };
	body.webhook_url = url.toString();
	body.webhook_url_method = 'POST';
	body.webhook_retries_policies = policies;
}

/** The event types any step of this node can wait for, and the hang-up that ends every wait. */
function awaitableEvents(catalog: NodeCatalog): string[] {
	const types = new Set<string>([HANGUP_EVENT]);
	for (const operation of catalog.operations) for (const type of operation.awaitEvent?.events ?? []) types.add(type);
	return [...types].sort();
}

/** A flow started by a Telnyx event: nothing older than it belongs to the flow's steps. */
function afterOf(json: IDataObject | undefined): { after?: string } {
	return typeof json?.occurred_at === 'string' && json.occurred_at ? { after: json.occurred_at } : {};
}

function bodyObject(body: unknown): IDataObject {
	if (Buffer.isBuffer(body)) return JSON.parse(body.toString('utf8') || '{}') as IDataObject;
	return { ...((body as IDataObject | undefined) ?? {}) };
}
