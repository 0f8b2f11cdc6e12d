/**
 * Telnyx Fax as the sandbox plays it: a sent fax (from a link, stored media or an uploaded
 * file) is queued, then delivered a moment later, with signed `fax.queued`, `fax.sending.started`
 * and `fax.delivered` events sent to the fax's or its application's webhook URL. Its document
 * stays downloadable from its `media_url`. Only faxes not sent yet can be cancelled.
 */
import { randomUUID } from 'node:crypto';
import { SandboxError } from '../errors';
import type { SandboxRecord } from '../store';
import type { RouteContext, SandboxHooks } from './types';

const FAXES = '/faxes';
const APPLICATIONS = '/fax_applications';
/** How long a fax takes to go through. */
export const FAX_DELIVERY_MS = 1_500;

function error(status: number, code: string, title: string, detail: string, pointer?: string): SandboxError {
	return new SandboxError(status, [{ code, title, detail, ...(pointer ? { source: { pointer } } : {}) }]);
}

/** The status a fax has by now: queued at first, then sending, then delivered (unless cancelled). */
function current(record: SandboxRecord): SandboxRecord {
	if (record.status === 'canceled' || record.direction !== 'outbound') return record;
	const age = Date.now() - Date.parse(String(record.created_at));
	const status = age >= FAX_DELIVERY_MS ? 'delivered' : age >= FAX_DELIVERY_MS / 3 ? 'sending' : 'queued';
	return { ...record, status, ...(status === 'delivered' ? { page_count: 1 } : {}) };
}

function find(context: RouteContext): SandboxRecord {
	const record = context.api.store.get(FAXES, context.params.id);
	if (!record) throw error(404, '10005', 'Resource not found', `No record ${context.params.id} in /faxes.`);
	return current(record);
}

function sendFax(context: RouteContext) {
	context.api.checkBody(context.operation, context.request.body);
	const body = (context.request.body ?? {}) as SandboxRecord;
	const application = context.api.store.get(APPLICATIONS, String(body.connection_id));
	if (!application) throw error(422, '10015', 'Invalid connection', `No fax application ${String(body.connection_id)}.`, '/connection_id');
	const upload = body.contents as { data?: Buffer; filename?: string; contentType?: string } | undefined;
	if (!upload && !body.media_url && !body.media_name) throw error(422, '10004', 'Missing required parameter', 'media_url, media_name or contents is required.', '/media_url');
	const id = randomUUID();
	const document = upload?.data
		? context.api.files.put(`fax-${id}.pdf`, upload.data, upload.contentType ?? 'application/pdf')
		: body.media_name
			? context.api.files.put(`fax-${id}.pdf`, '%PDF-1.4 stored media', 'application/pdf')
			: String(body.media_url);
	const now = new Date().toISOString();
	const record: SandboxRecord = {
		record_type: 'fax',
		id,
		direction: 'outbound',
		connection_id: body.connection_id,
		from: body.from,
		to: body.to,
		from_display_name: body.from_display_name ?? null,
		media_url: document,
		media_name: body.media_name ?? null,
		quality: body.quality ?? 'high',
		store_media: body.store_media === true || body.store_media === 'true',
		stored_media_url: body.store_media === true || body.store_media === 'true' ? document : null,
		client_state: body.client_state ?? null,
		webhook_url: body.webhook_url ?? application.webhook_event_url ?? null,
		status: 'queued',
		created_at: now,
		updated_at: now,
	};
	context.api.store.put(FAXES, id, record);
	context.api.store.countCreated(FAXES);
	announce(context, record);
	return context.api.respond(context.operation, record);
}

/** Signed events to the webhook URL, as Telnyx sends them while a fax goes through. */
function announce(context: RouteContext, record: SandboxRecord): void {
	const url = record.webhook_url;
	const signer = context.api.events;
	if (typeof url !== 'string' || !/^https?:\/\//.test(url) || !signer) return;
	const payload = (status: string) => ({ fax_id: record.id, connection_id: record.connection_id, direction: 'outbound', from: record.from, to: record.to, status, media_url: record.media_url, client_state: record.client_state });
	const deliver = (type: string, status: string, delay: number) => {
		const timer = setTimeout(() => {
			const stored = context.api.store.get(FAXES, String(record.id));
			if (!stored || (stored.status === 'canceled' && type !== 'fax.failed')) return;
			signer.send(url, signer.event(type, { payload: payload(status) })).catch(() => undefined);
		}, delay);
		timer.unref();
	};
	deliver('fax.queued', 'queued', 10);
	deliver('fax.sending.started', 'sending', FAX_DELIVERY_MS / 3);
	deliver('fax.delivered', 'delivered', FAX_DELIVERY_MS);
}

export const faxHooks: SandboxHooks = {
	'POST /faxes': sendFax,
	'GET /faxes': (context) => {
		const records = context.api.store.list(FAXES).map(current);
		return context.api.behaveList(context, records);
	},
	'GET /faxes/{id}': (context) => context.api.respond(context.operation, find(context)),
	'POST /faxes/{id}/actions/cancel': (context) => {
		const record = find(context);
		if (record.direction !== 'outbound' || !['queued', 'media.processed', 'originated', 'sending'].includes(String(record.status))) {
			throw error(422, '90080', 'Fax cannot be canceled', `Only outbound faxes not sent yet can be canceled; this one is "${String(record.status)}".`);
		}
		context.api.store.put(FAXES, String(record.id), { ...record, status: 'canceled', updated_at: new Date().toISOString() });
		return context.api.respond(context.operation, { result: 'ok' });
	},
	'POST /faxes/{id}/actions/refresh': (context) => {
		const record = find(context);
		if (record.direction !== 'inbound') throw error(422, '90081', 'Fax cannot be refreshed', 'Only received faxes have a media link to refresh.');
		return context.api.respond(context.operation, { result: 'ok' });
	},
	'DELETE /faxes/{id}': (context) => {
		find(context);
		context.api.store.delete(FAXES, context.params.id);
		return { status: 204 };
	},
};
