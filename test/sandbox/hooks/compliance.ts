/**
 * Telnyx Compliance as the sandbox plays it: documents uploaded (from a file or a link) keep
 * their bytes and are downloadable, also from a temporary link; requirement groups start
 * unapproved and, once submitted, are approved a moment later. Porting orders refer to the
 * documents kept here.
 */
import { randomUUID } from 'node:crypto';
import { SandboxError } from '../errors';
import type { SandboxRecord } from '../store';
import type { RouteContext, SandboxHooks } from './types';

export const DOCUMENTS = '/documents';
const GROUPS = '/requirement_groups';
/** How long Telnyx takes to review a requirement group in the sandbox. */
export const APPROVAL_MS = 300;

function notFound(collection: string, id: string): SandboxError {
	return new SandboxError(404, [{ code: '10005', title: 'Resource not found', detail: `No record ${id} in ${collection}.` }]);
}

/** The stored document, or a 404 naming it. */
export function documentOf(context: RouteContext, id: string): SandboxRecord {
	const record = context.api.store.get(DOCUMENTS, id);
	if (!record) throw notFound(DOCUMENTS, id);
	return record;
}

function fileOf(id: string): string {
	return `document-${id}`;
}

function upload(context: RouteContext) {
	context.api.checkBody(context.operation, context.request.body);
	const body = (context.request.body ?? {}) as SandboxRecord;
	const part = body.file as { data?: Buffer; filename?: string; contentType?: string } | string | undefined;
	const id = randomUUID();
	const multipart = typeof part === 'object' && part?.data;
	if (!multipart && !body.url && typeof part !== 'string') {
		throw new SandboxError(422, [{ code: '10004', title: 'Missing required parameter', detail: 'file or url is required.', source: { pointer: '/file' } }]);
	}
	const data = multipart ? part.data! : typeof part === 'string' ? Buffer.from(part, 'base64') : Buffer.from(`%PDF-1.4 fetched from ${String(body.url)}`);
	const mimeType = multipart ? (part.contentType ?? 'application/pdf') : 'application/pdf';
	const filename = multipart ? (part.filename ?? 'document.pdf') : String(body.filename ?? 'document.pdf');
	const link = context.api.files.put(fileOf(id), data, mimeType);
	const now = new Date().toISOString();
	const record: SandboxRecord = {
		id,
		record_type: 'document',
		filename,
		content_type: mimeType,
		size: { amount: data.length, unit: 'bytes' },
		sha256: '',
		status: 'pending',
		customer_reference: body.customer_reference ?? null,
		created_at: now,
		updated_at: now,
		_link: link,
	};
	context.api.store.put(DOCUMENTS, id, record);
	context.api.store.countCreated(DOCUMENTS);
	return context.api.respond(context.operation, shown(record));
}

/** Internal fields stay out of answers. */
function shown(record: SandboxRecord): SandboxRecord {
	return Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith('_')));
}

/** A requirement group is approved once Telnyx has had the time to look at it. */
function group(record: SandboxRecord): SandboxRecord {
	const submitted = Date.parse(String(record._submitted_at ?? ''));
	if (!Number.isFinite(submitted)) return shown(record);
	const status = Date.now() - submitted >= APPROVAL_MS ? 'approved' : 'pending-approval';
	const answers = ((record.regulatory_requirements as SandboxRecord[] | undefined) ?? []).map((r) => ({ ...r, status }));
	return shown({ ...record, status, regulatory_requirements: answers });
}

function findGroup(context: RouteContext): SandboxRecord {
	const record = context.api.store.get(GROUPS, context.params.id);
	if (!record) throw notFound(GROUPS, context.params.id);
	return record;
}

export const complianceHooks: SandboxHooks = {
	'POST /documents': upload,
	'GET /documents': (context) => context.api.behaveList(context, context.api.store.list(DOCUMENTS).map(shown)),
	'GET /documents/{id}': (context) => context.api.respond(context.operation, shown(documentOf(context, context.params.id))),
	'GET /documents/{id}/download': (context) => {
		documentOf(context, context.params.id);
		const file = context.api.files.get(fileOf(context.params.id))!;
		return { status: 200, headers: { 'content-type': file.mimeType }, body: file.data };
	},
	'GET /documents/{id}/download_link': (context) => {
		const record = documentOf(context, context.params.id);
		return context.api.respond(context.operation, { url: record._link });
	},
	'POST /requirement_groups': (context) => {
		const record = context.api.create(context);
		const next = { ...record, status: 'unapproved' };
		context.api.store.put(GROUPS, String(record.id), next);
		return context.api.respond(context.operation, group(next));
	},
	'GET /requirement_groups': (context) => context.api.behaveList(context, context.api.store.list(GROUPS).map(group)),
	'GET /requirement_groups/{id}': (context) => context.api.respond(context.operation, group(findGroup(context))),
	'PATCH /requirement_groups/{id}': (context) => {
		context.api.checkBody(context.operation, context.request.body);
		const record: SandboxRecord = { ...findGroup(context), ...(context.request.body as SandboxRecord), updated_at: new Date().toISOString() };
		context.api.store.put(GROUPS, String(record.id), record);
		return context.api.respond(context.operation, group(record));
	},
	'POST /requirement_groups/{id}/submit_for_approval': (context) => {
		const record: SandboxRecord = { ...findGroup(context), _submitted_at: new Date().toISOString() };
		context.api.store.put(GROUPS, String(record.id), record);
		return context.api.respond(context.operation, group(record));
	},
};
