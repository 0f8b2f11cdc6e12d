/**
 * Loads Telnyx's OpenAPI description on its own (never through catalog/ or nodes/), and
 * adapts it once for request validation. Everything here works on the raw document.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

export type Json = Record<string, any>;

/** TELNYX_OPENAPI overrides the default ../shared location. */
export const specFile = process.env.TELNYX_OPENAPI ?? join(__dirname, '..', '..', '..', '..', 'shared', 'telnyx-api', 'openapi.yml');
export const specAvailable = (): boolean => existsSync(specFile);

let cached: Json | undefined;

/** The parsed, request-adapted spec (once per jest module registry, i.e. per test file). */
export function loadSpec(): Json {
	if (!cached) cached = adaptForRequests(readSpec());
	return cached;
}

/**
 * YAML parsing takes ~2 s, JSON.parse of the same ~40 ms: keep a JSON copy in the temp
 * directory, keyed by the file's path, size and mtime (TELNYX_OPENAPI_CACHE=0 turns it off).
 */
function readSpec(): Json {
	const stat = statSync(specFile);
	const key = createHash('sha1').update(`${specFile}:${stat.size}:${stat.mtimeMs}`).digest('hex').slice(0, 16);
	const cacheFile = join(tmpdir(), `telnyx-openapi-${key}.json`);
	const useCache = process.env.TELNYX_OPENAPI_CACHE !== '0';
	if (useCache && existsSync(cacheFile)) {
		try {
			return JSON.parse(readFileSync(cacheFile, 'utf8')) as Json;
		} catch {
			// A damaged copy: parse the YAML again below.
		}
	}
	const spec = parse(readFileSync(specFile, 'utf8'), { maxAliasCount: -1 }) as Json;
	if (useCache) {
		try {
			const partial = `${cacheFile}.${process.pid}`;
			writeFileSync(partial, JSON.stringify(spec));
			renameSync(partial, cacheFile); // atomic: parallel workers never read half a file
		} catch {
			// No writable temp directory: simply no cache.
		}
	}
	return spec;
}

/** JSON pointer (with URI escaping, as ajv reads `$ref` fragments) of a list of keys. */
export const pointer = (keys: string[]): string =>
	keys.map((k) => '/' + encodeURIComponent(k.replace(/~/g, '~0').replace(/\//g, '~1'))).join('');

/** Follows a local `$ref` ("#/components/...") to its target in the spec. */
export function resolveRef(spec: Json, ref: string): any {
	if (!ref.startsWith('#/')) return undefined;
	let node: any = spec;
	for (const raw of ref.slice(2).split('/')) {
		node = node?.[decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~')];
	}
	return node;
}

/** Follows `$ref` chains; returns the node and the pointer (ajv-ready) where it lives. */
export function deref(spec: Json, node: any, at: string): { node: any; at: string } {
	for (let hops = 0; node && typeof node.$ref === 'string' && hops < 20; hops++) {
		at = node.$ref.slice(1);
		node = resolveRef(spec, node.$ref);
	}
	return { node, at };
}

/**
 * Rewrites, in place, what OpenAPI 3.0 habits left in this 3.1 document so that ajv
 * (JSON Schema 2020-12) reads it as Telnyx means it:
 * - `nullable: true` (109 uses) allows null: ajv's own `nullable` throws without `type`
 *   and leaves `enum` without null, so it becomes `type: [..., 'null']` / `anyOf`.
 * - readOnly properties are never required in a request (as Prism strips them).
 */
function adaptForRequests(spec: Json): Json {
	const seen = new Set<object>();
	const visit = (node: any, isMap: boolean): void => {
		if (!node || typeof node !== 'object' || seen.has(node)) return;
		seen.add(node);
		if (Array.isArray(node)) return node.forEach((item) => visit(item, false));
		if (!isMap) {
			if (node.nullable !== undefined) adaptNullable(node);
			if (Array.isArray(node.required) && node.properties && typeof node.properties === 'object') {
				node.required = node.required.filter((name: string) => !isReadOnly(spec, node.properties[name]));
			}
		}
		for (const [key, value] of Object.entries(node)) {
			if (isMap) visit(value, false);
			else if (!SKIPPED.has(key) && !key.startsWith('x-')) visit(value, SCHEMA_MAPS.has(key));
		}
	};
	visit(spec.paths, true);
	visit(spec.components, false);
	return spec;
}

/** Keys whose value maps names to schemas (a property may be called "nullable" or "required"). */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'schemas']);
/** Keys holding instance data, not schemas. */
const SKIPPED = new Set(['example', 'examples', 'enum', 'const', 'default']);

function adaptNullable(node: Json): void {
	const nullable = node.nullable === true;
	delete node.nullable;
	if (!nullable) return;
	if (typeof node.type === 'string' || Array.isArray(node.type)) {
		const types = ([] as string[]).concat(node.type);
		if (!types.includes('null')) node.type = [...types, 'null'];
		if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null];
		return;
	}
	// No type (a $ref or a oneOf next to `nullable`): wrap the whole thing.
	const inner: Json = {};
	for (const key of Object.keys(node)) {
		if (key !== 'description' && key !== 'title') {
			inner[key] = node[key];
			delete node[key];
		}
	}
	node.anyOf = [inner, { type: 'null' }];
}

function isReadOnly(spec: Json, schema: any): boolean {
	if (!schema || typeof schema !== 'object') return false;
	if (schema.readOnly === true) return true;
	return typeof schema.$ref === 'string' && resolveRef(spec, schema.$ref)?.readOnly === true;
}
