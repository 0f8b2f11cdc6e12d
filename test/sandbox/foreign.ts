import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as another host received it. */
export interface ForeignRequest {
	method: string;
	url: string;
	headers: IncomingHttpHeaders;
}

export interface ForeignOrigin {
	/** `http://127.0.0.1:PORT`: another origin than the sandbox's (another port). */
	origin: string;
	requests: ForeignRequest[];
	/** Serves a file at `/files/<name>`, as a storage host would; `/redirect?to=URL` sends on to URL. */
	putFile(name: string, data: Buffer | string, mimeType: string): string;
	stop(): Promise<void>;
}

/**
 * A second server on loopback standing for any other host: it records every request (with its
 * headers, so a leaked key shows) and answers like a Telnyx record, so that a client that
 * follows a redirect there would succeed with this host's data.
 */
export async function startForeignOrigin(): Promise<ForeignOrigin> {
	const requests: ForeignRequest[] = [];
	const files = new Map<string, { data: Buffer; mimeType: string }>();
	const server = createServer((req, res) => {
		requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers });
		req.resume();
		const to = new URL(req.url ?? '/', origin).searchParams.get('to');
		if (req.url?.startsWith('/redirect?') && to) {
			res.writeHead(302, { location: to });
			return void res.end();
		}
		const file = files.get(decodeURIComponent((req.url ?? '').replace(/^\/files\//, '')));
		if (file) {
			res.writeHead(200, { 'content-type': file.mimeType, 'content-length': String(file.data.length) });
			return void res.end(file.data);
		}
		const body = JSON.stringify({ data: { id: 'from-elsewhere', ip_address: '203.0.113.66', record_type: 'ip' } });
		res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
		res.end(body);
	});
	let origin = '';
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		requests,
		putFile(name, data, mimeType) {
			files.set(name, { data: Buffer.from(data), mimeType });
			return `${origin}/files/${encodeURIComponent(name)}`;
		},
		stop: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
