/**
 * Numbers work Telnyx finishes later, as the sandbox plays it. Background
 * jobs change or release their numbers a moment after they are created; CSV downloads and
 * sub number order reports become ready and point at a file the sandbox serves; block orders,
 * block jobs and customer service records move on from pending.
 */
import { randomUUID } from 'node:crypto';
import type { SandboxApi } from '../api';
import type { SandboxRecord } from '../store';
import { applyEmergency, body, owned, release, update, updateVoice } from './numbersConfig';
import { JOB_MS, JOB_REQUESTS, PHONE_NUMBERS, SUB_NUMBER_ORDERS, ageOf, error, findOwned, messagingProfileOf, now, omit } from './numbersState';
import type { SandboxHook, SandboxHooks } from './types';

const JOBS = '/phone_numbers/jobs';
const BLOCK_JOBS = '/phone_number_blocks/jobs';
const CSV_DOWNLOADS = '/phone_numbers/csv_downloads';
const REPORTS = '/sub_number_orders_report';
const BULK_UPDATES = '/messaging_numbers_bulk_updates';

function startJob(type: string): SandboxHook {
	return (context) => {
		const request = body(context);
		const refs = ((request.phone_numbers as string[] | undefined) ?? []).map(String);
		const targets = refs.length ? refs : owned(context.api, context.request.query).slice(0, 1000).map((r) => String(r.id));
		const at = now();
		const id = randomUUID();
		const job: SandboxRecord = {
			id,
			record_type: 'phone_numbers_job',
			type,
			status: 'pending',
			phone_numbers: targets.map((ref) => (ref.startsWith('+') ? { phone_number: ref } : { id: ref })),
			pending_operations: targets.map((ref) => {
				const found = findOwned(context.api, ref);
				return { id: found?.id ?? (ref.startsWith('+') ? null : ref), phone_number: found?.phone_number ?? (ref.startsWith('+') ? ref : null) };
			}),
			successful_operations: [],
			failed_operations: [],
			etc: new Date(Date.now() + JOB_MS).toISOString(),
			created_at: at,
			updated_at: at,
		};
		context.api.store.put(JOBS, id, job);
		context.api.store.put(JOB_REQUESTS, id, { targets, request });
		context.api.store.countCreated(JOBS);
		return context.api.respond(context.operation, job);
	};
}

/** Background jobs whose time has come: each number is changed or released, or its failure noted. */
export function settleJobs(api: SandboxApi): void {
	for (const job of api.store.list(JOBS)) {
		if (job.status !== 'pending' || ageOf(job) < JOB_MS) continue;
		const { targets, request } = api.store.get(JOB_REQUESTS, String(job.id)) as { targets: string[]; request: SandboxRecord };
		const done: SandboxRecord[] = [];
		const failed: SandboxRecord[] = [];
		for (const ref of targets) {
			const record = findOwned(api, ref);
			const problem = !record ? `${ref} is not a number of this account` : run(api, String(job.type), record, request);
			const operation = { id: record?.id ?? null, phone_number: record?.phone_number ?? ref };
			if (problem) failed.push({ ...operation, errors: [{ code: record ? '10015' : '10005', title: record ? 'Not applied' : 'Resource not found', detail: problem }] });
			else done.push(operation);
		}
		api.store.put(JOBS, String(job.id), {
			...job,
			status: done.length || !failed.length ? 'completed' : 'failed',
			pending_operations: [],
			successful_operations: done,
			failed_operations: failed,
			updated_at: now(),
		});
	}
}

function run(api: SandboxApi, type: string, record: SandboxRecord, request: SandboxRecord): string | undefined {
	if (type === 'delete_phone_numbers') return release(api, record);
	if (type === 'update_emergency_settings') {
		applyEmergency(api, record, request);
		return undefined;
	}
	const next = update(api, record, request);
	if (request.voice && typeof request.voice === 'object') updateVoice(api, next, request.voice as SandboxRecord);
	return undefined;
}

/** Records that Telnyx finishes a moment after they are created: their status on reading. */
function aged(record: SandboxRecord, from: string[], to: string): SandboxRecord {
	return from.includes(String(record.status)) && ageOf(record) >= JOB_MS ? { ...record, status: to } : record;
}

function agedReads(collection: string, param: string, from: string[], to: string): SandboxHooks {
	return {
		[`GET ${collection}`]: (context) => context.api.behaveList(context, context.api.store.list(collection).map((r) => aged(r, from, to))),
		[`GET ${collection}/{${param}}`]: (context) => {
			const record = context.api.store.get(collection, context.params[param]);
			if (!record) throw error(404, '10005', 'Resource not found', `No record ${context.params[param]} in ${collection}.`);
			return context.api.respond(context.operation, aged(record, from, to));
		},
	};
}

/** Creates whose record starts out pending, whatever the reference's example shows. */
function pendingCreate(collection: string, extra: (record: SandboxRecord) => SandboxRecord = (r) => r): SandboxHook {
	return (context) => {
		const created = context.api.create(context);
		const record = extra({ ...created, status: 'pending' });
		context.api.store.put(collection, String(record.id), record);
		return context.api.respond(context.operation, record);
	};
}

function csvOf(rows: SandboxRecord[], columns: string[]): string {
	const cell = (value: unknown) => {
		const text = Array.isArray(value) ? value.join(';') : value == null ? '' : String(value);
		return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};
	return [columns.join(','), ...rows.map((row) => columns.map((column) => cell(row[column])).join(','))].join('\n') + '\n';
}

