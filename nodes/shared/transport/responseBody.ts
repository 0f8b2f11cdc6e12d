/** Reading an answer's body: streamed with a size limit, then parsed as its kind asks. */

export type ResponseKind = 'json' | 'binary' | 'text';

/**
 * Largest JSON or text answer read. A page of 250 Telnyx records is well under 2 MB; an
 * answer many times that is not Telnyx JSON and would only exhaust n8n's memory.
 */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

/** The answer was larger than `limit` bytes; it was not read further. */
export class AnswerTooLargeError extends Error {
	constructor(readonly limit: number) {
		super(`answer larger than ${limit} bytes`);
	}
}

interface ReadableBody extends AsyncIterable<Buffer | string> {
	destroy(error?: Error): void;
}

function isReadable(body: unknown): body is ReadableBody {
	return (
		typeof body === 'object' &&
		body !== null &&
		typeof (body as Partial<ReadableBody>)[Symbol.asyncIterator] === 'function' &&
		typeof (body as Partial<ReadableBody>).destroy === 'function'
	);
}

/**
 * The whole body of a streamed answer, stopping (and closing the connection) as soon as it
 * exceeds `limit`, or at once when its Content-Length says it will. Other bodies pass as they are.
 */
export async function collectBody(body: unknown, contentLength: string | undefined, limit: number): Promise<unknown> {
	if (!isReadable(body)) return body;
	if (Number(contentLength) > limit) {
		body.destroy();
		throw new AnswerTooLargeError(limit);
	}
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of body) {
		const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
		size += bytes.length;
		if (size > limit) {
			body.destroy();
			throw new AnswerTooLargeError(limit);
		}
		chunks.push(bytes);
	}
	return Buffer.concat(chunks);
}

/** The body as its kind asks; `ok: false` for JSON that does not parse (cut off, an HTML page). */
export function readBody(body: unknown, kind: ResponseKind): { ok: boolean; value?: unknown } {
	if (kind === 'binary') return { ok: true, value: toBuffer(body) };
	if (kind === 'text') return { ok: true, value: toBuffer(body).toString('utf8') };
	const text = Buffer.isBuffer(body) || body instanceof ArrayBuffer ? toBuffer(body).toString('utf8') : body;
	if (text === undefined || text === null || text === '') return { ok: true, value: undefined };
	if (typeof text !== 'string') return { ok: true, value: text };
	try {
		return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
	} catch {
		return { ok: false };
	}
}

export function toBuffer(body: unknown): Buffer {
	if (Buffer.isBuffer(body)) return body;
	if (body instanceof ArrayBuffer) return Buffer.from(body);
	if (typeof body === 'string') return Buffer.from(body, 'utf8');
	if (body === undefined || body === null) return Buffer.alloc(0);
	return Buffer.from(JSON.stringify(body), 'utf8');
}
