import type { INodeProperties } from 'n8n-workflow';
import { containerIn } from '../catalog';
import { DEFAULT_CONCURRENCY, DEFAULT_EVENT_WAIT_SECONDS, DEFAULT_LIMIT, DEFAULT_WAIT_TIMEOUT_SECONDS, PARAM } from '../catalog/constants';
import type { AwaitCallEvent, CatalogField, CatalogOperation, Container, NodeCatalog } from '../catalog/types';
import { fieldProperty, sortByDisplayName } from './fieldProperty';
import { variantProperties, variantsOf } from './variants';

const COLLECTIONS: Record<Exclude<Container, 'top'>, { displayName: string; placeholder: string }> = {
	filters: { displayName: 'Filters', placeholder: 'Add Filter' },
	options: { displayName: 'Options', placeholder: 'Add Option' },
	additionalFields: { displayName: 'Additional Fields', placeholder: 'Add Field' },
	updateFields: { displayName: 'Update Fields', placeholder: 'Add Field' },
};

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** All parameters of one version of a catalog-driven node: resource, operation, and each operation's fields. */
export function buildNodeProperties(catalog: NodeCatalog, version: number): INodeProperties[] {
	const defaults = catalog.defaults[String(version)];
	if (!defaults) throw new Error(`${catalog.displayName} has no version ${version}`);
	const curated = defaults.order === 'curated';
	const resources = curated ? catalog.resources : [...catalog.resources].sort(byName);
	const defaultResource = defaults.resource;
	const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: PARAM.resource,
			type: 'options',
			noDataExpression: true,
			options: resources.map((r) => ({ name: r.name, value: r.value })),
			default: defaultResource,
		},
	];
	for (const resource of resources) {
		const operations = catalog.operations.filter((op) => op.resource === resource.value).sort(byName);
		const defaultOperation = defaults.operations[resource.value];
		properties.push({
			displayName: 'Operation',
			name: PARAM.operation,
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.value] } },
			options: operations.map((op) => ({
				name: op.name,
				value: op.operation,
				description: op.description,
				action: op.action,
			})),
			default: defaultOperation,
		});
	}
	for (const operation of catalog.operations) {
		const show = { resource: [operation.resource], operation: [operation.operation] };
		for (const property of operationProperties(catalog, operation, version)) {
			properties.push({ ...property, displayOptions: { show: { ...show, ...property.displayOptions?.show } } });
		}
	}
	properties.push(requestOptionsProperty());
	return mergeSharedProperties(properties);
}

/**
 * The canvas subtitle: the operation and resource the user picked, in the words of the
 * dropdowns ("Get Many: Outbound Voice Profile"), not their internal values.
 */
export function subtitleOf(catalog: NodeCatalog): string {
	const names = Object.fromEntries(catalog.resources.map((r) => [r.value, r.name]));
	const labels: Record<string, string> = {};
	for (const op of catalog.operations) labels[`${op.resource}:${op.operation}`] = `${op.name}: ${names[op.resource]}`;
	return `={{ ${JSON.stringify(labels)}[$parameter["resource"] + ":" + $parameter["operation"]] }}`;
}

/** How requests are sent, for every operation: concurrency and timeout. */
function requestOptionsProperty(): INodeProperties {
	return {
		displayName: 'Request Options',
		name: PARAM.requestOptions,
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Concurrent Requests',
				name: 'concurrency',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 50, numberPrecision: 0 },
				default: DEFAULT_CONCURRENCY,
				description:
					'How many items (and pages of a Return All) are sent to Telnyx at the same time. Output order stays the same; Telnyx rate limits are respected either way.',
			},
			{
				displayName: 'Timeout (Seconds)',
				name: 'timeoutSeconds',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 30,
				description: 'How long to wait for each answer from Telnyx before trying again or giving up',
			},
		],
	};
}

function operationProperties(catalog: NodeCatalog, operation: CatalogOperation, version: number): INodeProperties[] {
	const topLevel = { resources: catalog.resources, topLevel: true };
	const inCollection = { resources: catalog.resources, topLevel: false };
	const fields = [...operation.pathParams, ...operation.query, ...(operation.body?.fields ?? [])];
	const inContainer = (container: Container) => fields.filter((f) => containerIn(f, version) === container);
	const out: INodeProperties[] = [];

	for (const field of inContainer('top')) {
		const variants = field.required ? variantsOf(field, operation) : undefined;
		if (variants) out.push(...variantProperties(variants, topLevel));
		else out.push(fieldProperty(field, topLevel));
	}
	if (operation.list) out.push(...listControls(operation));
	// a wait is part of what the command does: after its fields, before the optional ones
	if (operation.awaitEvent) out.push(...eventWaitControls(operation.awaitEvent));
	for (const container of ['filters', 'options', 'additionalFields', 'updateFields'] as const) {
		const members = inContainer(container);
		if (!members.length) continue;
		out.push(collectionProperty(container, members, inCollection));
	}

	const formats = operation.downloadFrom?.formats ?? [];
	if (formats.length) {
		const [firstFormat] = formats;
		out.push({
			displayName: 'File Format',
			name: PARAM.fileFormat,
			type: 'options',
			options: formats.map((format) => ({ name: format.toUpperCase(), value: format })),
			default: firstFormat,
			description: 'Which of the available files to download',
		});
	}
	if (operation.waitFor) out.push(...waitControls());
	if (operation.response.kind === 'binary') {
		out.push({
			displayName: 'Put Output File in Field',
			name: PARAM.binaryProperty,
			type: 'string',
			default: 'data',
			required: true,
			hint: 'The name of the output binary field to put the file in',
		});
	}
	return out;
}

