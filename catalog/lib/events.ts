import { EVENT_COPY, EVENT_GROUPS } from '../copy/events';
import { exampleFor } from './examples';
import type { Json, OpenApiSpec } from './spec';

export interface EventType {
	/** `message.received` */
	value: string;
	/** Product group shown in the event picker: "Messaging", "Calls". */
	group: string;
	/** Our name for it: "Message Received". */
	name: string;
	/** When Telnyx sends it, in our words. */
	description: string;
}

/**
 * Every event type the OpenAPI description's webhooks can carry (and the few the reference
 * names beside them), in the order the trigger lists them: product groups, then the common
 * events of each group first. Each has an example body (what the sandbox signs and sends).
 */
export function eventTypes(spec: OpenApiSpec): { types: EventType[]; examples: Record<string, unknown> } {
	const webhooks = (spec.doc.webhooks as Record<string, Json> | undefined) ?? {};
	const examples: Record<string, unknown> = {};
	for (const hook of Object.values(webhooks)) {
		const post = hook.post as Json | undefined;
		const schema = ((post?.requestBody as Json | undefined)?.content as Json | undefined)?.['application/json'] as
			| Json
			| undefined;
		if (!schema?.schema) continue;
		for (const type of typesIn(spec, schema.schema, 0)) {
			if (examples[type]) continue;
			const example = exampleFor(spec, schema.schema) as Json | null;
			if (example && typeof example === 'object') examples[type] = withType(example, type);
		}
	}
	const missing = Object.keys(examples).filter((type) => !EVENT_COPY[type]);
	if (missing.length) throw new Error(`Event types without a name in catalog/copy/events.ts: ${missing.join(', ')}`);
	const groupOf = (type: string) => EVENT_GROUPS.findIndex((g) => g.prefixes.some((prefix) => type.startsWith(prefix)));
	const types = Object.entries(EVENT_COPY)
		.map(([value, copy]) => ({ value, copy, group: groupOf(value) }))
		.sort((a, b) => a.group - b.group || a.copy.rank - b.copy.rank)
		.map(({ value, copy, group }) => {
			if (group < 0) throw new Error(`Event type ${value} is in no group of catalog/copy/events.ts`);
			examples[value] ??= genericEvent(value);
			return { value, group: EVENT_GROUPS[group].name, name: copy.name, description: copy.description };
		});
	return { types, examples };
}

function typesIn(spec: OpenApiSpec, raw: unknown, depth: number): Set<string> {
	const found = new Set<string>();
	if (depth > 6 || !raw || typeof raw !== 'object') return found;
	const schema = spec.deref<Json>(raw);
	for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
		for (const alt of (schema[key] as unknown[] | undefined) ?? []) typesIn(spec, alt, depth + 1).forEach((t) => found.add(t));
	}
	const props = (schema.properties as Json | undefined) ?? {};
	if (props.event_type) {
		const eventType = spec.deref<Json>(props.event_type);
		for (const value of (eventType.enum as unknown[] | undefined) ?? []) if (typeof value === 'string') found.add(value);
	}
	for (const key of ['data', 'payload']) if (props[key]) typesIn(spec, props[key], depth + 1).forEach((t) => found.add(t));
	return found;
}

/** The example body with its event type set where the envelope keeps it. */
function withType(example: Json, type: string): Json {
	const copy = structuredClone(example);
	const data = copy.data as Json | undefined;
	if (data && typeof data === 'object') data.event_type = type;
	else if ('event_type' in copy) copy.event_type = type;
	return copy;
}

/** A body for event types the reference names without a payload schema: the common envelope. */
function genericEvent(type: string): Json {
	return {
		data: {
			event_type: type,
			id: '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0',
			occurred_at: '2025-01-01T00:00:00.000Z',
			payload: {},
			record_type: 'event',
		},
		meta: { attempt: 1, delivered_to: 'https://example.com/webhooks' },
	};
}
