import { NodeOperationError, sleep, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';
import { expandPath } from '../catalog';
import type { CatalogOperation, NodeCatalog } from '../catalog/types';
import { telnyxRequest } from '../transport/telnyxRequest';
import { valueAt } from '../transport/pagination';
import { jsonItems } from './outputItems';

const FIRST_INTERVAL_MS = 2_000;
const MAX_INTERVAL_MS = 15_000;

/**
 * Polls the status of what a create started (a gateway being provisioned, a cluster being
 * computed) until it is done, has failed, or the timeout passes. Polling state lives in this
 * call only, so it is safe under queue mode.
 */
export async function waitForCompletion(
	this: IExecuteFunctions,
	catalog: NodeCatalog,
	operation: CatalogOperation,
	started: IDataObject,
	context: { itemIndex: number; pathValues: Record<string, string>; timeoutSeconds: number },
): Promise<IDataObject> {
	const wait = operation.waitFor!;
	const poll = catalog.operations.find((op) => op.resource === operation.resource && op.operation === wait.operation);
	if (!poll) throw new NodeOperationError(this.getNode(), `No "${wait.operation}" operation to poll`, context);
	const id = valueAt(started, wait.idField);
	if (id === undefined || id === null || id === '') {
		throw new NodeOperationError(this.getNode(), `Telnyx did not return "${wait.idField}", so there is nothing to wait for`, {
			itemIndex: context.itemIndex,
		});
	}
	const idParam = poll.pathParams[poll.pathParams.length - 1]?.name;
	const path = expandPath(poll.path, { ...context.pathValues, ...(idParam ? { [idParam]: String(id) } : {}) });
	const deadline = Date.now() + context.timeoutSeconds * 1000;
	const noun = (catalog.resources.find((r) => r.value === poll.resource)?.name ?? poll.resource).toLowerCase();

	let record = started;
	for (let interval = FIRST_INTERVAL_MS; ; interval = Math.min(Math.round(interval * 1.5), MAX_INTERVAL_MS)) {
		const status = String(valueAt(record, wait.statusField) ?? '');
		if (wait.done.includes(status)) return record;
		if (wait.failed.includes(status)) {
			throw new NodeOperationError(this.getNode(), `Telnyx reports the ${noun} as "${status}"`, {
				itemIndex: context.itemIndex,
				description: `It did not complete. Record: ${JSON.stringify(record).slice(0, 500)}`,
			});
		}
		if (Date.now() + interval > deadline) {
			throw new NodeOperationError(
				this.getNode(),
				`Still "${status || 'unknown'}" after ${context.timeoutSeconds} seconds of waiting`,
				{
					itemIndex: context.itemIndex,
					description: `Raise "Timeout (Seconds)", or turn off "Wait for Completion" and check the status later with ${poll.name} (id ${String(id)}).`,
				},
			);
		}
		await sleep(interval);
		const response = await telnyxRequest.call(this, { method: poll.method, path, itemIndex: context.itemIndex });
		record = jsonItems(poll, response.body)[0] ?? {};
	}
}
