import type { IWorkflowExecutionCustomData } from 'n8n-workflow';

/**
 * A call flow in one workflow: the state an execution keeps while its steps wait for the
 * call's events. It lives in the execution's custom data (saved with the execution by n8n, so
 * any main or worker process that resumes it reads the same), never in memory.
 */
export interface CallFlowState {
	/** The call whose events Telnyx sends to this execution (set by Answer or Dial). */
	call: string;
	/** When the event the last step went on with occurred: anything older is not for the next one. */
	after?: string;
	/** Ids of the events steps went on with, newest last: a repeated delivery is not a new event. */
	seen: string[];
	/**
	 * The step waiting now. Still set when the execution goes on means the wait ended at its
	 * limit, without the call's event: the flow no longer knows what the call is doing.
	 */
	waiting?: string;
}

/** Path after the execution's resume URL that Telnyx posts the call's events to. */
export const CALL_EVENT_PATH = 'call-event';

/** Every wait also ends when the call does. */
export const HANGUP_EVENT = 'call.hangup';

/**
 * Delays between Telnyx's retries of an event the execution could not take yet: n8n answers
 * 409 while an execution runs, and the awaited event can come before n8n has saved the step as
 * waiting. Five retries within 27 s, the first soon (n8n saves a waiting step within tens of milliseconds); the API allows at most five within 60 s.
 */
export const EVENT_RETRIES_MS = [100, 400, 1_500, 5_000, 20_000];

const KEY = 'telnyx_call_flow';
/** n8n keeps at most 512 characters per custom data value. */
const MAX_VALUE_LENGTH = 500;

/** The execution's custom data, where the context has an execution (a tool call may not). */
export function customDataOf(context: { customData: IWorkflowExecutionCustomData }): IWorkflowExecutionCustomData | undefined {
	try {
		return context.customData;
	} catch {
		return undefined;
	}
}

export function readCallFlow(customData: IWorkflowExecutionCustomData | undefined): CallFlowState | undefined {
	const raw = customData?.get(KEY);
	if (typeof raw !== 'string' || raw === '') return undefined;
	try {
		const parsed = JSON.parse(raw) as Partial<CallFlowState>;
		if (typeof parsed.call !== 'string') return undefined;
		return {
			call: parsed.call,
			...(typeof parsed.after === 'string' ? { after: parsed.after } : {}),
			seen: Array.isArray(parsed.seen) ? parsed.seen.map(String) : [],
			...(typeof parsed.waiting === 'string' ? { waiting: parsed.waiting } : {}),
		};
	} catch {
		return undefined;
	}
}

/** Saves the state, forgetting the oldest ids when it would not fit. Returns false when n8n did not keep it. */
export function writeCallFlow(customData: IWorkflowExecutionCustomData | undefined, state: CallFlowState): boolean {
	if (!customData) return false;
	const kept = { ...state, seen: [...state.seen] };
	let text = JSON.stringify(kept);
	while (text.length > MAX_VALUE_LENGTH && kept.seen.length) {
		kept.seen.shift();
		text = JSON.stringify(kept);
	}
	customData.set(KEY, text);
	// n8n drops a new key silently once an execution has ten
	return customData.get(KEY) === text;
}

/** Whether an event occurred before `after` (both as Telnyx writes them); unknown times never count as older. */
export function occurredBefore(occurredAt: string, after: string | undefined): boolean {
	if (!after) return false;
	const event = Date.parse(occurredAt);
	const limit = Date.parse(after);
	return Number.isFinite(event) && Number.isFinite(limit) && event < limit;
}
