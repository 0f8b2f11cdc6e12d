/**
 * A fixed-window limit per API key with Telnyx's headers: `x-ratelimit-limit`,
 * `x-ratelimit-remaining`, and `x-ratelimit-reset` (seconds until the window resets).
 */
export class RateLimiter {
	private windows = new Map<string, { start: number; count: number }>();

	constructor(
		public limit: number,
		public windowMs: number,
		private readonly now: () => number = Date.now,
	) {}

	/** Counts one request; says whether it is allowed and which headers go with the answer. */
	take(key: string): { allowed: boolean; headers: Record<string, string> } {
		const now = this.now();
		let window = this.windows.get(key);
		if (!window || now - window.start >= this.windowMs) {
			window = { start: now, count: 0 };
			this.windows.set(key, window);
		}
		window.count += 1;
		const allowed = window.count <= this.limit;
		const resetSeconds = Math.max(0, Math.ceil((window.start + this.windowMs - now) / 1000));
		return {
			allowed,
			headers: {
				'x-ratelimit-limit': String(this.limit),
				'x-ratelimit-remaining': String(Math.max(0, this.limit - window.count)),
				'x-ratelimit-reset': String(resetSeconds),
			},
		};
	}

	reset(): void {
		this.windows.clear();
	}
}
