import type { FieldSchema } from '../../nodes/shared/catalog/types';
import type { FieldCopy } from '../copy/types';
import { displayNameFor, enumLabel } from './naming';

/**
 * Our own words for a field: `resource.operation.field` first (when one operation means
 * something different by it), then `resource.field`, then the field name shared by all.
 * Missing ones are collected so the generator can report them.
 */
export function describeField(
	copy: FieldCopy,
	resourceKey: string,
	name: string,
	missing: Set<string>,
	operationKey?: string,
): string | undefined {
	const text = (operationKey ? copy[`${resourceKey}.${operationKey}.${name}`] : undefined) ?? copy[`${resourceKey}.${name}`] ?? copy[name];
	if (text === undefined) missing.add(name);
	return text || undefined;
}

/** Adds labels and descriptions to the properties of nested objects, recursively. */
export function describeNested(
	copy: FieldCopy,
	resourceKey: string,
	schema: FieldSchema,
	missing: Set<string>,
	path = '',
): FieldSchema {
	const out: FieldSchema = { ...schema };
	if (schema.enum) out.enumLabels = schema.enum.map(enumLabel);
	if (schema.oneOf) out.oneOf = schema.oneOf.map((alt) => describeNested(copy, resourceKey, alt, missing, path));
	if (schema.properties) {
		out.properties = {};
		for (const [name, prop] of Object.entries(schema.properties)) {
			const qualified = path ? `${path}.${name}` : name;
			const described = describeNested(copy, resourceKey, prop, missing, qualified);
			described.displayName = displayNameFor(name);
			const text = copy[`${resourceKey}.${qualified}`] ?? copy[qualified] ?? copy[name];
			if (text === undefined) missing.add(qualified);
			if (text) described.description = text;
			out.properties[name] = described;
		}
	}
	if (schema.items) out.items = describeNested(copy, resourceKey, schema.items, missing, path);
	return out;
}
