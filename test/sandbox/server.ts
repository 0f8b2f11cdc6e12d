import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SandboxApi, type ApiResponse } from './api';
import { SandboxError, sandboxErrors } from './errors';
import { APPLIED_FAULTS, Faults, type Fault, type FaultRule } from './faults';
import { alteredAnswer, redirectAnswer, withoutPageNumber, writeSpoiltAnswer } from './faultAnswers';
import { EventSigner } from './events/signer';
import { FILES_ROOT } from './files';
import { VERIFICATIONS } from './hooks/verify';
import { placeInboundCall, scriptCall, type CallScript } from './hooks/voice';
import { parseMultipart, type MultipartPart } from './multipart';
import { RateLimiter } from './rateLimit';
import type { SandboxRecord } from './store';

export const SANDBOX_API_KEY = 'KEYSANDBOX0000000000000000000000';
const API_ROOT = '/v2';
const CONTROL_ROOT = '/__sandbox';
const MAX_BODY_BYTES = 20 * 1024 * 1024;

export interface SandboxOptions {
	port?: number;
	host?: string;
	apiKey?: string;
	/** Delay added to every API request, in milliseconds. */
	latencyMs?: number;
	/** Requests allowed per window and per API key; unlimited when absent. */
	rateLimit?: { limit: number; windowMs: number };
	/** 32-byte hex seed of the webhook signing key, for a public key that survives restarts. */
	signingSeed?: string;
}

/** One request as the sandbox received it, for tests to check what a node sent. */
export interface LoggedRequest {
	method: string;
	path: string;
	query: Record<string, string | string[]>;
	headers: Record<string, string | string[] | undefined>;
	body: unknown;
	/** When it arrived (ms since the epoch). */
	at: number;
	parts?: Array<Omit<MultipartPart, 'data'> & { size: number; text?: string }>;
	/** The status answered; -1 when the connection was dropped, -2 for a broken status line. */
	status?: number;
	/** Body bytes written by a trickling or huge answer before it ended or the client left. */
	bytesSent?: number;
}

export interface RunningSandbox {
	/** Base URL to put in the credential: `http://127.0.0.1:PORT/v2`. */
	url: string;
	origin: string;
	apiKey: string;
	api: SandboxApi;
	requests: LoggedRequest[];
	faults: Faults;
	setLatency(ms: number): void;
	setRateLimit(limit?: { limit: number; windowMs: number }): void;
	seed(collection: string, records: SandboxRecord[]): SandboxRecord[];
	/** Signs and sends webhook events as Telnyx would; its public key goes in the credential. */
	events: EventSigner;
	/** The most API requests answered at the same time since the last reset. */
	peakConcurrency(): number;
	/** Stores a file served without the API key (like a pre-signed storage link); returns its URL. */
	putFile(name: string, data: Buffer | string, mimeType: string): string;
	/** Forget records, requests, faults and rate-limit windows. */
	reset(): void;
	stop(): Promise<void>;
}

