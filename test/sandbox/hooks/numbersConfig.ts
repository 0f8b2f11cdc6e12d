/**
 * The numbers an account owns, as the sandbox plays them. Their voice
 * and messaging settings are stored and read back; releasing one (DELETE, or a delete job)
 * takes it out of the account, which makes it searchable again.
 */
import type { SandboxApi } from '../api';
import { applySort, renderPage } from '../paging';
import type { SandboxRecord } from '../store';
import {
	MESSAGING_EXTRAS,
	PHONE_NUMBERS,
	VOICE,
	VOICEMAIL,
	connectionOf,
	error,
	findOwned,
	messagingProfileOf,
	now,
	ownedOr404,
} from './numbersState';
import type { RouteContext, SandboxHook, SandboxHooks } from './types';

/** The `filter[...]` of number lists, CSV downloads and update jobs, as the reference describes them. */
export function numberFilter(query: URLSearchParams): (record: SandboxRecord) => boolean {
	const get = (key: string) => query.get(`filter[${key}]`) ?? undefined;
	const nullable = (value: string | undefined, actual: unknown) => value === undefined || (value === 'null' ? actual == null : actual === value);
	const name = (op: string) => get(`voice.connection_name][${op}`)?.toLowerCase();
	return (record) => {
		// digits only, as Telnyx reads this filter: anything else matches nothing
		const digits = get('phone_number');
		if (digits !== undefined && /\D/.test(digits)) return false;
		const tags = (record.tags as string[] | undefined) ?? [];
		const connection = String(record.connection_name ?? '').toLowerCase();
		return (
			(!digits || String(record.phone_number).includes(digits)) &&
			(!get('phone_number][contains') || String(record.phone_number).includes(get('phone_number][contains')!)) &&
			nullable(get('status'), record.status) &&
			(!get('tag') || tags.includes(get('tag')!)) &&
			(get('without_tags') === undefined || (get('without_tags') === 'true') === (tags.length === 0)) &&
			nullable(get('connection_id'), record.connection_id) &&
			nullable(get('messaging_profile_id'), record.messaging_profile_id) &&
			nullable(get('number_type][eq'), record.phone_number_type) &&
			nullable(get('country_iso_alpha2'), record.country_iso_alpha2) &&
			nullable(get('customer_reference'), record.customer_reference) &&
			nullable(get('billing_group_id'), record.billing_group_id) &&
			nullable(get('emergency_address_id'), record.emergency_address_id) &&
			(!name('eq') || connection === name('eq')) &&
			(!name('contains') || connection.includes(name('contains')!)) &&
			(!name('starts_with') || connection.startsWith(name('starts_with')!)) &&
			(!name('ends_with') || connection.endsWith(name('ends_with')!))
		);
	};
}

export function owned(api: SandboxApi, query: URLSearchParams): SandboxRecord[] {
	return api.store.list(PHONE_NUMBERS).filter(numberFilter(query));
}

function voiceView(api: SandboxApi, record: SandboxRecord): SandboxRecord {
	return {
		id: record.id,
		record_type: 'voice_settings',
		phone_number: record.phone_number,
		connection_id: record.connection_id,
		customer_reference: record.customer_reference,
		...api.store.get(VOICE, String(record.id)),
		emergency: {
			emergency_enabled: record.emergency_enabled,
			emergency_address_id: record.emergency_address_id,
			emergency_status: record.emergency_status,
		},
	};
}

function messagingView(api: SandboxApi, record: SandboxRecord): SandboxRecord {
	return {
		id: record.id,
		record_type: 'messaging_settings',
		phone_number: record.phone_number,
		messaging_profile_id: record.messaging_profile_id,
		messaging_product: api.store.get(MESSAGING_EXTRAS, String(record.id))?.messaging_product ?? 'A2P',
		country_code: record.country_iso_alpha2,
		type: record.phone_number_type === 'toll_free' ? 'tollfree' : 'longcode',
		eligible_messaging_products: ['A2P'],
		features: { sms: { domestic_two_way: true, international_inbound: true, international_outbound: true }, mms: null },
		tags: record.tags,
		created_at: record.created_at,
		updated_at: record.updated_at,
	};
}

