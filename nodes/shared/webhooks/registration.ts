import { NodeApiError, NodeOperationError, type IDataObject, type IHookFunctions } from 'n8n-workflow';
import { expandPath, findOperation } from '../catalog';
import type { CatalogField, NodeCatalog } from '../catalog/types';
import { isNullable } from '../catalog/editorKind';
import { telnyxRequest } from '../transport/telnyxRequest';

/** What the trigger changed, kept in the workflow's static data until deactivation. */
export interface Registration extends IDataObject {
	resource: string;
	id: string;
	urlField: string;
	webhookUrl: string;
	/** The URL the resource had before, restored on deactivation. */
	previousUrl: string | null;
}

const STATIC_KEY = 'registration';

/** The resource's webhook URL field: the one its update accepts (`webhook_url` or `webhook_event_url`). */
export function urlFieldOf(catalog: NodeCatalog, resource: string): CatalogField {
	const update = findOperation(catalog, resource, 'update');
	const field = update.body?.fields.find((f) => f.name === 'webhook_url' || f.name === 'webhook_event_url');
	if (!field) throw new Error(`${resource} has no webhook URL field`);
	return field;
}

async function readRecord(this: IHookFunctions, catalog: NodeCatalog, resource: string, id: string): Promise<IDataObject> {
	const get = findOperation(catalog, resource, 'get');
	const response = await telnyxRequest.call(this, { method: 'GET', path: expandPath(get.path, { id }) });
	const body = (response.body ?? {}) as IDataObject;
	return ((get.response.envelope ? body[get.response.envelope] : body) ?? {}) as IDataObject;
}

async function writeUrl(
	this: IHookFunctions,
	catalog: NodeCatalog,
	resource: string,
	id: string,
	record: IDataObject,
	url: string | null,
): Promise<void> {
	const update = findOperation(catalog, resource, 'update');
	const urlField = urlFieldOf(catalog, resource);
	const body: IDataObject = { [urlField.name]: url };
	// some updates insist on fields they already know (a call control application's name)
	for (const field of update.body?.fields ?? []) {
		if (field.required && field.name !== urlField.name && record[field.name] !== undefined) body[field.name] = record[field.name];
	}
	await telnyxRequest.call(this, { method: update.method, path: expandPath(update.path, { id }), body });
}

/** Whether the resource currently sends its events to this trigger. */
export async function isRegistered(
	this: IHookFunctions,
	catalog: NodeCatalog,
	target: { resource: string; id: string },
	webhookUrl: string,
): Promise<boolean> {
	const record = await readRecord.call(this, catalog, target.resource, target.id);
	return record[urlFieldOf(catalog, target.resource).name] === webhookUrl;
}

/** Points the resource's webhook URL at this trigger, remembering the URL it had. */
export async function register(
	this: IHookFunctions,
	catalog: NodeCatalog,
	target: { resource: string; id: string },
	webhookUrl: string,
): Promise<void> {
	const staticData = this.getWorkflowStaticData('node');
	const urlField = urlFieldOf(catalog, target.resource).name;
	const record = await readRecord.call(this, catalog, target.resource, target.id);
	const current = (record[urlField] as string | null | undefined) ?? null;
	const earlier = staticData[STATIC_KEY] as Registration | undefined;
	const sameTarget = earlier && earlier.resource === target.resource && earlier.id === target.id;
	const previousUrl = current === webhookUrl && sameTarget ? earlier.previousUrl : current === webhookUrl ? null : current;
	await writeUrl.call(this, catalog, target.resource, target.id, record, webhookUrl);
	const registration: Registration = { ...target, urlField, webhookUrl, previousUrl };
	staticData[STATIC_KEY] = registration;
}

/**
 * Gives the resource back the URL it had, unless someone pointed it elsewhere meanwhile:
 * then their setting stays.
 */
export async function unregister(this: IHookFunctions, catalog: NodeCatalog): Promise<void> {
	const staticData = this.getWorkflowStaticData('node');
	const registration = staticData[STATIC_KEY] as Registration | undefined;
	if (!registration) return;
	try {
		const record = await readRecord.call(this, catalog, registration.resource, registration.id);
		if (record[registration.urlField] === registration.webhookUrl) {
			const field = urlFieldOf(catalog, registration.resource);
			const restore = registration.previousUrl ?? (isNullable(field.schema) ? null : '');
			await writeUrl.call(this, catalog, registration.resource, registration.id, record, restore);
		}
	} catch (error) {
		// a resource deleted meanwhile has nothing to restore; anything else is reported
		if (!(error instanceof NodeApiError) || error.httpCode !== '404') {
			throw error instanceof NodeApiError || error instanceof NodeOperationError
				? error
				: new NodeOperationError(this.getNode(), error as Error);
		}
	}
	delete staticData[STATIC_KEY];
}

export function requireTargetId(context: IHookFunctions, value: unknown): string {
	const id = typeof value === 'string' ? value.trim() : '';
	if (!id) {
		throw new NodeOperationError(context.getNode(), 'Choose the Telnyx resource that should send events here', {
			description: 'Pick one from the list, or choose "Manual" and paste the webhook URL into the Telnyx portal.',
		});
	}
	return id;
}
