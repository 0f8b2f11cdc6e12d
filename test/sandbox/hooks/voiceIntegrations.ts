import { randomUUID } from 'node:crypto';
import { allOperations } from '../../../catalog/loadCatalogs';
import type { CatalogOperation } from '../../../nodes/shared/catalog/types';
import { sandboxErrors } from '../errors';
import { FILES_ROOT } from '../files';
import { applyFilters, applySort, renderPage } from '../paging';
import type { SandboxRecord } from '../store';
import type { ApiResponse, RouteContext, SandboxHooks } from './types';

/*
 * Telnyx Voice Integrations as the reference describes it:
 * - recordings are deleted in bulk by id; their start/end filters read recording_started_at
 *   and recording_ended_at;
 * - media files, SIPREC connectors, custom storage credentials and Dialogflow connections are
 *   keyed by their name or by the connection they belong to, not by a generated id; media
 *   files keep their content for the download, and POST/PUT /media take JSON or multipart;
 * - an external connection's civic addresses (with their locations), phone numbers, releases
 *   and uploads live under it; filters on phone numbers and statuses read the entries;
 * - upload requests run pending_upload → pending → in_progress → success, one step per read
 *   of an upload created through the API and per refresh; failed ones can be retried;
 * - log messages are answered in a `log_messages` list, even one at a time.
 */

const NODE = 'telnyxVoiceIntegrations';
const RECORDINGS = '/recordings';
const MEDIA = '/media';
const SIPREC_CONNECTORS = '/siprec_connectors';
const CUSTOM_STORAGE = '/custom_storage_credentials';
const DIALOGFLOW = '/dialogflow_connections';
const EXTERNAL_CONNECTIONS = '/external_connections';
const LOG_MESSAGES = '/external_connections/log_messages';
const OPERATOR_CONNECT_REFRESHES = '/operator_connect/refreshes';

/** Two days, the reference's default life of a media file; twenty years at most. */
const MEDIA_DEFAULT_TTL_SECS = 172_800;
const MEDIA_MAX_TTL_SECS = 630_720_000;

const UPLOAD_STEPS = ['pending_upload', 'pending', 'in_progress', 'success'];
const UPLOAD_IN_FLIGHT = new Set(['pending_upload', 'pending', 'in_progress']);
const UPLOAD_RETRYABLE = new Set(['error', 'partial_success']);

// ---------------------------------------------------------------------------------------------
// Helpers

function invalid(pointer: string, detail: string, title = 'Invalid value'): Error {
	return sandboxErrors.invalid([{ code: '10015', title, detail, source: { pointer: `/${pointer}` } }]);
}

function now(): string {
	return new Date().toISOString();
}

function body(context: RouteContext): SandboxRecord {
	const value = context.request.body;
	return value && typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value)
		? (value as SandboxRecord)
		: {};
}

/** The external connection a sub-collection path names, or a 404. */
function requireConnection(context: RouteContext): SandboxRecord {
	const connection = context.api.store.get(EXTERNAL_CONNECTIONS, context.params.id);
	if (!connection) throw sandboxErrors.notFound(`No external connection ${context.params.id}`);
	return connection;
}

function under(context: RouteContext, collection: string): string {
	return `${EXTERNAL_CONNECTIONS}/${context.params.id}/${collection}`;
}

/** A record of a collection by the path parameter that names it, or a 404. */
function requireRecord(context: RouteContext, collection: string, param: string): SandboxRecord {
	const record = context.api.store.get(collection, context.params[param]);
	if (!record) throw sandboxErrors.notFound(`No record ${context.params[param]} in ${collection}`);
	return record;
}

function isMultipart(context: RouteContext): boolean {
	const type = context.request.headers['content-type'];
	return String(Array.isArray(type) ? type[0] : (type ?? '')).toLowerCase().startsWith('multipart/form-data');
}

let operations: Array<CatalogOperation & { node: string }> | undefined;

/**
 * POST /media and PUT /media/{media_name} are two operations each (JSON and multipart) on
 * one endpoint: the request's content type says which one was called.
 */
