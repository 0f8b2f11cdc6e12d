import type { IDataObject } from 'n8n-workflow';

/** How many event ids each trigger remembers: Telnyx redelivers within minutes, not days. */
export const SEEN_EVENTS_LIMIT = 1000;

/**
 * Remembers delivered event ids in the workflow's static data (persisted by n8n, shared by
 * every process in queue mode) so a redelivered event starts no second execution.
 * Returns true when the id was seen before.
 */
export function rememberEvent(staticData: IDataObject, eventId: string, limit = SEEN_EVENTS_LIMIT): boolean {
	if (!eventId) return false;
	const seen = Array.isArray(staticData.seenEventIds) ? (staticData.seenEventIds as string[]) : [];
	if (seen.includes(eventId)) return true;
	seen.push(eventId);
	if (seen.length > limit) seen.splice(0, seen.length - limit);
	staticData.seenEventIds = seen;
	return false;
}
