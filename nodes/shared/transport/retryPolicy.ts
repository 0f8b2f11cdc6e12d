/** When a failed request is sent again, and how long to wait first. */

export const MAX_ATTEMPTS = 5;
const BASE_DELAY_MS = 500;
/** The longest any wait lasts, whatever a server asks: a 429's retry and the rate-limit gate. */
export const MAX_DELAY_MS = 30_000;

export type ResponseHeaders = Record<string, string | string[] | undefined>;

/** Network failures where the request never reached Telnyx, so it cannot have been applied. */
const NOT_DELIVERED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** Network failures after the request may have been received. */
const MAYBE_DELIVERED = new Set(['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'EPIPE', 'ERR_SOCKET_CLOSED']);

export type Failure =
	| { kind: 'status'; status: number; headers: ResponseHeaders }
	| { kind: 'network'; code: string }
	/** An answer that could not be read: not JSON, a corrupt gzip body, or not HTTP at all. */
	| { kind: 'malformed'; reason?: 'json' | 'gzip' | 'http' }
	/** The secure connection failed before anything was sent; it will fail the same way again. */
	| { kind: 'tls'; code: string }
	/** A JSON or text answer larger than `limit` bytes: it would be as large the next time. */
	| { kind: 'tooLarge'; limit: number }
	/** Telnyx's API does not redirect: a 3xx is not followed, and never repeated. */
	| { kind: 'redirect'; status: number; location?: string };

/**
 * 429 and undelivered requests are always safe to repeat. 5xx, timeouts, dropped connections
 * and unreadable bodies may follow a request that was applied, so only idempotent ones repeat.
 */
export function isRetryable(failure: Failure, idempotent: boolean): boolean {
	switch (failure.kind) {
		case 'status':
			if (failure.status === 429) return true;
			return idempotent && [500, 502, 503, 504].includes(failure.status);
		case 'network':
			if (NOT_DELIVERED.has(failure.code)) return true;
			return idempotent && MAYBE_DELIVERED.has(failure.code);
		case 'malformed':
			return idempotent;
		case 'tls':
		case 'tooLarge':
		case 'redirect':
			return false;
	}
}

/** Whether Telnyx may have carried out a request that ended this way (so a repeat may find it done). */
export function mayHaveBeenApplied(failure: Failure): boolean {
	switch (failure.kind) {
		case 'status':
			return failure.status >= 500;
		case 'network':
			return MAYBE_DELIVERED.has(failure.code);
		case 'malformed':
			return true;
		default:
			return false;
	}
}

export function isKnownNetworkCode(code: string): boolean {
	return NOT_DELIVERED.has(code) || MAYBE_DELIVERED.has(code);
}

/**
 * Waits as the server asks (`Retry-After`, then `x-ratelimit-reset` on 429), otherwise
 * exponential backoff with jitter: ~0.5 s, 1 s, 2 s, 4 s.
 */
export function retryDelayMs(failure: Failure, attempt: number, now = Date.now(), random = Math.random): number {
	if (failure.kind === 'status') {
		const retryAfter = parseRetryAfter(header(failure.headers, 'retry-after'), now);
		if (retryAfter !== undefined) return Math.min(retryAfter, MAX_DELAY_MS);
		if (failure.status === 429) {
			const reset = parseRateLimitReset(header(failure.headers, 'x-ratelimit-reset'), now);
			if (reset !== undefined) return Math.min(reset + Math.floor(random() * 100), MAX_DELAY_MS);
		}
	}
	const exponential = BASE_DELAY_MS * 2 ** (attempt - 1);
	return Math.min(Math.round(exponential * (0.5 + random() / 2)), MAX_DELAY_MS);
}

export function header(headers: ResponseHeaders, name: string): string | undefined {
	const value = headers[name] ?? headers[name.toLowerCase()];
	return Array.isArray(value) ? value[0] : value;
}

/** `Retry-After` is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Milliseconds until the window resets. Telnyx documents seconds until then; a Unix time in
 * seconds or milliseconds is read as that moment. Callers cap what comes out.
 */
export function parseRateLimitReset(value: string | undefined, now: number): number | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const number = Number(value);
	if (!Number.isFinite(number) || number < 0) return undefined;
	if (number >= 100_000_000_000) return Math.max(0, number - now);
	if (number >= 1_000_000_000) return Math.max(0, number * 1000 - now);
	return number * 1000;
}