function operationFor(context: RouteContext): CatalogOperation {
	const wanted = isMultipart(context) ? 'multipart' : 'json';
	if (context.operation.body?.contentType === wanted) return context.operation;
	operations ??= allOperations();
	const sibling = operations.find(
		(op) =>
			op.node === NODE &&
			op.method === context.operation.method &&
			op.path === context.operation.path &&
			op.body?.contentType === wanted,
	);
	return sibling ?? context.operation;
}

/**
 * Filters of lists whose query names differ from the record's fields: `fields` gives, per
 * filter field, the values of a record it is matched against (any of them may match), with
 * `eq`, `contains` or a time bound (`gte`, `lte`…). Array
 * filters may come as `filter[x][]`, `filter[x][0]`, repeated keys or comma-separated values;
 * several values of one filter match any of them.
 */
function filterBy(
	records: SandboxRecord[],
	query: URLSearchParams,
	fields: Record<string, (record: SandboxRecord) => unknown[]>,
): SandboxRecord[] {
	const wanted = new Map<string, { op: string; values: string[] }>();
	const rest = new URLSearchParams();
	for (const [key, value] of query) {
		const segments = (key.match(/\[([^\]]*)\]/g) ?? []).map((s) => s.slice(1, -1)).filter((s) => s && !/^\d+$/.test(s));
		const [field, op = 'eq'] = segments;
		if (!key.startsWith('filter[') || !fields[field]) {
			rest.append(key, value);
			continue;
		}
		const id = `${field}:${op}`;
		const entry = wanted.get(id) ?? { op, values: [] };
		entry.values.push(...value.split(',').map((v) => v.trim()).filter(Boolean));
		wanted.set(id, entry);
	}
	const filtered = [...wanted.entries()].reduce((list, [id, { op, values }]) => {
		const read = fields[id.split(':')[0]];
		return list.filter((record) =>
			read(record)
				.filter((actual) => actual !== undefined && actual !== null)
				.some((actual) => values.some((value) => compare(actual, op, value))),
		);
	}, records);
	return applySort(applyFilters(filtered, rest), query);
}

function compare(actual: unknown, op: string, value: string): boolean {
	const text = String(actual);
	if (op === 'contains') return text.toLowerCase().includes(value.toLowerCase());
	if (!['gt', 'gte', 'lt', 'lte'].includes(op)) return text === value;
	const [a, b] = [Date.parse(text), Date.parse(value)];
	if (Number.isNaN(a) || Number.isNaN(b)) return false;
	return op === 'gt' ? a > b : op === 'gte' ? a >= b : op === 'lt' ? a < b : a <= b;
}

function listAnswer(context: RouteContext, records: SandboxRecord[]): ApiResponse {
	return { status: context.operation.response.status, body: renderPage(context.operation.list!, records, context.request.query) };
}

// ---------------------------------------------------------------------------------------------
// Media storage

const CONTENT_TYPES: Record<string, string> = {
	mp3: 'audio/mpeg',
	wav: 'audio/wav',
	ogg: 'audio/ogg',
	xml: 'application/xml',
	txt: 'text/plain',
	pdf: 'application/pdf',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
};

