/**
 * The call model of the sandbox's Call Control: calls with their state, the signed events
 * they send to their webhook URL (in order, one call at a time), what a test scripts about the
 * other end (answers or not, a person or a machine, which keys it presses), and the rules every
 * command follows: a call that has ended answers 90018, and a `command_id` already carried out
 * on a call is acknowledged without being carried out again.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { SandboxApi } from '../api';
import { SandboxError } from '../errors';
import type { SandboxRecord } from '../store';
import type { ApiResponse, RouteContext } from './types';

export const CALLS = '/calls';
export const APPLICATIONS = '/call_control_applications';
const SCRIPTS = '/__voice/scripts';
const DIALS = '/__voice/dials';

/** How long the far end takes: ringing before it answers, and a prompt or a recording. */
export const VOICE_TIMING = { initiatedMs: 10, answerMs: 120, mediaMs: 100, pressMs: 40 };

export type CallRecord = SandboxRecord & {
	call_control_id: string;
	call_leg_id: string;
	call_session_id: string;
	connection_id: string;
	from: string;
	to: string;
	direction: 'incoming' | 'outgoing';
	state: 'parked' | 'bridging' | 'answered' | 'hangup';
	is_alive: boolean;
	client_state: string | null;
	webhook_url: string | null;
	webhook_urls: Record<string, string>;
	/** Retries per event type of a delivery that was not answered with 2xx (Answer's, Dial's, Transfer's). */
	webhook_retries_policies: Record<string, { retries_ms?: number[] }>;
	/** Command IDs carried out on this call. */
	commands: string[];
};

/** What the other end of calls to (or from) a number does; `*` for every number. */
export interface CallScript {
	number?: string;
	/** Picks up (default), never answers, is busy, or is an answering machine. */
	answer?: 'human' | 'machine' | 'no-answer' | 'busy';
	/** Keys pressed at the next gathers, one entry per gather ("1", "42#"). */
	digits?: string[];
	/**
	 * How the call's events reach the webhook, as Telnyx's delivery may: each one twice at the
	 * same moment (the same event id), or in swapped pairs (an event waits for the next one and
	 * arrives after it).
	 */
	delivery?: 'once' | 'twice' | 'swapped';
	/**
	 * How soon a command's first event goes out (default `VOICE_TIMING.initiatedMs`): 0 sends it
	 * while the command's answer is still on its way, as Telnyx may.
	 */
	eventsAfterMs?: number;
}

export function error(status: number, code: string, title: string, detail: string, pointer?: string): SandboxError {
	return new SandboxError(status, [{ code, title, detail, ...(pointer ? { source: { pointer } } : {}) }]);
}

/** Scripts the other end of calls to or from a number, for the calls and gathers that follow. */
export function scriptCall(api: SandboxApi, script: CallScript): void {
	const number = script.number ?? '*';
	const current = (api.store.get(SCRIPTS, number) ?? {}) as CallScript;
	api.store.put(SCRIPTS, number, { ...current, ...script, number, digits: [...(current.digits ?? []), ...(script.digits ?? [])] });
}

export function scriptFor(api: SandboxApi, call: CallRecord): CallScript {
	const far = call.direction === 'outgoing' ? call.to : call.from;
	return (api.store.get(SCRIPTS, far) ?? api.store.get(SCRIPTS, '*') ?? {}) as CallScript;
}

/** The keys pressed at this gather: the next scripted ones, or none (the gather times out). */
export function nextDigits(api: SandboxApi, call: CallRecord): string | undefined {
	const script = scriptFor(api, call);
	const digits = script.digits?.shift();
	if (script.number) api.store.put(SCRIPTS, script.number, script as SandboxRecord);
	return digits;
}

export function bodyOf(context: RouteContext): SandboxRecord {
	context.api.checkBody(context.operation, context.request.body);
	const body = context.request.body;
	return body && typeof body === 'object' && !Array.isArray(body) ? (body as SandboxRecord) : {};
}

