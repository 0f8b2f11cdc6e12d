import type { IDataObject } from 'n8n-workflow';

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