const CSV_COLUMNS = ['phone_number', 'id', 'status', 'phone_number_type', 'connection_name', 'messaging_profile_name', 'tags', 'customer_reference'];

/** A CSV download as Telnyx shows it: ready a moment after it was asked for, with its link. */
function csvDownload(record: SandboxRecord): SandboxRecord {
	const ready = record.status === 'pending' && ageOf(record) >= JOB_MS;
	return omit(ready ? { ...record, status: 'complete', url: record.file_url } : record, 'file_url');
}

export const numbersJobsHooks: SandboxHooks = {
	'POST /phone_numbers/jobs/delete_phone_numbers': startJob('delete_phone_numbers'),
	'POST /phone_numbers/jobs/update_phone_numbers': startJob('update_phone_numbers'),
	'POST /phone_numbers/jobs/update_emergency_settings': startJob('update_emergency_settings'),
	'POST /messaging_numbers_bulk_updates': (context) => {
		const request = body(context);
		const profile = request.messaging_profile_id === '' ? null : messagingProfileOf(context.api, request.messaging_profile_id);
		const numbers = ((request.numbers as string[] | undefined) ?? []).map(String);
		const success = numbers.filter((n) => findOwned(context.api, n));
		for (const number of success) {
			const record = findOwned(context.api, number)!;
			context.api.store.put(PHONE_NUMBERS, String(record.id), { ...record, messaging_profile_id: profile?.id ?? null, messaging_profile_name: profile?.name ?? null, updated_at: now() });
		}
		const record = { order_id: randomUUID(), record_type: 'messaging_numbers_bulk_update', success, pending: [], failed: numbers.filter((n) => !success.includes(n)) };
		context.api.store.put(BULK_UPDATES, record.order_id, record);
		return context.api.respond(context.operation, record);
	},
	'GET /messaging_numbers_bulk_updates/{order_id}': (context) => {
		const record = context.api.store.get(BULK_UPDATES, context.params.order_id);
		if (!record) throw error(404, '10005', 'Resource not found', `No bulk update ${context.params.order_id}.`);
		return context.api.respond(context.operation, record);
	},
	'POST /phone_numbers/csv_downloads': (context) => {
		const id = randomUUID();
		const rows = owned(context.api, context.request.query);
		const fileUrl = context.api.files.put(`phone-numbers-${id}.csv`, csvOf(rows, CSV_COLUMNS), 'text/csv');
		const record = { id, record_type: 'csv_download', status: 'pending', url: null, file_url: fileUrl, created_at: now() };
		context.api.store.put(CSV_DOWNLOADS, id, record);
		return context.api.respond(context.operation, [csvDownload(record)]);
	},
	'GET /phone_numbers/csv_downloads': (context) =>
		context.api.behaveList(context, context.api.store.list(CSV_DOWNLOADS).map((r) => csvDownload(r))),
	'GET /phone_numbers/csv_downloads/{id}': (context) => {
		const record = context.api.store.get(CSV_DOWNLOADS, context.params.id);
		if (!record) throw error(404, '10005', 'Resource not found', `No CSV download ${context.params.id}.`);
		return context.api.respond(context.operation, [csvDownload(record)]);
	},
	'POST /sub_number_orders_report': pendingCreate(REPORTS),
	...agedReads(REPORTS, 'report_id', ['pending'], 'success'),
	'GET /sub_number_orders_report/{report_id}/download': (context) => {
		const report = context.api.store.get(REPORTS, context.params.report_id);
		if (!report) throw error(404, '10005', 'Resource not found', `No report ${context.params.report_id}.`);
		if (aged(report, ['pending'], 'success').status !== 'success') throw error(422, '10015', 'Report not ready', 'The report is still being generated.');
		const columns = ['id', 'order_request_id', 'status', 'phone_number_type', 'requirements_met', 'phone_numbers_count', 'country_code', 'customer_reference', 'created_at'];
		return { status: 200, headers: { 'content-type': 'text/csv' }, body: Buffer.from(csvOf(context.api.store.list(SUB_NUMBER_ORDERS), columns)) };
	},
	'POST /number_block_orders': pendingCreate('/number_block_orders'),
	...agedReads('/number_block_orders', 'number_block_order_id', ['pending'], 'success'),
	'POST /customer_service_records': pendingCreate('/customer_service_records', (r) => ({ ...r, error_message: null })),
	...agedReads('/customer_service_records', 'customer_service_record_id', ['pending'], 'completed'),
	'POST /phone_number_blocks/jobs/delete_phone_number_block': (context) => {
		const request = body(context);
		const at = now();
		const job = { id: randomUUID(), record_type: 'phone_number_block_job', type: 'delete_phone_number_block', status: 'pending', phone_number_block_id: request.phone_number_block_id, successful_operations: [], failed_operations: [], created_at: at, updated_at: at };
		context.api.store.put(BLOCK_JOBS, job.id, job);
		return context.api.respond(context.operation, job);
	},
	...agedReads(BLOCK_JOBS, 'id', ['pending'], 'completed'),
	'GET /phone_numbers/jobs': (context) => context.api.behaveList(context, context.api.store.list(JOBS)),
	'GET /phone_numbers/jobs/{id}': (context) => {
		const job = context.api.store.get(JOBS, context.params.id);
		if (!job) throw error(404, '10005', 'Resource not found', `No job ${context.params.id}.`);
		return context.api.respond(context.operation, job);
	},
};
