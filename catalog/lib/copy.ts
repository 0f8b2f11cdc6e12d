import { editorKind } from '../../nodes/shared/catalog/editorKind';
import type { FieldSchema } from '../../nodes/shared/catalog/types';
import { SHARED_COPY } from '../copy/shared';
import type { FieldCopy } from '../copy/types';
import { displayNameFor, enumLabel } from './naming';

/** Generator-only: the component schema (`#/components/schemas/<name>`) a trimmed schema came from. */
export type TrimmedSchema = FieldSchema & { component?: string };

/**
 * Our own words for fields, looked up from the most specific to the most general:
 *   `resource.operation.field` (one operation means something else by it) →
 *   `resource.field` → the node's `field` → `Component.field` (a `$ref`'d schema, described
 *   once wherever it is used) → the shared vocabulary → words made from the field's own name
 *   for filters. Fields found nowhere are collected, so the generator can refuse to ship them.
 */
export class Describer {
	constructor(
		private readonly copy: FieldCopy,
		private readonly resource: string,
		private readonly operation: string,
		/** Plural noun of the resource, for filter words: "credential connections". */
		private readonly plural: string,
		readonly missing: Set<string>,
	) {}

	/** A top-level field: a path parameter (by its editor key for ids), query parameter or body field. */
	field(name: string, options: { query?: boolean } = {}): string | undefined {
		const { copy, resource, operation } = this;
		const text =
			copy[`${resource}.${operation}.${name}`] ??
			copy[`${resource}.${name}`] ??
			copy[name] ??
			SHARED_COPY[name] ??
			(options.query ? filterWords(name, this.plural) : undefined);
		if (text === undefined) this.missing.add(name);
		return text || undefined;
	}

	/**
	 * Labels and descriptions for the properties of nested objects, recursively. Words are
	 * required where the editor shows them: the properties of a form (a collection, the entries
	 * of a repeatable list, the shapes a selector picks: `variants`, for a required body field). Inside a structure edited as JSON
	 * nothing shows them, so they are kept where copy has them but not required.
	 */
	nested(schema: TrimmedSchema, path = '', shown = true, variants = false): FieldSchema {
		const { component: _component, ...rest } = schema;
		void _component;
		const out: FieldSchema = { ...rest };
		const kind = editorKind(schema);
		if (schema.enum) out.enumLabels = schema.enum.map(enumLabel);
		if (schema.oneOf) out.oneOf = schema.oneOf.map((alt) => this.nested(alt, path, shown && variants && Boolean(schema.discriminator)));
		if (schema.properties) {
			const childrenShown = shown && kind === 'collection';
			out.properties = {};
			for (const [name, prop] of Object.entries(schema.properties)) {
				const qualified = path ? `${path}.${name}` : name;
				const described = this.nested(prop, qualified, childrenShown);
				described.displayName = displayNameFor(name);
				const text = this.property(qualified, name, schema.component, childrenShown);
				if (text) described.description = text;
				out.properties[name] = described;
			}
		}
		if (schema.items) out.items = this.nested(schema.items, path, shown && kind === 'fixedList');
		return out;
	}

	private property(qualified: string, name: string, component: string | undefined, required: boolean): string | undefined {
		const { copy, resource } = this;
		const byComponent = component ? (copy[`${component}.${name}`] ?? SHARED_COPY[`${component}.${name}`]) : undefined;
		const text =
			copy[`${resource}.${qualified}`] ??
			copy[qualified] ??
			byComponent ??
			copy[name] ??
			SHARED_COPY[qualified] ??
			SHARED_COPY[name];
		if (text === undefined && required) this.missing.add(component ? `${component}.${name} (${qualified})` : qualified);
		return text || undefined;
	}
}

const FILTER_OPERATORS: Record<string, string> = {
	eq: 'is',
	ne: 'is not',
	contains: 'contains this text',
	startswith: 'starts with this text',
	starts_with: 'starts with this text',
	endswith: 'ends with this text',
	ends_with: 'ends with this text',
	gt: 'is greater than this',
	gte: 'is at least this',
	lt: 'is less than this',
	lte: 'is at most this',
};

const DATE_OPERATORS: Record<string, string> = {
	gt: 'after this time',
	gte: 'at or after this time',
	lt: 'before this time',
	lte: 'at or before this time',
	eq: 'at this time',
};

/**
 * Filters say what they do in their name: `filter[connection_name][contains]` reads "Only
 * credential connections whose connection name contains this text".
 */
export function filterWords(name: string, plural: string): string | undefined {
	const parts = name.match(/[^[\]]+/g) ?? [];
	if (parts[0] !== 'filter' || parts.length < 2) return undefined;
	const last = parts[parts.length - 1];
	const operator = parts.length > 2 ? last.toLowerCase() : undefined;
	const subjectParts = operator && (FILTER_OPERATORS[operator] || DATE_OPERATORS[operator]) ? parts.slice(1, -1) : parts.slice(1);
	const subject = subjectParts.join(' ').replace(/[_.]/g, ' ').replace(/\bid\b/g, 'ID').replace(/\s+/g, ' ').trim();
	if (/(^| )(at|date|time)$/.test(subject) && operator && DATE_OPERATORS[operator]) {
		const what = subject.replace(/ at$/, '');
		return `Only ${plural} ${what} ${DATE_OPERATORS[operator]} (ISO 8601)`;
	}
	if (operator && FILTER_OPERATORS[operator]) {
		const words = FILTER_OPERATORS[operator];
		return /this/.test(words) ? `Only ${plural} whose ${subject} ${words}` : `Only ${plural} whose ${subject} ${words} this value`;
	}
	return `Only ${plural} whose ${subject} is this value`;
}