export function newCall(api: SandboxApi, fields: Pick<CallRecord, 'connection_id' | 'from' | 'to' | 'direction'> & Partial<CallRecord>): CallRecord {
	const id = `v3:${randomBytes(24).toString('base64url')}`;
	const now = new Date().toISOString();
	const call: CallRecord = {
		record_type: 'call',
		call_leg_id: randomUUID(),
		call_session_id: randomUUID(),
		state: fields.direction === 'incoming' ? 'parked' : 'bridging',
		is_alive: true,
		client_state: null,
		webhook_url: null,
		webhook_urls: {},
		webhook_retries_policies: {},
		commands: [],
		start_time: now,
		...fields,
		call_control_id: id,
	};
	api.store.put(CALLS, id, call);
	return call;
}

export function saveCall(api: SandboxApi, call: CallRecord): void {
	api.store.put(CALLS, call.call_control_id, call);
}

/** A call as the API shows it: its status, without the sandbox's bookkeeping. */
export function publicCall(call: CallRecord): SandboxRecord {
	const { commands: _commands, webhook_urls: _urls, webhook_url: _url, webhook_retries_policies: _retries, ...shown } = call;
	void _commands;
	void _urls;
	void _url;
	void _retries;
	const ended = call.end_time ? Date.parse(String(call.end_time)) : Date.now();
	return { ...shown, call_duration: Math.round((ended - Date.parse(String(call.start_time))) / 1000) };
}

export function findCall(api: SandboxApi, id: string): CallRecord {
	const call = api.store.get(CALLS, id) as CallRecord | undefined;
	if (!call) throw error(422, '90015', 'Invalid Call Control ID', 'The call_control_id provided was not valid.', '/call_control_id');
	return call;
}

/** The command was carried out: Telnyx's answer to every call command. */
export function ok(context: RouteContext): ApiResponse {
	return context.api.respond(context.operation, { result: 'ok' });
}

/**
 * A call command: checked like Telnyx checks it, carried out once per `command_id`, and the
 * call's client state replaced by the command's. `apply` changes the call and raises events.
 */
export function command(apply: (context: RouteContext, call: CallRecord, body: SandboxRecord) => ApiResponse | void, options: { needsAnswer?: boolean } = {}) {
	return (context: RouteContext): ApiResponse => {
		const body = bodyOf(context);
		const call = findCall(context.api, context.params.call_control_id);
		const commandId = typeof body.command_id === 'string' ? body.command_id : undefined;
		// a repeat of a command carried out already (its answer was lost, say) is only acknowledged
		if (commandId && call.commands.includes(commandId)) return ok(context);
		if (!call.is_alive) throw error(422, '90018', 'Call has already ended', 'This call is no longer active and can\'t receive commands.');
		if (options.needsAnswer && call.state !== 'answered') {
			throw error(422, '90034', 'Call not answered yet', 'This call can\'t receive this command because it has not been answered yet.');
		}
		const answer = apply(context, call, body);
		// remembered once carried out; the events it raised are sent later, with this client state
		if (commandId) call.commands.push(commandId);
		if (typeof body.client_state === 'string') call.client_state = body.client_state;
		saveCall(context.api, call);
		return answer ?? ok(context);
	};
}

/** A Dial already carried out under this `command_id` gives the same call again. */
export function dialedBefore(api: SandboxApi, commandId: unknown): CallRecord | undefined {
	if (typeof commandId !== 'string') return undefined;
	const seen = api.store.get(DIALS, commandId);
	return seen ? (api.store.get(CALLS, String(seen.call_control_id)) as CallRecord | undefined) : undefined;
}

export function rememberDial(api: SandboxApi, commandId: unknown, call: CallRecord): void {
	if (typeof commandId === 'string') api.store.put(DIALS, commandId, { call_control_id: call.call_control_id });
}

const deliveries = new WeakMap<SandboxApi, Map<string, Promise<unknown>>>();

/**
 * Sends a signed event about a call to its webhook URL after `delayMs`, as Telnyx would: its
 * ids, numbers and current client state, plus `extra`. Events of one call arrive in the order
 * they were raised; timers never keep the process alive.
 */
