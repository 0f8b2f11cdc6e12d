/**
 * Where calls meet: conferences, made from an answered call, which others join and leave (their
 * participants muted, held and ended as commanded, a conference ending when its last call
 * leaves), and queues, named by their callers, made on the fly by Enqueue, which calls wait in
 * in order until they leave or hang up.
 */
import { randomUUID } from 'node:crypto';
import type { SandboxApi } from '../api';
import { sandboxErrors } from '../errors';
import type { SandboxRecord } from '../store';
import type { ApiResponse, RouteContext, SandboxHooks } from './types';
import { VOICE_TIMING, bodyOf, command, emit, endCall, error, findCall, ok, onCallEnded, publicCall, saveCall, type CallRecord } from './voiceCalls';

const CONFERENCES = '/conferences';
const QUEUES = '/queues';
const participantsOf = (id: string) => `${CONFERENCES}/${id}/participants`;
const queuedIn = (name: string) => `${QUEUES}/${name}/calls`;

type Conference = SandboxRecord & { id: string; name: string; status: 'in_progress' | 'completed'; commands: string[] };

function conferenceOf(api: SandboxApi, id: string): Conference {
	const conference = api.store.get(CONFERENCES, id) as Conference | undefined;
	if (!conference) throw sandboxErrors.notFound(`No conference ${id}.`);
	return conference;
}

/** A call that may take part: it exists, is still going on and was answered. */
function answeredCall(api: SandboxApi, id: unknown): CallRecord {
	const call = findCall(api, String(id));
	if (!call.is_alive) throw error(422, '90018', 'Call has already ended', 'This call is no longer active and can\'t receive commands.', '/call_control_id');
	if (call.state !== 'answered') throw error(422, '90034', 'Call not answered yet', 'This call can\'t receive this command because it has not been answered yet.', '/call_control_id');
	return call;
}

function join(api: SandboxApi, conference: Conference, call: CallRecord, body: SandboxRecord): void {
	const now = new Date().toISOString();
	api.store.put(participantsOf(conference.id), call.call_control_id, {
		record_type: 'participant',
		id: randomUUID(),
		call_control_id: call.call_control_id,
		call_leg_id: call.call_leg_id,
		conference: { id: conference.id, name: conference.name },
		muted: body.mute === true,
		on_hold: body.hold === true,
		end_conference_on_exit: body.end_conference_on_exit === true,
		soft_end_conference_on_exit: body.soft_end_conference_on_exit === true,
		status: 'joined',
		whisper_call_control_ids: (body.whisper_call_control_ids as string[] | undefined) ?? [],
		created_at: now,
		updated_at: now,
	});
	call.conference_id = conference.id;
	saveCall(api, call);
	emit(api, call, 'conference.participant.joined', { conference_id: conference.id });
}

function leave(api: SandboxApi, conference: Conference, call: CallRecord): void {
	const participant = api.store.delete(participantsOf(conference.id), call.call_control_id);
	if (!participant) return;
	delete call.conference_id;
	saveCall(api, call);
	emit(api, call, 'conference.participant.left', { conference_id: conference.id });
	const ends = participant.end_conference_on_exit === true || participant.soft_end_conference_on_exit === true;
	if (ends || api.store.list(participantsOf(conference.id)).length === 0) {
		end(api, conference, call, ends ? 'host_left' : 'all_left', participant.end_conference_on_exit === true);
	}
}

/** The conference is over; with `hangUp`, so are the calls still in it. */
function end(api: SandboxApi, conference: Conference, by: CallRecord | undefined, reason: string, hangUp: boolean): void {
	conference.status = 'completed';
	conference.end_reason = reason;
	conference.updated_at = new Date().toISOString();
	api.store.put(CONFERENCES, conference.id, conference);
	if (by) emit(api, by, 'conference.ended', { conference_id: conference.id, reason });
	for (const participant of api.store.list(participantsOf(conference.id))) {
		api.store.delete(participantsOf(conference.id), String(participant.call_control_id));
		const call = findCall(api, String(participant.call_control_id));
		delete call.conference_id;
		if (hangUp && call.is_alive) endCall(api, call, 'normal_clearing', 'unknown');
	}
}

/** A conference command: carried out once per `command_id`, refused once the conference is over. */
function conferenceCommand(apply: (context: RouteContext, conference: Conference, body: SandboxRecord) => ApiResponse | void) {
	return (context: RouteContext): ApiResponse => {
		const body = bodyOf(context);
		const conference = conferenceOf(context.api, context.params.id);
		conference.commands ??= [];
		const commandId = typeof body.command_id === 'string' ? body.command_id : undefined;
		if (commandId && conference.commands.includes(commandId)) return ok(context);
		if (conference.status === 'completed') {
			throw error(422, '90019', 'Conference has already ended', 'This conference is no longer active and can\'t receive commands.');
		}
		const answer = apply(context, conference, body);
		if (commandId) conference.commands.push(commandId);
		context.api.store.put(CONFERENCES, conference.id, conference);
		return answer ?? ok(context);
	};
}