/** Starts the Telnyx sandbox on loopback. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
	const api = new SandboxApi();
	const faults = new Faults();
	const requests: LoggedRequest[] = [];
	const events = new EventSigner(options.signingSeed);
	api.events = events;
	let inFlight = 0;
	let peakInFlight = 0;
	const apiKey = options.apiKey ?? SANDBOX_API_KEY;
	let latencyMs = options.latencyMs ?? 0;
	let limiter = options.rateLimit ? new RateLimiter(options.rateLimit.limit, options.rateLimit.windowMs) : undefined;

	const server: Server = createServer((req, res) => {
		handle(req, res).catch((error) => {
			if (!res.headersSent) send(res, { status: 500, body: { errors: [{ code: '10007', title: 'Unexpected error', detail: String(error) }] } });
		});
	});
	server.keepAliveTimeout = 30_000;

	async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://sandbox');
		const raw = await readBody(req);
		if (url.pathname.startsWith(CONTROL_ROOT)) return control(req.method ?? 'GET', url, raw, res);
		if (url.pathname.startsWith(FILES_ROOT)) return serveFile(req, url, res);
		if (!url.pathname.startsWith(`${API_ROOT}/`)) return send(res, errorResponse(sandboxErrors.notFound()));

		const path = url.pathname.slice(API_ROOT.length);
		const method = (req.method ?? 'GET').toUpperCase();
		const logged: LoggedRequest = { method, path, query: queryObject(url.searchParams), headers: req.headers, body: undefined, at: Date.now() };
		requests.push(logged);
		// how many API requests are being answered at once: what a client's concurrency really is
		inFlight += 1;
		peakInFlight = Math.max(peakInFlight, inFlight);
		res.once('close', () => (inFlight -= 1));

		if (latencyMs > 0) await delay(latencyMs);
		const fault = faults.take(method, path, url.searchParams);
		if (fault?.kind === 'delay') await delay(fault.ms);

		const auth = req.headers.authorization ?? '';
		if (auth !== `Bearer ${apiKey}`) return finish(res, logged, errorResponse(sandboxErrors.unauthorized()));

		const rate = limiter?.take(apiKey);
		const rateHeaders = rate?.headers ?? {};
		if (rate && !rate.allowed) return finish(res, logged, errorResponse(sandboxErrors.tooManyRequests(rateHeaders)));

		if (fault && !APPLIED_FAULTS.has(fault.kind)) return injectFault(res, logged, fault, rateHeaders);

		let body: unknown;
		try {
			body = parseRequestBody(req.headers['content-type'], raw, logged);
		} catch {
			return finish(res, logged, errorResponse(sandboxErrors.badJson()));
		}
		logged.body = body;

		let answer: ApiResponse;
		const query = fault?.kind === 'ignorePage' ? withoutPageNumber(url.searchParams) : url.searchParams;
		try {
			answer = api.handle({ method, path, query, body, headers: req.headers });
		} catch (error) {
			if (!(error instanceof SandboxError)) throw error;
			answer = errorResponse(error);
		}
		if (fault?.kind === 'applyThenDrop') {
			logged.status = -1;
			return void req.socket.destroy();
		}
		answer = { ...answer, headers: { ...rateHeaders, ...answer.headers } };
		if (fault?.kind === 'drip' || fault?.kind === 'corruptGzip' || fault?.kind === 'badStatusLine') {
			Object.assign(logged, await writeSpoiltAnswer(res, fault, answer));
			return;
		}
		finish(res, logged, fault ? alteredAnswer(fault, answer) : answer);
	}

	function serveFile(req: IncomingMessage, url: URL, res: ServerResponse): void {
		const name = decodeURIComponent(url.pathname.slice(FILES_ROOT.length));
		const file = api.files.get(name);
		const logged: LoggedRequest = { method: req.method ?? 'GET', path: url.pathname, query: {}, headers: req.headers, body: undefined, at: Date.now() };
		requests.push(logged);
		if (!file) {
			return finish(res, logged, { status: 404, body: '<Error><Code>NoSuchKey</Code></Error>', headers: { 'content-type': 'application/xml' } });
		}
		finish(res, logged, { status: 200, body: file.data, headers: { 'content-type': file.mimeType } });
	}

	function control(method: string, url: URL, raw: Buffer, res: ServerResponse): void {
		const route = url.pathname.slice(CONTROL_ROOT.length);
		const body = raw.length ? JSON.parse(raw.toString('utf8')) : {};
		if (route === '/requests' && method === 'GET') return send(res, { status: 200, body: requests });
		if (route === '/requests' && method === 'DELETE') {
			requests.length = 0;
			return send(res, { status: 204 });
		}
		if (route === '/faults' && method === 'POST') {
			faults.add(body as FaultRule);
			return send(res, { status: 201, body: faults.pending() });
		}
		if (route === '/faults' && method === 'DELETE') {
			faults.clear();
			return send(res, { status: 204 });
		}
		if (route === '/seed' && method === 'POST') {
			const { collection, records, count, template } = body as {
				collection: string;
				records?: SandboxRecord[];
				count?: number;
				template?: SandboxRecord;
			};
			const list = records ?? Array.from({ length: count ?? 0 }, (_, i) => expandTemplate(template ?? {}, i + 1));
			return send(res, { status: 201, body: { seeded: running.seed(collection, list).length } });
		}
		if (route === '/config' && method === 'PUT') {
			if (typeof body.latencyMs === 'number') running.setLatency(body.latencyMs);
			if ('rateLimit' in body) running.setRateLimit(body.rateLimit ?? undefined);
			return send(res, { status: 204 });
		}
		if (route === '/reset' && method === 'POST') {
			running.reset();
			return send(res, { status: 204 });
		}
		if (route === '/verifications' && method === 'GET') {
			// the codes the sandbox "sent": what a user would read on their phone
			const phone = url.searchParams.get('phone_number');
			const sent = api.store
				.list(VERIFICATIONS)
				.filter((v) => !phone || v.phone_number === phone)
				.map(({ id, phone_number, type, code, status, created_at }) => ({ id, phone_number, type, code, status, created_at }));
			return send(res, { status: 200, body: { data: sent } });
		}
		if (route === '/calls/script' && method === 'POST') {
			// what the far end of calls to or from a number does: { number?, answer?, digits? }
			scriptCall(api, body as CallScript);
			return send(res, { status: 204 });
		}
		if (route === '/calls/inbound' && method === 'POST') {
			// someone calls one of your numbers: { connection_id, from, to }
			try {
				return send(res, { status: 201, body: { data: placeInboundCall(api, body) } });
			} catch (error) {
				if (error instanceof SandboxError) return send(res, errorResponse(error));
				throw error;
			}
		}
		if (route === '/public-key' && method === 'GET') {
			return send(res, { status: 200, body: { public_key: events.publicKey } });
		}
		if (route === '/events' && method === 'POST') {
			// sign and deliver an event to a URL, as Telnyx would: { type, to, payload? }
			const type = String(body.type ?? 'message.received');
			const event = events.event(type, { payload: body.payload, deliveredTo: body.to });
			events.send(String(body.to), event).then(
				(delivery) => send(res, { status: 200, body: { delivered_to: body.to, status: delivery.status, event } }),
				(error: Error) => send(res, { status: 502, body: { error: error.message } }),
			);
			return;
		}
		if (route === '/stats' && method === 'GET') {
			return send(res, {
				status: 200,
				body: { requests: requests.length, created: Object.fromEntries(api.store.created), collections: api.store.collectionNames() },
			});
		}
		send(res, { status: 404, body: { error: `unknown control route ${method} ${route}` } });
	}

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
	});
	const { port, address } = server.address() as AddressInfo;
	const origin = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
	api.files.origin = origin;

	const running: RunningSandbox = {
		url: `${origin}${API_ROOT}`,
		origin,
		apiKey,
		api,
		requests,
		faults,
		setLatency: (ms) => (latencyMs = ms),
		setRateLimit: (limit) => (limiter = limit ? new RateLimiter(limit.limit, limit.windowMs) : undefined),
		seed: (collection, records) => api.seed(collection, records),
		events,
		putFile: (name, data, mimeType) => api.files.put(name, data, mimeType),
		peakConcurrency: () => peakInFlight,
		reset: () => {
			peakInFlight = 0;
			api.store.clear();
			api.files.clear();
			requests.length = 0;
			faults.clear();
			limiter?.reset();
		},
		stop: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
	return running;
}

function injectFault(res: ServerResponse, logged: LoggedRequest, fault: Fault, headers: Record<string, string>): void {
	switch (fault.kind) {
		case 'redirect':
			return finish(res, logged, redirectAnswer(fault));
		case 'huge':
			void writeSpoiltAnswer(res, fault, { status: 200 }).then((written) => Object.assign(logged, written));
			return;
		case 'drop':
			logged.status = -1;
			res.socket?.destroy();
			return;
		case 'truncate': {
			logged.status = 200;
			res.writeHead(200, { 'content-type': 'application/json', 'content-length': '200', ...headers });
			res.write('{"data": {"id": "trunc');
			setTimeout(() => res.socket?.destroy(), 5);
			return;
		}
		case 'invalidJson':
			return finish(res, logged, { status: 200, headers: { ...headers, 'content-type': 'application/json' }, body: '{"data": [1, 2,' });
		case 'status': {
			const kind = fault.body ?? 'telnyx';
			const body =
				kind === 'html'
					? `<html><head><title>${fault.status}</title></head><body><h1>${fault.status} Bad Gateway</h1><p>nginx</p></body></html>`
					: kind === 'empty'
						? undefined
						: { errors: sandboxErrors.server(fault.status).errors };
			const contentType = kind === 'html' ? 'text/html' : 'application/json';
			return finish(res, logged, { status: fault.status, headers: { ...headers, 'content-type': contentType, ...fault.headers }, body });
		}
		default:
			return;
	}
}

function errorResponse(error: SandboxError): ApiResponse {
	return { status: error.status, headers: error.headers, body: { errors: error.errors } };
}

function finish(res: ServerResponse, logged: LoggedRequest, answer: ApiResponse): void {
	logged.status = answer.status;
	send(res, answer);
}

function send(res: ServerResponse, answer: ApiResponse): void {
	const headers: Record<string, string> = { ...answer.headers };
	let payload: Buffer | undefined;
	if (Buffer.isBuffer(answer.body)) {
		payload = answer.body;
		headers['content-type'] ??= 'application/octet-stream';
	} else if (typeof answer.body === 'string') {
		payload = Buffer.from(answer.body);
		headers['content-type'] ??= 'text/plain; charset=utf-8';
	} else if (answer.body !== undefined) {
		payload = Buffer.from(JSON.stringify(answer.body));
		headers['content-type'] ??= 'application/json';
	}
	if (payload) headers['content-length'] = String(payload.length);
	res.writeHead(answer.status, headers);
	res.end(payload);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > MAX_BODY_BYTES) {
				reject(new Error('body too large'));
				req.destroy();
				return;
			}
			chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

function parseRequestBody(contentType: string | undefined, raw: Buffer, logged: LoggedRequest): unknown {
	if (raw.length === 0) return undefined;
	const type = (contentType ?? '').toLowerCase();
	if (type.startsWith('multipart/form-data')) {
		const parts = parseMultipart(raw, contentType!);
		logged.parts = parts.map(({ data, ...rest }) => ({
			...rest,
			size: data.length,
			...(rest.filename ? {} : { text: data.toString('utf8') }),
		}));
		const fields: Record<string, unknown> = {};
		for (const part of parts) fields[part.name] = part.filename ? { filename: part.filename, contentType: part.contentType, data: part.data } : part.data.toString('utf8');
		return fields;
	}
	if (type.includes('json') || type === '') return JSON.parse(raw.toString('utf8'));
	if (type.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
	return raw;
}

function queryObject(params: URLSearchParams): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	for (const key of new Set(params.keys())) {
		const values = params.getAll(key);
		out[key] = values.length === 1 ? values[0] : values;
	}
	return out;
}

/** `{ "connection_name": "conn-{n}" }` → `conn-1`, `conn-2`… */
function expandTemplate(template: SandboxRecord, n: number): SandboxRecord {
	return JSON.parse(JSON.stringify(template).replace(/\{n\}/g, String(n)));
}

function delay(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
