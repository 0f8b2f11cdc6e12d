/**
 * The stability lock: every node version's defaults and every parameter it shows, per resource
 * and operation, with its type, as shipped. Saved workflows store parameter names and leave
 * defaults out, so a locked entry may never disappear or change; a new node version may differ.
 *
 *   npm run build && npm run lock        # records what is new (never removes)
 *
 * The lock lives in catalog/parameters.lock.json; test/catalog/stability.test.ts holds the
 * built package to it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INodeProperties, INodeTypeDescription } from 'n8n-workflow';

export const LOCK_FILE = join(__dirname, '..', 'catalog', 'parameters.lock.json');

/** node → version → { defaults, operations: "resource.operation" → { "param" or "collection.option": type } } */
export type ParameterLock = Record<string, Record<string, LockedVersion>>;

export interface LockedVersion {
	defaults: { resource: string; operations: Record<string, string>; parameters?: Record<string, string> };
	operations: Record<string, Record<string, string>>;
}

/** A node without resources (the trigger): its parameters as one operation `*`, with their defaults. */
function flatEntryOf(properties: INodeProperties[]): LockedVersion {
	const parameters: Record<string, string> = {};
	const defaults: Record<string, string> = {};
	for (const property of properties) {
		if (property.type === 'notice') continue;
		parameters[property.name] = property.type;
		if (property.type === 'collection') {
			for (const inner of (property.options ?? []) as INodeProperties[]) parameters[`${property.name}.${inner.name}`] = inner.type;
		} else defaults[property.name] = JSON.stringify(property.default);
	}
	return { defaults: { resource: '', operations: {}, parameters: sortKeys(defaults) }, operations: { '*': sortKeys(parameters) } };
}

/** What one node version shows, in the lock's terms. */
export function lockEntryOf(description: INodeTypeDescription): LockedVersion {
	const properties = description.properties;
	const resourceProperty = properties.find((p) => p.name === 'resource');
	if (!resourceProperty) return flatEntryOf(properties);
	const defaults = { resource: String(resourceProperty.default), operations: {} as Record<string, string> };
	const operations: Record<string, Record<string, string>> = {};
	for (const operationProperty of properties.filter((p) => p.name === 'operation')) {
		const [resource] = (operationProperty.displayOptions?.show?.resource as string[] | undefined) ?? [];
		defaults.operations[resource] = String(operationProperty.default);
		for (const option of operationProperty.options as Array<{ value: string }>) {
			const parameters: Record<string, string> = {};
			for (const property of visibleFor(properties, resource, option.value)) {
				if (property.name === 'resource' || property.name === 'operation') continue;
				parameters[property.name] = property.type;
				if (property.type === 'collection') {
					for (const inner of (property.options ?? []) as INodeProperties[]) parameters[`${property.name}.${inner.name}`] = inner.type;
				}
			}
			operations[`${resource}.${option.value}`] = sortKeys(parameters);
		}
	}
	return { defaults: { resource: defaults.resource, operations: sortKeys(defaults.operations) }, operations: sortKeys(operations) };
}

