/**
 * Telnyx porting as the sandbox plays it. A porting order starts as a draft; Submit needs its
 * LOA and invoice (uploaded documents), then the order moves on by itself: in-process,
 * submitted, foc-date-confirmed (or exception, for the scripted number +13125550666). Activate
 * ports its numbers a moment later (ported). Every change of status is a signed
 * `porting_order.status_changed` event to the order's webhook URL, also listed as a porting
 * event. Numbers ending in 9999 are not portable.
 */
import { randomUUID } from 'node:crypto';
import { deepMerge } from '../api';
import { SandboxError } from '../errors';
import type { SandboxRecord } from '../store';
import { DOCUMENTS } from './compliance';
import type { RouteContext, SandboxHooks } from './types';

const ORDERS = '/porting_orders';
const EVENTS = '/porting/events';
/** Time between the steps of a submitted order, and from Activate to ported. */
export const PORTING_STEP_MS = 300;
/** A number whose order ends in an exception: the losing carrier does not recognise the account. */
export const EXCEPTION_NUMBER = '+13125550666';
const EXCEPTION = { code: 'ACCOUNT_NUMBER_MISMATCH', description: 'The account number does not match the losing carrier\'s records' };
const EDITABLE = ['draft', 'exception'];

function error(status: number, title: string, detail: string, pointer?: string): SandboxError {
	return new SandboxError(status, [{ code: '10015', title, detail, ...(pointer ? { source: { pointer } } : {}) }]);
}

const portable = (number: string) => !/9999$/.test(number);

/** The status an order has by now, from when it was submitted and activated. */
function statusOf(record: SandboxRecord, now = Date.now()): { value: string; details: unknown[] } {
	if (record._cancelled) return { value: 'cancelled', details: [] };
	const activated = Date.parse(String(record._activated_at ?? ''));
	if (Number.isFinite(activated)) return { value: now - activated >= PORTING_STEP_MS ? 'ported' : 'foc-date-confirmed', details: [] };
	const submitted = Date.parse(String(record._submitted_at ?? ''));
	if (!Number.isFinite(submitted)) return { value: record._exception ? 'exception' : 'draft', details: record._exception ? [EXCEPTION] : [] };
	const age = now - submitted;
	if (age < PORTING_STEP_MS) return { value: 'in-process', details: [] };
	if (age < 2 * PORTING_STEP_MS) return { value: 'submitted', details: [] };
	return numbersOf(record).includes(EXCEPTION_NUMBER) ? { value: 'exception', details: [EXCEPTION] } : { value: 'foc-date-confirmed', details: [] };
}

function numbersOf(record: SandboxRecord): string[] {
	return ((record.phone_numbers as SandboxRecord[] | undefined) ?? []).map((n) => String(n.phone_number));
}

/** The order as Telnyx shows it: its current status, without the sandbox's own fields. */
function shown(record: SandboxRecord): SandboxRecord {
	const status = statusOf(record);
	const out = Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith('_')));
	const foc = status.value === 'foc-date-confirmed' || status.value === 'ported' ? new Date(Date.parse(String(record._submitted_at))).toISOString() : null;
	return {
		...out,
		status,
		activation_settings: { ...((out.activation_settings as SandboxRecord) ?? {}), foc_datetime_actual: foc },
		phone_numbers: ((out.phone_numbers as SandboxRecord[]) ?? []).map((n) => ({ ...n, porting_order_status: status.value })),
	};
}

function find(context: RouteContext, id = context.params.id ?? context.params.porting_order_id): SandboxRecord {
	const record = context.api.store.get(ORDERS, id);
	if (!record) throw new SandboxError(404, [{ code: '10005', title: 'Resource not found', detail: `No porting order ${id}.` }]);
	return record;
}

function save(context: RouteContext, record: SandboxRecord): SandboxRecord {
	const next = { ...record, updated_at: new Date().toISOString() };
	context.api.store.put(ORDERS, String(record.id), next);
	return next;
}

/** Signed `porting_order.status_changed` events, sent when the order reaches each status. */
function announce(context: RouteContext, id: string, steps: Array<{ status: string; after: number }>): void {
	for (const { status, after } of steps) {
		const timer = setTimeout(() => {
			const record = context.api.store.get(ORDERS, id);
			if (!record) return;
			const now = statusOf(record);
			// an order cancelled meanwhile, or one that took another turn, says nothing more
			if (now.value !== status) return;
			const payload = { id, status: now, customer_reference: record.customer_reference ?? null, support_key: record.support_key, webhook_url: record.webhook_url ?? null };
			const event = { id: randomUUID(), record_type: 'porting_event', event_type: 'porting_order.status_changed', porting_order_id: id, payload, created_at: new Date().toISOString() };
			context.api.store.put(EVENTS, event.id, event);
			const url = record.webhook_url;
			const signer = context.api.events;
			if (typeof url === 'string' && /^https?:\/\//.test(url) && signer) {
				signer.send(url, signer.event('porting_order.status_changed', { id: event.id, payload })).catch(() => undefined);
			}
		}, after);
		timer.unref();
	}
}

