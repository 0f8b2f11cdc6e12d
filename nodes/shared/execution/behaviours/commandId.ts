import { createHash, randomUUID } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import { refuseAfterLostWait } from './awaitCallEvent';
import type { Behaviour, OperationContext } from './types';

/**
 * Call Control commands: a `command_id` per item, unless the user gave one. Telnyx ignores a
 * command whose `command_id` it has seen for the same call, so the transport may send it again
 * after a 5xx, a timeout or a dropped connection (the catalog marks these commands idempotent
 * for that reason alone). Made once here, before the first attempt, so every retry carries it.
 *
 * When the item is a Telnyx event (from the Telnyx Trigger, passed on unchanged), the id is
 * derived from the event, the node, the operation and the item instead: Telnyx delivers an
 * event more than once at times, and a repeated delivery that starts a second execution (a
 * queue-mode worker, say) then sends the same command_id, which Telnyx carries out once.
 */
export const commandId: Behaviour = {
	prepare(context, outgoing) {
		refuseAfterLostWait(context);
		const body: IDataObject = { ...(context.request.body ?? {}) };
		if (typeof body.command_id !== 'string' || body.command_id.trim() === '') body.command_id = commandIdFor(context, outgoing.path);
		// an empty body the API requires went out as bytes; it is an object again now
		const headers = { ...outgoing.headers };
		delete headers['Content-Type'];
		return { ...outgoing, body, headers };
	},
};

/** The id of the Telnyx event an item is, if it is one: `{ id, event_type, … }` as the trigger outputs it. */
export function eventIdOf(json: IDataObject | undefined): string | undefined {
	if (!json) return undefined;
	const { id, event_type: type } = json;
	return typeof id === 'string' && id.trim() !== '' && typeof type === 'string' && type.includes('.') ? id : undefined;
}

function commandIdFor(context: OperationContext, path: string): string {
	const item = context.node.getInputData()[context.itemIndex];
	const eventId = eventIdOf(item?.json);
	if (!eventId) return randomUUID();
	const seed = [eventId, context.node.getNode().name, context.operation.resource, context.operation.operation, context.itemIndex, path].join('\n');
	const hex = createHash('sha256').update(seed).digest('hex');
	// shaped as a version 4 UUID, as Telnyx's examples write command ids
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
