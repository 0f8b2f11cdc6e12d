import { randomInt, randomUUID } from 'node:crypto';
import { SandboxError, sandboxErrors } from '../errors';
import { renderPage } from '../paging';
import type { SandboxRecord } from '../store';
import type { ApiResponse, RouteContext, SandboxHooks } from './types';

const MESSAGES = '/messages';
/** Opt-outs as Telnyx lists them: `from` is the subscriber who texted STOP, `to` your number. */
const OPT_OUTS = '/messaging_optouts';
const AGENTS = '/messaging/rcs/agents';
/** Numbers reachable over RCS, seeded by tests: `{ phone_number, features }`. */
const RCS_DEVICES = '/messaging/rcs/capabilities';
const TEST_INVITES = '/messaging/rcs/test_number_invite';
const ORDERS = '/messaging_hosted_number_orders';
/** Numbers already on the account, which cannot be hosted from elsewhere. */
const ACCOUNT_NUMBERS = '/phone_numbers';
const VERIFICATIONS = '/messaging_tollfree/verification/requests';

const E164 = /^\+[1-9]\d{1,14}$/;
const SHORT_CODE = /^\d{3,8}$/;
const TOLL_FREE = /^\+18(00|33|44|55|66|77|88)\d{7}$/;
/** Number the sandbox's number pool sends from when a message names no sender. */
const POOL_NUMBER = '+18445550001';
const SMS_RATE = 0.004;
const MMS_RATE = 0.015;
const CARRIER_FEE = 0.003;

const GSM7_BASIC =
	'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENDED = '^{}\\[~]|€\f';

function now(): string {
	return new Date().toISOString();
}

function error(status: number, code: string, title: string, detail: string, pointer?: string): SandboxError {
	return new SandboxError(status, [{ code, title, detail, ...(pointer ? { source: { pointer } } : {}) }]);
}

function invalidNumber(pointer: string, value: unknown): SandboxError {
	return error(422, '10002', 'Invalid phone number', `${JSON.stringify(value)} is not a valid phone number.`, pointer);
}

function bodyOf(context: RouteContext): SandboxRecord {
	context.api.checkBody(context.operation, context.request.body);
	const body = context.request.body;
	return body && typeof body === 'object' && !Array.isArray(body) ? (body as SandboxRecord) : {};
}

/** Length in GSM-7 septets, or undefined when the text needs UCS-2. */
function gsm7Length(text: string): number | undefined {
	let length = 0;
	for (const char of text) {
		if (GSM7_BASIC.includes(char)) length += 1;
		else if (GSM7_EXTENDED.includes(char)) length += 2;
		else return undefined;
	}
	return length;
}

/** How many parts an SMS is split into, and the encoding it goes out with. */
function segmentsOf(text: string, requested: unknown): { parts: number; encoding: string } {
	const septets = requested === 'ucs2' ? undefined : gsm7Length(text);
	if (septets !== undefined) return { parts: septets <= 160 ? 1 : Math.ceil(septets / 153), encoding: 'GSM-7' };
	const units = text.length;
	return { parts: units <= 70 ? 1 : Math.ceil(units / 67), encoding: 'UCS-2' };
}

function money(amount: number): { amount: string; currency: string } {
	return { amount: amount.toFixed(4), currency: 'USD' };
}

function recipient(phoneNumber: string): SandboxRecord {
	return { phone_number: phoneNumber, status: 'queued', carrier: 'T-MOBILE USA, INC.', line_type: 'Wireless' };
}

function saveMessage(context: RouteContext, record: SandboxRecord): ApiResponse {
	context.api.store.put(MESSAGES, record.id as string, record);
	context.api.store.countCreated(MESSAGES);
	return context.api.respond(context.operation, record);
}