function create(context: RouteContext) {
	context.api.checkBody(context.operation, context.request.body);
	const body = (context.request.body ?? {}) as SandboxRecord;
	const numbers = (body.phone_numbers as string[]) ?? [];
	const refused = numbers.filter((n) => !portable(n));
	if (refused.length) throw error(422, 'Numbers not portable', `Not portable: ${refused.join(', ')}. Run a portability check first.`, '/phone_numbers');
	const [example] = (context.api.example(context.operation) as SandboxRecord[]) ?? [{}];
	const now = new Date().toISOString();
	const id = randomUUID();
	const record: SandboxRecord = {
		...example,
		id,
		record_type: 'porting_order',
		customer_reference: body.customer_reference ?? null,
		customer_group_reference: body.customer_group_reference ?? null,
		phone_numbers: numbers.map((phone_number) => ({ phone_number, activation_status: 'New', portability_status: 'confirmed', phone_number_type: 'local' })),
		porting_phone_numbers_count: numbers.length,
		documents: { loa: null, invoice: null },
		webhook_url: null,
		requirements_met: false,
		support_key: `sr_${id.slice(0, 6)}`,
		created_at: now,
		updated_at: now,
	};
	context.api.store.put(ORDERS, id, record);
	context.api.store.countCreated(ORDERS);
	return context.api.respond(context.operation, [shown(record)]);
}

function update(context: RouteContext) {
	const record = find(context);
	context.api.checkBody(context.operation, context.request.body);
	const body = (context.request.body ?? {}) as SandboxRecord;
	// where the order's events go may change at any time; the order itself only while it is editable
	const onlyWebhook = Object.keys(body).every((key) => key === 'webhook_url');
	const status = statusOf(record).value;
	if (!onlyWebhook && !EDITABLE.includes(status)) throw error(422, 'Porting order not editable', `A porting order that is "${status}" cannot be edited.`);
	const documents = (body.documents ?? {}) as SandboxRecord;
	for (const kind of ['loa', 'invoice']) {
		const id = documents[kind];
		if (id && !context.api.store.get(DOCUMENTS, String(id))) throw error(422, 'Document not found', `No document ${String(id)}: upload it first.`, `/documents/${kind}`);
	}
	const merged = deepMerge(record, body);
	const next = save(context, { ...merged, requirements_met: Boolean((merged.documents as SandboxRecord | undefined)?.loa) });
	return context.api.respond(context.operation, shown(next));
}

function submit(context: RouteContext) {
	const record = find(context);
	const status = statusOf(record).value;
	if (!EDITABLE.includes(status)) throw error(422, 'Porting order already submitted', `Only a draft or an order with an exception can be submitted; this one is "${status}".`);
	const documents = (record.documents ?? {}) as SandboxRecord;
	const missing = ['loa', 'invoice'].filter((kind) => !documents[kind]);
	if (missing.length) throw error(422, 'Missing documents', `The order needs its ${missing.join(' and ').replace('loa', 'LOA')} before it can be submitted.`, `/documents/${missing[0]}`);
	const next = save(context, { ...record, _submitted_at: new Date().toISOString(), _exception: undefined });
	const last = numbersOf(record).includes(EXCEPTION_NUMBER) ? 'exception' : 'foc-date-confirmed';
	announce(context, String(record.id), [
		{ status: 'in-process', after: 10 },
		{ status: 'submitted', after: PORTING_STEP_MS + 10 },
		{ status: last, after: 2 * PORTING_STEP_MS + 10 },
	]);
	return context.api.respond(context.operation, shown(next));
}

