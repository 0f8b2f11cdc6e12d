import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';
import { findOperation } from '../catalog';
import { DEFAULT_CONCURRENCY, PARAM } from '../catalog/constants';
import type { NodeCatalog } from '../catalog/types';
import { mapWithConcurrency } from '../transport/concurrency';
import { errorOutputJson } from '../transport/telnyxError';
import { DEFAULT_TIMEOUT_MS } from '../transport/telnyxRequest';
import type { OperationResult } from './behaviours';
import { runOperation, type RequestOptions } from './runOperation';
import { InputError } from './toWireValue';

type Outcome = { results: OperationResult[] } | { error: NodeApiError | NodeOperationError };

/**
 * The execute of every catalog-driven node: each input item goes through its operation
 * (several at a time, keeping order and pairing). A failing item goes to the Error output,
 * or stops the run with an error that says which other items were already applied.
 */
export async function executeCatalogNode(this: IExecuteFunctions, catalog: NodeCatalog): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const options = readRequestOptions(this);
	const continueOnFail = this.continueOnFail();

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
			if (!continueOnFail) throw withAppliedItems(outcome.error, outcomes, catalog, this);
			output.push({ json: errorItemJson(outcome.error), pairedItem: { item: itemIndex } });
			continue;
		}
		for (const result of outcome.results) output.push({ ...result, pairedItem: { item: itemIndex } });
	}
	return [output];
}

/**
 * The Error output item. n8n routes an item there only when its json holds nothing but `error`
 * (and `message`, `details`): a record the failed item still created goes inside `error`.
 */
function errorItemJson(error: NodeApiError | NodeOperationError): JsonObject {
	const json = errorOutputJson(error);
	const created = error.context.created as IDataObject | undefined;
	if (created) (json.error as JsonObject).created = created as JsonObject;
	return json;
}

/**
 * Items run side by side: when one fails and the node stops, others may have gone through
 * already. Their output is lost with the run, so the error names them.
 */
function withAppliedItems(
	error: NodeApiError | NodeOperationError,
	outcomes: Array<Outcome | undefined>,
	catalog: NodeCatalog,
	context: IExecuteFunctions,
): Error {
	const applied = outcomes.flatMap((outcome, index) => (outcome && 'results' in outcome ? [index] : []));
	if (!applied.length || outcomes.length < 2) return error;
	const failed = Number(error.context.itemIndex ?? 0);
	const operation = catalog.operations.find(
		(op) =>
			op.resource === context.getNodeParameter(PARAM.resource, failed) &&
			op.operation === context.getNodeParameter(PARAM.operation, failed),
	);
	// reads change nothing: there is nothing to warn about
	if (operation?.method === 'GET') return error;
	const note = `${applied.length} other item(s) had already been sent and applied when the node stopped: ${ranges(applied)} (counting from 0). Check them before running the node again.`;
	error.description = [error.description, note].filter(Boolean).join(' ');
	return error;
}

/** 0, 1, 2, 5, 7, 8 → "0–2, 5, 7–8". */
function ranges(indexes: number[]): string {
	const parts: string[] = [];
	for (let i = 0; i < indexes.length; i++) {
		let j = i;
		while (j + 1 < indexes.length && indexes[j + 1] === indexes[j] + 1) j++;
		parts.push(j > i ? `${indexes[i]}–${indexes[j]}` : String(indexes[i]));
		i = j;
	}
	return parts.join(', ');
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