/** An SMS or MMS as Telnyx accepts it: one recipient, queued, split into parts and priced. */
function sendMessage(context: RouteContext): ApiResponse {
	const body = bodyOf(context);
	const to = String(body.to);
	if (!E164.test(to) && !SHORT_CODE.test(to)) throw invalidNumber('/to', body.to);
	if (body.from === undefined && body.messaging_profile_id === undefined) throw sandboxErrors.missing('from');
	const media = (body.media_urls as string[] | undefined) ?? [];
	const text = body.text as string | undefined;
	if (!text && media.length === 0) throw sandboxErrors.missing('text');
	const from = (body.from as string | undefined) ?? POOL_NUMBER;

	const blocked = context.api.store.list(OPT_OUTS).some((optOut) => optOut.from === to && optOut.to === from);
	if (blocked) {
		throw error(
			409,
			'40300',
			'Blocked due to STOP message',
			`Messages cannot be sent from ${from} to ${to} due to an existing block rule.`,
			'/to',
		);
	}

	const type = (body.type as string | undefined) ?? (media.length ? 'MMS' : 'SMS');
	const { parts, encoding } = type === 'MMS' ? { parts: 1, encoding: 'UCS-2' } : segmentsOf(text ?? '', body.encoding);
	const rate = (type === 'MMS' ? MMS_RATE : SMS_RATE) * parts;
	const fee = CARRIER_FEE * parts;
	const example = context.api.example(context.operation) as SandboxRecord;
	return saveMessage(context, {
		record_type: 'message',
		direction: 'outbound',
		id: randomUUID(),
		type,
		messaging_profile_id: body.messaging_profile_id ?? example.messaging_profile_id,
		organization_id: example.organization_id,
		from: { phone_number: from, carrier: E164.test(from) ? 'TELNYX LLC' : '', line_type: E164.test(from) ? 'VoIP' : '' },
		to: [recipient(to)],
		cc: [],
		text: text ?? null,
		subject: body.subject ?? null,
		media: media.map((url) => ({ url, content_type: null, sha256: null, size: null })),
		encoding,
		parts,
		cost: money(rate + fee),
		cost_breakdown: { rate: money(rate), carrier_fee: money(fee) },
		tags: [],
		errors: [],
		received_at: now(),
		sent_at: null,
		completed_at: null,
		valid_until: null,
		send_at: body.send_at ?? null,
		webhook_url: body.webhook_url ?? null,
		webhook_failover_url: body.webhook_failover_url ?? null,
		wait_seconds: 0,
	});
}

function findAgent(context: RouteContext, agentId: string): SandboxRecord {
	const agent = context.api.store.list(AGENTS).find((record) => record.agent_id === agentId || record.id === agentId);
	if (!agent) throw sandboxErrors.notFound(`No RCS agent ${agentId}`);
	return agent;
}

function capabilities(context: RouteContext, agent: SandboxRecord, phoneNumber: string): SandboxRecord {
	const device = context.api.store.list(RCS_DEVICES).find((record) => record.phone_number === phoneNumber);
	return {
		record_type: 'rcs.capabilities',
		agent_id: agent.agent_id,
		agent_name: agent.agent_name,
		phone_number: phoneNumber,
		features: (device?.features as string[] | undefined) ?? [],
	};
}

/** An RCS message: the agent must exist and the message must carry content or an event. */
function sendRcs(context: RouteContext): ApiResponse {
	const body = bodyOf(context);
	const to = String(body.to);
	if (!E164.test(to)) throw invalidNumber('/to', body.to);
	const agent = findAgent(context, String(body.agent_id));
	const message = (body.agent_message ?? {}) as SandboxRecord;
	if (!message.content_message && !message.event) throw sandboxErrors.missing('agent_message/content_message');
	const example = context.api.example(context.operation) as SandboxRecord;
	return saveMessage(context, {
		record_type: 'message',
		direction: 'outbound',
		id: randomUUID(),
		type: 'RCS',
		body: message,
		from: { agent_id: agent.agent_id, agent_name: agent.agent_name, carrier: 'Telnyx' },
		to: [recipient(to)],
		messaging_profile_id: body.messaging_profile_id,
		organization_id: example.organization_id,
		encoding: 'utf-8',
		received_at: now(),
		wait_seconds: 0,
	});
}

function findOrder(context: RouteContext, id: string): SandboxRecord {
	const order = context.api.store.get(ORDERS, id);
	if (!order) throw sandboxErrors.notFound(`No record ${id} in ${ORDERS}`);
	return order;
}

function hostedNumbersOf(order: SandboxRecord): SandboxRecord[] {
	return (order.phone_numbers as SandboxRecord[] | undefined) ?? [];
}

function checkNumbers(numbers: unknown[], pointer: string): void {
	numbers.forEach((number, index) => {
		if (typeof number !== 'string' || !E164.test(number)) throw invalidNumber(`${pointer}/${index}`, number);
	});
}