function activate(context: RouteContext) {
	const record = find(context);
	const status = statusOf(record).value;
	if (status !== 'foc-date-confirmed') throw error(422, 'FOC date not confirmed', `Numbers can be activated once the FOC date is confirmed; the order is "${status}".`);
	const now = new Date().toISOString();
	save(context, { ...record, _activated_at: now });
	const job: SandboxRecord = {
		id: randomUUID(),
		record_type: 'porting_activation_job',
		activation_type: 'on-demand',
		activate_at: now,
		activation_windows: [{ start_at: now, end_at: new Date(Date.now() + 3_600_000).toISOString() }],
		status: 'created',
		created_at: now,
		updated_at: now,
	};
	context.api.store.put(`${ORDERS}/${String(record.id)}/activation_jobs`, String(job.id), { ...job, _order: record.id });
	announce(context, String(record.id), [{ status: 'ported', after: PORTING_STEP_MS + 10 }]);
	return context.api.respond(context.operation, job);
}

/** An activation job follows its order: in process until the numbers are ported. */
function jobShown(context: RouteContext, job: SandboxRecord): SandboxRecord {
	const order = context.api.store.get(ORDERS, String(job._order));
	const value = order ? statusOf(order).value : 'ported';
	const status = value === 'ported' ? 'completed' : value === 'cancelled' ? 'failed' : 'in-process';
	return Object.fromEntries(Object.entries({ ...job, status }).filter(([key]) => !key.startsWith('_')));
}

export const portingHooks: SandboxHooks = {
	'POST /portability_checks': (context) => {
		context.api.checkBody(context.operation, context.request.body);
		const numbers = ((context.request.body as SandboxRecord | undefined)?.phone_numbers as string[]) ?? [];
		const results = numbers.map((phone_number) =>
			portable(phone_number)
				? { phone_number, portable: true, fast_portable: true, not_portable_reason: null, record_type: 'portability_check_result' }
				: { phone_number, portable: false, fast_portable: false, not_portable_reason: 'Telnyx does not serve this rate center', record_type: 'portability_check_result' },
		);
		return context.api.respond(context.operation, results);
	},
	'POST /porting_orders': create,
	'GET /porting_orders': (context) => context.api.behaveList(context, context.api.store.list(ORDERS).map(shown)),
	'GET /porting_orders/{id}': (context) => context.api.respond(context.operation, shown(find(context))),
	'PATCH /porting_orders/{id}': update,
	'DELETE /porting_orders/{id}': (context) => {
		const record = find(context);
		if (statusOf(record).value !== 'draft') throw error(422, 'Porting order not a draft', 'Only a draft porting order can be deleted; cancel it instead.');
		context.api.store.delete(ORDERS, String(record.id));
		return { status: 204 };
	},
	'POST /porting_orders/{id}/actions/confirm': submit,
	'POST /porting_orders/{id}/actions/activate': activate,
	'POST /porting_orders/{id}/actions/cancel': (context) => {
		const record = find(context);
		const status = statusOf(record).value;
		if (status === 'ported' || status === 'cancelled') throw error(422, 'Porting order not cancellable', `A porting order that is "${status}" cannot be cancelled.`);
		const next = save(context, { ...record, _cancelled: true });
		announce(context, String(record.id), [{ status: 'cancelled', after: 10 }]);
		return context.api.respond(context.operation, shown(next));
	},
	'GET /porting_orders/{id}/loa_template': (context) => {
		const record = find(context);
		return { status: 200, headers: { 'content-type': 'application/pdf' }, body: Buffer.from(`%PDF-1.4 LOA for ${numbersOf(record).join(', ')}`) };
	},
	'GET /porting_orders/{id}/activation_jobs': (context) => {
		find(context);
		const jobs = context.api.store.list(`${ORDERS}/${context.params.id}/activation_jobs`).map((job) => jobShown(context, job));
		return context.api.behaveList(context, jobs);
	},
	'GET /porting_orders/{id}/activation_jobs/{activationJobId}': (context) => {
		const job = context.api.store.get(`${ORDERS}/${context.params.id}/activation_jobs`, context.params.activationJobId);
		if (!job) throw new SandboxError(404, [{ code: '10005', title: 'Resource not found', detail: `No activation job ${context.params.activationJobId}.` }]);
		return context.api.respond(context.operation, jobShown(context, job));
	},
	'POST /porting/events/{id}/republish': (context) => {
		const event = context.api.store.get(EVENTS, context.params.id);
		if (!event) throw new SandboxError(404, [{ code: '10005', title: 'Resource not found', detail: `No porting event ${context.params.id}.` }]);
		const order = context.api.store.get(ORDERS, String(event.porting_order_id));
		const url = order?.webhook_url;
		const signer = context.api.events;
		if (typeof url === 'string' && signer) signer.send(url, signer.event(String(event.event_type), { id: String(event.id), payload: event.payload as never })).catch(() => undefined);
		return context.api.respond(context.operation, {});
	},
};
