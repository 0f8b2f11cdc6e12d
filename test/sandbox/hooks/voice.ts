/**
 * Telnyx Call Control as the sandbox plays it (the call model is in ./voiceCalls.ts): Dial rings
 * the number and, as scripted, it answers (`call.initiated`, `call.answered`, and the answering
 * machine detection's result when asked for), is busy, or never answers; an inbound call (a
 * control route) waits to be answered or rejected. Speak, Play Audio, Gather and recording send
 * their started and ended events, gathers with the digits the test scripted; Hang Up ends the
 * call with `call.hangup`. Every other command is checked and acknowledged.
 */
import { allOperations } from '../../../catalog/loadCatalogs';
import type { SandboxApi } from '../api';
import type { SandboxRecord } from '../store';
import type { RouteContext, SandboxHooks } from './types';
import {
	APPLICATIONS,
	CALLS,
	VOICE_TIMING,
	bodyOf,
	command,
	dialedBefore,
	emit,
	endCall,
	error,
	findCall,
	later,
	newCall,
	nextDigits,
	publicCall,
	rememberDial,
	saveCall,
	scriptFor,
	type CallRecord,
} from './voiceCalls';
import { roomHooks } from './voiceRooms';

export { scriptCall, VOICE_TIMING, type CallScript } from './voiceCalls';

const ACTIONS = '/calls/{call_control_id}/actions/';

function applicationOf(api: SandboxApi, id: unknown): SandboxRecord {
	const application = api.store.get(APPLICATIONS, String(id));
	if (!application) {
		throw error(
			422,
			'10015',
			'Invalid value for connection_id (Call Control App ID)',
			'The requested connection_id (Call Control App ID) is either invalid or does not exist.',
			'/connection_id',
		);
	}
	return application;
}

function dial(context: RouteContext) {
	const { api } = context;
	const body = bodyOf(context);
	// "Telnyx will ignore other Dial commands with the same command_id": the same call again
	const again = dialedBefore(api, body.command_id);
	if (again) return api.respond(context.operation, publicCall(again));
	const application = applicationOf(api, body.connection_id);
	const call = newCall(api, {
		connection_id: String(body.connection_id),
		from: String(body.from),
		to: String(Array.isArray(body.to) ? body.to[0] : body.to),
		direction: 'outgoing',
		client_state: typeof body.client_state === 'string' ? body.client_state : null,
		webhook_url: String(body.webhook_url ?? application.webhook_event_url ?? '') || null,
		webhook_urls: (body.webhook_urls as Record<string, string> | undefined) ?? {},
		webhook_retries_policies: retriesOf(body),
	});
	rememberDial(api, body.command_id, call);
	api.store.countCreated(CALLS);
	emit(api, call, 'call.initiated');
	const script = scriptFor(api, call);
	if (script.answer === 'busy') later(api, call, VOICE_TIMING.answerMs, (now) => endCall(api, now, 'user_busy', 'callee'));
	else if (script.answer === 'no-answer') later(api, call, VOICE_TIMING.answerMs * 2, (now) => endCall(api, now, 'timeout', 'unknown'));
	else later(api, call, VOICE_TIMING.answerMs, (now) => answered(api, now, String(body.answering_machine_detection ?? 'disabled')));
	return api.respond(context.operation, publicCall(call));
}

/**
 * The far end picked up. With answering machine detection its result follows, and for a machine
 * the end of its greeting where the mode reports it (a beep, or the greeting's end).
 */
function answered(api: SandboxApi, call: CallRecord, detection: string): void {
	call.state = 'answered';
	saveCall(api, call);
	emit(api, call, 'call.answered', {}, 0);
	if (detection === 'disabled') return;
	const machine = scriptFor(api, call).answer === 'machine';
	const { pressMs, mediaMs } = VOICE_TIMING;
	if (detection === 'premium') {
		emit(api, call, 'call.machine.premium.detection.ended', { result: machine ? 'machine' : 'human_residence' }, pressMs);
		if (machine) emit(api, call, 'call.machine.premium.greeting.ended', { result: 'beep_detected' }, pressMs + mediaMs);
		return;
	}
	if (detection !== 'detect_beep') emit(api, call, 'call.machine.detection.ended', { result: machine ? 'machine' : 'human' }, pressMs);
	if (machine && detection !== 'detect') {
		emit(api, call, 'call.machine.greeting.ended', { result: detection === 'detect_beep' ? 'beep_detected' : 'ended' }, pressMs + mediaMs);
	}
}

/** An inbound call to one of your numbers, parked until it is answered or rejected. */
export function placeInboundCall(api: SandboxApi, fields: { connection_id: string; from: string; to: string }): SandboxRecord {
	const application = applicationOf(api, fields.connection_id);
	const call = newCall(api, { ...fields, direction: 'incoming', webhook_url: String(application.webhook_event_url ?? '') || null });
	emit(api, call, 'call.initiated');
	return publicCall(call);
}

/** Media played on the call: started now, ended when it has played. */
function media(api: SandboxApi, call: CallRecord, kind: 'speak' | 'playback', extra: SandboxRecord = {}): void {
	emit(api, call, `call.${kind}.started`, extra, 0);
	emit(api, call, `call.${kind}.ended`, { ...extra, status: 'completed' }, VOICE_TIMING.mediaMs);
}

/** After the prompt (if any): the keys the test scripted, or a timeout. */
function gathered(api: SandboxApi, call: CallRecord, body: SandboxRecord, afterMs: number): void {
	const digits = nextDigits(api, call);
	const extra = { ...(body.gather_id ? { gather_id: body.gather_id } : {}), digits: digits ?? '', status: digits === undefined ? 'timeout' : 'valid' };
	emit(api, call, 'call.gather.ended', extra, afterMs + VOICE_TIMING.pressMs);
}

