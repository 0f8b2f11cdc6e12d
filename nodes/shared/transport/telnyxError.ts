import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';

/** One entry of Telnyx's `errors[]`. */
export interface TelnyxErrorEntry {
	code?: string;
	title?: string;
	detail?: string;
	source?: { pointer?: string; parameter?: string };
}

const HINTS: Record<number, string> = {
	401: 'Check the API key in the Telnyx API credential.',
	403: 'The API key is valid but may not use this endpoint; check its permissions and your account level.',
	404: 'Check the ID: the record may have been deleted or belong to another account.',
	429: 'Telnyx is limiting the request rate; the request was retried and still refused.',
};

/** Telnyx's error list from a response body of any shape (JSON object, JSON text, bytes). */
export function telnyxErrorsOf(body: unknown): TelnyxErrorEntry[] {
	const parsed = parseBody(body);
	if (!parsed || typeof parsed !== 'object') return [];
	const errors = (parsed as { errors?: unknown }).errors;
	if (!Array.isArray(errors)) return [];
	return errors.filter((entry): entry is TelnyxErrorEntry => Boolean(entry) && typeof entry === 'object');
}

/** The field an error points at: `/data/attributes/connection_name` → `connection_name`. */
export function fieldOf(entry: TelnyxErrorEntry): string | undefined {
	const pointer = entry.source?.pointer ?? entry.source?.parameter;
	if (!pointer) return undefined;
	const parts = pointer.split('/').filter((part) => part && part !== 'data' && part !== 'attributes');
	return parts.length ? parts.join('.') : undefined;
}

/**
 * Builds the error users see for a failed response, e.g.
 * "422 Missing required parameter — connection_name", with Telnyx's detail as description.
 * Only the response body is kept: never the request, so never the API key.
 */
export function telnyxApiError(
	node: INode,
	status: number,
	body: unknown,
	options: { itemIndex?: number; attempts?: number } = {},
): NodeApiError {
	const errors = telnyxErrorsOf(body);
	const first = errors[0];
	let message: string;
	const details: string[] = [];
	if (first) {
		const field = fieldOf(first);
		const title = first.title ?? first.detail ?? 'Request failed';
		message = `${status} ${title}${field ? ` — ${field}` : ''}`;
		for (const entry of errors) {
			const detail = entry.detail ?? entry.title;
			// what the message says already is not said again (n8n shows a tool both, one after the other)
			if (!detail || (entry === first && detail === title)) continue;
			const text = sentence(detail, entry === first ? undefined : fieldOf(entry));
			if (!details.includes(text)) details.push(text);
		}
	} else {
		message = `${status} ${reasonPhrase(status)}`;
		const text = describeUnexpectedBody(body);
		if (text) details.push(sentence(text));
	}
	if (HINTS[status]) details.push(HINTS[status]);
	if (options.attempts && options.attempts > 1) details.push(`Gave up after ${options.attempts} attempts.`);

	const response: JsonObject = {
		httpCode: String(status),
		errors: errors.map((entry) => ({ ...entry })) as unknown as JsonObject[],
	};
	const error = new NodeApiError(node, response, {
		message,
		description: details.join(' '),
		httpCode: String(status),
		itemIndex: options.itemIndex,
	});
	// setDescriptiveErrorMessage may replace our message with n8n's generic text; keep ours.
	error.message = message;
	return error;
}

/** An error for a request that got no usable answer: refused, dropped, timed out, unreadable. */
export function telnyxNetworkError(
	node: INode,
	reason: string,
	description: string,
	options: { itemIndex?: number; attempts?: number; httpCode?: string } = {},
): NodeApiError {
	const parts = [description];
	if (options.attempts && options.attempts > 1) parts.push(`Gave up after ${options.attempts} attempts.`);
	const error = new NodeApiError(
		node,
		{ message: reason },
		{ message: reason, description: parts.join(' '), itemIndex: options.itemIndex, httpCode: options.httpCode },
	);
	error.message = reason;
	return error;
}

/**
 * The json of an item on the Error output: `{ error: { message, httpCode, code, title, detail,
 * field, description } }`. One `error` key, so that n8n routes it to the Error output and keeps
 * it whole (an item carrying an Error object would be flattened to its message).
 */
export function errorOutputJson(error: Error): JsonObject {
	const out: JsonObject = { message: error.message };
	if (error instanceof NodeApiError) {
		if (error.httpCode) out.httpCode = error.httpCode;
		const errors = (error.errorResponse as { errors?: TelnyxErrorEntry[] } | undefined)?.errors;
		const first = errors?.[0];
		if (first?.code) out.code = first.code;
		if (first?.title) out.title = first.title;
		if (first?.detail) out.detail = first.detail;
		const field = first ? fieldOf(first) : undefined;
		if (field) out.field = field;
		if (errors && errors.length > 1) out.errors = errors as unknown as JsonObject[];
	}
	const description = (error as { description?: string | null }).description;
	if (description) out.description = description;
	return { error: out };
}

/** Text as a sentence of a description: ends with a full stop, a field named before it. */
function sentence(text: string, field?: string): string {
	const trimmed = text.trim();
	const end = /[.!?]$/.test(trimmed) ? trimmed.slice(-1) : '.';
	const body = /[.!?]$/.test(trimmed) ? trimmed.slice(0, -1) : trimmed;
	return `${body}${field ? ` (${field})` : ''}${end}`;
}

function parseBody(body: unknown): unknown {
	if (body === undefined || body === null) return undefined;
	if (typeof body === 'object' && !isBinary(body)) return body;
	const text = isBinary(body) ? Buffer.from(body as ArrayBuffer).toString('utf8') : String(body);
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

function isBinary(body: unknown): boolean {
	return Buffer.isBuffer(body) || body instanceof ArrayBuffer;
}

function describeUnexpectedBody(body: unknown): string | undefined {
	if (body === undefined || body === null || body === '') return undefined;
	const text = isBinary(body) ? Buffer.from(body as ArrayBuffer).toString('utf8') : typeof body === 'string' ? body : '';
	if (/^\s*</.test(text)) {
		return 'The answer was an HTML page rather than Telnyx JSON, which usually means a proxy or gateway in between failed.';
	}
	return undefined;
}

function reasonPhrase(status: number): string {
	const phrases: Record<number, string> = {
		400: 'Bad Request',
		401: 'Unauthorized',
		403: 'Forbidden',
		404: 'Not Found',
		405: 'Method Not Allowed',
		408: 'Request Timeout',
		409: 'Conflict',
		413: 'Payload Too Large',
		415: 'Unsupported Media Type',
		422: 'Unprocessable Entity',
		429: 'Too Many Requests',
		500: 'Internal Server Error',
		502: 'Bad Gateway',
		503: 'Service Unavailable',
		504: 'Gateway Timeout',
	};
	return phrases[status] ?? 'Unexpected response';
}
