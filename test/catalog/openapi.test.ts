/**
 * Holds the catalog against the OpenAPI description in ../shared: the sandbox follows the
 * catalog, so only this test can notice a catalog entry that disagrees with the API.
 * It reads the spec on its own terms (not through the generator) and checks, for every
 * operation: method and path, path parameters, query parameters, body fields, required
 * fields and enums, nested ones included.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { allOperations } from '../../catalog/loadCatalogs';
import { SPEC_FILE, specPresent } from '../../catalog/lib/spec';
import type { CatalogOperation, FieldSchema } from '../../nodes/shared/catalog/types';

type Json = Record<string, any>;

const available = specPresent();
const operations = allOperations();

if (!available) {
	// eslint-disable-next-line no-console
	console.warn(`Skipping the catalog-vs-OpenAPI check: ${SPEC_FILE} is not there (../shared is absent).`);
}

const describeIfSpec = available ? describe : describe.skip;

describeIfSpec('catalog matches the OpenAPI description', () => {
	let spec: Json;
	beforeAll(() => {
		spec = parse(readFileSync(SPEC_FILE, 'utf8'), { maxAliasCount: -1 }) as Json;
	});

	const deref = (value: any, depth = 0): any => {
		if (!value || typeof value !== 'object' || depth > 20) return value;
		if (typeof value.$ref === 'string') {
			const target = value.$ref
				.slice(2)
				.split('/')
				.reduce((node: any, key: string) => node?.[key.replace(/~1/g, '/')], spec);
			return deref(target, depth + 1);
		}
		if (Array.isArray(value.allOf)) {
			const merged: Json = { ...value, properties: { ...(value.properties ?? {}) }, required: [...(value.required ?? [])] };
			delete merged.allOf;
			for (const part of value.allOf.map((p: any) => deref(p, depth + 1))) {
				Object.assign(merged.properties, part.properties ?? {});
				merged.required.push(...(part.required ?? []));
				for (const key of ['type', 'enum']) if (part[key] !== undefined && merged[key] === undefined) merged[key] = part[key];
			}
			return merged;
		}
		return value;
	};

	const specOperation = (op: CatalogOperation): Json => spec.paths[op.path]?.[op.method.toLowerCase()];

	test.each(operations.map((op) => [`${op.method} ${op.path}`, op] as const))('%s', (_name, op) => {
		const raw = specOperation(op);
		expect(raw).toBeDefined();

		const params = [...(spec.paths[op.path].parameters ?? []), ...(raw.parameters ?? [])].map((p: any) => deref(p));
		const pathNames = params.filter((p: Json) => p.in === 'path').map((p: Json) => p.name).sort();
		expect(op.pathParams.map((p) => p.name).sort()).toEqual(pathNames);

		const queryNames = new Set<string>();
		const collect = (prefix: string, schema: Json) => {
			const s = deref(schema);
			const alternatives = s?.oneOf ?? s?.anyOf ?? [s];
			for (const alt of alternatives.map((a: any) => deref(a))) {
				if (alt?.properties) for (const [key, sub] of Object.entries(alt.properties)) collect(`${prefix}[${key}]`, sub as Json);
				else queryNames.add(prefix);
			}
		};
		for (const p of params.filter((p: Json) => p.in === 'query')) {
			if (deref(p.schema)?.properties) collect(p.name, p.schema);
			else queryNames.add(p.name);
		}
		for (const field of op.query) expect([field.name, queryNames.has(field.name)]).toEqual([field.name, true]);

		const content = raw.requestBody ? deref(raw.requestBody).content : undefined;
		if (!op.body) {
			const jsonBody = content?.['application/json'] ?? content?.['multipart/form-data'];
			const props = jsonBody ? deref(jsonBody.schema)?.properties : undefined;
			expect(props && Object.keys(props).length ? `${op.path} has an undocumented body` : 'ok').toBe('ok');
			return;
		}
		const mediaType = { multipart: 'multipart/form-data', form: 'application/x-www-form-urlencoded', json: 'application/json' }[op.body.contentType];
		// a shortcut (a plain field for a value deep in the body) stands for its top-level field
		const topName = (f: { name: string; wirePath?: string[] }) => f.wirePath?.[0] ?? f.name;
		const whole = deref(content?.[mediaType]?.schema);
		// a body of several shapes (iOS or Android push credentials): the one whose fields the operation sends
		const bodySchema = whole?.oneOf && !whole.properties
			? whole.oneOf.map(deref).find((alt: any) => op.body!.fields.every((f) => topName(f) in (alt.properties ?? {})))
			: whole;
		expect(bodySchema).toBeDefined();
		const required = new Set<string>(bodySchema.required ?? []);
		expect([...new Set(op.body.fields.filter((f) => f.required).map(topName))].sort()).toEqual(
			[...required].filter((name) => name in (bodySchema.properties ?? {})).sort(),
		);
		for (const field of op.body.fields) {
			let prop = deref(bodySchema.properties?.[topName(field)]);
			for (const key of field.wirePath?.slice(1) ?? []) prop = deref(prop?.properties?.[key]);
			const where = field.wirePath?.join('.') ?? field.name;
			expect([where, Boolean(prop)]).toEqual([where, true]);
			compareEnums(where, field.schema, prop, deref);
		}
	});

	test('every seed endpoint of the shipped nodes is in the OpenAPI description', () => {
		const missing = operations.filter((op) => !specOperation(op)).map((op) => `${op.method} ${op.path}`);
		expect(missing).toEqual([]);
	});
});

/** Enums must be the spec's, at every depth where the catalog keeps a schema. */
function compareEnums(path: string, ours: FieldSchema, theirs: Json, deref: (v: any) => any): void {
	if (!theirs) return;
	const resolved = deref(theirs);
	const alternatives = resolved.oneOf ?? resolved.anyOf;
	const specEnum = resolved.enum ?? alternatives?.map((a: any) => deref(a)).find((a: Json) => a.enum)?.enum;
	if (ours.enum || specEnum) {
		const normalise = (values: unknown[] = []) => values.filter((v) => v !== null).map(String).sort();
		expect([path, normalise(ours.enum)]).toEqual([path, normalise(specEnum)]);
	}
	for (const [name, prop] of Object.entries(ours.properties ?? {})) {
		const specProps = resolved.properties ?? alternatives?.map((a: any) => deref(a)).find((a: Json) => a.properties)?.properties;
		compareEnums(`${path}.${name}`, prop, specProps?.[name], deref);
	}
	if (ours.items && resolved.items) compareEnums(`${path}[]`, ours.items, resolved.items, deref);
}
