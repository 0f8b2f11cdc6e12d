/**
 * A stand-in for Telnyx that answers every catalog operation with a success of the right
 * kind (the record of the reference's example, a one-page list, a file, an event stream) and
 * keeps each request exactly as it arrived, bytes and all, for the OpenAPI validator.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadFixtures } from '../../catalog/loadCatalogs';
import type { CatalogOperation, ListShape } from '../../nodes/shared/catalog/types';

export interface RecordedRequest {
	method: string;
	/** Below the API root (`/v2`), as sent. */
	path: string;
	query: string;
	headers: Record<string, string | string[] | undefined>;
	body?: Buffer;
	/** A file fetched from a record's download link, not an API call. */
	download: boolean;
}

const API_ROOT = '/v2';
const FILES = '/files/';

export interface Recorder {
	url: string;
	requests: RecordedRequest[];
	stop(): Promise<void>;
}

export async function startRecorder(operations: CatalogOperation[]): Promise<Recorder> {
	const fixtures = loadFixtures();
	const routes = operations.map((operation) => ({ operation, pattern: compile(operation.path) }));
	const requests: RecordedRequest[] = [];
	let origin = '';

	const server: Server = createServer(async (req, res) => {
		const raw = await readBody(req);
		const url = new URL(req.url ?? '/', 'http://recorder');
		const download = url.pathname.startsWith(FILES);
		const path = download ? url.pathname : url.pathname.slice(API_ROOT.length);
		requests.push({
			method: req.method ?? 'GET',
			path,
			query: url.search.slice(1),
			headers: req.headers,
			...(raw.length ? { body: raw } : {}),
			download,
		});
		if (download) {
			res.writeHead(200, { 'content-type': 'audio/mpeg' });
			return void res.end(Buffer.from('ID3 recorded audio'));
		}
		// the operation that owns the path; the most literal template wins
		const route = routes
			.filter((r) => r.operation.method === req.method && r.pattern.regex.test(path))
			.sort((a, b) => b.pattern.literals - a.pattern.literals)[0];
		if (!route) {
			res.writeHead(404, { 'content-type': 'application/json' });
			return void res.end(JSON.stringify({ errors: [{ title: 'Not found', detail: `No route ${req.method} ${path}` }] }));
		}
		const { operation } = route;
		const example = structuredClone(fixtures[`${operation.method} ${operation.path}`]?.example ?? {}) as Record<string, unknown>;
		const { status, headers, body } = answer(operation, example, origin);
		res.writeHead(status, headers);
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
	const { port } = server.address() as AddressInfo;
	origin = `http://127.0.0.1:${port}`;
	return {
		url: `${origin}${API_ROOT}`,
		requests,
		stop: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

function answer(
	operation: CatalogOperation,
	example: Record<string, unknown>,
	origin: string,
): { status: number; headers: Record<string, string>; body?: Buffer } {
	const json = (value: unknown, status = operation.response.status) => ({
		status,
		headers: { 'content-type': 'application/json' },
		body: Buffer.from(JSON.stringify(value)),
	});
	if (operation.list) return json(onePage(operation.list, example));
	if (operation.downloadFrom) {
		const link = `${origin}${FILES}recording.mp3`;
		const { urlPath, formats } = operation.downloadFrom;
		const url = formats?.length ? Object.fromEntries(formats.map((f) => [f, link])) : link;
		// some reads answer with a list of one record (a CSV download)
		for (const record of Array.isArray(example) ? (example as Record<string, unknown>[]) : [example]) setAt(record, urlPath, url);
		const envelope = operation.response.envelope;
		return json(envelope ? { [envelope]: example } : example);
	}
	switch (operation.response.kind) {
		case 'empty':
			return { status: 204, headers: {} };
		case 'binary':
			return { status: 200, headers: { 'content-type': operation.response.mimeType ?? 'application/octet-stream' }, body: Buffer.from('file') };
		case 'text':
			return { status: 200, headers: { 'content-type': 'text/plain' }, body: Buffer.from('text') };
		case 'events':
			return { status: 200, headers: { 'content-type': 'text/event-stream' }, body: Buffer.from('data: {"n":1}\n\ndata: [DONE]\n\n') };
		default: {
			const envelope = operation.response.envelope;
			return json(envelope ? { [envelope]: example } : example);
		}
	}
}

/** One page holding the example record, saying it is the only page. */
function onePage(shape: ListShape, example: Record<string, unknown>): Record<string, unknown> {
	if (shape.itemsPath === '') return [example] as unknown as Record<string, unknown>;
	const body: Record<string, unknown> = {};
	setAt(body, shape.itemsPath, [example]);
	if (shape.totalPagesPath) setAt(body, shape.totalPagesPath, 1);
	if (shape.totalItemsPath) setAt(body, shape.totalItemsPath, 1);
	return body;
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
	const keys = path.split('.');
	let node = target;
	for (const key of keys.slice(0, -1)) {
		if (!node[key] || typeof node[key] !== 'object') node[key] = {};
		node = node[key] as Record<string, unknown>;
	}
	node[keys[keys.length - 1]] = value;
}

function compile(path: string): { regex: RegExp; literals: number } {
	let literals = 0;
	const source = path
		.split('/')
		.map((segment) => {
			if (/^\{[^}]+\}$/.test(segment)) return '[^/]+';
			if (segment) literals += 1;
			return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{[^}]+\\\}/g, '[^/]+');
		})
		.join('/');
	return { regex: new RegExp(`^${source}$`), literals };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}
