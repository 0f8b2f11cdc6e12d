/**
 * Telnyx Numbers as the sandbox plays it: reservations that hold numbers, and orders that go
 * from `pending` to `success` a moment later and then own their numbers (they appear under
 * /phone_numbers), or to `failure` for a number scripted to fail (`fails` in the inventory),
 * with its requirements status as the reason. Searching is in ./numbersSearch.ts, the owned
 * numbers and their settings in ./numbersConfig.ts, work finished later in ./numbersJobs.ts.
 */
import { randomUUID } from 'node:crypto';
import type { SandboxApi } from '../api';
import type { SandboxRecord } from '../store';
import { numbersConfigHooks } from './numbersConfig';
import { numbersJobsHooks, settleJobs } from './numbersJobs';
import { inventoryCoverage, search } from './numbersSearch';
import {
	HOLD_MS,
	HOLDS,
	INVENTORY,
	NUMBER_ORDERS,
	ORDER_MS,
	ORDER_PHONE_NUMBERS,
	RESERVATIONS,
	SUB_NUMBER_ORDERS,
	ageOf,
	connectionOf,
	error,
	forSale,
	holdOf,
	messagingProfileOf,
	now,
	omit,
	ownNumber,
	type InventoryNumber,
} from './numbersState';
import type { RouteContext, SandboxHook, SandboxHooks } from './types';

/** Orders (and jobs) whose time has come are carried out before anything reads them. */
export function settle(api: SandboxApi): void {
	for (const order of api.store.list(NUMBER_ORDERS)) {
		if (order.status === 'pending' && ageOf(order) >= ORDER_MS) complete(api, order);
	}
	settleJobs(api);
}

function complete(api: SandboxApi, order: SandboxRecord): void {
	const at = now();
	const numbers = (order.phone_numbers as SandboxRecord[]).map((entry): SandboxRecord => {
		const stocked = api.store.get(INVENTORY, String(entry.phone_number)) as unknown as InventoryNumber | undefined;
		if (stocked?.fails) {
			return { ...entry, status: 'failure', requirements_met: false, requirements_status: stocked.fails };
		}
		ownNumber(api, String(entry.phone_number), order);
		return { ...entry, status: 'success' };
	});
	for (const entry of numbers) {
		const stored = api.store.get(ORDER_PHONE_NUMBERS, String(entry.id));
		if (stored) api.store.put(ORDER_PHONE_NUMBERS, String(entry.id), { ...stored, ...entry });
	}
	for (const id of order.sub_number_orders_ids as string[]) {
		const sub = api.store.get(SUB_NUMBER_ORDERS, id);
		if (!sub) continue;
		const mine = numbers.filter((n) => n.sub_number_order_id === id);
		const failed = mine.some((n) => n.status === 'failure');
		api.store.put(SUB_NUMBER_ORDERS, id, { ...sub, status: failed ? 'failure' : 'success', requirements_met: !failed, updated_at: at });
	}
	const failed = numbers.some((n) => n.status === 'failure');
	api.store.put(NUMBER_ORDERS, String(order.id), {
		...order,
		status: failed ? 'failure' : 'success',
		requirements_met: !failed,
		phone_numbers: numbers,
		updated_at: at,
	});
}

function numbersOf(context: RouteContext): Array<SandboxRecord & { phone_number: string }> {
	const body = (context.request.body ?? {}) as SandboxRecord;
	const entries = (Array.isArray(body.phone_numbers) ? body.phone_numbers : []) as Array<SandboxRecord & { phone_number: string }>;
	if (!entries.length) throw error(422, '10004', 'Missing required parameter', 'phone_numbers needs at least one number.', '/phone_numbers');
	return entries;
}

function reserve(context: RouteContext) {
	const { api } = context;
	api.checkBody(context.operation, context.request.body);
	const body = (context.request.body ?? {}) as SandboxRecord;
	const forSaleNow = new Set(forSale(api).map((n) => n.phone_number));
	const at = now();
	const until = Date.now() + HOLD_MS;
	const id = randomUUID();
	const numbers = numbersOf(context).map((entry) => {
		const problem = !forSaleNow.has(entry.phone_number)
			? 'Number is not available'
			: holdOf(api, entry.phone_number)
				? 'Number is already on hold'
				: undefined;
		if (!problem) api.store.put(HOLDS, entry.phone_number, { phone_number: entry.phone_number, reservation_id: id, until });
		return {
			id: randomUUID(),
			record_type: 'reserved_phone_number',
			phone_number: entry.phone_number,
			status: problem ? 'failure' : 'success',
			...(problem ? { errors: problem } : {}),
			expired_at: problem ? null : new Date(until).toISOString(),
			created_at: at,
			updated_at: at,
		};
	});
	const record: SandboxRecord = {
		id,
		record_type: 'number_reservation',
		status: numbers.some((n) => n.status === 'success') ? 'success' : 'failure',
		customer_reference: body.customer_reference ?? null,
		phone_numbers: numbers,
		created_at: at,
		updated_at: at,
	};
	api.store.put(RESERVATIONS, id, record);
	api.store.countCreated(RESERVATIONS);
	return api.respond(context.operation, record);
}