/** A list of the account's numbers (or views of them), filtered by the number filters, sorted and paged. */
function listOf(view: (api: SandboxApi, record: SandboxRecord) => SandboxRecord): SandboxHook {
	return (context) => {
		const { query } = context.request;
		const records = applySort(owned(context.api, query), query).map((record) => view(context.api, record));
		return { status: 200, body: renderPage(context.operation.list!, records, query) };
	};
}

export function update(api: SandboxApi, record: SandboxRecord, changes: SandboxRecord): SandboxRecord {
	const next: SandboxRecord = { ...record, updated_at: now() };
	for (const key of ['tags', 'customer_reference', 'billing_group_id', 'address_id', 'external_pin', 'hd_voice_enabled', 'deletion_lock_enabled']) {
		if (changes[key] !== undefined) next[key] = changes[key];
	}
	if (changes.connection_id !== undefined) {
		const connection = connectionOf(api, changes.connection_id);
		next.connection_id = connection?.id ?? null;
		next.connection_name = connection?.connection_name ?? connection?.application_name ?? null;
	}
	if (changes.messaging_profile_id !== undefined && changes.messaging_profile_id !== null) {
		const profile = messagingProfileOf(api, changes.messaging_profile_id);
		next.messaging_profile_id = profile?.id ?? null;
		next.messaging_profile_name = profile?.name ?? null;
	}
	api.store.put(PHONE_NUMBERS, String(record.id), next);
	return next;
}

export function updateVoice(api: SandboxApi, record: SandboxRecord, changes: SandboxRecord): void {
	const current = api.store.get(VOICE, String(record.id)) ?? {};
	const merged: SandboxRecord = { ...current };
	for (const [key, value] of Object.entries(changes)) {
		merged[key] = value && typeof value === 'object' && !Array.isArray(value) ? { ...(current[key] as SandboxRecord), ...(value as SandboxRecord) } : value;
	}
	api.store.put(VOICE, String(record.id), merged);
	const forwarding = merged.call_forwarding as SandboxRecord;
	api.store.put(PHONE_NUMBERS, String(record.id), {
		...record,
		call_forwarding_enabled: Boolean(forwarding?.forwards_to) && forwarding?.call_forwarding_enabled !== false,
		cnam_listing_enabled: (merged.cnam_listing as SandboxRecord)?.cnam_listing_enabled === true,
		call_recording_enabled: (merged.call_recording as SandboxRecord)?.inbound_call_recording_enabled === true,
		t38_fax_gateway_enabled: (merged.media_features as SandboxRecord)?.t38_fax_gateway_enabled === true,
		caller_id_name_enabled: merged.caller_id_name_enabled === true,
		inbound_call_screening: merged.inbound_call_screening,
		updated_at: now(),
	});
}

/** Releasing: the number leaves the account (and is for sale again); its settings go with it. */
export function release(api: SandboxApi, record: SandboxRecord): string | undefined {
	if (record.deletion_lock_enabled === true) return 'The number has a deletion lock';
	for (const collection of [PHONE_NUMBERS, VOICE, MESSAGING_EXTRAS, VOICEMAIL]) api.store.delete(collection, String(record.id));
	return undefined;
}

/** Emergency calling on or off, with the address it needs when on. */
export function applyEmergency(api: SandboxApi, record: SandboxRecord, request: SandboxRecord): void {
	const on = request.emergency_enabled === true;
	api.store.put(PHONE_NUMBERS, String(record.id), {
		...record,
		emergency_enabled: on,
		emergency_address_id: on ? (request.emergency_address_id ?? null) : null,
		emergency_status: on ? 'active' : 'disabled',
		updated_at: now(),
	});
}

export function body(context: RouteContext): SandboxRecord {
	context.api.checkBody(context.operation, context.request.body);
	return (context.request.body ?? {}) as SandboxRecord;
}

const one = (context: RouteContext) => ownedOr404(context.api, context.params.id ?? context.params.phone_number_id);