/** Why a number cannot be hosted, in the order Telnyx checks. */
function eligibilityOf(context: RouteContext, number: string, seen: Set<string>): { status: string; detail: string } {
	if (!E164.test(number)) return { status: 'NUMBER_IS_NOT_IN_E164_FORMAT', detail: 'Write the number in E.164 form.' };
	if (seen.has(number)) return { status: 'NUMBER_CAN_NOT_BE_REPEATED', detail: 'The number is listed twice.' };
	if (!number.startsWith('+1')) return { status: 'NUMBER_IS_NOT_A_US_NUMBER', detail: 'Only US numbers can be hosted.' };
	const hosted = context.api.store
		.list(ORDERS)
		.some((order) => hostedNumbersOf(order).some((n) => n.phone_number === number && n.status !== 'deleted'));
	if (hosted) {
		return { status: 'NUMBER_CAN_NOT_BE_ACTIVE_IN_YOUR_ACCOUNT', detail: 'The number is already in a hosted number order.' };
	}
	if (context.api.store.list(ACCOUNT_NUMBERS).some((n) => n.phone_number === number)) {
		return { status: 'NUMBER_CAN_NOT_BE_IN_TELNYX', detail: 'The number is already a Telnyx number.' };
	}
	return { status: 'ELIGIBLE', detail: 'The number can be hosted.' };
}

function verificationCodes(orderId: string): string {
	return `${ORDERS}/${orderId}/verification_codes`;
}

function statusHistory(requestId: string): string {
	return `${VERIFICATIONS}/${requestId}/status_history`;
}

function findVerification(context: RouteContext): SandboxRecord {
	const record = context.api.store.get(VERIFICATIONS, context.params.id);
	if (!record) throw sandboxErrors.notFound(`No verification request ${context.params.id}`);
	return record;
}

function addHistory(context: RouteContext, requestId: string, status: string, reason: string | null): void {
	const id = randomUUID();
	context.api.store.put(statusHistory(requestId), id, { id, verificationStatus: status, reason, updatedAt: now() });
}

function checkTollFree(body: SandboxRecord): void {
	((body.phoneNumbers as SandboxRecord[] | undefined) ?? []).forEach((entry, index) => {
		if (!TOLL_FREE.test(String(entry.phoneNumber))) {
			throw error(
				400,
				'10015',
				'Not a toll-free number',
				`${String(entry.phoneNumber)} is not a US or Canadian toll-free number.`,
				`/phoneNumbers/${index}/phoneNumber`,
			);
		}
	});
}

