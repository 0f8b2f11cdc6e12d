import type { INodeProperties } from 'n8n-workflow';
import { parameterNameFor } from '../catalog/naming';
import type { CatalogField, CatalogOperation, FieldSchema } from '../catalog/types';
import { editorKind } from '../catalog/editorKind';
import { fieldProperty, type FieldPropertyContext } from './fieldProperty';

/**
 * A body field that takes one of several shapes, chosen by a sibling field: custom storage
 * `configuration` is a GCS, S3 or Azure object depending on `backend`. Each shape's fields are
 * shown only for its choice, so users fill in a form instead of a JSON box.
 */
export interface Variants {
	field: CatalogField;
	/** The sibling field (shown above) whose value picks the shape. */
	selector: CatalogField;
	/** Choice → the object schema of that shape. */
	shapes: Record<string, FieldSchema>;
}

export function variantsOf(field: CatalogField, operation: CatalogOperation): Variants | undefined {
	const { oneOf, discriminator } = field.schema;
	if (!oneOf || !discriminator || !field.required) return undefined;
	const selector = operation.body?.fields.find((f) => f.name === discriminator.propertyName && f.required);
	const choices = Object.keys(discriminator.mapping);
	if (!selector?.schema.enum || !choices.every((choice) => selector.schema.enum!.includes(choice))) return undefined;
	const shapes: Record<string, FieldSchema> = {};
	for (const choice of choices) {
		const shape = oneOf[discriminator.mapping[choice]];
		if (!shape?.properties || Object.values(shape.properties).some((p) => p.properties || p.oneOf)) return undefined;
		shapes[choice] = shape;
	}
	return { field, selector, shapes };
}

/** Editor name of a shape's field: `configuration` + `bucket` → `configurationBucket`. */
export function variantParameterName(field: CatalogField, wire: string): string {
	return parameterNameFor(`${field.name}_${wire}`);
}

/** The fields of every shape, each shown only when its choice is selected. */
export function variantProperties(variants: Variants, context: FieldPropertyContext): INodeProperties[] {
	const { field, selector, shapes } = variants;
	const properties: INodeProperties[] = [];
	for (const [choice, shape] of Object.entries(shapes)) {
		const required = new Set(shape.required ?? []);
		for (const [wire, schema] of Object.entries(shape.properties ?? {})) {
			if (wire === selector.name) continue;
			const inner: CatalogField = {
				name: wire,
				param: variantParameterName(field, wire),
				displayName: schema.displayName ?? wire,
				...(schema.description ? { description: schema.description } : {}),
				required: required.has(wire),
				schema,
				editor: editorKind(schema),
				container: 'top',
			};
			const property = fieldProperty(inner, context);
			properties.push({ ...property, displayOptions: { show: { [selector.param]: [choice] } } });
		}
	}
	return properties;
}