function extend(context: RouteContext) {
	const { api } = context;
	const record = api.store.get(RESERVATIONS, context.params.number_reservation_id);
	if (!record) throw error(404, '10005', 'Resource not found', `No number reservation ${context.params.number_reservation_id}.`);
	const until = Date.now() + HOLD_MS;
	const numbers = (record.phone_numbers as SandboxRecord[]).map((n) => {
		if (n.status !== 'success') return n;
		api.store.put(HOLDS, String(n.phone_number), { phone_number: n.phone_number, reservation_id: record.id, until });
		return { ...n, expired_at: new Date(until).toISOString(), updated_at: now() };
	});
	const next = { ...record, phone_numbers: numbers, updated_at: now() };
	api.store.put(RESERVATIONS, String(record.id), next);
	return api.respond(context.operation, next);
}

function order(context: RouteContext) {
	const { api } = context;
	api.checkBody(context.operation, context.request.body);
	const body = (context.request.body ?? {}) as SandboxRecord;
	const entries = numbersOf(context);
	messagingProfileOf(api, body.messaging_profile_id);
	connectionOf(api, body.connection_id);
	const stock = new Map(forSale(api).map((n) => [n.phone_number, n]));
	entries.forEach((entry, index) => {
		if (!stock.has(entry.phone_number)) {
			throw error(422, '85001', 'Number not available', `${entry.phone_number} is not for sale.`, `/phone_numbers/${index}/phone_number`);
		}
	});
	const at = now();
	const id = randomUUID();
	// one sub number order per country and number type, as Telnyx splits orders
	const groups = new Map<string, string>();
	const numbers = entries.map((entry) => {
		const stocked = stock.get(entry.phone_number)!;
		const key = `${stocked.country_code}/${stocked.phone_number_type}`;
		if (!groups.has(key)) groups.set(key, randomUUID());
		const entryRecord: SandboxRecord = {
			id: randomUUID(),
			record_type: 'number_order_phone_number',
			phone_number: entry.phone_number,
			status: 'pending',
			bundle_id: entry.bundle_id ?? null,
			country_code: stocked.country_code,
			phone_number_type: stocked.phone_number_type,
			requirements_met: true,
			requirements_status: 'approved',
			regulatory_requirements: [],
			order_request_id: id,
			sub_number_order_id: groups.get(key),
		};
		api.store.put(ORDER_PHONE_NUMBERS, String(entryRecord.id), { ...entryRecord, locality: stocked.locality ?? null, is_block_number: false });
		return entryRecord;
	});
	for (const [key, subId] of groups) {
		const [country, type] = key.split('/');
		api.store.put(SUB_NUMBER_ORDERS, subId, {
			id: subId,
			record_type: 'sub_number_order',
			order_request_id: id,
			country_code: country,
			phone_number_type: type,
			phone_numbers_count: numbers.filter((n) => n.sub_number_order_id === subId).length,
			status: 'pending',
			requirements_met: true,
			regulatory_requirements: [],
			is_block_sub_number_order: false,
			customer_reference: body.customer_reference ?? null,
			created_at: at,
			updated_at: at,
		});
	}
	const record: SandboxRecord = {
		id,
		record_type: 'number_order',
		status: 'pending',
		phone_numbers: numbers,
		phone_numbers_count: numbers.length,
		connection_id: body.connection_id ?? null,
		messaging_profile_id: body.messaging_profile_id ?? null,
		billing_group_id: body.billing_group_id ?? null,
		customer_reference: body.customer_reference ?? null,
		requirements_met: true,
		sub_number_orders_ids: [...groups.values()],
		created_at: at,
		updated_at: at,
	};
	api.store.put(NUMBER_ORDERS, id, record);
	api.store.countCreated(NUMBER_ORDERS);
	return api.respond(context.operation, publicOrder(record));
}

/** An order as Telnyx shows it: its numbers without the sandbox's links to sub-orders. */
function publicOrder(order: SandboxRecord): SandboxRecord {
	return { ...order, phone_numbers: (order.phone_numbers as SandboxRecord[]).map((n) => omit(n, 'sub_number_order_id', 'order_request_id')) };
}

/** Reads that see settled orders: the default answer, after settling. */
const settled: SandboxHook = (context) => {
	settle(context.api);
	return undefined;
};

export const numbersHooks: SandboxHooks = {
	'GET /available_phone_numbers': (context) => {
		settle(context.api);
		return search(context);
	},
	'GET /inventory_coverage': (context) => {
		settle(context.api);
		return inventoryCoverage(context);
	},
	'POST /number_reservations': reserve,
	'POST /number_reservations/{number_reservation_id}/actions/extend': extend,
	'POST /number_orders': order,
	'GET /number_orders': (context) => {
		settle(context.api);
		return context.api.behaveList(context, context.api.store.list(NUMBER_ORDERS).map(publicOrder));
	},
	'GET /number_orders/{number_order_id}': (context) => {
		settle(context.api);
		const record = context.api.store.get(NUMBER_ORDERS, context.params.number_order_id);
		if (!record) throw error(404, '10005', 'Resource not found', `No number order ${context.params.number_order_id}.`);
		return context.api.respond(context.operation, publicOrder(record));
	},
	'GET /sub_number_orders': settled,
	'GET /sub_number_orders/{sub_number_order_id}': settled,
	'GET /number_order_phone_numbers': settled,
	'GET /number_order_phone_numbers/{number_order_phone_number_id}': settled,
	...settling({ ...numbersConfigHooks, ...numbersJobsHooks }),
};

/** Every read and change of numbers sees orders and jobs as they are by now. */
function settling(hooks: SandboxHooks): SandboxHooks {
	return Object.fromEntries(
		Object.entries(hooks).map(([key, hook]) => [key, ((context) => (settle(context.api), hook(context))) as SandboxHook]),
	);
}
