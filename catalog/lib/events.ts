import { exampleFor } from './examples';
import type { Json, OpenApiSpec } from './spec';

export interface EventType {
	/** `message.received` */
	value: string;
	/** Product group shown in the event picker: "Messaging", "Call". */
	group: string;
}

/** Product names for the first part of an event type. */
const GROUPS: Record<string, string> = {
	call: 'Call',
	conference: 'Conference',
	fax: 'Fax',
	message: 'Messaging',
	messaging_hosted_numbers_orders: 'Hosted Messaging Order',
	number_order: 'Number Order',
	siprec: 'SIPREC',
	streaming: 'Media Streaming',
};

/**
 * Every event type the OpenAPI description's webhooks can carry, with an example body for
 * each (what the sandbox signs and sends).
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
	const types = Object.keys(examples)
		.sort()
		.map((value) => ({ value, group: GROUPS[value.split('.')[0]] ?? 'Other' }));
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