/** Answer and Transfer can send the call's later events elsewhere, with retries per event type. */
function routeEvents(call: CallRecord, body: SandboxRecord): void {
	if (typeof body.webhook_url === 'string') call.webhook_url = body.webhook_url;
	if (body.webhook_urls && typeof body.webhook_urls === 'object') call.webhook_urls = { ...call.webhook_urls, ...(body.webhook_urls as Record<string, string>) };
	call.webhook_retries_policies = { ...call.webhook_retries_policies, ...retriesOf(body) };
}

function retriesOf(body: SandboxRecord): CallRecord['webhook_retries_policies'] {
	const policies = body.webhook_retries_policies;
	return policies && typeof policies === 'object' ? (policies as CallRecord['webhook_retries_policies']) : {};
}

const audioOf = (body: SandboxRecord) => (body.media_name ? { media_name: body.media_name } : { media_url: body.audio_url ?? null });

const callHooks: SandboxHooks = {
	'POST /calls': dial,
	'GET /calls/{call_control_id}': (context) => context.api.respond(context.operation, publicCall(findCall(context.api, context.params.call_control_id))),
	'GET /connections/{connection_id}/active_calls': (context) => {
		const calls = (context.api.store.list(CALLS) as CallRecord[]).filter((c) => c.is_alive && c.connection_id === context.params.connection_id);
		return context.api.behaveList(context, calls.map(publicCall));
	},
	[`POST ${ACTIONS}answer`]: command((context, call, body) => {
		if (call.direction !== 'incoming' || call.state !== 'parked') return;
		routeEvents(call, body);
		call.state = 'answered';
		saveCall(context.api, call);
		emit(context.api, call, 'call.answered');
	}),
	[`POST ${ACTIONS}reject`]: command((context, call) => {
		if (call.direction !== 'incoming' || call.state !== 'parked') {
			throw error(422, '90018', 'Call has already ended', 'Only an incoming call not answered yet can be rejected.');
		}
		endCall(context.api, call, 'call_rejected', 'callee');
	}),
	[`POST ${ACTIONS}hangup`]: command((context, call) => endCall(context.api, call, 'normal_clearing', 'caller')),
	[`POST ${ACTIONS}speak`]: command((context, call) => media(context.api, call, 'speak'), { needsAnswer: true }),
	[`POST ${ACTIONS}playback_start`]: command((context, call, body) => media(context.api, call, 'playback', audioOf(body)), { needsAnswer: true }),
	[`POST ${ACTIONS}gather`]: command((context, call, body) => gathered(context.api, call, body, 0), { needsAnswer: true }),
	[`POST ${ACTIONS}gather_using_speak`]: command(
		(context, call, body) => {
			media(context.api, call, 'speak');
			gathered(context.api, call, body, VOICE_TIMING.mediaMs);
		},
		{ needsAnswer: true },
	),
	[`POST ${ACTIONS}gather_using_audio`]: command(
		(context, call, body) => {
			media(context.api, call, 'playback', audioOf(body));
			gathered(context.api, call, body, VOICE_TIMING.mediaMs);
		},
		{ needsAnswer: true },
	),
	[`POST ${ACTIONS}record_start`]: command(
		(_context, call, body) => {
			call.recording = { format: body.format, started_at: new Date().toISOString() };
		},
		{ needsAnswer: true },
	),
	[`POST ${ACTIONS}record_stop`]: command(
		(context, call) => {
			const recording = call.recording as { format?: string; started_at?: string } | undefined;
			if (!recording) return;
			const format = recording.format === 'wav' ? 'wav' : 'mp3';
			const url = context.api.files.put(`recording-${call.call_leg_id}.${format}`, Buffer.from('ID3 sandbox recording'), format === 'wav' ? 'audio/wav' : 'audio/mpeg');
			delete call.recording;
			emit(context.api, call, 'call.recording.saved', {
				channels: 'single',
				recording_started_at: recording.started_at,
				recording_ended_at: new Date().toISOString(),
				recording_urls: { [format]: url },
				public_recording_urls: { [format]: url },
			});
		},
		{ needsAnswer: true },
	),
	[`POST ${ACTIONS}bridge`]: command(
		(context, call, body) => {
			const other = findCall(context.api, String(body.call_control_id));
			if (!other.is_alive) throw error(422, '90018', 'Call has already ended', 'The call to bridge with is no longer active.', '/call_control_id');
			emit(context.api, call, 'call.bridged', { bridged_with: other.call_control_id });
			emit(context.api, other, 'call.bridged', { bridged_with: call.call_control_id });
		},
		{ needsAnswer: true },
	),
	[`POST ${ACTIONS}transfer`]: command((context, call, body) => {
		routeEvents(call, body);
		emit(context.api, call, 'call.bridged', { transferred_to: body.to }, VOICE_TIMING.answerMs);
	}),
};

/** Commands with nothing more to show than the rules every command follows. */
function plainCommands(): SandboxHooks {
	const hooks: SandboxHooks = {};
	for (const operation of allOperations()) {
		const key = `${operation.method} ${operation.path}`;
		if (operation.path.startsWith(ACTIONS) && !callHooks[key] && !roomHooks[key]) hooks[key] = command(() => undefined);
	}
	return hooks;
}

export const voiceHooks: SandboxHooks = { ...plainCommands(), ...callHooks, ...roomHooks };
