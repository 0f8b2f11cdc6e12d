/**
 * Telnyx TeXML as the sandbox plays it: Initiate checks the TeXML application and keeps the
 * call (listed and read by its SID, filtered by To, From and Status); the call then rings, is
 * answered and, once its TeXML has run, completes, sending signed status callbacks (forms, as
 * TeXML sends them) to the call's StatusCallback or the application's status callback URL.
 * Update takes a form body and ends the call on Status "completed". TeXML applications use the
 * default behaviour.
 * Besides: WebRTC access tokens for existing telephony credentials, and speech synthesis
 * answering a small MP3.
 */
import { randomUUID } from 'node:crypto';
import { SandboxError, sandboxErrors } from '../errors';
import type { SandboxRecord } from '../store';
import type { RouteContext, SandboxHooks } from './types';

const CALLS = (account: string) => `/texml/Accounts/${account}/Calls`;
/** What speech synthesis answers with: an MP3 frame header and a few bytes. */
export const SPEECH_MP3 = Buffer.from([0xff, 0xfb, 0x90, 0x64, 0x00, 0x00, 0x00, 0x00]);

function bodyOf(context: RouteContext): SandboxRecord {
	return (context.request.body ?? {}) as SandboxRecord;
}

/** The date form TeXML records use (RFC 2822). */
function texmlDate(date = new Date()): string {
	return date.toUTCString().replace('GMT', '+0000');
}

function initiate(context: RouteContext) {
	const { api, params } = context;
	api.checkBody(context.operation, context.request.body);
	const body = bodyOf(context);
	if (!api.store.get('/texml_applications', String(body.ApplicationSid))) {
		throw new SandboxError(422, [
			{ code: '10015', title: 'Invalid application', detail: `No TeXML application ${String(body.ApplicationSid)}.`, source: { pointer: '/ApplicationSid' } },
		]);
	}
	const sid = `v3:${randomUUID()}`;
	const now = texmlDate();
	const call: SandboxRecord = {
		account_sid: params.account_sid,
		sid,
		from: body.From,
		to: body.To,
		direction: 'outbound',
		status: 'queued',
		date_created: now,
		date_updated: now,
		start_time: now,
		uri: `/v2${CALLS(params.account_sid)}/${sid}.json`,
	};
	api.store.put(CALLS(params.account_sid), sid, call);
	api.store.countCreated(CALLS(params.account_sid));
	progress(context, call, body);
	return api.respond(context.operation, { from: body.From, to: body.To, status: 'queued' });
}

/** How long a TeXML call takes to ring, be answered and run its TeXML to the end. */
export const TEXML_TIMING = { ringingMs: 20, answerMs: 60, runMs: 200 };

/**
 * The call's progress, reported as TeXML does: to the call's StatusCallback for the events in
 * its StatusCallbackEvent (default `completed`), or to the application's status callback URL
 * for every event. Each callback is a signed form with Twilio's fields.
 */
function progress(context: RouteContext, call: SandboxRecord, body: SandboxRecord): void {
	const { api, params } = context;
	const application = api.store.get('/texml_applications', String(body.ApplicationSid)) ?? {};
	const url = String(body.StatusCallback ?? application.status_callback ?? '');
	if (!/^https?:\/\//.test(url) || !api.events) return;
	const wanted = body.StatusCallback ? String(body.StatusCallbackEvent ?? 'completed').split(/\s+/) : ['initiated', 'ringing', 'answered', 'completed'];
	const steps: Array<[string, string, number]> = [
		['initiated', 'initiated', 0],
		['ringing', 'ringing', TEXML_TIMING.ringingMs],
		['answered', 'in-progress', TEXML_TIMING.answerMs],
		['completed', 'completed', TEXML_TIMING.answerMs + TEXML_TIMING.runMs],
	];
	const sid = String(call.sid);
	let sequence = 0;
	for (const [event, status, atMs] of steps) {
		if (!wanted.includes(event)) continue;
		const number = sequence++;
		const timer = setTimeout(() => {
			const now = api.store.get(CALLS(params.account_sid), sid) ?? call;
			// a call ended by Update reports its own end
			if (status !== 'completed' && ['completed', 'canceled'].includes(String(now.status))) return;
			api.store.put(CALLS(params.account_sid), sid, { ...now, status });
			const fields: Record<string, string> = {
				AccountSid: String(params.account_sid),
				CallSid: sid,
				CallSidLegacy: sid,
				CallStatus: status,
				CallbackSource: 'call-progress-events',
				ConnectionId: String(body.ApplicationSid),
				Direction: 'outbound-api',
				From: String(body.From),
				To: String(body.To),
				SequenceNumber: String(number),
				Timestamp: new Date().toISOString(),
				...(status === 'completed' ? { CallDuration: String(Math.round(TEXML_TIMING.runMs / 1000)), HangupCause: 'normal_clearing' } : {}),
			};
			void api.events!.sendForm(url, fields).catch(() => undefined);
		}, atMs);
		timer.unref();
	}
}

function listCalls(context: RouteContext) {
	const { query } = context.request;
	const wanted = (name: string, value: unknown) => !query.get(name) || query.get(name) === value;
	const calls = context.api.store
		.list(CALLS(context.params.account_sid))
		.filter((call) => wanted('To', call.to) && wanted('From', call.from) && wanted('Status', call.status));
	return context.api.behaveList(context, calls);
}

function findCall(context: RouteContext): SandboxRecord {
	const call = context.api.store.get(CALLS(context.params.account_sid), context.params.call_sid);
	if (!call) throw sandboxErrors.notFound(`No TeXML call ${context.params.call_sid}.`);
	return call;
}

function updateCall(context: RouteContext) {
	const call = findCall(context);
	const body = bodyOf(context);
	const ended = body.Status === 'completed' || body.Status === 'canceled';
	const next: SandboxRecord = {
		...call,
		status: ended ? body.Status : call.status,
		date_updated: texmlDate(),
		...(ended ? { end_time: texmlDate() } : {}),
		// what the call continues with, so that a test can see it arrived
		...(body.Texml ? { texml: body.Texml } : {}),
		...(body.Url ? { url: body.Url } : {}),
	};
	context.api.store.put(CALLS(context.params.account_sid), String(call.sid), next);
	return context.api.respond(context.operation, next);
}

function createToken(context: RouteContext) {
	const credential = context.api.store.get('/telephony_credentials', context.params.id);
	if (!credential) throw sandboxErrors.notFound(`No telephony credential ${context.params.id}.`);
	const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
	const token = `${part({ alg: 'HS512', typ: 'JWT' })}.${part({ sub: credential.id, iss: 'telnyx_telephony', exp: Math.floor(Date.now() / 1000) + 86_400 })}.sandbox`;
	return { status: 201, headers: { 'content-type': 'text/plain' }, body: token };
}

function speak(context: RouteContext) {
	const body = bodyOf(context);
	if (typeof body.text !== 'string' || body.text.trim() === '') throw sandboxErrors.missing('text');
	return { status: 200, headers: { 'content-type': 'audio/mpeg' }, body: SPEECH_MP3 };
}

export const texmlHooks: SandboxHooks = {
	'POST /texml/Accounts/{account_sid}/Calls': initiate,
	'GET /texml/Accounts/{account_sid}/Calls': listCalls,
	'GET /texml/Accounts/{account_sid}/Calls/{call_sid}': (context) => context.api.respond(context.operation, findCall(context)),
	'POST /texml/Accounts/{account_sid}/Calls/{call_sid}': updateCall,
	'POST /telephony_credentials/{id}/token': createToken,
	'POST /text-to-speech/speech': speak,
};
