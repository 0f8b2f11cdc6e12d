import { createHash } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import type { TelnyxEvent } from './telnyxEvent';

/** Call statuses a TeXML status callback reports, by the event they are: a call ends however it ends. */
const CALL_STATUS_EVENTS: Record<string, string> = {
	initiated: 'texml.call.initiated',
	queued: 'texml.call.initiated',
	ringing: 'texml.call.ringing',
	'in-progress': 'texml.call.answered',
	answered: 'texml.call.answered',
	completed: 'texml.call.completed',
	busy: 'texml.call.completed',
	'no-answer': 'texml.call.completed',
	failed: 'texml.call.completed',
	canceled: 'texml.call.completed',
};

/**
 * A TeXML status callback as the trigger's item. TeXML reports call progress, recordings and
 * conferences Twilio's way: a form (`CallSid`, `CallStatus`, `RecordingStatus`,
 * `StatusCallbackEvent`…), signed like every Telnyx webhook. It gets an event type of ours
 * (`texml.call.answered`), the time it happened, and an id made from its fields (the form has
 * none, and a repeated delivery carries the same fields). The form stays as `payload`.
 */
export function texmlCallbackEvent(form: IDataObject): TelnyxEvent | undefined {
	if (typeof form.CallSid !== 'string' && typeof form.AccountSid !== 'string') return undefined;
	return {
		event_type: texmlEventType(form),
		id: `texml-${fingerprint(form)}`,
		occurred_at: String(form.OccurredAt ?? form.Timestamp ?? ''),
		record_type: 'event',
		payload: form,
		meta: {},
	};
}

function texmlEventType(form: IDataObject): string {
	const slug = (value: unknown) => String(value).trim().toLowerCase().replace(/[^a-z0-9]+/g, '_');
	if (typeof form.RecordingStatus === 'string') return `texml.recording.${slug(form.RecordingStatus)}`;
	if (typeof form.StatusCallbackEvent === 'string' && form.ConferenceSid !== undefined) return `texml.conference.${slug(form.StatusCallbackEvent)}`;
	if (typeof form.CallStatus === 'string') return CALL_STATUS_EVENTS[form.CallStatus.trim().toLowerCase()] ?? `texml.call.${slug(form.CallStatus)}`;
	return 'texml.callback';
}

function fingerprint(form: IDataObject): string {
	const canonical = Object.keys(form)
		.sort()
		.map((key) => `${key}=${String(form[key])}`)
		.join('&');
	return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}

/** The call's fields of a TeXML callback, named as Call Control names them, for the top of the item. */
export function texmlCallFields(payload: IDataObject): IDataObject {
	const fields: IDataObject = {};
	const set = (name: string, value: unknown) => {
		if (typeof value === 'string' && value !== '') fields[name] = value;
	};
	set('call_control_id', payload.CallControlId ?? payload.CallSid);
	set('call_leg_id', payload.CallLegId);
	set('call_session_id', payload.CallSessionId);
	set('direction', payload.Direction);
	set('from', payload.From);
	set('to', payload.To);
	return fields;
}