/** Marks the participants named (all of them when none are) muted or on hold. */
function mark(flag: 'muted' | 'on_hold', value: boolean) {
	return conferenceCommand((context, conference, body) => {
		const ids = (body.call_control_ids as string[] | undefined) ?? [];
		for (const participant of context.api.store.list(participantsOf(conference.id))) {
			if (ids.length && !ids.includes(String(participant.call_control_id))) continue;
			context.api.store.put(participantsOf(conference.id), String(participant.call_control_id), { ...participant, [flag]: value, updated_at: new Date().toISOString() });
		}
	});
}

/** The conference's own events go to the call that made it. */
function creatorOf(api: SandboxApi, conference: Conference): CallRecord | undefined {
	return api.store.get('/calls', String(conference.creator_call_control_id)) as CallRecord | undefined;
}

function participant(context: RouteContext): SandboxRecord {
	const collection = participantsOf(context.params.id);
	const wanted = context.params.participant_id;
	const found = context.api.store.get(collection, wanted) ?? context.api.store.list(collection).find((p) => p.id === wanted);
	if (!found) throw sandboxErrors.notFound(`No participant ${wanted} in conference ${context.params.id}.`);
	return found;
}

function queueOf(api: SandboxApi, name: string): SandboxRecord {
	const queue = api.store.get(QUEUES, name);
	if (!queue) throw sandboxErrors.notFound(`No queue ${name}.`);
	const calls = api.store.list(queuedIn(name));
	return { ...queue, current_size: calls.length };
}

function dequeue(api: SandboxApi, call: CallRecord, reason: string): void {
	const name = String(call.queue);
	api.store.delete(queuedIn(name), call.call_control_id);
	api.store.list(queuedIn(name)).forEach((entry, index) => api.store.put(queuedIn(name), String(entry.call_control_id), { ...entry, queue_position: index + 1 }));
	delete call.queue;
	saveCall(api, call);
	emit(api, call, 'call.dequeued', { queue: name, reason });
}

onCallEnded.push((api, call) => {
	if (call.conference_id) {
		const conference = api.store.get(CONFERENCES, String(call.conference_id)) as Conference | undefined;
		if (conference) leave(api, conference, call);
	}
	if (call.queue) {
		const entry = api.store.get(queuedIn(String(call.queue)), call.call_control_id);
		if (entry?.keep_after_hangup === true) api.store.put(queuedIn(String(call.queue)), call.call_control_id, { ...entry, is_alive: false });
		else dequeue(api, call, 'hangup');
	}
});

const CONFERENCE = '/conferences/{id}/actions/';

