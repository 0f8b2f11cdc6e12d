/** Turns ajv's errors into a short report: one alternative per failed oneOf/anyOf, few words each. */
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import { resolveRef, type Json } from './spec';

export const unescape = (key: string): string => key.replace(/~1/g, '/').replace(/~0/g, '~');

const under = (path: string, base: string): boolean => path === base || path.startsWith(base + '/');
const composite = (e: ErrorObject): boolean => e.keyword === 'oneOf' || e.keyword === 'anyOf';

/** Where each schema object sits in the spec (ajv-ready pointer), built on first need. */
const locations = new WeakMap<Json, WeakMap<object, string>>();

function locate(spec: Json, schema: object): string | undefined {
	let index = locations.get(spec);
	if (!index) {
		const found = new WeakMap<object, string>();
		const walk = (node: any, at: string): void => {
			if (!node || typeof node !== 'object' || found.has(node)) return;
			found.set(node, at);
			for (const [key, value] of Object.entries(node)) {
				walk(value, `${at}/${encodeURIComponent(key.replace(/~/g, '~0').replace(/\//g, '~1'))}`);
			}
		};
		walk(spec.paths, '/paths');
		walk(spec.components, '/components');
		locations.set(spec, (index = found));
	}
	return index.get(schema);
}

/**
 * ajv reports every alternative of a failed oneOf/anyOf (their errors come just before the
 * summary error). Keep the summary, then re-validate the alternatives one by one and keep
 * only the closest: the one the discriminator names, else the one failing least.
 */
export function prune(spec: Json, errors: ErrorObject[], compile: (at: string) => ValidateFunction | undefined, depth = 0): ErrorObject[] {
	// An enum/const miss where the type is already wrong says the same thing twice.
	const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
	errors = errors.filter((e) => !((e.keyword === 'enum' || e.keyword === 'const') && wrongType.has(e.instancePath)));
	if (!errors.some(composite) || depth > 5) return errors;
	const kept: ErrorObject[][] = [];
	for (let i = errors.length - 1; i >= 0; i--) {
		const error = errors[i];
		if (!composite(error)) {
			kept.unshift([error]);
			continue;
		}
		while (i > 0 && under(errors[i - 1].instancePath, error.instancePath)) i--;
		const closest = closestAlternative(spec, error, compile, depth);
		// `nullable: true` became anyOf [schema, null]: the summary line would only be noise.
		kept.unshift(orNull(error) && closest.length ? closest : [error, ...closest]);
	}
	return kept.flat();
}

const orNull = (error: ErrorObject): boolean => {
	const alternatives = (error.parentSchema as Json | undefined)?.[error.keyword];
	return Array.isArray(alternatives) && alternatives.length === 2 && alternatives[1]?.type === 'null';
};

function closestAlternative(spec: Json, error: ErrorObject, compile: (at: string) => ValidateFunction | undefined, depth: number): ErrorObject[] {
	const parent = error.parentSchema as Json | undefined;
	const at = parent && locate(spec, parent);
	if (!parent || !at || (error.params as Json).passingSchemas) return [];
	const alternatives: any[] = parent[error.keyword];
	const tried = alternatives.map((alt, i) => {
		const validate = compile(`${at}/${error.keyword}/${i}`);
		if (!validate || validate(error.data)) return { alt, errors: [] as ErrorObject[] };
		return { alt, errors: [...(validate.errors ?? [])] };
	});
	const tag = parent.discriminator?.propertyName;
	const value = tag && error.data && typeof error.data === 'object' ? (error.data as Json)[tag] : undefined;
	let best = value === undefined ? undefined : tried.find(({ alt }) => names(spec, alt, parent, tag, value));
	if (!best && value !== undefined) {
		const allowed = Object.keys(parent.discriminator.mapping ?? {});
		if (allowed.length) {
			return [{ keyword: 'enum', instancePath: `${error.instancePath}/${tag}`, schemaPath: '', params: { allowedValues: allowed }, data: value }];
		}
	}
	const score = (list: ErrorObject[]) =>
		list.reduce((sum, e) => {
			if (e.instancePath === '' && e.keyword === 'type') return sum + 1000; // not even the right type
			if (/^\/[^/]+$/.test(e.instancePath) && (e.keyword === 'const' || e.keyword === 'enum')) return sum + 100; // another tag
			return sum + 1;
		}, 0);
	best ??= tried.reduce((a, b) => (score(b.errors) < score(a.errors) ? b : a));
	return prune(spec, best.errors, compile, depth + 1).map((e) => ({ ...e, instancePath: error.instancePath + e.instancePath }));
}

/** Whether an alternative is the one the discriminator value names (mapping, or const/enum). */
function names(spec: Json, alt: any, parent: Json, tag: string, value: unknown): boolean {
	const mapped = parent.discriminator?.mapping?.[String(value)];
	if (mapped) return alt?.$ref === mapped;
	const target = typeof alt?.$ref === 'string' ? resolveRef(spec, alt.$ref) : alt;
	const property = target?.properties?.[tag];
	return property?.const === value || (Array.isArray(property?.enum) && property.enum.includes(value));
}

/** ajv's error in a few words; `name` renders an instance path (JSON pointer or brackets). */
export function describeError(error: ErrorObject, name: (keys: string[]) => string): string {
	const keys = error.instancePath.split('/').slice(1).map(unescape);
	const at = name(keys);
	const here = at ? `${at} ` : '';
	const params = error.params as Record<string, any>;
	const got = (value: unknown) => {
		const text = JSON.stringify(value);
		return text === undefined ? '' : ` (got ${text.length > 60 ? text.slice(0, 57) + '...' : text})`;
	};
	switch (error.keyword) {
		case 'required':
			return `${name([...keys, params.missingProperty])} is required`;
		case 'additionalProperties':
			return `${name([...keys, params.additionalProperty])} is not allowed (additionalProperties: false)`;
		case 'enum': {
			const allowed = params.allowedValues as unknown[];
			const list = allowed.slice(0, 8).map((v) => JSON.stringify(v)).join(', ') + (allowed.length > 8 ? ', …' : '');
			return `${here}must be one of ${list}${got(error.data)}`;
		}
		case 'format':
			return `${here}must be a valid "${params.format}"${got(error.data)}`;
		case 'oneOf':
			return params.passingSchemas
				? `${here}matches more than one oneOf alternative (${params.passingSchemas.join(' and ')})`
				: `${here}matches none of the oneOf alternatives`;
		case 'anyOf':
			return `${here}matches none of the anyOf alternatives`;
		default:
			return `${here}${error.message ?? error.keyword}${['pattern', 'const', 'type'].includes(error.keyword) ? got(error.data) : ''}`;
	}
}