function visibleFor(properties: INodeProperties[], resource: string, operation: string): INodeProperties[] {
	return properties.filter((p) => {
		const show = p.displayOptions?.show ?? {};
		const resources = show.resource as string[] | undefined;
		const operations = show.operation as string[] | undefined;
		return (!resources || resources.includes(resource)) && (!operations || operations.includes(operation));
	});
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
	return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

export function readLock(): ParameterLock {
	return existsSync(LOCK_FILE) ? (JSON.parse(readFileSync(LOCK_FILE, 'utf8')) as ParameterLock) : {};
}

/**
 * What the lock says is broken in the current descriptions: a locked default changed, or a
 * locked operation or parameter gone or of another type.
 */
export function breaches(lock: ParameterLock, current: ParameterLock): string[] {
	const problems: string[] = [];
	for (const [node, versions] of Object.entries(lock)) {
		for (const [version, locked] of Object.entries(versions)) {
			const now = current[node]?.[version];
			const where = `${node} v${version}`;
			if (!now) {
				problems.push(`${where}: the node version is gone`);
				continue;
			}
			if (now.defaults.resource !== locked.defaults.resource) {
				problems.push(`${where}: the default resource changed from "${locked.defaults.resource}" to "${now.defaults.resource}"`);
			}
			for (const [name, value] of Object.entries(locked.defaults.parameters ?? {})) {
				if (now.defaults.parameters?.[name] !== value) {
					problems.push(`${where}: the default of "${name}" changed from ${value} to ${now.defaults.parameters?.[name]}`);
				}
			}
			for (const [resource, operation] of Object.entries(locked.defaults.operations)) {
				if (now.defaults.operations[resource] !== operation) {
					problems.push(`${where}: the default operation of ${resource} changed from "${operation}" to "${now.defaults.operations[resource]}"`);
				}
			}
			for (const [operation, parameters] of Object.entries(locked.operations)) {
				const shown = now.operations[operation];
				if (!shown) {
					problems.push(`${where}: ${operation} is gone`);
					continue;
				}
				for (const [name, type] of Object.entries(parameters)) {
					if (shown[name] === undefined) problems.push(`${where}: ${operation}: "${name}" (${type}) is gone`);
					else if (shown[name] !== type) problems.push(`${where}: ${operation}: "${name}" changed from ${type} to ${shown[name]}`);
				}
			}
		}
	}
	return problems;
}

/** The lock with what is new in the current descriptions added; nothing is removed. */
export function extend(lock: ParameterLock, current: ParameterLock): ParameterLock {
	const next: ParameterLock = structuredClone(lock);
	for (const [node, versions] of Object.entries(current)) {
		for (const [version, entry] of Object.entries(versions)) {
			const locked = (next[node] ??= {})[version];
			if (!locked) {
				next[node][version] = entry;
				continue;
			}
			for (const [operation, parameters] of Object.entries(entry.operations)) {
				locked.operations[operation] = sortKeys({ ...parameters, ...locked.operations[operation] });
			}
			locked.defaults.operations = sortKeys({ ...entry.defaults.operations, ...locked.defaults.operations });
			if (entry.defaults.parameters) locked.defaults.parameters = sortKeys({ ...entry.defaults.parameters, ...locked.defaults.parameters });
			locked.operations = sortKeys(locked.operations);
		}
	}
	return next;
}

/** Lock entries of the built package: every node class in dist, every version. */
export function currentLock(root = join(__dirname, '..')): ParameterLock {
	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { n8n: { nodes: string[] } };
	const lock: ParameterLock = {};
	for (const nodePath of pkg.n8n.nodes) {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const module = require(join(root, nodePath)) as Record<string, new () => Described>;
		const instance = new (Object.values(module)[0])();
		const versions = instance.nodeVersions
			? Object.entries(instance.nodeVersions).map(([version, node]) => [version, node.description] as const)
			: // a node without VersionedNodeType may name several versions that share one description
				[instance.description.version].flat().map((version) => [String(version), instance.description] as const);
		for (const [version, description] of versions) {
			(lock[instance.description.name] ??= {})[version] = lockEntryOf(description as INodeTypeDescription);
		}
	}
	return lock;
}

interface Described {
	description: INodeTypeDescription;
	nodeVersions?: Record<string, { description: INodeTypeDescription }>;
}

if (require.main === module) {
	const lock = readLock();
	const current = currentLock();
	const problems = breaches(lock, current);
	if (problems.length) {
		process.stderr.write(`Shipped parameters changed (see README, "Versions"):\n  ${problems.join('\n  ')}\n`);
		process.exitCode = 1;
	} else {
		writeFileSync(LOCK_FILE, `${JSON.stringify(extend(lock, current), null, '\t')}\n`);
		process.stdout.write(`Parameter lock up to date: ${LOCK_FILE}\n`);
	}
}
