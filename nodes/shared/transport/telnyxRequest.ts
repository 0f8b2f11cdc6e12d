import {
	type IDataObject,
	type IExecuteFunctions,
	type IHookFunctions,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type INode,
	type IWebhookFunctions,
} from 'n8n-workflow';
import { normaliseBaseUrl } from './baseUrl';
import { finalError } from './failures';
import { pause } from './pause';
import {
	MAX_ATTEMPTS,
	header,
	isRetryable,
	mayHaveBeenApplied,
	retryDelayMs,
	type Failure,
	type ResponseHeaders,
} from './retryPolicy';
import { rateLimitGateFor } from './rateLimitGate';
import { readBody } from './responseBody';
import { sendAttempt, type RawResponse } from './sendAttempt';
import { telnyxNetworkError } from './telnyxError';

export const TELNYX_CREDENTIAL = 'telnyxApi';
export { DEFAULT_BASE_URL } from './baseUrl';
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
	/** JSON body, or raw bytes (or form text) with their content type in `headers`. */
	body?: IDataObject | IDataObject[] | Buffer | string;
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
	const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
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
		timeout: timeoutMs,
		// JSON and text are streamed, so that an oversized answer can be stopped early
		encoding: responseKind === 'binary' ? 'arraybuffer' : 'stream',
		// n8n follows redirects and re-sends Authorization to other hosts by default. The API
		// never redirects, so a 3xx is reported; storage links may redirect, without the key.
		...(external ? { sendCredentialsOnCrossOriginRedirect: false } : { disableFollowRedirect: true }),
	};

	const gate = external ? undefined : rateLimitGateFor(this);
	let appliedMaybe = false;
	for (let attempt = 1; ; attempt++) {
		const cancel = cancelSignalOf(this);
		throwIfCancelled(cancel, node, request.itemIndex);
		if (gate && !(await gate.take(cancel))) throw cancelledError(node, request.itemIndex);
		const sentAt = Date.now();
		const outcome = await sendAttempt.call(this, options, {
			external,
			credential: TELNYX_CREDENTIAL,
			kind: responseKind,
			timeoutMs,
			cancel,
			itemIndex: request.itemIndex,
		});
		if ('cancelled' in outcome) {
			gate?.release();
			throw cancelledError(node, request.itemIndex);
		}
		let failure: Failure;
		let raw: RawResponse | undefined;
		if ('raw' in outcome) {
			raw = outcome.raw;
			gate?.observe(raw.headers ?? {}, sentAt);
			// a delete repeated after an answer was lost finds the record gone: that is what it asked
			if (request.method === 'DELETE' && raw.statusCode === 404 && appliedMaybe) {
				return { statusCode: raw.statusCode, headers: raw.headers, body: undefined as T };
			}
			const refused = failureOfStatus(raw);
			if (!refused) {
				const body = readBody(raw.body, responseKind);
				if (body.ok) return { statusCode: raw.statusCode, headers: raw.headers, body: body.value as T };
			}
			failure = refused ?? { kind: 'malformed', reason: 'json' };
		} else {
			gate?.release();
			if (outcome.failure instanceof Error) throw outcome.failure;
			failure = outcome.failure;
		}

		if (attempt >= MAX_ATTEMPTS || !isRetryable(failure, idempotent)) {
			const host = external ? request.externalUrl! : baseUrl;
			throw finalError(node, failure, raw, {
				itemIndex: request.itemIndex,
				attempts: attempt,
				baseUrl: host,
				method: request.method,
			});
		}
		appliedMaybe ||= mayHaveBeenApplied(failure);
		if (!(await pause(retryDelayMs(failure, attempt), cancel))) throw cancelledError(node, request.itemIndex);
	}
}

/** What an answer's status says when it is not a 2xx. */
function failureOfStatus(raw: RawResponse): Failure | undefined {
	if (raw.statusCode >= 200 && raw.statusCode < 300) return undefined;
	if (raw.statusCode >= 300 && raw.statusCode < 400) {
		return { kind: 'redirect', status: raw.statusCode, location: header(raw.headers ?? {}, 'location') };
	}
	return { kind: 'status', status: raw.statusCode, headers: raw.headers ?? {} };
}

const baseUrls = new WeakMap<object, Promise<string>>();

/** Base URL from the credential, read as the credential test reads it; once per node run. */
export async function telnyxBaseUrl(this: TelnyxContext): Promise<string> {
	let baseUrl = baseUrls.get(this);
	if (!baseUrl) {
		baseUrl = this.getCredentials(TELNYX_CREDENTIAL).then((credentials) => normaliseBaseUrl(credentials.baseUrl));
		baseUrl.catch(() => baseUrls.delete(this));
		baseUrls.set(this, baseUrl);
	}
	return await baseUrl;
}

export { networkCodeOf } from './failures';

function cancelSignalOf(context: TelnyxContext): AbortSignal | undefined {
	return 'getExecutionCancelSignal' in context ? context.getExecutionCancelSignal() : undefined;
}

function throwIfCancelled(signal: AbortSignal | undefined, node: INode, itemIndex?: number): void {
	if (signal?.aborted) throw cancelledError(node, itemIndex);
}

function cancelledError(node: INode, itemIndex?: number) {
	return telnyxNetworkError(node, 'The execution was cancelled', 'No further requests were sent.', { itemIndex });
}
