export const UUID_PLACEHOLDER = 'e.g. 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0';

/**
 * A porting order after Submit: in-process → submitted → foc-date-confirmed (the losing carrier
 * accepted, with a date) → ported. An exception needs the user; a cancelled order is over.
 */
export const SUBMITTED = {
	statusField: 'status.value',
	done: ['foc-date-confirmed', 'ported'],
	failed: ['exception', 'cancelled', 'cancel-pending'],
	reasons: ['status.details[].description'],
};

/** Activate answers with an activation job; the wait follows the order itself until it is ported. */
export const ACTIVATED = { ...SUBMITTED, done: ['ported'], fromPath: true };