export const numbersConfigHooks: SandboxHooks = {
	'GET /phone_numbers': listOf((_api, record) => record),
	'GET /phone_numbers/slim': listOf((_api, record) => record),
	'GET /phone_numbers/voice': listOf(voiceView),
	'GET /phone_numbers/messaging': listOf(messagingView),
	'GET /phone_numbers/{id}': (context) => context.api.respond(context.operation, one(context)),
	'PATCH /phone_numbers/{id}': (context) => context.api.respond(context.operation, update(context.api, one(context), body(context))),
	'DELETE /phone_numbers/{id}': (context) => {
		const record = one(context);
		const problem = release(context.api, record);
		if (problem) throw error(422, '10015', 'Number cannot be released', `${problem}; turn it off first.`);
		return context.api.respond(context.operation, { ...record, status: 'deleted', updated_at: now() });
	},
	'GET /phone_numbers/{id}/voice': (context) => context.api.respond(context.operation, voiceView(context.api, one(context))),
	'PATCH /phone_numbers/{id}/voice': (context) => {
		const record = one(context);
		updateVoice(context.api, record, body(context));
		return context.api.respond(context.operation, voiceView(context.api, ownedOr404(context.api, String(record.id))));
	},
	'GET /phone_numbers/{id}/messaging': (context) => context.api.respond(context.operation, messagingView(context.api, one(context))),
	'PATCH /phone_numbers/{id}/messaging': (context) => {
		const record = one(context);
		const changes = body(context);
		// "" unassigns the profile; null or nothing keeps it
		const next = changes.messaging_profile_id === '' ? { ...record, messaging_profile_id: null, messaging_profile_name: null } : record;
		const updated = update(context.api, next, { messaging_profile_id: changes.messaging_profile_id === '' ? undefined : changes.messaging_profile_id, tags: changes.tags });
		if (changes.messaging_product) context.api.store.put(MESSAGING_EXTRAS, String(record.id), { messaging_product: changes.messaging_product });
		return context.api.respond(context.operation, messagingView(context.api, updated));
	},
	'POST /phone_numbers/{id}/actions/enable_emergency': (context) => {
		const changes = body(context);
		const record = one(context);
		applyEmergency(context.api, record, changes);
		return context.api.respond(context.operation, voiceView(context.api, ownedOr404(context.api, String(record.id))));
	},
	'PATCH /phone_numbers/{id}/actions/bundle_status_change': (context) => {
		const changes = body(context);
		const record: SandboxRecord = { ...one(context), bundle_id: changes.bundle_id ?? null, updated_at: now() };
		context.api.store.put(PHONE_NUMBERS, String(record.id), record);
		return context.api.respond(context.operation, voiceView(context.api, record));
	},
	'POST /phone_numbers/actions/verify_ownership': (context) => {
		const numbers = ((body(context).phone_numbers as string[] | undefined) ?? []).map(String);
		const found = numbers.map((n) => findOwned(context.api, n)).filter((r): r is SandboxRecord => Boolean(r));
		return context.api.respond(context.operation, {
			record_type: 'number_ownership_verification',
			found: found.map((r) => ({ id: r.id, number_val_e164: r.phone_number })),
			not_found: numbers.filter((n) => !found.some((r) => r.phone_number === n)),
		});
	},
	'POST /phone_numbers/{phone_number_id}/voicemail': (context) => {
		const record = one(context);
		const settings = { enabled: body(context).enabled ?? false, pin: body(context).pin ?? null };
		context.api.store.put(VOICEMAIL, String(record.id), settings);
		return context.api.respond(context.operation, settings);
	},
	'GET /phone_numbers/{phone_number_id}/voicemail': (context) => {
		const settings = context.api.store.get(VOICEMAIL, String(one(context).id));
		if (!settings) throw error(404, '10005', 'Resource not found', 'Voicemail is not set up for this number.');
		return context.api.respond(context.operation, settings);
	},
	'PATCH /phone_numbers/{phone_number_id}/voicemail': (context) => {
		const id = String(one(context).id);
		const current = context.api.store.get(VOICEMAIL, id);
		if (!current) throw error(404, '10005', 'Resource not found', 'Voicemail is not set up for this number.');
		const changes = body(context);
		const settings = { enabled: changes.enabled ?? current.enabled, pin: changes.pin ?? current.pin };
		context.api.store.put(VOICEMAIL, id, settings);
		return context.api.respond(context.operation, settings);
	},
};
