import { randomUUID } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import type { Behaviour } from './types';

/**
 * Call Control commands: a `command_id` per item, unless the user gave one. Telnyx ignores a
 * command whose `command_id` it has seen for the same call, so the transport may send it again
 * after a 5xx, a timeout or a dropped connection (the catalog marks these commands idempotent
 * for that reason alone). Made once here, before the first attempt, so every retry carries it.
 */
export const commandId: Behaviour = {
	prepare({ request }, outgoing) {
		const body: IDataObject = { ...(request.body ?? {}) };
		if (typeof body.command_id !== 'string' || body.command_id.trim() === '') body.command_id = randomUUID();
		// an empty body the API requires went out as bytes; it is an object again now
		const headers = { ...outgoing.headers };
		delete headers['Content-Type'];
		return { ...outgoing, body, headers };
	},
};
