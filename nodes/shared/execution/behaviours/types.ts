import type { IBinaryData, IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { CatalogOperation, NodeCatalog } from '../../catalog/types';
import type { TelnyxRequest, TelnyxResponse } from '../../transport/telnyxRequest';
import type { PreparedRequest } from '../readParameters';

/** One output item of an operation, before n8n's pairing is added. */
export type OperationResult = { json: IDataObject; binary?: Record<string, IBinaryData> };

/** What a behaviour sees of the item being run. */
export interface OperationContext {
	node: IExecuteFunctions;
	catalog: NodeCatalog;
	operation: CatalogOperation;
	itemIndex: number;
	/** The item's parameters as read and checked. */
	request: PreparedRequest;
	timeoutMs: number;
}

/**
 * A named peculiarity of some operations, applied around the one request:
 * `prepare` changes what is sent, `send` replaces the request itself, `shape` turns the
 * answer into output items. Each is optional; behaviours apply in the catalog's order.
 */
export interface Behaviour {
	prepare?(context: OperationContext, outgoing: TelnyxRequest): Promise<TelnyxRequest> | TelnyxRequest;
	send?(context: OperationContext, outgoing: TelnyxRequest): Promise<TelnyxResponse>;
	shape?(context: OperationContext, response: TelnyxResponse, results: OperationResult[]): Promise<OperationResult[]>;
}
