import { pause } from './pause';
import { header, MAX_DELAY_MS, parseRateLimitReset, type ResponseHeaders } from './retryPolicy';

/**
 * Paces requests by Telnyx's `x-ratelimit-remaining` / `x-ratelimit-reset` headers: when the
 * window's allowance is spent, new requests wait for the reset instead of meeting a 429.
 * One gate serves one node run (all its items and pages); it is dropped with the run.
 */
const RESET_MARGIN_MS = 60;

export class RateLimitGate {
	/** Requests the window still allows, as far as this run can tell; undefined when unknown. */
	private remaining?: number;
	private resetAt = 0;
	/** Requests sent and not answered yet: the server may count them at any moment. */
	private inFlight = 0;

	constructor(private readonly now: () => number = Date.now) {}

	/**
	 * Waits, if the allowance is spent, and takes one request from it. Resolves false, taking
	 * nothing, when the execution is cancelled while waiting.
	 */
	async take(signal?: AbortSignal): Promise<boolean> {
		while (this.remaining !== undefined && this.remaining <= 0) {
			const wait = this.resetAt - this.now();
			if (wait <= 0) {
				this.remaining = undefined;
				break;
			}
			if (!(await pause(wait + Math.floor(Math.random() * 20), signal))) return false;
		}
		if (this.remaining !== undefined) this.remaining -= 1;
		this.inFlight += 1;
		return true;
	}

	/**
	 * An answer came: learn the allowance from its headers. `sentAt` is when its request left:
	 * the reset (whole seconds) counts from about then, so the earliest request of a window
	 * tells its end most precisely.
	 */
	observe(headers: ResponseHeaders, sentAt = this.now()): void {
		this.inFlight = Math.max(0, this.inFlight - 1);
		const remaining = Number(header(headers, 'x-ratelimit-remaining'));
		const reset = parseRateLimitReset(header(headers, 'x-ratelimit-reset'), this.now());
		if (!Number.isFinite(remaining) || reset === undefined) return;
		// a little after: a request sent right at the reset may still reach the old window, and the
		// window began when the request arrived, up to a round trip after it left (a slow or busy
		// moment). No longer than a 429 would wait: past that, a request goes and a 429 is retried.
		const margin = Math.max(RESET_MARGIN_MS, this.now() - sentAt);
		const estimate = sentAt + Math.min(Math.max(reset, 0), MAX_DELAY_MS) + margin;
		// requests still under way will be counted too
		const allowance = remaining - this.inFlight;
		if (this.remaining === undefined || this.now() >= this.resetAt) {
			this.remaining = allowance;
			this.resetAt = estimate;
			return;
		}
		// the same window: answers arrive out of order, the most cautious count wins
		this.remaining = Math.min(this.remaining, allowance);
		this.resetAt = Math.min(this.resetAt, estimate);
	}

	/** A request ended without an answer to learn from. */
	release(): void {
		this.inFlight = Math.max(0, this.inFlight - 1);
	}
}

const gates = new WeakMap<object, RateLimitGate>();

/** The gate of a node run, keyed by its execution context (gone when the run is). */
export function rateLimitGateFor(context: object): RateLimitGate {
	let gate = gates.get(context);
	if (!gate) {
		gate = new RateLimitGate();
		gates.set(context, gate);
	}
	return gate;
}
