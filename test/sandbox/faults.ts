/** Switchable misbehaviour, consumed request by request: the weather a client must survive. */
export type Fault =
	/** Answer with this status (Telnyx error body unless `body` says otherwise). */
	| { kind: 'status'; status: number; headers?: Record<string, string>; body?: 'telnyx' | 'html' | 'empty' }
	/** Close the socket without answering. */
	| { kind: 'drop' }
	/** Close the socket halfway through a successful response. */
	| { kind: 'truncate' }
	/** Answer 200 with a body that is not JSON. */
	| { kind: 'invalidJson' }
	/** Wait this long before handling the request (slower than a client's timeout, say). */
	| { kind: 'delay'; ms: number }
	/** Handle the request (it takes effect) and then drop the connection instead of answering. */
	| { kind: 'applyThenDrop' }
	/** Answer with a redirect to `location` (another origin, say) without handling the request. */
	| { kind: 'redirect'; status: 301 | 302 | 303 | 307 | 308; location: string }
	/** Handle the request, then send its answer one byte every `everyMs` (headers at once). */
	| { kind: 'drip'; everyMs: number }
	/** Answer 200 with valid JSON of about `bytes` bytes, chunked unless `contentLength` is set. */
	| { kind: 'huge'; bytes: number; contentLength?: boolean }
	/** Handle the request and add these headers to its answer (absurd rate-limit values, say). */
	| { kind: 'headers'; headers: Record<string, string> }
	/** Handle a list request as if it named no page number: the first page, whatever was asked (and `meta` as below). */
	| { kind: 'ignorePage'; meta?: Record<string, unknown> }
	/** Handle the request and overwrite fields of its answer's `meta`; null removes a field. */
	| { kind: 'meta'; meta: Record<string, unknown> }
	/** Handle the request (it takes effect), then answer with a gzip body that does not inflate. */
	| { kind: 'corruptGzip' }
	/** Handle the request (it takes effect), then answer with a status line that is not HTTP. */
	| { kind: 'badStatusLine' };

/** Faults that let the request take effect and then change or spoil its answer. */
export const APPLIED_FAULTS: ReadonlySet<Fault['kind']> = new Set([
	'delay',
	'applyThenDrop',
	'drip',
	'headers',
	'ignorePage',
	'meta',
	'corruptGzip',
	'badStatusLine',
]);

export interface FaultRule {
	fault: Fault;
	/** How many matching requests it applies to. */
	times: number;
	method?: string;
	/** Substring or regular expression source the request path must match. */
	path?: string;
	/** Query parameters the request must carry with these values: `{ 'page[number]': '7' }`. */
	query?: Record<string, string>;
	/** Matching requests to let through untouched before the fault starts applying. */
	skip?: number;
}

export class Faults {
	private rules: FaultRule[] = [];

	add(rule: FaultRule): void {
		this.rules.push({ ...rule });
	}

	/** The fault for this request, if a rule matches; consumes one use of it. */
	take(method: string, path: string, query: URLSearchParams = new URLSearchParams()): Fault | undefined {
		const rule = this.rules.find(
			(r) =>
				r.times > 0 &&
				(!r.method || r.method.toUpperCase() === method) &&
				(!r.path || path.includes(r.path) || safeRegExp(r.path)?.test(path)) &&
				Object.entries(r.query ?? {}).every(([key, value]) => query.get(key) === value) &&
				!(r.skip && r.skip-- > 0),
		);
		if (!rule) return undefined;
		rule.times -= 1;
		this.rules = this.rules.filter((r) => r.times > 0);
		return rule.fault;
	}

	clear(): void {
		this.rules = [];
	}

	pending(): FaultRule[] {
		return this.rules.map((r) => ({ ...r }));
	}
}

function safeRegExp(source: string): RegExp | undefined {
	try {
		return new RegExp(source);
	} catch {
		return undefined;
	}
}
