import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';
import { findOperation } from '../catalog';
import type { CatalogOperation, NodeCatalog } from '../catalog/types';
import { DEFAULT_CONCURRENCY, DEFAULT_WAIT_TIMEOUT_SECONDS, PARAM } from '../description/buildNodeProperties';
import { mapWithConcurrency } from './concurrency';
import { listAllPages, listUpTo, valueAt } from '../transport/pagination';
import { errorOutputJson } from '../transport/telnyxError';
import { DEFAULT_TIMEOUT_MS, telnyxRequest } from '../transport/telnyxRequest';
import { expandFileName, mimeTypeForExtension, withExtension } from './fileNames';
import { multipartBody } from './multipartBody';
import { binaryItem, jsonItems } from './outputItems';
import { readParameters, type PreparedRequest } from './readParameters';
import { waitForCompletion } from './waitForCompletion';
import { InputError } from './toWireValue';

type OperationResult = Pick<INodeExecutionData, 'json' | 'binary'>;

/**
 * The execute of every catalog-driven node: for each input item, look the operation up,
 * read and check its parameters, call Telnyx through the one transport, and shape the output.
 * A failing item goes to the Error output (or stops the run) without losing the others.
 */
export async function executeCatalogNode(this: IExecuteFunctions, catalog: NodeCatalog): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const options = readRequestOptions(this);
	const continueOnFail = this.continueOnFail();
	type Outcome = { results: OperationResult[] } | { error: NodeApiError | NodeOperationError };

	// items go to Telnyx several at a time; the output keeps their order and pairing
	const outcomes = await mapWithConcurrency(
		items.map((_item, index) => index),
		options.concurrency,
		async (itemIndex): Promise<Outcome> => {
			try {
				const resource = this.getNodeParameter(PARAM.resource, itemIndex) as string;
				const operationKey = this.getNodeParameter(PARAM.operation, itemIndex) as string;
				const operation = findOperation(catalog, resource, operationKey);
				return { results: await runOperation.call(this, catalog, operation, itemIndex, options) };
			} catch (caught) {
				return { error: asNodeError(this, caught, itemIndex) };
			}
		},
		// without error handling the run ends at a failure: start no further items
		(outcome) => !continueOnFail && 'error' in outcome,
	);

	const output: INodeExecutionData[] = [];
	for (const [itemIndex, outcome] of outcomes.entries()) {
		if (!outcome) continue;
		if ('error' in outcome) {
			if (!continueOnFail) throw outcome.error;
			output.push({ json: errorOutputJson(outcome.error), pairedItem: { item: itemIndex } });
			continue;
		}
		for (const result of outcome.results) output.push({ ...result, pairedItem: { item: itemIndex } });
	}
	return [output];
}

interface RequestOptions {
	concurrency: number;
	timeoutMs: number;
}

function readRequestOptions(context: IExecuteFunctions): RequestOptions {
	const raw = context.getNodeParameter(PARAM.requestOptions, 0, {}) as IDataObject;
	const concurrency = Number(raw.concurrency ?? DEFAULT_CONCURRENCY);
	const timeoutSeconds = Number(raw.timeoutSeconds ?? DEFAULT_TIMEOUT_MS / 1000);
	if (!Number.isInteger(concurrency) || concurrency < 1) {
		throw new NodeOperationError(context.getNode(), '"Concurrent Requests" must be a whole number of at least 1');
	}
	if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
		throw new NodeOperationError(context.getNode(), '"Timeout (Seconds)" must be more than 0');
	}
	return { concurrency, timeoutMs: Math.round(timeoutSeconds * 1000) };
}

