/** Names and defaults shared by the generator, the editor description and the execution. */

/** Editor parameters every catalog-driven node has, and the collections fields are placed in. */
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
	waitForEvent: 'waitForEvent',
	eventWaitLimit: 'eventWaitLimitSeconds',
	requestOptions: 'requestOptions',
} as const;

/** Items sent to Telnyx at the same time, unless the node says otherwise. */
export const DEFAULT_CONCURRENCY = 8;

/** How long "Wait for Completion" waits unless told otherwise. */
export const DEFAULT_WAIT_TIMEOUT_SECONDS = 300;

/**
 * How long "Wait for Event" waits for a call's event unless told otherwise. Telnyx ends every
 * command with an event (a gather times out by itself), so this only bounds a lost delivery.
 */
export const DEFAULT_EVENT_WAIT_SECONDS = 300;

/** Records a Get Many returns unless told otherwise. */
export const DEFAULT_LIMIT = 50;

/** Option value standing for JSON `null` in dropdowns (n8n option values cannot be null). */
export const NULL_OPTION = '__null__';

/** The key under which a fixed collection keeps its entries: `{ values: [...] }`. */
export const FIXED_LIST_VALUES = 'values';
