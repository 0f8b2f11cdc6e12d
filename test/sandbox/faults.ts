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
	| { kind: 'applyThenDrop' };

export interface FaultRule {
	fault: Fault;
	/** How many matching requests it applies to. */
	times: number;
	method?: string;
	/** Substring or regular expression source the request path must match. */
	path?: string;
}

export class Faults {
	private rules: FaultRule[] = [];

	add(rule: FaultRule): void {
		this.rules.push({ ...rule });
	}

	/** The fault for this request, if a rule matches; consumes one use of it. */
	take(method: string, path: string): Fault | undefined {
		const rule = this.rules.find(
			(r) =>
				r.times > 0 &&
				(!r.method || r.method.toUpperCase() === method) &&
				(!r.path || path.includes(r.path) || safeRegExp(r.path)?.test(path)),
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
