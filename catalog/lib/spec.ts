import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

export type Json = Record<string, unknown>;

/** Telnyx's OpenAPI description beside the project (../shared), unless TELNYX_OPENAPI names another. */
export const SPEC_FILE = process.env.TELNYX_OPENAPI ?? resolve(__dirname, '..', '..', '..', 'shared', 'telnyx-api', 'openapi.yml');

/** Whether it is there: suites that read it are skipped without ../shared. */
export const specPresent = (): boolean => existsSync(SPEC_FILE);

export interface OpenApiOperation {
	operationId?: string;
	summary?: string;
	parameters?: Json[];
	requestBody?: Json;
	responses: Record<string, Json>;
}

export class OpenApiSpec {
	readonly doc: Json;

	constructor(file: string) {
		this.doc = parse(readFileSync(file, 'utf8'), { maxAliasCount: -1 }) as Json;
	}

	/** Follows a `$ref` (possibly several in a row); other values are returned as they are. */
	deref<T = Json>(value: unknown): T {
		let current = value as Json;
		for (let hops = 0; current && typeof current === 'object' && '$ref' in current; hops++) {
			if (hops > 20) throw new Error(`$ref loop at ${String(current.$ref)}`);
			const ref = String(current.$ref);
			if (!ref.startsWith('#/')) throw new Error(`External $ref not supported: ${ref}`);
			let target: unknown = this.doc;
			for (const part of ref.slice(2).split('/')) {
				target = (target as Json)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
			}
			if (target === undefined) throw new Error(`Dangling $ref ${ref}`);
			current = target as Json;
		}
		return current as T;
	}

	operation(method: string, path: string): { op: OpenApiOperation; pathItem: Json } {
		const paths = this.doc.paths as Record<string, Json>;
		const pathItem = paths[path];
		if (!pathItem) throw new Error(`Path not in the OpenAPI description: ${path}`);
		const op = pathItem[method.toLowerCase()] as OpenApiOperation | undefined;
		if (!op) throw new Error(`No ${method} on ${path} in the OpenAPI description`);
		return { op, pathItem };
	}

	/** Path-level and operation-level parameters, resolved; operation-level wins on name clashes. */
	parameters(method: string, path: string): Json[] {
		const { op, pathItem } = this.operation(method, path);
		const byKey = new Map<string, Json>();
		for (const raw of [...((pathItem.parameters as Json[]) ?? []), ...(op.parameters ?? [])]) {
			const param = this.deref(raw);
			byKey.set(`${String(param.in)}:${String(param.name)}`, param);
		}
		return [...byKey.values()];
	}
}
