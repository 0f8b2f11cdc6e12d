import { NodeApiError, NodeOperationError, sleep, type IDataObject } from 'n8n-workflow';
import { expandPath } from '../../catalog';
import { DEFAULT_WAIT_TIMEOUT_SECONDS, PARAM } from '../../catalog/constants';
import { valueAt } from '../../transport/pagination';
import { telnyxRequest } from '../../transport/telnyxRequest';
import { failureReasons } from '../failureReasons';
import { jsonItems } from '../outputItems';
import type { Behaviour, OperationContext } from './types';

const FIRST_INTERVAL_MS = 2_000;
const MAX_INTERVAL_MS = 15_000;

/**
 * "Wait for Completion": polls the status of what a create started (a gateway being
 * provisioned, a cluster being computed) until it is done, has failed, or the timeout passes.
 * Polling state lives in this call only, so it is safe under queue mode.
 */
export const waitForCompletion: Behaviour = {
	async shape(context, _response, results) {
		const { node, itemIndex } = context;
		if (!node.getNodeParameter(PARAM.waitForCompletion, itemIndex, false)) return results;
		const timeoutSeconds = Number(node.getNodeParameter(PARAM.waitTimeout, itemIndex, DEFAULT_WAIT_TIMEOUT_SECONDS));
		const started = results[0]?.json ?? {};
		try {
			return [{ json: await poll(context, started, timeoutSeconds) }];
		} catch (error) {
			throw appliedAnyway(context, error, started);
		}
	},
};

async function poll(context: OperationContext, started: IDataObject, timeoutSeconds: number): Promise<IDataObject> {
	const { node, catalog, operation, itemIndex, request } = context;
	const wait = operation.waitFor!;
	const pollOp = catalog.operations.find((op) => op.resource === operation.resource && op.operation === wait.operation);
	if (!pollOp) throw new NodeOperationError(node.getNode(), `No "${wait.operation}" operation to poll`, { itemIndex });
	const idParam = pollOp.pathParams[pollOp.pathParams.length - 1]?.name;
	const id = wait.fromPath && idParam ? request.pathValues[idParam] : valueAt(started, wait.idField);
	if (id === undefined || id === null || id === '') {
		throw new NodeOperationError(node.getNode(), `Telnyx did not return "${wait.idField}", so there is nothing to wait for`, { itemIndex });
	}
	const path = expandPath(pollOp.path, { ...request.pathValues, ...(idParam ? { [idParam]: String(id) } : {}) });
	const deadline = Date.now() + timeoutSeconds * 1000;
	const noun = (catalog.resources.find((r) => r.value === pollOp.resource)?.name ?? pollOp.resource).toLowerCase();

	// the answer of an action that names its record by path is another record: poll first
	let record = wait.fromPath ? {} : started;
	for (let interval = FIRST_INTERVAL_MS; ; interval = Math.min(Math.round(interval * 1.5), MAX_INTERVAL_MS)) {
		const status = String(valueAt(record, wait.statusField) ?? '');
		if (wait.done.includes(status)) return record;
		if (wait.failed.includes(status)) {
			const why = failureReasons(record, wait.reasons ?? [], wait.done, wait.statusField);
			throw new NodeOperationError(node.getNode(), `Telnyx reports the ${noun} as "${status}"${why ? `: ${why}` : ''}`, {
				itemIndex,
				description: `It did not complete. Record: ${JSON.stringify(record).slice(0, 500)}`,
			});
		}
		if (Date.now() + interval > deadline) {
			throw new NodeOperationError(node.getNode(), `Still "${status || 'unknown'}" after ${timeoutSeconds} seconds of waiting`, {
				itemIndex,
				description: `Raise "Timeout (Seconds)", or turn off "Wait for Completion" and check the status later with ${pollOp.name} (id ${String(id)}).`,
			});
		}
		await sleep(interval);
		const response = await telnyxRequest.call(node, { method: pollOp.method, path, itemIndex, timeoutMs: context.timeoutMs });
		record = jsonItems(pollOp, response.body)[0] ?? {};
	}
}

/**
 * The create went through; only waiting for it failed. Saying so (and carrying the created
 * record on the Error output) keeps a re-run from creating a duplicate.
 */
function appliedAnyway(context: OperationContext, error: unknown, created: IDataObject): Error {
	const { node, operation, itemIndex } = context;
	// a failed provisioning or a timeout says what happened already: it only gains the record
	if (error instanceof NodeOperationError) {
		error.context.created = created;
		return error;
	}
	const id = valueAt(created, operation.waitFor!.idField);
	const reason = error instanceof Error ? error.message : String(error);
	const detail = (error as { description?: string | null }).description;
	const message = `${operation.name} was applied (id ${String(id)}), but waiting for it to finish failed: ${reason}`;
	const description = [
		detail,
		`Do not run the ${operation.name.toLowerCase()} again: check the record with its id instead.`,
	]
		.filter(Boolean)
		.join(' ');
	const wrapped =
		error instanceof NodeApiError
			? new NodeApiError(node.getNode(), (error.errorResponse ?? {}) as never, {
					message,
					description,
					itemIndex,
					httpCode: error.httpCode ?? undefined,
				})
			: new NodeOperationError(node.getNode(), message, { itemIndex, description });
	wrapped.message = message;
	wrapped.context.created = created;
	return wrapped;
}
