import type { IDataObject } from 'n8n-workflow';
import type { Behaviour } from './types';

/**
 * `text/event-stream` answers (server-sent events, e.g. streamed AI answers): read to the end,
 * then one output item per event, its `data` parsed as JSON where it is JSON. The `[DONE]`
 * marker some streams end with is not an event.
 */
export const eventStream: Behaviour = {
	prepare(_context, outgoing) {
		return { ...outgoing, responseKind: 'text', headers: { ...outgoing.headers, Accept: 'text/event-stream' } };
	},
	async shape(_context, response) {
		return parseEventStream(String(response.body ?? '')).map((json) => ({ json }));
	},
};

/** Events of an SSE body: `event`, `id` and `data` per block; blocks are separated by a blank line. */
export function parseEventStream(text: string): IDataObject[] {
	const events: IDataObject[] = [];
	for (const block of text.replace(/\r\n?/g, '\n').split(/\n\n+/)) {
		const data: string[] = [];
		const event: IDataObject = {};
		for (const line of block.split('\n')) {
			if (!line || line.startsWith(':')) continue;
			const colon = line.indexOf(':');
			const field = colon < 0 ? line : line.slice(0, colon);
			const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
			if (field === 'data') data.push(value);
			else if (field === 'event' || field === 'id') event[field] = value;
		}
		if (!data.length) continue;
		const joined = data.join('\n');
		if (joined.trim() === '[DONE]') continue;
		events.push({ ...event, data: parseMaybeJson(joined) });
	}
	return events;
}

function parseMaybeJson(text: string): IDataObject[string] {
	try {
		return JSON.parse(text) as IDataObject[string];
	} catch {
		return text;
	}
}
