import type { FieldSchema, NodeCatalog } from './types';

/**
 * Restores a shipped catalog file. It leaves out what is the rule (no path parameters, an
 * optional field, a description that repeats the action) and keeps schemas used in several places once (`schemas`, referenced as
 * `{ "$ref": id }`). Loading puts the shared objects back in place: every use points at the
 * same object, so memory stays as small as the file.
 */
export function loadCatalog(raw: unknown): NodeCatalog {
	const catalog = raw as NodeCatalog;
	const shared = catalog.schemas ?? {};
	const resolved = new Map<string, FieldSchema>();
	const expand = (schema: FieldSchema): FieldSchema => {
		if (schema.$ref !== undefined) {
			const id = schema.$ref;
			let target = resolved.get(id);
			if (!target) {
				const source = shared[id];
				if (!source) throw new Error(`Catalog ${catalog.node}: no shared schema "${id}"`);
				target = expandInner(source);
				resolved.set(id, target);
			}
			return target;
		}
		return expandInner(schema);
	};
	const expandInner = (schema: FieldSchema): FieldSchema => {
		const out: FieldSchema = { ...schema };
		if (schema.items) out.items = expand(schema.items);
		if (schema.oneOf) out.oneOf = schema.oneOf.map(expand);
		if (schema.properties) {
			out.properties = {};
			for (const [name, prop] of Object.entries(schema.properties)) out.properties[name] = expand(prop);
		}
		if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
			out.additionalProperties = expand(schema.additionalProperties);
		}
		return out;
	};
	for (const operation of catalog.operations) {
		// what the shipped file leaves out because it is the rule
		operation.pathParams ??= [];
		operation.query ??= [];
		operation.description ??= operation.action;
		operation.idempotent ??= operation.method !== 'POST';
		for (const field of [...operation.pathParams, ...operation.query, ...(operation.body?.fields ?? [])]) {
			field.required ??= false;
			field.schema = expand(field.schema);
		}
	}
	delete catalog.schemas;
	return catalog;
}
