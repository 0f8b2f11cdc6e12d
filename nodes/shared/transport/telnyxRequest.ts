import {
	NodeApiError,
	NodeOperationError,
	sleep,
	type IDataObject,
	type IExecuteFunctions,
	type IHookFunctions,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type INode,
	type IWebhookFunctions,
} from 'n8n-workflow';
import {
	MAX_ATTEMPTS,
	header,
	isKnownNetworkCode,
	isRetryable,
	retryDelayMs,
	type Failure,
	type ResponseHeaders,
} from './retryPolicy';
import { rateLimitGateFor } from './rateLimitGate';
import { telnyxApiError, telnyxNetworkError } from './telnyxError';

export const TELNYX_CREDENTIAL = 'telnyxApi';
export const DEFAULT_BASE_URL = 'https://api.telnyx.com/v2';
export const DEFAULT_TIMEOUT_MS = 30_000;

export type TelnyxContext = IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions | IWebhookFunctions;

export interface TelnyxRequest {
	method: IHttpRequestMethods;
	/** Path below the base URL, already expanded and encoded: `/credential_connections/123`. */
	path: string;
	/**
	 * A whole URL outside the API (a recording's download link) instead of `path`. Such requests
	 * are sent without the API key: it must never leave for another host.
	 */
	externalUrl?: string;
	/** Flat query parameters: `{ 'page[number]': 2, 'filter[fqdn]': 'sip.example.com' }`. */
	qs?: IDataObject;
	/** JSON body, or raw bytes with their content type in `headers`. */
	body?: IDataObject | IDataObject[] | Buffer;
	headers?: Record<string, string>;
	/** How to read the response body. */
	responseKind?: 'json' | 'binary' | 'text';
	/** Whether repeating the request is harmless; defaults to every method but POST. */
	idempotent?: boolean;
	timeoutMs?: number;
	itemIndex?: number;
}

export interface TelnyxResponse<T = unknown> {
	statusCode: number;
	headers: ResponseHeaders;
	body: T;
}

interface RawResponse {
	statusCode: number;
	headers: ResponseHeaders;
	body: unknown;
}

/**
 * The one way this package talks to Telnyx: authentication (through the credential),
 * base URL, timeouts, retries with backoff that honour `Retry-After` and the rate-limit
 * headers, and errors mapped to NodeApiError without any secret in them.
 */
