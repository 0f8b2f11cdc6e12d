/**
 * Telnyx Verify as the sandbox plays it: sending makes a pending verification with a code
 * (the custom one, or five digits the sandbox makes up and lists at GET /__sandbox/verifications);
 * checking that code by phone number or by id accepts it once, a wrong one is rejected, and an
 * expired one is rejected too. Number lookups answer from a small directory of test numbers.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { SandboxError } from '../errors';
import type { SandboxRecord } from '../store';
import type { ApiResponse, RouteContext, SandboxHooks } from './types';

export const VERIFICATIONS = '/verifications';
const PROFILES = '/verify_profiles';
const E164 = /^\+[1-9]\d{1,14}$/;

function error(status: number, code: string, title: string, detail: string, pointer?: string): SandboxError {
	return new SandboxError(status, [{ code, title, detail, ...(pointer ? { source: { pointer } } : {}) }]);
}

function bodyOf(context: RouteContext): SandboxRecord {
	context.api.checkBody(context.operation, context.request.body);
	const body = context.request.body;
	return body && typeof body === 'object' && !Array.isArray(body) ? (body as SandboxRecord) : {};
}

function expired(record: SandboxRecord): boolean {
	const created = Date.parse(String(record.created_at));
	return Date.now() - created > Number(record.timeout_secs ?? 300) * 1000;
}

/** The status a check finds, saved on the verification. */
function settle(context: RouteContext, record: SandboxRecord, code: unknown, status?: unknown): string {
	let result: string;
	if (status === 'accepted' || status === 'rejected') {
		if (!record.custom_code) throw error(422, '10015', 'Invalid parameter', 'status may only be set for verifications sent with a custom code', '/status');
		result = status;
	} else if (record.status !== 'pending' || expired(record)) result = 'rejected';
	else result = String(code) === String(record.code) ? 'accepted' : 'rejected';
	const next = { ...record, status: result === 'accepted' ? 'accepted' : expired(record) ? 'expired' : record.status, updated_at: new Date().toISOString() };
	context.api.store.put(VERIFICATIONS, String(record.id), next);
	return result;
}

function send(type: string) {
	return (context: RouteContext): ApiResponse => {
		const body = bodyOf(context);
		const phone = String(body.phone_number);
		if (!E164.test(phone)) throw error(422, '10002', 'Invalid phone number', `${JSON.stringify(body.phone_number)} is not a valid phone number.`, '/phone_number');
		const profile = context.api.store.get(PROFILES, String(body.verify_profile_id));
		if (!profile) throw error(404, '10005', 'Resource not found', `No verify profile ${String(body.verify_profile_id)}.`, '/verify_profile_id');
		const now = new Date().toISOString();
		const record: SandboxRecord = {
			id: randomUUID(),
			record_type: 'verification',
			type,
			phone_number: phone,
			verify_profile_id: body.verify_profile_id,
			custom_code: (body.custom_code as string | undefined) ?? null,
			timeout_secs: (body.timeout_secs as number | undefined) ?? 300,
			status: 'pending',
			created_at: now,
			updated_at: now,
			// what the user receives; never part of an answer
			code: (body.custom_code as string | undefined) ?? String(randomInt(10_000, 100_000)),
		};
		context.api.store.put(VERIFICATIONS, String(record.id), record);
		context.api.store.countCreated(VERIFICATIONS);
		return context.api.respond(context.operation, publicView(record));
	};
}

function publicView(record: SandboxRecord): SandboxRecord {
	const { code: _code, ...rest } = record;
	void _code;
	return rest;
}

function latestFor(context: RouteContext, phone: string): SandboxRecord | undefined {
	return context.api.store
		.list(VERIFICATIONS)
		.filter((v) => v.phone_number === phone)
		.sort((a, b) => Date.parse(String(b.created_at)) - Date.parse(String(a.created_at)))[0];
}

export const verifyHooks: SandboxHooks = {
	'POST /verifications/sms': send('sms'),
	'POST /verifications/call': send('call'),
	'POST /verifications/flashcall': send('flashcall'),
	'POST /verifications/whatsapp': send('whatsapp'),
	'GET /verifications/{verification_id}': (context) => {
		const record = context.api.store.get(VERIFICATIONS, context.params.verification_id);
		if (!record) throw error(404, '10005', 'Resource not found', `No verification ${context.params.verification_id}.`);
		return context.api.respond(context.operation, publicView({ ...record, status: record.status === 'pending' && expired(record) ? 'expired' : record.status }));
	},
	'GET /verifications/by_phone_number/{phone_number}': (context) => {
		const records = context.api.store.list(VERIFICATIONS).filter((v) => v.phone_number === context.params.phone_number);
		return { status: 200, body: { data: records.map(publicView), meta: { total_pages: 1, total_results: records.length, page_number: 1, page_size: records.length } } };
	},
	'POST /verifications/by_phone_number/{phone_number}/actions/verify': (context) => {
		const body = bodyOf(context);
		const phone = context.params.phone_number;
		const record = latestFor(context, phone);
		if (!record || record.verify_profile_id !== body.verify_profile_id) {
			throw error(404, '10005', 'Resource not found', `No verification for ${phone} with this verify profile.`);
		}
		return context.api.respond(context.operation, { phone_number: phone, response_code: settle(context, record, body.code) });
	},
	'POST /verifications/{verification_id}/actions/verify': (context) => {
		const body = bodyOf(context);
		const record = context.api.store.get(VERIFICATIONS, context.params.verification_id);
		if (!record) throw error(404, '10005', 'Resource not found', `No verification ${context.params.verification_id}.`);
		return context.api.respond(context.operation, { phone_number: record.phone_number, response_code: settle(context, record, body.code, body.status) });
	},
	'GET /number_lookup/{phone_number}': (context) => {
		const phone = context.params.phone_number;
		if (!E164.test(phone)) throw error(422, '10002', 'Invalid phone number', `${JSON.stringify(phone)} is not a valid phone number.`);
		const type = context.request.query.get('type');
		const known = context.api.store.get('/number_lookup', phone);
		const mobile = /^\+1312/.test(phone);
		return context.api.respond(context.operation, {
			record_type: 'number_lookup',
			phone_number: phone,
			country_code: phone.startsWith('+1') ? 'US' : 'ZZ',
			national_format: phone.startsWith('+1') ? `(${phone.slice(2, 5)}) ${phone.slice(5, 8)}-${phone.slice(8)}` : phone,
			fraud: null,
			carrier: type === 'caller-name' ? undefined : { name: mobile ? 'T-MOBILE USA, INC.' : 'TELNYX LLC', type: mobile ? 'mobile' : 'voip', mobile_country_code: '310', mobile_network_code: mobile ? '260' : '000', error_code: null },
			caller_name: type === 'carrier' ? undefined : { caller_name: (known?.caller_name as string | undefined) ?? 'SANDBOX CALLER', error_code: null },
			portability: { lrn: phone.slice(1), ported_status: 'N', ocn: '7513', line_type: mobile ? 'wireless' : 'voip', spid: '7513', spid_carrier_name: mobile ? 'T-MOBILE USA' : 'TELNYX', city: 'CHICAGO', state: 'IL' },
		});
	},
};
