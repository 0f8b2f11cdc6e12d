import { NodeApiError, NodeOperationError, type INode } from 'n8n-workflow';
import { isKnownNetworkCode, type Failure } from './retryPolicy';
import { AnswerTooLargeError } from './responseBody';
import { telnyxApiError, telnyxNetworkError } from './telnyxError';

const MAYBE_APPLIED = 'The request may or may not have been applied by Telnyx; check before repeating it.';
const CHECK_BASE_URL = 'Check the Base URL in the Telnyx API credential and the network between n8n and Telnyx.';

/** Certificate problems Node.js names by code, in words. */
const CERTIFICATE_REASONS: Record<string, string> = {
	DEPTH_ZERO_SELF_SIGNED_CERT: 'its certificate is self-signed and not trusted',
	SELF_SIGNED_CERT_IN_CHAIN: 'its certificate is signed by an authority that is not trusted',
	UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its certificate is not signed by a trusted authority',
	UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its certificate is not signed by a trusted authority',
	CERT_HAS_EXPIRED: 'its certificate has expired',
	CERT_NOT_YET_VALID: 'its certificate is not valid yet',
	ERR_TLS_CERT_ALTNAME_INVALID: 'its certificate is for another host name',
	ERR_SSL_WRONG_VERSION_NUMBER: 'it does not answer with HTTPS there',
};

/** What a thrown request error means: a failure to handle, or an error to surface as it is. */
export function classifyThrown(node: INode, error: unknown, itemIndex?: number): Failure | NodeOperationError | NodeApiError {
	if (error instanceof NodeOperationError) return error;
	if (error instanceof AnswerTooLargeError) return { kind: 'tooLarge', limit: error.limit };
	return failureOf(error) ?? unexpectedTransportError(node, error, itemIndex);
}

/** Walks an error and its causes for a network, TLS or unreadable-answer failure. */
function failureOf(error: unknown): Failure | undefined {
	const seen = new Set<unknown>();
	let current: unknown = error;
	while (current && typeof current === 'object' && !seen.has(current)) {
		seen.add(current);
		const { code, message } = current as { code?: unknown; message?: unknown };
		const text = typeof message === 'string' ? message : '';
		if (typeof code === 'string') {
			if (isKnownNetworkCode(code)) return { kind: 'network', code };
			if (code in CERTIFICATE_REASONS || /^ERR_(SSL|TLS)_/.test(code)) return { kind: 'tls', code };
			if (code === 'EPROTO' || /SSL routines/.test(text)) {
				return { kind: 'tls', code: /wrong version number/i.test(text) ? 'ERR_SSL_WRONG_VERSION_NUMBER' : code };
			}
			// zlib could not inflate the body; the HTTP parser met something that is not HTTP
			if (/^Z_/.test(code)) return { kind: 'malformed', reason: 'gzip' };
			if (/^HPE_/.test(code)) return { kind: 'malformed', reason: 'http' };
		}
		const fromMessage = networkCodeInMessage(text);
		if (fromMessage) return { kind: 'network', code: fromMessage };
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}

function networkCodeInMessage(message: string): string | undefined {
	if (/timeout of \d+ms exceeded/i.test(message)) return 'ECONNABORTED';
	if (/socket hang up/i.test(message)) return 'ECONNRESET';
	// axios: the connection closed while the body was still arriving
	if (/stream has been aborted|premature close/i.test(message)) return 'ECONNRESET';
	const match = message.match(/\b(E[A-Z_]{4,})\b/);
	return match && isKnownNetworkCode(match[1]) ? match[1] : undefined;
}

/** The Node.js/axios error code behind a failed request, if it is a network failure. */
export function networkCodeOf(error: unknown): string | undefined {
	const failure = failureOf(error);
	return failure?.kind === 'network' ? failure.code : undefined;
}

/** The error a request ends with once it is not tried again. */
export function finalError(
	node: INode,
	failure: Failure,
	raw: { statusCode: number; body: unknown } | undefined,
	context: { itemIndex?: number; attempts: number; baseUrl: string; method: string },
): NodeApiError {
	const options = { itemIndex: context.itemIndex, attempts: context.attempts };
	const host = safeHost(context.baseUrl);
	switch (failure.kind) {
		case 'status':
			return telnyxApiError(node, failure.status, raw?.body, options);
		case 'malformed':
			if (failure.reason === 'gzip') return telnyxNetworkError(node, "Telnyx's answer could not be read: its compressed body is corrupt", MAYBE_APPLIED, options);
			if (failure.reason === 'http') return telnyxNetworkError(node, "Telnyx's answer could not be read: it is not valid HTTP", MAYBE_APPLIED, options);
			return telnyxNetworkError(
				node,
				`Telnyx answered ${raw?.statusCode ?? ''} with a body that is not valid JSON`.replace('  ', ' '),
				`The response was cut off or is not JSON. ${MAYBE_APPLIED}`,
				options,
			);
		case 'network':
			return telnyxNetworkError(node, networkReason(failure.code, host), networkHint(failure.code), options);
		case 'tls':
			return telnyxNetworkError(
				node,
				`Could not connect securely to ${host}${CERTIFICATE_REASONS[failure.code] ? `: ${CERTIFICATE_REASONS[failure.code]}` : ''}`,
				`Nothing was sent. ${CHECK_BASE_URL}`,
				options,
			);
		case 'tooLarge':
			return telnyxNetworkError(
				node,
				`Telnyx's answer is larger than ${Math.round(failure.limit / 1024 / 1024)} MB, more than a JSON answer can be`,
				`It was not read. ${context.method === 'GET' ? 'Use filters or a Limit to ask for less at a time.' : MAYBE_APPLIED}`,
				options,
			);
		case 'redirect':
			return telnyxNetworkError(
				node,
				`Telnyx answered ${failure.status} with a redirect to ${redirectTarget(failure.location, context.baseUrl)}`,
				"Telnyx's API does not redirect, so the redirect was not followed and the API key was not sent there. Check the Base URL in the Telnyx API credential.",
				{ ...options, httpCode: String(failure.status) },
			);
	}
}

function networkReason(code: string, host: string): string {
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
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ECONNREFUSED') return CHECK_BASE_URL;
	return MAYBE_APPLIED;
}

function safeHost(baseUrl: string): string {
	try {
		return new URL(baseUrl).host;
	} catch {
		return 'the Telnyx API';
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

function unexpectedTransportError(node: INode, error: unknown, itemIndex?: number) {
	const reason = error instanceof Error && error.message ? error.message : 'The request could not be sent';
	return telnyxNetworkError(node, stripSecrets(reason), 'The request to Telnyx could not be completed.', { itemIndex });
}

/** Error texts from lower layers may quote headers; never let a bearer token through. */
function stripSecrets(text: string): string {
	return text.replace(/Bearer\s+[^\s"',]+/gi, 'Bearer ***');
}
