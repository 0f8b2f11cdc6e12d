import type { IWebhookFunctions } from 'n8n-workflow';
import { TELNYX_CREDENTIAL } from '../transport/telnyxRequest';
import { normalizeTelnyxEvent, type TelnyxEvent } from './telnyxEvent';
import { texmlCallbackEvent } from './texmlCallback';
import { DEFAULT_TOLERANCE_SECONDS, telnyxPublicKey, verifyTelnyxSignature } from './verifyTelnyxSignature';

/** Largest event body accepted: Telnyx events are a few kilobytes. */
export const MAX_EVENT_BYTES = 1024 * 1024;

export type SignedDelivery =
	| { ok: true; event: TelnyxEvent; rawBody: Buffer }
	| { ok: false; status: number; error: string };

/**
 * One delivery of a Telnyx event, as the Telnyx Trigger and a call step waiting for its event
 * both read it: a body of event size, signed with the account key of the credential (unless
 * `verify` is off), and a Telnyx event in one of its envelopes. Refusals say why, never what
 * the key is.
 */
export async function readSignedDelivery(
	context: IWebhookFunctions,
	options: { verify: boolean; toleranceSeconds?: number },
): Promise<SignedDelivery> {
	const request = context.getRequestObject();
	const rawBody = Buffer.isBuffer(request.rawBody) ? request.rawBody : Buffer.from(JSON.stringify(request.body ?? {}));
	// a body this large is not an event, and is not worth verifying
	if (rawBody.length > MAX_EVENT_BYTES) return refuse(413, `Rejected: the body is larger than ${MAX_EVENT_BYTES} bytes`);
	if (options.verify) {
		const credentials = await context.getCredentials(TELNYX_CREDENTIAL);
		const keyText = typeof credentials.publicKey === 'string' ? credentials.publicKey : '';
		if (!keyText.trim()) return refuse(500, 'The Telnyx API credential has no Webhook Public Key, so events cannot be verified');
		let publicKey;
		try {
			publicKey = telnyxPublicKey(keyText);
		} catch {
			return refuse(500, 'The Webhook Public Key in the Telnyx API credential is not a valid Ed25519 key');
		}
		const result = verifyTelnyxSignature(
			{
				rawBody,
				signature: headerOf(request.headers['telnyx-signature-ed25519']),
				timestamp: headerOf(request.headers['telnyx-timestamp']),
			},
			publicKey,
			{ toleranceSeconds: options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS },
		);
		if (!result.valid) return refuse(result.status, `Rejected: ${result.reason}`);
	}

	// TeXML's status callbacks are forms, read from the bytes that were signed
	if (String(request.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
		const event = texmlCallbackEvent(Object.fromEntries(new URLSearchParams(rawBody.toString('utf8'))));
		return event ? { ok: true, event, rawBody } : refuse(400, 'The form is not a TeXML callback');
	}
	let body: unknown = request.body;
	if (!body || typeof body !== 'object') {
		try {
			body = JSON.parse(rawBody.toString('utf8'));
		} catch {
			return refuse(400, 'The body is not JSON');
		}
	}
	const event = normalizeTelnyxEvent(body);
	if (!event) return refuse(400, 'The body is not a Telnyx event');
	return { ok: true, event, rawBody };
}

function refuse(status: number, error: string): SignedDelivery {
	return { ok: false, status, error };
}

function headerOf(value: string | string[] | undefined): string | undefined {
	return Array.isArray(value) ? value[0] : value;
}