export async function telnyxRequest<T = unknown>(
	this: TelnyxContext,
	request: TelnyxRequest,
): Promise<TelnyxResponse<T>> {
	const node = this.getNode();
	const baseUrl = await telnyxBaseUrl.call(this);
	const idempotent = request.idempotent ?? request.method !== 'POST';
	const responseKind = request.responseKind ?? 'json';
	const external = request.externalUrl !== undefined;
	const options: IHttpRequestOptions = {
		method: request.method,
		url: external ? request.externalUrl! : `${baseUrl}${request.path}`,
		qs: request.qs,
		// Telnyx spells list filters `filter[status][]=a&filter[status][]=b`
		arrayFormat: 'brackets',
		body: request.body,
		headers: { Accept: responseKind === 'json' ? 'application/json' : '*/*', ...request.headers },
		json: responseKind === 'json' && !Buffer.isBuffer(request.body),
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: request.timeoutMs ?? DEFAULT_TIMEOUT_MS,
		...(responseKind === 'json' ? {} : { encoding: 'arraybuffer' as const }),
		// n8n follows redirects and re-sends Authorization to other hosts by default. The API
		// never redirects, so a 3xx is reported; storage links may redirect, without the key.
		...(external ? { sendCredentialsOnCrossOriginRedirect: false } : { disableFollowRedirect: true }),
	};

	const gate = external ? undefined : rateLimitGateFor(this);
	for (let attempt = 1; ; attempt++) {
		throwIfCancelled(this, node, request.itemIndex);
		await gate?.take();
		let failure: Failure | NodeOperationError | NodeApiError;
		let raw: RawResponse | undefined;
		const sentAt = Date.now();
		try {
			raw = (
				external
					? await this.helpers.httpRequest({ ...options })
					: await this.helpers.httpRequestWithAuthentication.call(this, TELNYX_CREDENTIAL, { ...options })
			) as RawResponse;
		} catch (error) {
			failure = classifyThrown(node, error, request.itemIndex);
		}
		if (raw) {
			gate?.observe(raw.headers ?? {}, sentAt);
			if (raw.statusCode >= 200 && raw.statusCode < 300) {
				const body = readBody(raw.body, responseKind);
				if (body.ok) return { statusCode: raw.statusCode, headers: raw.headers, body: body.value as T };
				failure = { kind: 'malformed' };
			} else if (raw.statusCode >= 300 && raw.statusCode < 400) {
				failure = { kind: 'redirect', status: raw.statusCode, location: header(raw.headers ?? {}, 'location') };
			} else {
				failure = { kind: 'status', status: raw.statusCode, headers: raw.headers ?? {} };
			}
		} else {
			gate?.release();
		}
		failure = failure!;
		if (failure instanceof Error) throw failure;

		if (attempt >= MAX_ATTEMPTS || !isRetryable(failure, idempotent)) {
			const host = external ? request.externalUrl! : baseUrl;
			throw finalError(node, failure, raw, { itemIndex: request.itemIndex, attempts: attempt, baseUrl: host });
		}
		await sleep(retryDelayMs(failure, attempt));
	}
}

/** A thrown request is either a network failure worth classifying or an error to surface as is. */
function classifyThrown(node: INode, error: unknown, itemIndex?: number): Failure | NodeOperationError | NodeApiError {
	if (error instanceof NodeOperationError) return error;
	const code = networkCodeOf(error);
	return code ? { kind: 'network', code } : unexpectedTransportError(node, error, itemIndex);
}

const baseUrls = new WeakMap<object, Promise<string>>();

/** Base URL from the credential, without a trailing slash; read once per node run. */
export async function telnyxBaseUrl(this: TelnyxContext): Promise<string> {
	let baseUrl = baseUrls.get(this);
	if (!baseUrl) {
		baseUrl = this.getCredentials(TELNYX_CREDENTIAL).then((credentials) => {
			const configured = typeof credentials.baseUrl === 'string' ? credentials.baseUrl.trim() : '';
			return (configured || DEFAULT_BASE_URL).replace(/\/+$/, '');
		});
		baseUrl.catch(() => baseUrls.delete(this));
		baseUrls.set(this, baseUrl);
	}
	return await baseUrl;
}

function readBody(body: unknown, kind: 'json' | 'binary' | 'text'): { ok: boolean; value?: unknown } {
	if (kind === 'binary') return { ok: true, value: toBuffer(body) };
	if (kind === 'text') return { ok: true, value: toBuffer(body).toString('utf8') };
	if (body === undefined || body === null || body === '') return { ok: true, value: undefined };
	if (typeof body !== 'string') return { ok: true, value: body };
	// axios hands back the raw text when the JSON does not parse (truncated or an HTML page)
	try {
		return { ok: true, value: JSON.parse(body) };
	} catch {
		return { ok: false };
	}
}

function toBuffer(body: unknown): Buffer {
	if (Buffer.isBuffer(body)) return body;
	if (body instanceof ArrayBuffer) return Buffer.from(body);
	if (typeof body === 'string') return Buffer.from(body, 'utf8');
	if (body === undefined || body === null) return Buffer.alloc(0);
	return Buffer.from(JSON.stringify(body), 'utf8');
}

