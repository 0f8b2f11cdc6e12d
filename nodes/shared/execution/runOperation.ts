import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { DEFAULT_LIMIT, PARAM } from '../catalog/constants';
import type { CatalogOperation, NodeCatalog } from '../catalog/types';
import { listAllPages, listUpTo } from '../transport/pagination';
import { telnyxRequest, type TelnyxRequest, type TelnyxResponse } from '../transport/telnyxRequest';
import { BEHAVIOURS, type OperationContext, type OperationResult } from './behaviours';
import { jsonItems } from './outputItems';
import { readParameters } from './readParameters';
import { InputError } from './toWireValue';

export interface RequestOptions {
	concurrency: number;
	timeoutMs: number;
}

/**
 * One item through one operation: read and check its parameters, let the operation's
 * behaviours prepare the request, send it through the one transport (or the behaviour that
 * sends differently), and shape the answer into output items.
 */
export async function runOperation(
	this: IExecuteFunctions,
	catalog: NodeCatalog,
	operation: CatalogOperation,
	itemIndex: number,
	options: RequestOptions,
): Promise<OperationResult[]> {
	const request = readParameters.call(this, operation, itemIndex);
	if (operation.list) return await list.call(this, operation, request, itemIndex, options);

	const context: OperationContext = { node: this, catalog, operation, itemIndex, request, timeoutMs: options.timeoutMs };
	const behaviours = (operation.behaviours ?? []).map((name) => BEHAVIOURS[name]);
	let outgoing: TelnyxRequest = {
		method: operation.method,
		path: request.path,
		qs: request.qs,
		...bodyOf(operation, request.body),
		responseKind: operation.response.kind === 'text' ? 'text' : 'json',
		idempotent: operation.idempotent,
		itemIndex,
		timeoutMs: options.timeoutMs,
	};
	for (const behaviour of behaviours) if (behaviour.prepare) outgoing = await behaviour.prepare(context, outgoing);

	const sender = behaviours.find((b) => b.send);
	const response: TelnyxResponse = sender ? await sender.send!(context, outgoing) : await telnyxRequest.call(this, outgoing);

	let results = defaultResults(operation, response);
	for (const behaviour of behaviours) if (behaviour.shape) results = await behaviour.shape(context, response, results);
	return results;
}

/**
 * The JSON body. One the API requires goes out even when no field is set: n8n's HTTP helper
 * drops an empty object, so `{}` is sent as bytes with its content type.
 */
function bodyOf(operation: CatalogOperation, body: IDataObject | undefined): Pick<TelnyxRequest, 'body' | 'headers'> {
	if (!body) return {};
	if (Object.keys(body).length) return { body };
	if (!operation.body?.required || operation.body.contentType !== 'json') return {};
	return { body: Buffer.from('{}'), headers: { 'Content-Type': 'application/json' } };
}

function defaultResults(operation: CatalogOperation, response: TelnyxResponse): OperationResult[] {
	if (operation.response.kind === 'text') return [{ json: { data: response.body as string } }];
	if (operation.response.kind === 'binary' || operation.response.kind === 'events') return [];
	return jsonItems(operation, response.body).map((json: IDataObject) => ({ json }));
}

/** Get Many: every record (Return All), or up to Limit, one output item each. */
async function list(
	this: IExecuteFunctions,
	operation: CatalogOperation,
	request: ReturnType<typeof readParameters>,
	itemIndex: number,
	options: RequestOptions,
): Promise<OperationResult[]> {
	const shape = operation.list!;
	const returnAll = (shape.style === 'unpaged' && !shape.limitParam) || this.getNodeParameter(PARAM.returnAll, itemIndex, false) === true;
	const listRequest = { path: request.path, qs: request.qs, shape, itemIndex, timeoutMs: options.timeoutMs };
	const records = returnAll
		? await listAllPages.call(this, listRequest, { concurrency: options.concurrency })
		: await listUpTo.call(this, listRequest, readLimit(this, itemIndex));
	return records.map((json) => ({ json }));
}

function readLimit(context: IExecuteFunctions, itemIndex: number): number {
	const raw: unknown = context.getNodeParameter(PARAM.limit, itemIndex, DEFAULT_LIMIT);
	const limit = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
	if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
		throw new InputError(
			`"Limit" must be a whole number of at least 1; got ${JSON.stringify(raw) ?? String(raw)}`,
			'Enter how many records to return, or turn on Return All.',
		);
	}
	return limit;
}
