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

/** Where resources take the URL they send events to; a TeXML application's status callbacks too. */
const URL_FIELDS = ['webhook_url', 'webhook_event_url', 'status_callback'];

/** The resource's webhook URL field: the one its update accepts (`webhook_url`, `webhook_event_url`, `status_callback`). */
export function urlFieldOf(catalog: NodeCatalog, resource: string): CatalogField {
	const update = findOperation(catalog, resource, 'update');
	const field = update.body?.fields.find((f) => URL_FIELDS.includes(f.name));
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
	// the trigger takes POSTs: a TeXML application that calls back with GET is switched to POST
	if (url !== null && update.body?.fields.some((f) => f.name === 'status_callback_method')) body.status_callback_method = 'post';
	// some updates insist on fields they already know (a call control application's name)
	for (const field of update.body?.fields ?? []) {
		if (field.required && field.name !== urlField.name && record[field.name] !== undefined) body[field.name] = record[field.name];
	}
	await telnyxRequest.call(this, { method: update.method, path: expandPath(update.path, { id }), body });
}

/**
 * Whether the resource sends its events to this trigger because this trigger registered it.
 * A URL without a saved registration (an activation whose answer was lost) does not count:
 * registering again is what saves the URL to restore.
 */
export async function isRegistered(
	this: IHookFunctions,
	catalog: NodeCatalog,
	target: { resource: string; id: string },
	webhookUrl: string,
): Promise<boolean> {
	const saved = this.getWorkflowStaticData('node')[STATIC_KEY] as Registration | undefined;
	if (!saved || saved.resource !== target.resource || saved.id !== target.id || saved.webhookUrl !== webhookUrl) return false;
	const record = await readRecord.call(this, catalog, target.resource, target.id);
	return record[urlFieldOf(catalog, target.resource).name] === webhookUrl;
}

/**
 * Points the resource's webhook URL at this trigger. What to restore is saved before anything
 * changes; a resource that already sends to another Telnyx Trigger on this n8n is refused (two
 * workflows would otherwise restore each other's URLs in the wrong order).
 */
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
	if (current && isAnotherTrigger(current, webhookUrl)) {
		throw new NodeOperationError(
			this.getNode(),
			`This ${resourceName(catalog, target.resource)} already sends its events to another Telnyx Trigger (${current})`,
			{
				description:
					'A resource sends its events to one URL. Deactivate the workflow with that trigger first (it gives the resource its previous URL back), then activate this one. If that workflow no longer exists, set the webhook URL in the Telnyx portal first, or choose Manual here.',
			},
		);
	}
	const earlier = staticData[STATIC_KEY] as Registration | undefined;
	const sameTarget = earlier && earlier.resource === target.resource && earlier.id === target.id;
	const previousUrl = current === webhookUrl ? (sameTarget ? earlier.previousUrl : null) : current;
	staticData[STATIC_KEY] = { ...target, urlField, webhookUrl, previousUrl } satisfies Registration;
	if (current === webhookUrl) return;

	let failure: NodeApiError | NodeOperationError | undefined;
	try {
		await writeUrl.call(this, catalog, target.resource, target.id, record, webhookUrl);
	} catch (error) {
		failure = asNodeError(this, error);
	}
	if (!failure) return;
	// the change may have been applied although its answer was lost: look before reporting
	const now = await readRecord.call(this, catalog, target.resource, target.id).catch(() => undefined);
	if (now?.[urlField] === webhookUrl) return;
	delete staticData[STATIC_KEY];
	if (!now) {
		// cannot tell: put the old URL back, so that nothing points here without a saved registration
		await writeUrl
			.call(this, catalog, target.resource, target.id, record, restoreValue(catalog, target.resource, previousUrl))
			.catch(() => undefined);
		failure.description = [
			failure.description,
			`Its webhook URL was ${previousUrl ?? 'empty'} before; if the resource now points at this trigger, set that URL again in the Telnyx portal.`,
		]
			.filter(Boolean)
			.join(' ');
	}
	throw failure;
}

/**
 * Another Telnyx Trigger of this n8n: the same origin and webhook path, another webhook id
 * (`…/webhook/<id>/webhook`). The same workflow's test URL shares the id, so it is not "another".
 */
function isAnotherTrigger(url: string, ours: string): boolean {
	if (url === ours) return false;
	const parts = (address: string) => {
		try {
			const parsed = new URL(address);
			return { origin: parsed.origin, segments: parsed.pathname.split('/').filter(Boolean) };
		} catch {
			return undefined;
		}
	};
	const theirs = parts(url);
	const mine = parts(ours);
	if (!theirs || !mine || theirs.origin !== mine.origin || theirs.segments.length !== mine.segments.length) return false;
	const last = mine.segments.length - 1;
	return theirs.segments[last] === mine.segments[last] && theirs.segments[last - 1] !== mine.segments[last - 1];
}

/** The URL to put back: the earlier one, or an empty value the field accepts. */
function restoreValue(catalog: NodeCatalog, resource: string, previousUrl: string | null): string | null {
	return previousUrl ?? (isNullable(urlFieldOf(catalog, resource).schema) ? null : '');
}

function resourceName(catalog: NodeCatalog, resource: string): string {
	return (catalog.resources.find((r) => r.value === resource)?.name ?? resource).toLowerCase();
}

function asNodeError(context: IHookFunctions, error: unknown): NodeApiError | NodeOperationError {
	return error instanceof NodeApiError || error instanceof NodeOperationError
		? error
		: new NodeOperationError(context.getNode(), error as Error);
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
			const restore = restoreValue(catalog, registration.resource, registration.previousUrl);
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