/** Telnyx Messaging: sends, RCS agents, hosted number orders and toll-free verification. */
export const messagingHooks: SandboxHooks = {
	'POST /messages': sendMessage,
	'POST /messages/rcs': sendRcs,

	'GET /messaging/rcs/agents/{id}': (context) => context.api.respond(context.operation, findAgent(context, context.params.id)),
	'PATCH /messaging/rcs/agents/{id}': (context) => {
		const agent = findAgent(context, context.params.id);
		const next = { ...agent, ...bodyOf(context), updated_at: now() };
		context.api.store.put(AGENTS, agent.id as string, next);
		return context.api.respond(context.operation, next);
	},
	'GET /messaging/rcs/capabilities/{agent_id}/{phone_number}': (context) => {
		const agent = findAgent(context, context.params.agent_id);
		const phoneNumber = context.params.phone_number;
		if (!E164.test(phoneNumber)) throw invalidNumber('/phone_number', phoneNumber);
		return context.api.respond(context.operation, capabilities(context, agent, phoneNumber));
	},
	'POST /messaging/rcs/bulk_capabilities': (context) => {
		const body = bodyOf(context);
		const agent = findAgent(context, String(body.agent_id));
		const numbers = body.phone_numbers as unknown[];
		checkNumbers(numbers, '/phone_numbers');
		return context.api.respond(
			context.operation,
			numbers.map((number) => capabilities(context, agent, number as string)),
		);
	},
	'PUT /messaging/rcs/test_number_invite/{id}/{phone_number}': (context) => {
		const agent = findAgent(context, context.params.id);
		const phoneNumber = context.params.phone_number;
		if (!E164.test(phoneNumber)) throw invalidNumber('/phone_number', phoneNumber);
		const invite = { record_type: 'rcs.test_number_invite', agent_id: agent.agent_id, phone_number: phoneNumber, status: 'PENDING' };
		context.api.store.put(TEST_INVITES, `${String(agent.agent_id)}/${phoneNumber}`, invite);
		return context.api.respond(context.operation, invite);
	},
	'GET /messages/rcs/deeplinks/{agent_id}': (context) => {
		const agent = findAgent(context, context.params.agent_id);
		const phoneNumber = context.request.query.get('phone_number');
		const text = context.request.query.get('body');
		if (phoneNumber !== null && !E164.test(phoneNumber)) throw invalidNumber('/phone_number', phoneNumber);
		const service = `${encodeURIComponent(String(agent.agent_id))}%40rbm.goog`;
		const query = text ? `body=${encodeURIComponent(text)}` : '';
		const url = phoneNumber
			? `sms:${phoneNumber}?service_id=${service}${query ? `&${query}` : ''}`
			: `sms:${service}${query ? `?${query}` : ''}`;
		return context.api.respond(context.operation, { url });
	},

	'POST /messaging_hosted_number_orders': (context) => {
		const body = bodyOf(context);
		const numbers = (body.phone_numbers as unknown[] | undefined) ?? [];
		checkNumbers(numbers, '/phone_numbers');
		const id = randomUUID();
		const order: SandboxRecord = {
			record_type: 'messaging_hosted_number_order',
			id,
			messaging_profile_id: body.messaging_profile_id ?? null,
			status: 'pending',
			phone_numbers: numbers.map((number) => ({
				record_type: 'messaging_hosted_number',
				id: randomUUID(),
				phone_number: number,
				status: 'pending',
			})),
			created_at: now(),
			updated_at: now(),
		};
		context.api.store.put(ORDERS, id, order);
		context.api.store.countCreated(ORDERS);
		return context.api.respond(context.operation, order);
	},
	'POST /messaging_hosted_number_orders/eligibility_numbers_check': (context) => {
		const body = bodyOf(context);
		const seen = new Set<string>();
		const results = (body.phone_numbers as unknown[]).map((raw) => {
			const number = String(raw);
			const { status, detail } = eligibilityOf(context, number, seen);
			seen.add(number);
			return { phone_number: number, eligible: status === 'ELIGIBLE', eligible_status: status, detail };
		});
		return context.api.respond(context.operation, { phone_numbers: results });
	},
	'POST /messaging_hosted_number_orders/{id}/verification_codes': (context) => {
		const order = findOrder(context, context.params.id);
		const body = bodyOf(context);
		const inOrder = new Set(hostedNumbersOf(order).map((n) => n.phone_number));
		const results = (body.phone_numbers as string[]).map((phoneNumber) => {
			if (!inOrder.has(phoneNumber)) return { phone_number: phoneNumber, error: 'The number is not part of this order.' };
			const id = randomUUID();
			const code = String(randomInt(100000, 1000000));
			context.api.store.put(verificationCodes(order.id as string), id, {
				id,
				phone_number: phoneNumber,
				code,
				type: body.verification_method,
				verified: false,
			});
			return { phone_number: phoneNumber, type: body.verification_method, verification_code_id: id };
		});
		return context.api.respond(context.operation, results);
	},
	'POST /messaging_hosted_number_orders/{id}/validation_codes': (context) => {
		const order = findOrder(context, context.params.id);
		const body = bodyOf(context);
		const collection = verificationCodes(order.id as string);
		const results = (body.verification_codes as SandboxRecord[]).map(({ phone_number: phoneNumber, code }) => {
			const sent = context.api.store.list(collection).filter((c) => c.phone_number === phoneNumber);
			if (sent.some((c) => c.verified)) return { phone_number: phoneNumber, status: 'already_verified' };
			const match = sent.find((c) => c.code === code);
			if (!match) return { phone_number: phoneNumber, status: 'rejected' };
			context.api.store.put(collection, match.id as string, { ...match, verified: true });
			return { phone_number: phoneNumber, status: 'verified' };
		});
		return context.api.respond(context.operation, { order_id: order.id, phone_numbers: results });
	},
	'POST /messaging_hosted_number_orders/{id}/actions/file_upload': (context) => {
		const order = findOrder(context, context.params.id);
		// each part that is there must be a real, non-empty file
		context.api.checkBody(context.operation, context.request.body);
		const parts = (context.request.body ?? {}) as SandboxRecord;
		if (!parts.loa && !parts.bill) throw sandboxErrors.missing('loa');
		const next = { ...order, status: parts.loa ? 'loa_file_successful' : order.status, updated_at: now() };
		context.api.store.put(ORDERS, order.id as string, next);
		return context.api.respond(context.operation, next);
	},
	'DELETE /messaging_hosted_numbers/{id}': (context) => {
		const order = context.api.store
			.list(ORDERS)
			.find((candidate) => hostedNumbersOf(candidate).some((n) => n.id === context.params.id));
		if (!order) throw sandboxErrors.notFound(`No hosted number ${context.params.id}`);
		const next = {
			...order,
			phone_numbers: hostedNumbersOf(order).map((n) => (n.id === context.params.id ? { ...n, status: 'deleted' } : n)),
			updated_at: now(),
		};
		context.api.store.put(ORDERS, order.id as string, next);
		return context.api.respond(context.operation, next);
	},

	[`POST ${VERIFICATIONS}`]: (context) => {
		const body = bodyOf(context);
		checkTollFree(body);
		const id = randomUUID();
		const record: SandboxRecord = {
			...body,
			id,
			verificationRequestId: id,
			verificationStatus: 'In Progress',
			reason: null,
			createdAt: now(),
			updatedAt: now(),
		};
		context.api.store.put(VERIFICATIONS, id, record);
		context.api.store.countCreated(VERIFICATIONS);
		addHistory(context, id, 'In Progress', null);
		return context.api.respond(context.operation, record);
	},
	[`GET ${VERIFICATIONS}`]: (context) => {
		const { query } = context.request;
		const status = query.get('status');
		const phoneNumber = query.get('phone_number');
		const businessName = query.get('business_name')?.toLowerCase();
		const start = query.get('date_start');
		const end = query.get('date_end');
		const records = context.api.store.list(VERIFICATIONS).filter((record) => {
			const created = Date.parse(String(record.createdAt ?? record.created_at));
			const numbers = ((record.phoneNumbers as SandboxRecord[] | undefined) ?? []).map((n) => n.phoneNumber);
			return (
				(!status || record.verificationStatus === status) &&
				(!phoneNumber || numbers.includes(phoneNumber)) &&
				(!businessName || String(record.businessName ?? '').toLowerCase().includes(businessName)) &&
				(!start || created >= Date.parse(start)) &&
				(!end || created <= Date.parse(end))
			);
		});
		return { status: 200, body: renderPage(context.operation.list!, records, query) };
	},
	[`PATCH ${VERIFICATIONS}/{id}`]: (context) => {
		const record = findVerification(context);
		const body = bodyOf(context);
		checkTollFree(body);
		const resubmitted = record.verificationStatus === 'Waiting For Customer';
		const next: SandboxRecord = {
			...record,
			...body,
			...(resubmitted ? { verificationStatus: 'In Progress', reason: null } : {}),
			updatedAt: now(),
		};
		context.api.store.put(VERIFICATIONS, record.id as string, next);
		if (resubmitted) addHistory(context, record.id as string, 'In Progress', null);
		return context.api.respond(context.operation, next);
	},
	[`DELETE ${VERIFICATIONS}/{id}`]: (context) => {
		const record = findVerification(context);
		if (record.verificationStatus !== 'Rejected') {
			throw error(
				400,
				'10015',
				'Request cannot be deleted',
				`Only rejected verification requests can be deleted; this one is "${String(record.verificationStatus)}".`,
			);
		}
		context.api.store.delete(VERIFICATIONS, record.id as string);
		for (const entry of context.api.store.list(statusHistory(record.id as string))) {
			context.api.store.delete(statusHistory(record.id as string), entry.id as string);
		}
		return context.api.respond(context.operation, record);
	},
	[`GET ${VERIFICATIONS}/{id}/status_history`]: (context) => {
		const record = findVerification(context);
		const entries = context.api.store
			.list(statusHistory(record.id as string))
			.sort((a, b) => Date.parse(String(a.updatedAt)) - Date.parse(String(b.updatedAt)))
			.map(({ verificationStatus, reason, updatedAt }) => ({ verificationStatus, reason: reason ?? null, updatedAt }));
		return { status: 200, body: renderPage(context.operation.list!, entries, context.request.query) };
	},
};
