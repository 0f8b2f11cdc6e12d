/**
 * The shipped form of a catalog: what the loader (nodes/shared/catalog/load.ts) can restore is
 * left out, and schemas used in several places (a connection's inbound settings appear in its
 * create and its update) are written once under `schemas` and referenced by id.
 */
import { createHash } from 'node:crypto';
import type { CatalogField, CatalogOperation, FieldSchema, NodeCatalog } from '../../nodes/shared/catalog/types';

/** Smaller schemas cost more as references than they save. */
const MIN_SHARED_BYTES = 200;

export function compactCatalog(catalog: NodeCatalog): NodeCatalog {
	const counts = new Map<string, number>();
	const visit = (schema: FieldSchema) => {
		const key = JSON.stringify(schema);
		if (key.length >= MIN_SHARED_BYTES) counts.set(key, (counts.get(key) ?? 0) + 1);
		if (schema.items) visit(schema.items);
		schema.oneOf?.forEach(visit);
		Object.values(schema.properties ?? {}).forEach(visit);
	};
	const fieldsOf = (op: CatalogOperation) => [...op.pathParams, ...op.query, ...(op.body?.fields ?? [])];
	catalog.operations.forEach((op) => fieldsOf(op).forEach((field) => visit(field.schema)));

	const schemas: Record<string, FieldSchema> = {};
	const ids = new Map<string, string>();
	const share = (schema: FieldSchema): FieldSchema => {
		const key = JSON.stringify(schema);
		if ((counts.get(key) ?? 0) > 1) {
			let id = ids.get(key);
			if (!id) {
				id = createHash('sha1').update(key).digest('hex').slice(0, 8);
				ids.set(key, id);
				schemas[id] = inner(schema);
			}
			return { $ref: id };
		}
		return inner(schema);
	};
	const inner = (schema: FieldSchema): FieldSchema => {
		const out: FieldSchema = { ...schema };
		if (schema.items) out.items = share(schema.items);
		if (schema.oneOf) out.oneOf = schema.oneOf.map(share);
		if (schema.properties) out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, share(v)]));
		return out;
	};
	const field = (f: CatalogField): CatalogField => {
		const { required, ...rest } = f;
		return { ...rest, ...(required ? { required } : {}), schema: share(f.schema) } as CatalogField;
	};
	const operations = catalog.operations.map((op) => {
		const { description, idempotent, pathParams, query, ...rest } = op;
		const out: Record<string, unknown> = { ...rest };
		if (description !== op.action) out.description = description;
		if (idempotent !== (op.method !== 'POST')) out.idempotent = idempotent;
		if (pathParams.length) out.pathParams = pathParams.map(field);
		if (query.length) out.query = query.map(field);
		if (op.body) out.body = { ...op.body, fields: op.body.fields.map(field) };
		return out as unknown as CatalogOperation;
	});
	const sortedSchemas = Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));
	return { ...catalog, operations, ...(Object.keys(sortedSchemas).length ? { schemas: sortedSchemas } : {}) };
}
