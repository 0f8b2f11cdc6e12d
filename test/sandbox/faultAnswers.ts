/**
 * Answers spoilt on purpose, for the fault switches that go beyond a status code: redirects,
 * trickling or huge bodies, odd headers and paging metadata, corrupt compression, broken
 * status lines. The server decides when each applies; these only write the answer.
 */
import type { ServerResponse } from 'node:http';
import type { ApiResponse } from './api';
import type { Fault } from './faults';

/** What the server learns of an answer written here: its status and how much was sent. */
export interface WrittenAnswer {
	status: number;
	bytesSent?: number;
}

/** A redirect that applies nothing: the client is sent to `location`. */
export function redirectAnswer(fault: Extract<Fault, { kind: 'redirect' }>): ApiResponse {
	return {
		status: fault.status,
		headers: { location: fault.location, 'content-type': 'text/plain' },
		body: `Moved to ${fault.location}`,
	};
}

/** The answer as it would be, with the fault's headers added or its `meta` rewritten. */
export function alteredAnswer(fault: Fault, answer: ApiResponse): ApiResponse {
	if (fault.kind === 'headers') return { ...answer, headers: { ...answer.headers, ...fault.headers } };
	const rewrite = fault.kind === 'meta' || fault.kind === 'ignorePage' ? fault.meta : undefined;
	if (rewrite && answer.body && typeof answer.body === 'object') {
		const body = { ...(answer.body as Record<string, unknown>) };
		const meta = { ...((body.meta as Record<string, unknown> | undefined) ?? {}) };
		for (const [key, value] of Object.entries(rewrite)) {
			if (value === null) delete meta[key];
			else meta[key] = value;
		}
		body.meta = meta;
		return { ...answer, body };
	}
	return answer;
}

/** The page parameters a list request names, dropped so that the first page is answered. */
export function withoutPageNumber(query: URLSearchParams): URLSearchParams {
	const kept = new URLSearchParams();
	for (const [key, value] of query) {
		if (!/^page(\[number\])?$|^page_number$/.test(key)) kept.append(key, value);
	}
	return kept;
}

/** Writes an answer the fault spoils; resolves once it is written or the client left. */
export async function writeSpoiltAnswer(res: ServerResponse, fault: Fault, answer: ApiResponse): Promise<WrittenAnswer> {
	const body = answer.body === undefined ? '' : JSON.stringify(answer.body);
	switch (fault.kind) {
		case 'drip': {
			res.writeHead(answer.status, { ...answer.headers, 'content-type': 'application/json' });
			let sent = 0;
			for (const byte of Buffer.from(body)) {
				if (!(await pause(res, fault.everyMs))) return { status: answer.status, bytesSent: sent };
				res.write(Buffer.from([byte]));
				sent += 1;
			}
			res.end();
			return { status: answer.status, bytesSent: sent };
		}
		case 'corruptGzip':
			res.writeHead(answer.status, { ...answer.headers, 'content-type': 'application/json', 'content-encoding': 'gzip' });
			res.end(Buffer.from('this is not gzip, whatever the header says'));
			return { status: answer.status };
		case 'badStatusLine':
			res.socket?.write('HTTP/1.1 2OO FINE\r\ncontent-type: application/json\r\n\r\n{}');
			res.socket?.destroy();
			return { status: -2 };
		case 'huge':
			return await writeHuge(res, fault);
		default:
			throw new Error(`${fault.kind} is not a spoilt answer`);
	}
}

/** `{"data":{"id":"huge","padding":"aaaa…"}}` of about `bytes` bytes, written as fast as read. */
async function writeHuge(res: ServerResponse, fault: Extract<Fault, { kind: 'huge' }>): Promise<WrittenAnswer> {
	const head = Buffer.from('{"data":{"id":"huge","padding":"');
	const tail = Buffer.from('"}}');
	const fill = Math.max(0, fault.bytes - head.length - tail.length);
	res.writeHead(200, {
		'content-type': 'application/json',
		...(fault.contentLength ? { 'content-length': String(head.length + fill + tail.length) } : {}),
	});
	const chunk = Buffer.alloc(64 * 1024, 'a');
	let sent = 0;
	const write = async (data: Buffer) => {
		if (res.destroyed || res.socket?.destroyed) return false;
		sent += data.length;
		if (!res.write(data)) {
			await new Promise<void>((resolve) => {
				const done = () => {
					res.off('drain', done);
					res.off('close', done);
					resolve();
				};
				res.on('drain', done);
				res.on('close', done);
			});
		}
		return !res.destroyed;
	};
	if (!(await write(head))) return { status: 200, bytesSent: sent };
	for (let left = fill; left > 0; left -= chunk.length) {
		if (!(await write(left >= chunk.length ? chunk : chunk.subarray(0, left)))) return { status: 200, bytesSent: sent };
	}
	if (await write(tail)) res.end();
	return { status: 200, bytesSent: sent };
}

/** Waits `ms`; false when the client closed the connection meanwhile. */
function pause(res: ServerResponse, ms: number): Promise<boolean> {
	return new Promise((resolve) => {
		if (res.destroyed) return resolve(false);
		const timer = setTimeout(() => {
			res.off('close', onClose);
			resolve(!res.destroyed);
		}, ms);
		const onClose = () => {
			clearTimeout(timer);
			resolve(false);
		};
		res.once('close', onClose);
	});
}