function contentTypeOfUrl(url: string): string {
	const extension = url.split(/[?#]/)[0].match(/\.([a-z0-9]+)$/i)?.[1]?.toLowerCase() ?? '';
	return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}

function mediaFileName(name: string): string {
	return `media/${name}`;
}

function expiresAt(ttl: unknown): string {
	const seconds = ttl === undefined ? MEDIA_DEFAULT_TTL_SECS : Number(ttl);
	if (!Number.isInteger(seconds) || seconds < 1 || seconds > MEDIA_MAX_TTL_SECS) {
		throw invalid('ttl_secs', `ttl_secs must be a whole number of seconds from 1 to ${MEDIA_MAX_TTL_SECS}`);
	}
	return new Date(Date.now() + seconds * 1000).toISOString();
}

/** Keeps the content of a media file: an uploaded file, a file the sandbox serves, or a stand-in for a remote URL. */
function storeMediaContent(context: RouteContext, name: string, input: SandboxRecord): string {
	const files = context.api.files;
	const upload = input.media as { data?: Buffer; contentType?: string } | undefined;
	if (upload && Buffer.isBuffer(upload.data)) {
		const type = upload.contentType ?? 'application/octet-stream';
		files.put(mediaFileName(name), upload.data, type);
		return type;
	}
	const url = String(input.media_url);
	const type = contentTypeOfUrl(url);
	const local = url.startsWith(`${files.origin}${FILES_ROOT}`)
		? files.get(decodeURIComponent(url.slice(files.origin.length + FILES_ROOT.length)))
		: undefined;
	if (local) {
		files.put(mediaFileName(name), local.data, local.mimeType);
		return local.mimeType;
	}
	files.put(mediaFileName(name), `Sandbox copy of ${url}`, type);
	return type;
}

function ttlOf(input: SandboxRecord): unknown {
	return input.ttl_secs === undefined || input.ttl_secs === '' ? undefined : input.ttl_secs;
}

// ---------------------------------------------------------------------------------------------
// Uploads of external connections

function advanceUpload(upload: SandboxRecord): SandboxRecord {
	const status = String(upload.status);
	if (!UPLOAD_IN_FLIGHT.has(status)) return upload;
	const next = UPLOAD_STEPS[UPLOAD_STEPS.indexOf(status) + 1];
	const entries = ((upload.tn_upload_entries as SandboxRecord[] | undefined) ?? []).map((entry) =>
		UPLOAD_IN_FLIGHT.has(String(entry.status))
			? {
					...entry,
					status: next,
					internal_status: next === 'success' ? 'all_internal_jobs_completed' : next === 'in_progress' ? 'in_progress' : entry.internal_status,
				}
			: entry,
	);
	return { ...upload, status: next, tn_upload_entries: entries };
}

/** Uploads requested through the API (not seeded) progress on their own as they are read. */
const requestedUploads = new Set<string>();

// ---------------------------------------------------------------------------------------------
// Hooks

export const voiceIntegrationsHooks: SandboxHooks = {
	// Call recordings ----------------------------------------------------------------------------
	'GET /recordings': (context) =>
		listAnswer(
			context,
			filterBy(context.api.store.list(RECORDINGS), context.request.query, {
				start_time: (r) => [r.recording_started_at],
				end_time: (r) => [r.recording_ended_at],
			}),
		),
	'POST /recordings/actions/delete': (context) => {
		context.api.checkBody(context.operation, context.request.body);
		const ids = body(context).ids as string[];
		if (!ids.length) throw invalid('ids', 'Give at least one recording ID');
		for (const id of ids) context.api.store.delete(RECORDINGS, String(id));
		return context.api.respond(context.operation, { status: 'ok' });
	},

	// Media storage -----------------------------------------------------------------------------
	'GET /media': (context) =>
		listAnswer(
			context,
			filterBy(context.api.store.list(MEDIA), context.request.query, { content_type: (r) => [r.content_type] }),
		),
	'POST /media': (context) => {
		const operation = operationFor(context);
		context.api.checkBody(operation, context.request.body);
		const input = body(context);
		const name = typeof input.media_name === 'string' && input.media_name !== '' ? input.media_name : randomUUID();
		if (context.api.store.get(MEDIA, name)) throw invalid('media_name', `A media file named ${name} already exists`);
		const expires_at = expiresAt(ttlOf(input));
		const created = now();
		const record: SandboxRecord = {
			media_name: name,
			content_type: storeMediaContent(context, name, input),
			created_at: created,
			updated_at: created,
			expires_at,
		};
		context.api.store.put(MEDIA, name, record);
		context.api.store.countCreated(MEDIA);
		return context.api.respond(operation, record);
	},
	'PUT /media/{media_name}': (context) => {
		const operation = operationFor(context);
		const record = requireRecord(context, MEDIA, 'media_name');
		context.api.checkBody(operation, context.request.body);
		const input = body(context);
		const next: SandboxRecord = { ...record, updated_at: now() };
		if (input.media !== undefined || input.media_url !== undefined) {
			next.content_type = storeMediaContent(context, context.params.media_name, input);
		}
		if (ttlOf(input) !== undefined) next.expires_at = expiresAt(ttlOf(input));
		context.api.store.put(MEDIA, context.params.media_name, next);
		return context.api.respond(operation, next);
	},
	'GET /media/{media_name}/download': (context) => {
		const record = requireRecord(context, MEDIA, 'media_name');
		const file = context.api.files.get(mediaFileName(context.params.media_name));
		if (!file) throw sandboxErrors.notFound(`No content stored for ${context.params.media_name}`);
		return { status: 200, headers: { 'content-type': String(record.content_type ?? file.mimeType) }, body: file.data };
	},

	// Custom storage credentials and Dialogflow connections, keyed by connection ---------------
	'POST /custom_storage_credentials/{connection_id}': (context) => {
		context.api.checkBody(context.operation, context.request.body);
		const { connection_id } = context.params;
		if (context.api.store.get(CUSTOM_STORAGE, connection_id)) {
			throw invalid('connection_id', `Connection ${connection_id} already has custom storage credentials`);
		}
		return storeCredentials(context);
	},
	'PUT /custom_storage_credentials/{connection_id}': (context) => {
		requireRecord(context, CUSTOM_STORAGE, 'connection_id');
		context.api.checkBody(context.operation, context.request.body);
		return storeCredentials(context);
	},
	'GET /custom_storage_credentials/{connection_id}': (context) =>
		credentialsAnswer(context, requireRecord(context, CUSTOM_STORAGE, 'connection_id')),
	'POST /dialogflow_connections/{connection_id}': (context) => {
		context.api.checkBody(context.operation, context.request.body);
		if (context.api.store.get(DIALOGFLOW, context.params.connection_id)) {
			throw invalid('connection_id', `Connection ${context.params.connection_id} already has a Dialogflow connection`);
		}
		return storeDialogflow(context);
	},
	'PUT /dialogflow_connections/{connection_id}': (context) => {
		requireRecord(context, DIALOGFLOW, 'connection_id');
		context.api.checkBody(context.operation, context.request.body);
		return storeDialogflow(context);
	},

	// SIPREC connectors, keyed by name ---------------------------------------------------------
	'POST /siprec_connectors': (context) => {
		context.api.checkBody(context.operation, context.request.body);
		const input = body(context);
		const name = String(input.name);
		if (context.api.store.get(SIPREC_CONNECTORS, name)) throw invalid('name', `A SIPREC connector named ${name} already exists`);
		const created = now();
		const record = siprecRecord(input, created, created);
		context.api.store.put(SIPREC_CONNECTORS, name, record);
		context.api.store.countCreated(SIPREC_CONNECTORS);
		return context.api.respond(context.operation, record);
	},
	'PUT /siprec_connectors/{connector_name}': (context) => {
		const current = requireRecord(context, SIPREC_CONNECTORS, 'connector_name');
		context.api.checkBody(context.operation, context.request.body);
		const input = body(context);
		const name = String(input.name);
		if (name !== context.params.connector_name) {
			if (context.api.store.get(SIPREC_CONNECTORS, name)) throw invalid('name', `A SIPREC connector named ${name} already exists`);
			context.api.store.delete(SIPREC_CONNECTORS, context.params.connector_name);
		}
		const record = siprecRecord(input, String(current.created_at), now());
		context.api.store.put(SIPREC_CONNECTORS, name, record);
		return context.api.respond(context.operation, record);
	},

	// External connections -----------------------------------------------------------------------
	'GET /external_connections': (context) => {
		const { store } = context.api;
		const records = filterBy(store.list(EXTERNAL_CONNECTIONS), context.request.query, {
			phone_number: (r) =>
				store.list(`${EXTERNAL_CONNECTIONS}/${String(r.id)}/phone_numbers`).map((n) => n.telephone_number),
			// a day (YYYY-MM-DD) matches the creation date of the connection
			created_at: (r) => [String(r.created_at ?? '').slice(0, 10)],
		});
		return listAnswer(context, records);
	},
	'GET /external_connections/log_messages/{id}': (context) => {
		const record = requireRecord(context, LOG_MESSAGES, 'id');
		return { status: 200, body: { log_messages: [record] } };
	},
	'DELETE /external_connections/log_messages/{id}': (context) => {
		requireRecord(context, LOG_MESSAGES, 'id');
		context.api.store.delete(LOG_MESSAGES, context.params.id);
		return context.api.respond(context.operation, { success: true });
	},

	'GET /external_connections/{id}/civic_addresses': (context) => {
		requireConnection(context);
		const records = filterBy(context.api.store.list(under(context, 'civic_addresses')), context.request.query, {
			country: (r) => [r.country],
		});
		return listAnswer(context, records);
	},
	'GET /external_connections/{id}/civic_addresses/{address_id}': (context) => {
		requireConnection(context);
		return context.api.respond(context.operation, requireRecord(context, under(context, 'civic_addresses'), 'address_id'));
	},
	'PATCH /external_connections/{id}/locations/{location_id}': (context) => {
		requireConnection(context);
		context.api.checkBody(context.operation, context.request.body);
		const found = findLocation(context, context.params.location_id);
		if (!found) throw sandboxErrors.notFound(`No location ${context.params.location_id} on external connection ${context.params.id}`);
		const staticEmergencyAddressId = String(body(context).static_emergency_address_id);
		const locations = (found.address.locations as SandboxRecord[]).map((location) =>
			location.id === context.params.location_id ? { ...location, static_emergency_address_id: staticEmergencyAddressId } : location,
		);
		context.api.store.put(under(context, 'civic_addresses'), String(found.address.id), { ...found.address, locations });
		return context.api.respond(context.operation, {
			location_id: context.params.location_id,
			static_emergency_address_id: staticEmergencyAddressId,
			accepted_address_suggestions: false,
		});
	},

	'GET /external_connections/{id}/phone_numbers': (context) => {
		requireConnection(context);
		const records = filterBy(context.api.store.list(under(context, 'phone_numbers')), context.request.query, {
			phone_number: (r) => [r.telephone_number],
		});
		return listAnswer(context, records);
	},
	'GET /external_connections/{id}/phone_numbers/{phone_number_id}': (context) => {
		requireConnection(context);
		return context.api.respond(context.operation, requireRecord(context, under(context, 'phone_numbers'), 'phone_number_id'));
	},
	'PATCH /external_connections/{id}/phone_numbers/{phone_number_id}': (context) => {
		requireConnection(context);
		const number = requireRecord(context, under(context, 'phone_numbers'), 'phone_number_id');
		context.api.checkBody(context.operation, context.request.body);
		const { location_id } = body(context);
		const next: SandboxRecord = { ...number };
		if (location_id !== undefined) {
			const found = findLocation(context, String(location_id));
			if (!found) throw invalid('location_id', `Location ${String(location_id)} is not a location of this external connection`);
			next.location_id = location_id;
			next.civic_address_id = found.address.id;
		}
		context.api.store.put(under(context, 'phone_numbers'), context.params.phone_number_id, next);
		return context.api.respond(context.operation, next);
	},

	'GET /external_connections/{id}/releases': (context) => {
		requireConnection(context);
		const records = filterBy(context.api.store.list(under(context, 'releases')), context.request.query, {
			phone_number: (r) => ((r.telephone_numbers as SandboxRecord[] | undefined) ?? []).map((n) => n.phone_number),
			status: (r) => [r.status],
		});
		return listAnswer(context, records);
	},
	'GET /external_connections/{id}/releases/{release_id}': (context) => {
		requireConnection(context);
		return context.api.respond(context.operation, requireRecord(context, under(context, 'releases'), 'release_id'));
	},

	'GET /external_connections/{id}/uploads': (context) => {
		requireConnection(context);
		const entries = (r: SandboxRecord) => (r.tn_upload_entries as SandboxRecord[] | undefined) ?? [];
		const records = filterBy(context.api.store.list(under(context, 'uploads')), context.request.query, {
			phone_number: (r) => entries(r).map((e) => e.phone_number),
			civic_address_id: (r) => entries(r).map((e) => e.civic_address_id),
			location_id: (r) => [r.location_id, ...entries(r).map((e) => e.location_id)],
			status: (r) => [r.status],
		});
		return listAnswer(context, records);
	},
	'POST /external_connections/{id}/uploads': (context) => {
		requireConnection(context);
		context.api.checkBody(context.operation, context.request.body);
		const input = body(context);
		const numberIds = (input.number_ids as unknown[]).map(String);
		if (!numberIds.length) throw invalid('number_ids', 'Give at least one phone number ID');
		const known = context.api.store.list(under(context, 'phone_numbers'));
		const ticketId = randomUUID();
		const usages = [input.usage, ...((input.additional_usages as unknown[] | undefined) ?? [])].filter(Boolean);
		const upload: SandboxRecord = {
			ticket_id: ticketId,
			tenant_id: randomUUID(),
			status: 'pending_upload',
			available_usages: usages.length ? [...new Set(usages)] : ['calling_user_assignment', 'first_party_app_assignment'],
			...(input.location_id ? { location_id: input.location_id } : {}),
			tn_upload_entries: numberIds.map((numberId) => {
				const number = known.find((n) => n.number_id === numberId || n.id === numberId);
				return {
					number_id: numberId,
					...(number?.telephone_number ? { phone_number: number.telephone_number } : {}),
					...(input.civic_address_id ? { civic_address_id: input.civic_address_id } : {}),
					...(input.location_id ? { location_id: input.location_id } : {}),
					status: 'pending_upload',
					internal_status: 'pending_assignment',
				};
			}),
		};
		context.api.store.put(under(context, 'uploads'), ticketId, upload);
		context.api.store.countCreated(under(context, 'uploads'));
		requestedUploads.add(ticketId);
		return context.api.respond(context.operation, { success: true, ticket_id: ticketId });
	},
	'POST /external_connections/{id}/uploads/refresh': (context) => {
		requireConnection(context);
		const collection = under(context, 'uploads');
		for (const upload of context.api.store.list(collection)) {
			context.api.store.put(collection, String(upload.ticket_id ?? upload.id), advanceUpload(upload));
		}
		return context.api.respond(context.operation, { success: true });
	},
	'GET /external_connections/{id}/uploads/status': (context) => {
		requireConnection(context);
		const pending = context.api.store.list(under(context, 'uploads')).filter((u) => UPLOAD_IN_FLIGHT.has(String(u.status)));
		const numbers = pending.flatMap((u) =>
			((u.tn_upload_entries as SandboxRecord[] | undefined) ?? []).filter((e) => UPLOAD_IN_FLIGHT.has(String(e.status))),
		);
		return context.api.respond(context.operation, {
			pending_orders_count: pending.length,
			pending_numbers_count: numbers.length,
		});
	},
	'GET /external_connections/{id}/uploads/{ticket_id}': (context) => {
		requireConnection(context);
		const collection = under(context, 'uploads');
		const upload = requireRecord(context, collection, 'ticket_id');
		if (!requestedUploads.has(context.params.ticket_id)) return context.api.respond(context.operation, upload);
		// answer with the state it had, then move on: the first read still shows the request pending
		context.api.store.put(collection, context.params.ticket_id, advanceUpload(upload));
		return context.api.respond(context.operation, upload);
	},
	'POST /external_connections/{id}/uploads/{ticket_id}/retry': (context) => {
		requireConnection(context);
		const collection = under(context, 'uploads');
		const upload = requireRecord(context, collection, 'ticket_id');
		if (!UPLOAD_RETRYABLE.has(String(upload.status))) {
			throw invalid('ticket_id', `Upload ${context.params.ticket_id} is ${String(upload.status)}; only failed uploads can be retried`);
		}
		const retried: SandboxRecord = {
			...upload,
			status: 'pending',
			error_code: undefined,
			error_message: undefined,
			tn_upload_entries: ((upload.tn_upload_entries as SandboxRecord[] | undefined) ?? []).map((entry) =>
				entry.status === 'error'
					? { ...entry, status: 'pending', internal_status: 'pending_assignment', error_code: undefined, error_message: undefined }
					: entry,
			),
		};
		const clean = JSON.parse(JSON.stringify(retried)) as SandboxRecord;
		context.api.store.put(collection, context.params.ticket_id, clean);
		return context.api.respond(context.operation, clean);
	},

	// Operator Connect ---------------------------------------------------------------------------
	'POST /operator_connect/actions/refresh': (context) => {
		const running = context.api.store.get(OPERATOR_CONNECT_REFRESHES, 'current');
		if (running) return { status: 200, body: { success: true, message: 'Operator Connect refresh already in progress' } };
		context.api.store.put(OPERATOR_CONNECT_REFRESHES, 'current', { started_at: now() });
		return { status: 202, body: { success: true, message: 'Operator Connect refresh started' } };
	},
};

// ---------------------------------------------------------------------------------------------
// Records keyed by connection or name

function storeCredentials(context: RouteContext): ApiResponse {
	const { backend, configuration } = body(context);
	const { connection_id } = context.params;
	if ((configuration as SandboxRecord).backend !== backend) {
		throw invalid('configuration/backend', `The configuration is for ${String((configuration as SandboxRecord).backend)}, not ${String(backend)}`);
	}
	const record: SandboxRecord = { backend, configuration };
	context.api.store.put(CUSTOM_STORAGE, connection_id, record);
	if (context.operation.kind === 'create') context.api.store.countCreated(CUSTOM_STORAGE);
	return credentialsAnswer(context, record);
}

/** The credentials answer names the connection beside the data. */
function credentialsAnswer(context: RouteContext, record: SandboxRecord): ApiResponse {
	return {
		status: context.operation.response.status,
		body: { connection_id: context.params.connection_id, data: record, record_type: 'custom_storage_credentials' },
	};
}

function storeDialogflow(context: RouteContext): ApiResponse {
	const input = body(context);
	const record: SandboxRecord = {
		connection_id: context.params.connection_id,
		record_type: 'dialogflow_connections',
		dialogflow_api: input.dialogflow_api ?? 'es',
		...(input.conversation_profile_id !== undefined ? { conversation_profile_id: input.conversation_profile_id } : {}),
		...(input.environment !== undefined ? { environment: input.environment } : {}),
		...(input.location !== undefined ? { location: input.location } : {}),
		// the key is kept, never shown again
		service_account: '****',
	};
	context.api.store.put(DIALOGFLOW, context.params.connection_id, record);
	if (context.operation.kind === 'create') context.api.store.countCreated(DIALOGFLOW);
	return context.api.respond(context.operation, record);
}

function siprecRecord(input: SandboxRecord, createdAt: string, updatedAt: string): SandboxRecord {
	return {
		name: input.name,
		host: input.host,
		port: input.port,
		...(input.app_subdomain !== undefined ? { app_subdomain: input.app_subdomain } : {}),
		record_type: 'siprec_connector',
		created_at: createdAt,
		updated_at: updatedAt,
	};
}

/** A location of the external connection, found in the civic addresses that hold it. */
function findLocation(context: RouteContext, locationId: string): { address: SandboxRecord; location: SandboxRecord } | undefined {
	for (const address of context.api.store.list(under(context, 'civic_addresses'))) {
		const location = ((address.locations as SandboxRecord[] | undefined) ?? []).find((l) => l.id === locationId);
		if (location) return { address, location };
	}
	return undefined;
}