function finalError(
	node: INode,
	failure: Failure,
	raw: RawResponse | undefined,
	context: { itemIndex?: number; attempts: number; baseUrl: string },
) {
	const options = { itemIndex: context.itemIndex, attempts: context.attempts };
	switch (failure.kind) {
		case 'status':
			return telnyxApiError(node, failure.status, raw?.body, options);
		case 'malformed':
			return telnyxNetworkError(
				node,
				`Telnyx answered ${raw?.statusCode ?? ''} with a body that is not valid JSON`.replace('  ', ' '),
				'The response was cut off or is not JSON. The request may have been applied; check before repeating it.',
				options,
			);
		case 'network':
			return telnyxNetworkError(node, networkReason(failure.code, context.baseUrl), networkHint(failure.code), options);
		case 'redirect':
			return telnyxNetworkError(
				node,
				`Telnyx answered ${failure.status} with a redirect to ${redirectTarget(failure.location, context.baseUrl)}`,
				"Telnyx's API does not redirect, so the redirect was not followed and the API key was not sent there. Check the Base URL in the Telnyx API credential.",
				{ ...options, httpCode: String(failure.status) },
			);
	}
}

/** The host a redirect points at (never its path or query, which may carry tokens). */
function redirectTarget(location: string | undefined, baseUrl: string): string {
	if (!location) return 'nowhere (no Location header)';
	try {
		return new URL(location, baseUrl).host || 'an unknown host';
	} catch {
		return 'an invalid address';
	}
}

function networkReason(code: string, baseUrl: string): string {
	const host = safeHost(baseUrl);
	switch (code) {
		case 'ECONNREFUSED':
			return `Could not connect to ${host}: connection refused`;
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return `Could not resolve ${host}`;
		case 'ETIMEDOUT':
		case 'ECONNABORTED':
			return `Telnyx did not answer in time (${host})`;
		default:
			return `The connection to ${host} failed (${code})`;
	}
}

function networkHint(code: string): string {
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ECONNREFUSED') {
		return 'Check the Base URL in the Telnyx API credential and the network between n8n and Telnyx.';
	}
	return 'The request may or may not have been applied by Telnyx; check before repeating it.';
}

function safeHost(baseUrl: string): string {
	try {
		return new URL(baseUrl).host;
	} catch {
		return 'the Telnyx API';
	}
}

/** The Node.js/axios error code behind a failed request, if it is a network failure. */
export function networkCodeOf(error: unknown): string | undefined {
	const seen = new Set<unknown>();
	let current: unknown = error;
	while (current && typeof current === 'object' && !seen.has(current)) {
		seen.add(current);
		const { code, message } = current as { code?: unknown; message?: unknown };
		if (typeof code === 'string' && isKnownNetworkCode(code)) return code;
		if (typeof message === 'string') {
			if (/timeout of \d+ms exceeded/i.test(message)) return 'ECONNABORTED';
			if (/socket hang up/i.test(message)) return 'ECONNRESET';
			// axios: the connection closed while the body was still arriving
			if (/stream has been aborted|premature close/i.test(message)) return 'ECONNRESET';
			const match = message.match(/\b(E[A-Z_]{4,})\b/);
			if (match && isKnownNetworkCode(match[1])) return match[1];
		}
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}

function throwIfCancelled(context: TelnyxContext, node: INode, itemIndex?: number): void {
	const signal = 'getExecutionCancelSignal' in context ? context.getExecutionCancelSignal() : undefined;
	if (signal?.aborted) {
		throw telnyxNetworkError(node, 'The execution was cancelled', 'No further requests were sent.', { itemIndex });
	}
}

function unexpectedTransportError(node: INode, error: unknown, itemIndex?: number) {
	const reason = error instanceof Error && error.message ? error.message : 'The request could not be sent';
	return telnyxNetworkError(node, stripSecrets(reason), 'The request to Telnyx could not be completed.', {
		itemIndex,
	});
}

/** Error texts from lower layers may quote headers; never let a bearer token through. */
function stripSecrets(text: string): string {
	return text.replace(/Bearer\s+[^\s"',]+/gi, 'Bearer ***');
}
