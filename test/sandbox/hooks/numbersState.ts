/**
 * The state behind Telnyx Numbers in the sandbox: an inventory of numbers for sale, holds by
 * reservations, the numbers the account owns, and the settings kept beside them. Collections
 * under `/__numbers/` are internal: no route reads them, so nothing of them leaks into answers.
 */
import { SandboxError } from '../errors';
import type { SandboxApi } from '../api';
import type { SandboxRecord } from '../store';

export const INVENTORY = '/__numbers/inventory';
export const HOLDS = '/__numbers/holds';
export const VOICE = '/__numbers/voice';
export const MESSAGING_EXTRAS = '/__numbers/messaging';
export const VOICEMAIL = '/__numbers/voicemail';
export const JOB_REQUESTS = '/__numbers/jobs';

export const PHONE_NUMBERS = '/phone_numbers';
export const NUMBER_ORDERS = '/number_orders';
export const SUB_NUMBER_ORDERS = '/sub_number_orders';
export const ORDER_PHONE_NUMBERS = '/number_order_phone_numbers';
export const RESERVATIONS = '/number_reservations';

/** How long an order takes to go through, and background work (jobs, CSV files, reports) to finish. */
export const ORDER_MS = 1_000;
export const JOB_MS = 1_000;
/** How long a reservation holds its numbers, as Telnyx does. */
export const HOLD_MS = 30 * 60 * 1000;

/** A number for sale, with what searches filter on. */
export interface InventoryNumber {
	phone_number: string;
	country_code: string;
	phone_number_type: 'local' | 'toll_free' | 'mobile' | 'national' | 'shared_cost';
	/** Area code (NPA) in the US and Canada. */
	national_destination_code: string;
	locality?: string;
	administrative_area?: string;
	rate_center?: string;
	features: string[];
	best_effort?: boolean;
	quickship?: boolean;
	reservable?: boolean;
	monthly_cost?: string;
	upfront_cost?: string;
	/** An order of this number fails, with this requirements status: the scripted failure. */
	fails?: string;
}

export function error(status: number, code: string, title: string, detail: string, pointer?: string): SandboxError {
	return new SandboxError(status, [{ code, title, detail, ...(pointer ? { source: { pointer } } : {}) }]);
}

/** Puts numbers up for sale (tests and the demo). */
export function stockNumbers(api: SandboxApi, numbers: InventoryNumber[]): void {
	for (const number of numbers) api.store.put(INVENTORY, number.phone_number, { ...number } as unknown as SandboxRecord);
}

export function inventory(api: SandboxApi): InventoryNumber[] {
	return api.store.list(INVENTORY) as unknown as InventoryNumber[];
}

export function ownedNumber(api: SandboxApi, phoneNumber: string): SandboxRecord | undefined {
	return api.store.list(PHONE_NUMBERS).find((record) => record.phone_number === phoneNumber);
}

/** The number's record, by its id or by the number itself (as bulk jobs take them). */
export function findOwned(api: SandboxApi, idOrNumber: string): SandboxRecord | undefined {
	return api.store.get(PHONE_NUMBERS, idOrNumber) ?? ownedNumber(api, idOrNumber);
}

export function ownedOr404(api: SandboxApi, id: string): SandboxRecord {
	const record = api.store.get(PHONE_NUMBERS, id);
	if (!record) throw error(404, '10005', 'Resource not found', `No phone number ${id} in this account.`);
	return record;
}

/** Numbers in orders not settled yet. */
function beingOrdered(api: SandboxApi): Set<string> {
	const pending = api.store.list(NUMBER_ORDERS).filter((order) => order.status === 'pending');
	return new Set(pending.flatMap((order) => (order.phone_numbers as SandboxRecord[]).map((n) => String(n.phone_number))));
}

/** A reservation's hold on a number, while it lasts. */
export function holdOf(api: SandboxApi, phoneNumber: string): SandboxRecord | undefined {
	const hold = api.store.get(HOLDS, phoneNumber);
	return hold && Number(hold.until) > Date.now() ? hold : undefined;
}

/** Numbers for sale now: in stock, not owned, not in an order (reserved ones still are, for their holder). */
export function forSale(api: SandboxApi): InventoryNumber[] {
	const ordering = beingOrdered(api);
	const owned = new Set(api.store.list(PHONE_NUMBERS).map((record) => String(record.phone_number)));
	return inventory(api).filter((n) => !owned.has(n.phone_number) && !ordering.has(n.phone_number));
}

