import { createHash } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';

/** How many event ids each trigger remembers: Telnyx redelivers within minutes, not days. */
export const SEEN_EVENTS_LIMIT = 1000;
/**
 * Longest id kept as it is. Telnyx ids are UUIDs; an unverified body can carry an id of a
 * megabyte, which is kept as its SHA-256 so the remembered ids stay small.
 */
export const MAX_REMEMBERED_ID_LENGTH = 128;

function rememberedForm(eventId: string): string {
	if (eventId.length <= MAX_REMEMBERED_ID_LENGTH) return eventId;
	return `sha256:${createHash('sha256').update(eventId, 'utf8').digest('hex')}`;
}

/**
 * Remembers delivered event ids in the workflow's static data (persisted by n8n, shared by
 * every process in queue mode) so a redelivered event starts no second execution.
 * Returns true when the id was seen before.
 */
export function rememberEvent(staticData: IDataObject, eventId: string, limit = SEEN_EVENTS_LIMIT): boolean {
	if (!eventId) return false;
	const seen = Array.isArray(staticData.seenEventIds) ? (staticData.seenEventIds as string[]) : [];
	const remembered = rememberedForm(eventId);
	if (seen.includes(remembered)) return true;
	seen.push(remembered);
	if (seen.length > limit) seen.splice(0, seen.length - limit);
	staticData.seenEventIds = seen;
	return false;
}
