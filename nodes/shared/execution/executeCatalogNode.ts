import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';
import { findOperation } from '../catalog';
import type { CatalogOperation, NodeCatalog } from '../catalog/types';
import { PARAM } from '../description/buildNodeProperties';
import { listAllPages, listUpTo } from '../transport/pagination';
import { errorOutputJson } from '../transport/telnyxError';
import { telnyxRequest } from '../transport/telnyxRequest';
import { binaryItem, jsonItems } from './outputItems';
import { readParameters } from './readParameters';
import { InputError } from './toWireValue';

type OperationResult = Pick<INodeExecutionData, 'json' | 'binary'>;

/**
 * The execute of every catalog-driven node: for each input item, look the operation up,
 * read and check its parameters, call Telnyx through the one transport, and shape the output.
 * A failing item goes to the Error output (or stops the run) without losing the others.
 */
export async function executeCatalogNode(this: IExecuteFunctions, catalog: NodeCatalog): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const resource = this.getNodeParameter(PARAM.resource, itemIndex) as string;
			const operationKey = this.getNodeParameter(PARAM.operation, itemIndex) as string;
			const operation = findOperation(catalog, resource, operationKey);
			const results = await runOperation.call(this, operation, itemIndex);
			for (const result of results) output.push({ ...result, pairedItem: { item: itemIndex } });
		} catch (caught) {
			const error = asNodeError(this, caught, itemIndex);
			if (!this.continueOnFail()) throw error;
			output.push({ json: errorOutputJson(error), pairedItem: { item: itemIndex } });
		}
	}
	return [output];
}

async function runOperation(
	this: IExecuteFunctions,
	operation: CatalogOperation,
	itemIndex: number,
): Promise<OperationResult[]> {
	const request = readParameters.call(this, operation, itemIndex);

	if (operation.list) {
		const returnAll = operation.list.style === 'unpaged' || (this.getNodeParameter(PARAM.returnAll, itemIndex, false) as boolean);
		const listRequest = { path: request.path, qs: request.qs, shape: operation.list, itemIndex };
		const records = returnAll
			? await listAllPages.call(this, listRequest)
			: await listUpTo.call(this, listRequest, this.getNodeParameter(PARAM.limit, itemIndex, 50) as number);
		return records.map((json) => ({ json }));
	}

	const kind = operation.response.kind;
	const response = await telnyxRequest.call(this, {
		method: operation.method,
		path: request.path,
		qs: request.qs,
		body: request.body,
		responseKind: kind === 'binary' || kind === 'text' ? kind : 'json',
		idempotent: operation.idempotent,
		itemIndex,
	});

	if (kind === 'binary') {
		const propertyName = this.getNodeParameter(PARAM.binaryProperty, itemIndex, 'data') as string;
		const fallbackName = request.path.split('/').filter(Boolean).pop() ?? 'file';
		return [
			await binaryItem.call(this, response as never, {
				propertyName,
				fallbackName,
				mimeType: operation.response.mimeType,
			}),
		];
	}
	if (kind === 'text') return [{ json: { data: response.body as string } }];
	return jsonItems(operation, response.body).map((json: IDataObject) => ({ json }));
}

function asNodeError(context: IExecuteFunctions, caught: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (caught instanceof NodeApiError || caught instanceof NodeOperationError) {
		if (caught.context.itemIndex === undefined) caught.context.itemIndex = itemIndex;
		return caught;
	}
	if (caught instanceof InputError) {
		return new NodeOperationError(context.getNode(), caught.message, { itemIndex, description: caught.hint });
	}
	const message = caught instanceof Error ? caught.message : String(caught);
	return new NodeOperationError(context.getNode(), message, { itemIndex });
}