async function runOperation(
	this: IExecuteFunctions,
	catalog: NodeCatalog,
	operation: CatalogOperation,
	itemIndex: number,
	options: RequestOptions,
): Promise<OperationResult[]> {
	const request = readParameters.call(this, operation, itemIndex);

	if (operation.list) {
		const returnAll = operation.list.style === 'unpaged' || (this.getNodeParameter(PARAM.returnAll, itemIndex, false) as boolean);
		const listRequest = { path: request.path, qs: request.qs, shape: operation.list, itemIndex, timeoutMs: options.timeoutMs };
		const records = returnAll
			? await listAllPages.call(this, listRequest, { concurrency: options.concurrency })
			: await listUpTo.call(this, listRequest, this.getNodeParameter(PARAM.limit, itemIndex, 50) as number);
		return records.map((json) => ({ json }));
	}
	if (operation.downloadFrom) return [await downloadFromRecord.call(this, operation, request, itemIndex, options)];

	const kind = operation.response.kind;
	// checked before the request, so a bad field name costs no call
	const outputProperty = kind === 'binary' ? binaryPropertyOf(this, itemIndex) : undefined;
	const multipart = operation.body?.contentType === 'multipart';
	const encoded = multipart ? await multipartBody.call(this, itemIndex, request.body, request.files) : undefined;
	const response = await telnyxRequest.call(this, {
		method: operation.method,
		path: request.path,
		qs: request.qs,
		body: encoded ? encoded.body : request.body,
		...(encoded ? { headers: { 'Content-Type': encoded.contentType } } : {}),
		responseKind: kind === 'binary' || kind === 'text' ? kind : 'json',
		idempotent: operation.idempotent,
		itemIndex,
		timeoutMs: options.timeoutMs,
	});

	if (kind === 'binary') {
		const fileName = expandFileName(operation.response.fileName ?? lastSegment(request.path), request.pathValues);
		return [
			await binaryItem.call(this, response as never, {
				propertyName: outputProperty!,
				fallbackName: fileName,
				mimeType: operation.response.mimeType ?? mimeTypeForExtension(fileName),
			}),
		];
	}
	if (kind === 'text') return [{ json: { data: response.body as string } }];
	const records = jsonItems(operation, response.body);
	if (operation.waitFor && this.getNodeParameter(PARAM.waitForCompletion, itemIndex, false)) {
		const timeoutSeconds = this.getNodeParameter(PARAM.waitTimeout, itemIndex, DEFAULT_WAIT_TIMEOUT_SECONDS) as number;
		const finished = await waitForCompletion.call(this, catalog, operation, records[0] ?? {}, {
			itemIndex,
			pathValues: request.pathValues,
			timeoutSeconds,
		});
		return [{ json: finished }];
	}
	return records.map((json: IDataObject) => ({ json }));
}

/**
 * Reads one record, then fetches the file its URL points at (a recording's MP3 or WAV). The
 * link leads outside the API, so it is fetched without the API key.
 */
async function downloadFromRecord(
	this: IExecuteFunctions,
	operation: CatalogOperation,
	request: PreparedRequest,
	itemIndex: number,
	options: RequestOptions,
): Promise<OperationResult> {
	const { urlPath, formats } = operation.downloadFrom!;
	const propertyName = binaryPropertyOf(this, itemIndex);
	const recordResponse = await telnyxRequest.call(this, {
		method: 'GET',
		path: request.path,
		qs: request.qs,
		itemIndex,
		timeoutMs: options.timeoutMs,
	});
	const record = jsonItems(operation, recordResponse.body)[0] ?? {};
	const format = formats?.length ? (this.getNodeParameter(PARAM.fileFormat, itemIndex, formats[0]) as string) : undefined;
	const located = valueAt(record, urlPath);
	const url = format && located && typeof located === 'object' ? (located as IDataObject)[format] : located;
	if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) {
		const what = format ? `${format.toUpperCase()} download link` : 'download link';
		throw new NodeOperationError(this.getNode(), `The record has no ${what} (${urlPath}${format ? `.${format}` : ''})`, {
			itemIndex,
			description: formats?.length
				? `Links present: ${Object.keys((located as IDataObject | undefined) ?? {}).join(', ') || 'none'}. Choose another File Format.`
				: 'Telnyx may still be processing the file; try again later.',
		});
	}
	const file = await telnyxRequest.call(this, {
		method: 'GET',
		path: '',
		externalUrl: url,
		responseKind: 'binary',
		itemIndex,
		timeoutMs: options.timeoutMs,
	});
	const fileName = withExtension(expandFileName(operation.response.fileName ?? 'download', request.pathValues), format);
	const item = await binaryItem.call(this, file as never, {
		propertyName,
		fallbackName: fileName,
		mimeType: mimeTypeForExtension(fileName),
	});
	return { json: { ...item.json, record }, binary: item.binary };
}

function binaryPropertyOf(context: IExecuteFunctions, itemIndex: number): string {
	const name = String(context.getNodeParameter(PARAM.binaryProperty, itemIndex, 'data')).trim();
	if (!name) throw new InputError('"Put Output File in Field" is empty', 'Enter a binary field name, e.g. data.');
	return name;
}

function lastSegment(path: string): string {
	return decodeURIComponent(path.split('/').filter(Boolean).pop() ?? 'file');
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