function collectionProperty(
	container: Exclude<Container, 'top'>,
	fields: CatalogField[],
	context: { resources: NodeCatalog['resources']; topLevel: boolean },
): INodeProperties {
	const { displayName, placeholder } = COLLECTIONS[container];
	return {
		displayName,
		name: PARAM[container],
		type: 'collection',
		placeholder,
		default: {},
		options: sortByDisplayName(fields.map((f) => fieldProperty(f, context))),
	};
}

function waitControls(): INodeProperties[] {
	return [
		{
			displayName: 'Wait for Completion',
			name: PARAM.waitForCompletion,
			type: 'boolean',
			default: false,
			description:
				'Whether to wait until Telnyx reports the work as finished and output the finished record, instead of returning at once',
		},
		{
			displayName: 'Timeout (Seconds)',
			name: PARAM.waitTimeout,
			type: 'number',
			typeOptions: { minValue: 1 },
			default: DEFAULT_WAIT_TIMEOUT_SECONDS,
			description: 'How long to wait before giving up with an error',
			displayOptions: { show: { [PARAM.waitForCompletion]: [true] } },
		},
	];
}

function eventWaitControls(wait: AwaitCallEvent): INodeProperties[] {
	return [
		{
			displayName: 'Wait for Event',
			name: PARAM.waitForEvent,
			type: 'boolean',
			default: false,
			description: `Whether to pause this execution until ${wait.until} (or the call hangs up), then continue with that event as the output. See the Docs link, "Call flows in one workflow".`,
		},
		{
			displayName: 'Wait Limit (Seconds)',
			name: PARAM.eventWaitLimit,
			type: 'number',
			typeOptions: { minValue: 10 },
			default: DEFAULT_EVENT_WAIT_SECONDS,
			description: 'How long to wait for the event if it never comes; the execution then goes on with this node\'s input item',
			displayOptions: { show: { [PARAM.waitForEvent]: [true] } },
		},
	];
}

function listControls(operation: CatalogOperation): INodeProperties[] {
	if (operation.list?.style === 'unpaged' && !operation.list.limitParam) return [];
	return [
		{
			displayName: 'Return All',
			name: PARAM.returnAll,
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: PARAM.limit,
			type: 'number',
			typeOptions: { minValue: 1 },
			default: DEFAULT_LIMIT,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

/**
 * Operations of one resource often share a parameter word for word (the same id locator,
 * the same filters): one property shown for all of them keeps the description small.
 */
function mergeSharedProperties(properties: INodeProperties[]): INodeProperties[] {
	const merged: INodeProperties[] = [];
	const byShape = new Map<string, { property: INodeProperties; index: number }>();
	// n8n shows properties in array order: a property joins an earlier copy only where that copy
	// stands after everything its operation has shown so far, so each form keeps its own order
	let current = '';
	let lastIndex = -1;
	for (const property of properties) {
		const show = property.displayOptions?.show;
		const resource = show?.resource as string[] | undefined;
		const operation = show?.operation as string[] | undefined;
		if (!resource || !operation || resource.length !== 1) {
			merged.push(property);
			continue;
		}
		const owner = `${resource[0]}:${operation.join(',')}`;
		if (owner !== current) {
			current = owner;
			lastIndex = -1;
		}
		const { displayOptions, ...rest } = property;
		const extraShow = { ...show };
		delete extraShow.resource;
		delete extraShow.operation;
		const key = JSON.stringify([resource[0], rest, extraShow, displayOptions?.hide ?? null]);
		const existing = byShape.get(key);
		if (existing && existing.index > lastIndex) {
			(existing.property.displayOptions!.show!.operation as string[]).push(...operation);
			lastIndex = existing.index;
			continue;
		}
		const copy: INodeProperties = {
			...rest,
			displayOptions: { ...displayOptions, show: { ...show, operation: [...operation] } },
		};
		merged.push(copy);
		lastIndex = merged.length - 1;
		byShape.set(key, { property: copy, index: lastIndex });
	}
	return merged;
}
