import type { INodeProperties } from 'n8n-workflow';
import type { CatalogOperation, NodeCatalog } from '../catalog/types';
import { fieldProperty, sortByDisplayName } from './fieldProperty';
import { variantProperties, variantsOf } from './variants';

/** Names of the containers the value reader looks in. */
export const PARAM = {
	resource: 'resource',
	operation: 'operation',
	returnAll: 'returnAll',
	limit: 'limit',
	filters: 'filters',
	options: 'options',
	additionalFields: 'additionalFields',
	updateFields: 'updateFields',
	binaryProperty: 'binaryPropertyName',
	fileFormat: 'fileFormat',
	waitForCompletion: 'waitForCompletion',
	waitTimeout: 'waitTimeoutSeconds',
	requestOptions: 'requestOptions',
} as const;

/** Items sent to Telnyx at the same time, unless the node says otherwise. */
export const DEFAULT_CONCURRENCY = 8;

/** How long "Wait for Completion" waits unless told otherwise. */
export const DEFAULT_WAIT_TIMEOUT_SECONDS = 300;

/** The collection optional body fields go in: "Update Fields" for updates, "Additional Fields" otherwise. */
export function bodyCollectionOf(operation: CatalogOperation): string {
	return operation.kind === 'update' || operation.kind === 'replace' ? PARAM.updateFields : PARAM.additionalFields;
}

/** All parameters of a catalog-driven node: resource, operation, and each operation's fields. */
export function buildNodeProperties(catalog: NodeCatalog): INodeProperties[] {
	const resources = [...catalog.resources].sort((a, b) => a.name.localeCompare(b.name));
	const firstResource = resources[0].value;
	const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: PARAM.resource,
			type: 'options',
			noDataExpression: true,
			options: resources.map((r) => ({ name: r.name, value: r.value })),
			default: firstResource,
		},
	];
	for (const resource of resources) {
		const operations = catalog.operations
			.filter((op) => op.resource === resource.value)
			.sort((a, b) => a.name.localeCompare(b.name));
		const defaultOperation = (operations.find((op) => op.operation === 'get') ?? operations[0]).operation;
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
		for (const property of operationProperties(catalog, operation)) {
			properties.push({ ...property, displayOptions: { show: { ...show, ...property.displayOptions?.show } } });
		}
	}
	properties.push(requestOptionsProperty());
	return mergeSharedProperties(properties);
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

function operationProperties(catalog: NodeCatalog, operation: CatalogOperation): INodeProperties[] {
	const topLevel = { resources: catalog.resources, topLevel: true };
	const inCollection = { resources: catalog.resources, topLevel: false };
	const out: INodeProperties[] = [];

	for (const field of operation.pathParams) out.push(fieldProperty(field, topLevel));
	for (const field of operation.query.filter((q) => q.required)) out.push(fieldProperty(field, topLevel));
	for (const field of operation.body?.fields.filter((f) => f.required) ?? []) {
		const variants = variantsOf(field, operation);
		if (variants) out.push(...variantProperties(variants, topLevel));
		else out.push(fieldProperty(field, topLevel));
	}

	if (operation.list) out.push(...listControls(operation));

	const filters = operation.query.filter((q) => !q.required && q.group === 'filter');
	if (filters.length) {
		out.push({
			displayName: 'Filters',
			name: PARAM.filters,
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: sortByDisplayName(filters.map((f) => fieldProperty(f, inCollection))),
		});
	}
	const queryOptions = operation.query.filter((q) => !q.required && q.group !== 'filter');
	if (queryOptions.length) {
		out.push({
			displayName: 'Options',
			name: PARAM.options,
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: sortByDisplayName(queryOptions.map((f) => fieldProperty(f, inCollection))),
		});
	}
	const optionalBody = operation.body?.fields.filter((f) => !f.required) ?? [];
	if (optionalBody.length) {
		const isUpdate = bodyCollectionOf(operation) === PARAM.updateFields;
		out.push({
			displayName: isUpdate ? 'Update Fields' : 'Additional Fields',
			name: bodyCollectionOf(operation),
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: sortByDisplayName(optionalBody.map((f) => fieldProperty(f, inCollection))),
		});
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

function listControls(operation: CatalogOperation): INodeProperties[] {
	if (operation.list?.style === 'unpaged') return [];
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
			default: 50,
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
	const byShape = new Map<string, INodeProperties>();
	for (const property of properties) {
		const show = property.displayOptions?.show;
		const resource = show?.resource as string[] | undefined;
		const operation = show?.operation as string[] | undefined;
		if (!resource || !operation || resource.length !== 1) {
			merged.push(property);
			continue;
		}
		const { displayOptions, ...rest } = property;
		const extraShow = { ...show };
		delete extraShow.resource;
		delete extraShow.operation;
		const key = JSON.stringify([resource[0], rest, extraShow, displayOptions?.hide ?? null]);
		const existing = byShape.get(key);
		if (existing) {
			(existing.displayOptions!.show!.operation as string[]).push(...operation);
		} else {
			const copy: INodeProperties = {
				...rest,
				displayOptions: { ...displayOptions, show: { ...show, operation: [...operation] } },
			};
			byShape.set(key, copy);
			merged.push(copy);
		}
	}
	return merged;
}
