export const UUID_PLACEHOLDER = 'e.g. 12ade33a-21c0-473b-b055-b3c836e1c292';
export const NUMERIC_PLACEHOLDER = 'e.g. 1293384261075731499';

/** Orders and reservations: `pending`, then `success` or `failure`. */
export const ORDERED = { done: ['success'], failed: ['failure'] };

/** Background jobs on phone numbers and blocks: pending → in_progress → completed (or failed). */
export const JOB_DONE = {
	done: ['completed'],
	failed: ['failed', 'expired'],
	reasons: ['failed_operations[].errors[].detail'],
};
