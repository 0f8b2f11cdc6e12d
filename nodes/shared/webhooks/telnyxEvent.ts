import type { IDataObject } from 'n8n-workflow';
import { texmlCallFields } from './texmlCallback';

/** One event as the trigger outputs it, whatever envelope it arrived in. */
export interface TelnyxEvent extends IDataObject {
	event_type: string;
	id: string;
	occurred_at: string;
	record_type: string;
	payload: IDataObject;
	meta: IDataObject;
}

function asObject(value: unknown): IDataObject | undefined {
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : undefined;
}

/**
 * Normalises the envelopes Telnyx uses: messaging style `{ data: { event_type, id, payload },
 * meta }`, voice style `{ metadata: { event: {...}, attempt, delivered_to }, ... }`, and a bare
 * event `{ event_type, id, payload }`. Returns undefined for a body that is none of them.
 */
export function normalizeTelnyxEvent(body: unknown): TelnyxEvent | undefined {
	const root = asObject(body);
	if (!root) return undefined;
	const metadata = asObject(root.metadata);
	const candidates: Array<{ event?: IDataObject; meta: IDataObject }> = [
		{ event: asObject(root.data), meta: asObject(root.meta) ?? {} },
		{ event: asObject(metadata?.event), meta: metadata ? withoutKey(metadata, 'event') : {} },
		{ event: root, meta: {} },
	];
	for (const { event, meta } of candidates) {
		if (!event || typeof event.event_type !== 'string') continue;
		return {
			event_type: event.event_type,
			id: String(event.id ?? ''),
			occurred_at: String(event.occurred_at ?? ''),
			record_type: String(event.record_type ?? 'event'),
			payload: asObject(event.payload) ?? {},
			meta,
		};
	}
	return undefined;
}

function withoutKey(object: IDataObject, key: string): IDataObject {
	const copy = { ...object };
	delete copy[key];
	return copy;
}

/**
 * Whether an event type is wanted: an empty choice or `*` means all; `call.*` matches every
 * type under `call.`; anything else must match exactly.
 */
export function matchesEventFilter(eventType: string, wanted: string[]): boolean {
	const patterns = wanted.map((w) => w.trim()).filter(Boolean);
	if (patterns.length === 0 || patterns.includes('*')) return true;
	return patterns.some((pattern) =>
		pattern.endsWith('.*') ? eventType.startsWith(pattern.slice(0, -1)) : pattern === eventType,
	);
}

/** Fields of a call event the next node needs most, copied from the payload to the top of the item. */
const CALL_FIELDS = ['call_control_id', 'call_leg_id', 'call_session_id', 'direction', 'from', 'to'];

/**
 * The item of a call event (any event about a call leg: call.*, conference participants,
 * streaming), with its call's ids, direction and numbers at the top level and the client state
 * decoded into `client_state`. The payload stays as Telnyx sent it, raw client state included.
 */
export function withCallFields(event: TelnyxEvent): IDataObject {
	const { payload } = event;
	if (event.event_type.startsWith('texml.')) return { ...event, ...texmlCallFields(payload) };
	const lifted: IDataObject = {};
	if (typeof payload.call_control_id === 'string') {
		for (const name of CALL_FIELDS) if (payload[name] !== undefined) lifted[name] = payload[name];
	}
	if (typeof payload.client_state === 'string' && payload.client_state !== '') {
		lifted.client_state = decodeClientState(payload.client_state) as IDataObject[string];
	}
	return { ...event, ...lifted };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Client state as the workflow gave it: Base64 of JSON becomes the object (or value), Base64 of
 * other text the text. Anything that is not Base64 of UTF-8 text is kept as received.
 */
export function decodeClientState(raw: string): unknown {
	const text = raw.trim();
	if (!BASE64.test(text) || text.length % 4 === 1) return raw;
	const decoded = Buffer.from(text, 'base64').toString('utf8');
	// a round trip that does not give the same bytes back means it was not Base64 of text
	if (Buffer.from(decoded, 'utf8').toString('base64').replace(/=+$/, '') !== text.replace(/=+$/, '')) return raw;
	try {
		return JSON.parse(decoded) as unknown;
	} catch {
		return decoded;
	}
}