export const roomHooks: SandboxHooks = {
	'POST /conferences': (context) => {
		const { api } = context;
		const body = bodyOf(context);
		const call = answeredCall(api, body.call_control_id);
		if (typeof body.command_id === 'string' && call.commands.includes(body.command_id)) {
			const made = (api.store.list(CONFERENCES) as Conference[]).find((c) => c.creator_call_control_id === call.call_control_id);
			if (made) return api.respond(context.operation, made);
		}
		if ((api.store.list(CONFERENCES) as Conference[]).some((c) => c.name === body.name && c.status === 'in_progress')) {
			throw error(422, '90033', 'Unable to execute command', 'Conference with given name already exists and it\'s active.', '/name');
		}
		const now = new Date();
		const conference: Conference = {
			record_type: 'conference',
			id: randomUUID(),
			name: String(body.name),
			status: 'in_progress',
			connection_id: call.connection_id,
			region: body.region ?? 'US',
			creator_call_control_id: call.call_control_id,
			commands: [],
			created_at: now.toISOString(),
			updated_at: now.toISOString(),
			expires_at: new Date(now.getTime() + 4 * 3600_000).toISOString(),
		};
		api.store.put(CONFERENCES, conference.id, conference);
		api.store.countCreated(CONFERENCES);
		if (typeof body.command_id === 'string') call.commands.push(body.command_id);
		if (typeof body.client_state === 'string') call.client_state = body.client_state;
		emit(api, call, 'conference.created', { conference_id: conference.id });
		join(api, conference, call, body);
		return api.respond(context.operation, conference);
	},
	'GET /conferences/{id}/participants/{participant_id}': (context) => context.api.respond(context.operation, participant(context)),
	'PATCH /conferences/{id}/participants/{participant_id}': (context) => {
		const body = bodyOf(context);
		const next: SandboxRecord = { ...participant(context), ...body, updated_at: new Date().toISOString() };
		context.api.store.put(participantsOf(context.params.id), String(next.call_control_id), next);
		return context.api.respond(context.operation, next);
	},
	[`POST ${CONFERENCE}join`]: conferenceCommand((context, conference, body) => {
		const call = answeredCall(context.api, body.call_control_id);
		if (typeof body.client_state === 'string') call.client_state = body.client_state;
		join(context.api, conference, call, body);
	}),
	[`POST ${CONFERENCE}leave`]: conferenceCommand((context, conference, body) => {
		const call = findCall(context.api, String(body.call_control_id));
		if (!context.api.store.get(participantsOf(conference.id), call.call_control_id)) {
			throw error(422, '10015', 'Invalid parameter', 'The call is not a participant of this conference.', '/call_control_id');
		}
		leave(context.api, conference, call);
	}),
	[`POST ${CONFERENCE}mute`]: mark('muted', true),
	[`POST ${CONFERENCE}unmute`]: mark('muted', false),
	[`POST ${CONFERENCE}hold`]: mark('on_hold', true),
	[`POST ${CONFERENCE}unhold`]: mark('on_hold', false),
	[`POST ${CONFERENCE}speak`]: conferenceCommand((context, conference) => {
		const creator = creatorOf(context.api, conference);
		if (!creator) return;
		emit(context.api, creator, 'conference.speak.started', { conference_id: conference.id }, 0);
		emit(context.api, creator, 'conference.speak.ended', { conference_id: conference.id }, VOICE_TIMING.mediaMs);
	}),
	[`POST ${CONFERENCE}play`]: conferenceCommand((context, conference, body) => {
		const creator = creatorOf(context.api, conference);
		if (!creator) return;
		const media = body.media_name ? { media_name: body.media_name } : { media_url: body.audio_url };
		emit(context.api, creator, 'conference.playback.started', { conference_id: conference.id, ...media }, 0);
		emit(context.api, creator, 'conference.playback.ended', { conference_id: conference.id, ...media }, VOICE_TIMING.mediaMs);
	}),
	[`POST ${CONFERENCE}end`]: conferenceCommand((context, conference) => end(context.api, conference, creatorOf(context.api, conference), 'ended_via_api', true)),
	[`POST ${CONFERENCE}gather_using_audio`]: conferenceCommand(() => undefined),
	[`POST ${CONFERENCE}send_dtmf`]: conferenceCommand(() => undefined),
	[`POST ${CONFERENCE}stop`]: conferenceCommand(() => undefined),
	[`POST ${CONFERENCE}update`]: conferenceCommand(() => undefined),
	[`POST ${CONFERENCE}record_start`]: conferenceCommand(() => undefined),
	[`POST ${CONFERENCE}record_pause`]: conferenceCommand(() => undefined),
	[`POST ${CONFERENCE}record_resume`]: conferenceCommand(() => undefined),
	[`POST ${CONFERENCE}record_stop`]: conferenceCommand(() => undefined),

	'POST /calls/{call_control_id}/actions/enqueue': command(
		(context, call, body) => {
			const { api } = context;
			const name = String(body.queue_name);
			if (call.queue === name) throw error(422, '90038', 'Call already in queue', 'Call can\'t be added to a queue it\'s already in.');
			const now = new Date().toISOString();
			if (!api.store.get(QUEUES, name)) {
				api.store.put(QUEUES, name, { record_type: 'queue', id: randomUUID(), name, max_size: body.max_size ?? 100, average_wait_time_secs: 0, created_at: now, updated_at: now });
			}
			const position = api.store.list(queuedIn(name)).length + 1;
			api.store.put(queuedIn(name), call.call_control_id, {
				...publicCall(call),
				record_type: 'queue_call',
				queue_id: api.store.get(QUEUES, name)!.id,
				queue_position: position,
				enqueued_at: now,
				wait_time_secs: 0,
				keep_after_hangup: body.keep_after_hangup === true,
			});
			call.queue = name;
			emit(api, call, 'call.enqueued', { queue: name, current_position: position });
		},
		{ needsAnswer: true },
	),
	'POST /calls/{call_control_id}/actions/leave_queue': command((context, call) => {
		if (call.queue) dequeue(context.api, call, 'leave');
	}),
	'POST /queues': (context) => {
		const body = bodyOf(context);
		const name = String(body.queue_name);
		if (context.api.store.get(QUEUES, name)) throw error(422, '10015', 'Invalid parameter', `A queue named ${name} exists already.`, '/queue_name');
		const now = new Date().toISOString();
		const queue = { record_type: 'queue', id: randomUUID(), name, max_size: body.max_size ?? 300, average_wait_time_secs: 0, created_at: now, updated_at: now };
		context.api.store.put(QUEUES, name, queue);
		context.api.store.countCreated(QUEUES);
		return context.api.respond(context.operation, { ...queue, current_size: 0 });
	},
	'GET /queues': (context) => context.api.behaveList(context, context.api.store.list(QUEUES).map((q) => queueOf(context.api, String(q.name)))),
	'GET /queues/{queue_name}': (context) => context.api.respond(context.operation, queueOf(context.api, context.params.queue_name)),
	'POST /queues/{queue_name}': (context) => {
		const body = bodyOf(context);
		const queue = queueOf(context.api, context.params.queue_name);
		const next = { ...queue, max_size: body.max_size, updated_at: new Date().toISOString() };
		context.api.store.put(QUEUES, context.params.queue_name, next);
		return context.api.respond(context.operation, next);
	},
	'DELETE /queues/{queue_name}': (context) => {
		const queue = queueOf(context.api, context.params.queue_name);
		context.api.store.delete(QUEUES, context.params.queue_name);
		return context.api.respond(context.operation, queue);
	},
};