export function emit(api: SandboxApi, call: CallRecord, type: string, extra: SandboxRecord = {}, delay?: number): void {
	const signer = api.events;
	if (!signer) return;
	const delayMs = delay ?? scriptFor(api, call).eventsAfterMs ?? VOICE_TIMING.initiatedMs;
	const timer = setTimeout(() => {
		const now = (api.store.get(CALLS, call.call_control_id) as CallRecord | undefined) ?? call;
		const url = now.webhook_urls?.[type] ?? now.webhook_url;
		if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return;
		const payload = {
			call_control_id: now.call_control_id,
			call_leg_id: now.call_leg_id,
			call_session_id: now.call_session_id,
			connection_id: now.connection_id,
			from: now.from,
			to: now.to,
			direction: now.direction,
			state: now.state,
			client_state: now.client_state,
			...extra,
		};
		const event = signer.event(type, { payload });
		const deliver = (outgoing: typeof event, copies = 1) => {
			const chains = deliveries.get(api) ?? new Map<string, Promise<unknown>>();
			deliveries.set(api, chains);
			const previous = chains.get(now.call_control_id) ?? Promise.resolve();
			const retries = now.webhook_retries_policies?.[type]?.retries_ms ?? [];
			const sendAll = () => Promise.all(Array.from({ length: copies }, () => deliverWithRetries(signer, url, outgoing, retries)));
			chains.set(now.call_control_id, previous.then(sendAll));
		};
		const mode = scriptFor(api, now).delivery ?? 'once';
		if (mode === 'twice') {
			// both copies at the same moment, as when Telnyx re-sends a delivery it thinks timed out
			deliver(event, 2);
		} else if (mode === 'swapped') {
			swap(api, now.call_control_id, event, deliver);
		} else {
			deliver(event);
		}
	}, delayMs);
	timer.unref();
}

/**
 * One delivery as Telnyx makes it: an answer other than 2xx (or none) is retried after each
 * delay of the call's retry policy for the event type, each attempt signed anew and counted
 * in `meta.attempt`. Retries go out on their own, so later events may overtake them.
 */
async function deliverWithRetries(signer: NonNullable<SandboxApi['events']>, url: string, event: SandboxRecord, retries: number[]): Promise<void> {
	const attempt = async (index: number): Promise<void> => {
		const body = structuredClone(event);
		if (body.meta && typeof body.meta === 'object') (body.meta as SandboxRecord).attempt = index + 1;
		const status = await signer.send(url, body).then((answer) => answer.status, () => 0);
		if (status >= 200 && status < 300) return;
		if (index >= retries.length) return;
		const timer = setTimeout(() => void attempt(index + 1), retries[index]);
		timer.unref();
	};
	await attempt(0);
}

const held = new WeakMap<SandboxApi, Map<string, () => void>>();

/** Holds an event until the call's next one has gone out (or a moment has passed), then sends it. */
function swap<T>(api: SandboxApi, callControlId: string, event: T, deliver: (event: T) => void): void {
	const waiting = held.get(api) ?? new Map<string, () => void>();
	held.set(api, waiting);
	const earlier = waiting.get(callControlId);
	if (earlier) {
		waiting.delete(callControlId);
		deliver(event);
		earlier();
		return;
	}
	let sent = false;
	const release = () => {
		if (sent) return;
		sent = true;
		if (waiting.get(callControlId) === release) waiting.delete(callControlId);
		deliver(event);
	};
	waiting.set(callControlId, release);
	setTimeout(release, VOICE_TIMING.answerMs * 2).unref();
}

/** What else a hang-up changes (the call leaves its conference and its queue), registered by ./voiceRooms.ts. */
export const onCallEnded: Array<(api: SandboxApi, call: CallRecord) => void> = [];

/** Ends a call: no more commands, a `call.hangup` event, and it leaves its conference and queue. */
export function endCall(api: SandboxApi, call: CallRecord, cause: string, source: 'caller' | 'callee' | 'unknown'): void {
	call.is_alive = false;
	call.state = 'hangup';
	call.end_time = new Date().toISOString();
	saveCall(api, call);
	for (const listener of onCallEnded) listener(api, call);
	emit(api, call, 'call.hangup', { hangup_cause: cause, hangup_source: source });
}

/** Something the far end does later, to the call as it is by then, if it is still going on. */
export function later(api: SandboxApi, call: CallRecord, delayMs: number, act: (call: CallRecord) => void): void {
	const timer = setTimeout(() => {
		const now = api.store.get(CALLS, call.call_control_id) as CallRecord | undefined;
		if (now?.is_alive) act(now);
	}, delayMs);
	timer.unref();
}