/** A record without some of its keys (the sandbox's own bookkeeping). */
export function omit(record: SandboxRecord, ...keys: string[]): SandboxRecord {
	return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

export function ageOf(record: SandboxRecord): number {
	return Date.now() - Date.parse(String(record.created_at));
}

export function now(): string {
	return new Date().toISOString();
}

/** The messaging profile an id names, or a 422 pointing at the field; `""` and null unassign. */
export function messagingProfileOf(api: SandboxApi, id: unknown, pointer = '/messaging_profile_id'): SandboxRecord | null {
	if (id === undefined || id === null || id === '') return null;
	const profile = api.store.get('/messaging_profiles', String(id));
	if (!profile) throw error(422, '10015', 'Invalid messaging profile', `No messaging profile ${String(id)}.`, pointer);
	return profile;
}

const CONNECTIONS = ['/credential_connections', '/fqdn_connections', '/ip_connections', '/call_control_applications', '/texml_applications'];

/** The connection an id names (of any type), or a 422 pointing at the field. */
export function connectionOf(api: SandboxApi, id: unknown, pointer = '/connection_id'): SandboxRecord | null {
	if (id === undefined || id === null || id === '') return null;
	const connection = CONNECTIONS.map((collection) => api.store.get(collection, String(id))).find(Boolean);
	if (!connection) throw error(422, '10015', 'Invalid connection', `No connection ${String(id)}.`, pointer);
	return connection;
}

const DIAL_CODES: Record<string, string> = { US: '1', CA: '1' };

/** Voice settings a number starts with. */
function defaultVoice(): SandboxRecord {
	return {
		tech_prefix_enabled: false,
		translated_number: null,
		caller_id_name_enabled: false,
		inbound_call_screening: 'disabled',
		usage_payment_method: 'pay-per-minute',
		call_forwarding: { call_forwarding_enabled: true, forwards_to: null, forwarding_type: null },
		cnam_listing: { cnam_listing_enabled: false, cnam_listing_details: null },
		call_recording: { inbound_call_recording_enabled: false, inbound_call_recording_channels: 'single', inbound_call_recording_format: 'wav' },
		media_features: { accept_any_rtp_packets_enabled: false, rtp_auto_adjust_enabled: true, t38_fax_gateway_enabled: false },
	};
}

/** A number becomes the account's: bought by an order, or seeded as already owned. */
export function ownNumber(
	api: SandboxApi,
	phoneNumber: string,
	settings: { connection_id?: unknown; messaging_profile_id?: unknown; billing_group_id?: unknown; customer_reference?: unknown; tags?: string[] } = {},
): SandboxRecord {
	const stocked = api.store.get(INVENTORY, phoneNumber) as unknown as InventoryNumber | undefined;
	const profile = messagingProfileOf(api, settings.messaging_profile_id);
	const connection = connectionOf(api, settings.connection_id);
	const at = now();
	const id = api.store.newId('numeric');
	const record: SandboxRecord = {
		id,
		record_type: 'phone_number',
		phone_number: phoneNumber,
		status: 'active',
		tags: settings.tags ?? [],
		phone_number_type: stocked?.phone_number_type ?? 'local',
		country_iso_alpha2: stocked?.country_code ?? 'US',
		connection_id: connection?.id ?? null,
		connection_name: connection?.connection_name ?? connection?.application_name ?? null,
		messaging_profile_id: profile?.id ?? null,
		messaging_profile_name: profile?.name ?? null,
		billing_group_id: settings.billing_group_id ?? null,
		customer_reference: settings.customer_reference ?? null,
		emergency_enabled: false,
		emergency_address_id: null,
		emergency_status: 'disabled',
		external_pin: null,
		hd_voice_enabled: false,
		deletion_lock_enabled: false,
		call_forwarding_enabled: false,
		cnam_listing_enabled: false,
		caller_id_name_enabled: false,
		call_recording_enabled: false,
		t38_fax_gateway_enabled: false,
		inbound_call_screening: 'disabled',
		source_type: 'number_order',
		purchased_at: at,
		activated_at: at,
		created_at: at,
		updated_at: at,
	};
	api.store.put(PHONE_NUMBERS, id, record);
	api.store.put(VOICE, id, defaultVoice());
	api.store.put(MESSAGING_EXTRAS, id, { messaging_product: 'A2P' });
	api.store.delete(HOLDS, phoneNumber);
	return record;
}

/** The number after the country code and area code, which "starts with" and "contains" look at. */
export function localPart(number: InventoryNumber): string {
	const national = number.phone_number.slice(1 + (DIAL_CODES[number.country_code]?.length ?? 0));
	return national.startsWith(number.national_destination_code) ? national.slice(number.national_destination_code.length) : national;
}

export function nationalPart(number: InventoryNumber): string {
	return number.phone_number.slice(1 + (DIAL_CODES[number.country_code]?.length ?? 0));
}
