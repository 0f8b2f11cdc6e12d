import type { IDataObject } from 'n8n-workflow';
import type { ListShape } from '../catalog/types';
import { mapWithConcurrency } from './concurrency';
import { PageLog, tooManyPages } from './pageLog';
import { telnyxRequest, type TelnyxContext } from './telnyxRequest';

const DEFAULT_MAX_PAGE_SIZE = 250;
/** Return All reads at most this many pages (2.5 million records at 250 a page). */
export const MAX_PAGES = 10_000;

export interface ListRequest {
	path: string;
	qs?: IDataObject;
	shape: ListShape;
	itemIndex?: number;
	timeoutMs?: number;
}

export interface Page {
	records: IDataObject[];
	/** Where the next page starts (page number or cursor); undefined on the last page. */
	next?: string;
	/** Number of pages, when the API says. */
	totalPages?: number;
	/** Number of records in the whole list, when the API says. */
	totalItems?: number;
}

/** Pages fetched at once by Return All, once the first page says how many there are. */
export const DEFAULT_PAGE_CONCURRENCY = 6;

/**
 * Return All: every record, using the largest page size the endpoint allows. When the first
 * page tells how many pages there are, the others are fetched several at a time, in order.
 * Paging that makes no sense ends it: an empty page is the end of the list, a page repeating
 * an earlier one fails, and so does a list longer than `maxPages`.
 */
export async function listAllPages(
	this: TelnyxContext,
	request: ListRequest,
	options: { concurrency?: number; maxPages?: number } = {},
): Promise<IDataObject[]> {
	const { shape } = request;
	const maxPages = options.maxPages ?? MAX_PAGES;
	// a list that only takes a number of results gives as many as it has when none is asked for
	const pageSize = shape.limitParam ? 0 : maxPageSize(shape);
	const log = new PageLog(this.getNode(), request.itemIndex);
	const first = await fetchPage.call(this, request, pageSize);
	log.add(first.records);
	const records = [...first.records];
	if (first.next === undefined) return records;

	const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_PAGE_CONCURRENCY));
	const claimed = claimedPageCount(first);
	let token: string | undefined = first.next;
	if (shape.style === 'pageNumber' && claimed !== undefined && concurrency > 1) {
		const firstPage = shape.firstPage ?? 1;
		// never more than the cap, however many pages the server claims
		const numbers = Array.from({ length: Math.max(0, Math.min(claimed, maxPages) - 1) }, (_, i) => firstPage + 1 + i);
		const pages = await mapWithConcurrency(
			numbers,
			concurrency,
			(number) => fetchPage.call(this, request, pageSize, String(number), records.length * (number - firstPage)),
			// an empty or repeated page says the rest is no use: start no more
			(page) => page.records.length === 0 || log.repeats(page.records),
		);
		for (const page of pages) {
			// an empty page (or one never fetched after it) ends the list, whatever total_pages said
			if (!page?.records.length) return records;
			log.add(page.records);
			records.push(...page.records);
		}
		if (claimed > maxPages) throw tooManyPages(this.getNode(), maxPages, request.itemIndex, claimed);
		const last = pages[pages.length - 1];
		// the list may have grown since the first page: carry on one page at a time
		token = last?.records.length ? last.next : undefined;
	}
	while (token !== undefined) {
		if (log.count >= maxPages) throw tooManyPages(this.getNode(), maxPages, request.itemIndex);
		const page = await fetchPage.call(this, request, pageSize, token, records.length);
		log.add(page.records);
		records.push(...page.records);
		if (page.next === undefined || page.next === token) break;
		token = page.next;
	}
	return records;
}

/** How many pages the first page says there are, the smaller where two totals disagree. */
function claimedPageCount(first: Page): number | undefined {
	const byItems =
		first.totalItems !== undefined && first.records.length ? Math.ceil(first.totalItems / first.records.length) : undefined;
	const counts = [first.totalPages, byItems].filter((count): count is number => count !== undefined);
	return counts.length ? Math.min(...counts) : undefined;
}

/**
 * Limit: at most `limit` records. The page size is chosen so the pages needed hold
 * `limit` records with as little to spare as possible: never more than one extra page.
 */
export async function listUpTo(this: TelnyxContext, request: ListRequest, limit: number): Promise<IDataObject[]> {
	if (limit <= 0) return [];
	const max = maxPageSize(request.shape);
	const pageSize = request.shape.limitParam ? limit : Math.ceil(limit / Math.ceil(limit / max));
	const records: IDataObject[] = [];
	for await (const page of iteratePages.call(this, request, pageSize)) {
		records.push(...page);
		if (records.length >= limit) break;
	}
	return records.slice(0, limit);
}

/** Yields the records of one page after another until the list is exhausted. */
export async function* iteratePages(
	this: TelnyxContext,
	request: ListRequest,
	pageSize: number,
): AsyncGenerator<IDataObject[]> {
	let token: string | undefined;
	let seen = 0;
	const log = new PageLog(this.getNode(), request.itemIndex);
	for (;;) {
		if (log.count >= MAX_PAGES) throw tooManyPages(this.getNode(), MAX_PAGES, request.itemIndex);
		const page = await fetchPage.call(this, request, pageSize, token, seen);
		log.add(page.records);
		if (page.records.length) yield page.records;
		seen += page.records.length;
		if (page.next === undefined || page.next === token) return;
		token = page.next;
	}
}

/**
 * Fetches one page. `token` is the page number (page-number lists) or the cursor (cursor
 * lists); `seen` is how many records earlier pages held, for lists that only give a count.
 */
export async function fetchPage(
	this: TelnyxContext,
	request: ListRequest,
	pageSize: number,
	token?: string,
	seen = 0,
): Promise<Page> {
	const { shape } = request;
	const qs: IDataObject = { ...request.qs };
	if (shape.sizeParam) qs[shape.sizeParam] = pageSize;
	if (shape.limitParam && pageSize > 0) qs[shape.limitParam] = pageSize;
	const firstPage = shape.firstPage ?? 1;
	const pageNumber = shape.style === 'pageNumber' ? Number(token ?? firstPage) : undefined;
	if (shape.pageParam && pageNumber !== undefined) qs[shape.pageParam] = pageNumber;
	if (shape.pageParam && shape.style === 'cursor' && token) qs[shape.pageParam] = token;
	// the link to the next page says which page it is: take its query as it is
	if (shape.style === 'nextUri' && token) Object.assign(qs, queryOf(token));

	const response = await telnyxRequest.call(this, {
		method: 'GET',
		path: request.path,
		qs,
		itemIndex: request.itemIndex,
		timeoutMs: request.timeoutMs,
	});
	const body = (response.body ?? {}) as IDataObject;
	const records = recordsAt(body, shape.itemsPath);

	if (shape.style === 'cursor') {
		const next = shape.nextCursorPath ? nextCursor(valueAt(body, shape.nextCursorPath), shape.pageParam) : undefined;
		return { records, next: records.length && next ? next : undefined };
	}
	if (shape.style === 'nextUri') {
		const link = shape.nextCursorPath ? valueAt(body, shape.nextCursorPath) : undefined;
		return { records, next: records.length && typeof link === 'string' && link.includes('?') ? link : undefined };
	}
	if (shape.style !== 'pageNumber' || pageNumber === undefined || records.length === 0) return { records };

	const totalPages = shape.totalPagesPath ? countAt(body, shape.totalPagesPath) : undefined;
	const totalItems = shape.totalItemsPath ? countAt(body, shape.totalItemsPath) : undefined;
	// total_pages decides when given; a record count is compared with the records seen (a server
	// that shrinks the page size cannot end the list early); otherwise a short page is the last.
	const isLast =
		totalPages !== undefined
			? pageNumber - firstPage + 1 >= totalPages
			: totalItems !== undefined
				? seen + records.length >= totalItems
				: records.length < pageSize;
	return { records, next: isLast ? undefined : String(pageNumber + 1), totalPages, totalItems };
}

export function maxPageSize(shape: ListShape): number {
	return shape.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE;
}

export function recordsAt(body: IDataObject, path: string): IDataObject[] {
	// '' is an answer that is the list itself
	const value = path === '' ? body : valueAt(body, path);
	return Array.isArray(value) ? (value as IDataObject[]) : [];
}

function countAt(body: IDataObject, path: string): number | undefined {
	const value = valueAt(body, path);
	if (value === undefined || value === null || value === '') return undefined;
	const number = Number(value);
	return Number.isFinite(number) && number >= 0 ? number : undefined;
}

/** `meta.next` may hold a whole URL; take the cursor parameter out of it. */
function nextCursor(value: unknown, param: string | undefined): string | undefined {
	if (typeof value !== 'string' || value === '') return undefined;
	if (!value.includes('?') || !param) return value;
	const query = value.slice(value.indexOf('?') + 1);
	for (const pair of query.split('&')) {
		const [key, raw = ''] = pair.split('=');
		if (decodeURIComponent(key) === param) return decodeURIComponent(raw);
	}
	return undefined;
}

/** The query parameters of a link (`/v2/texml/…/Calls.json?Page=1&PageToken=abc`). */
function queryOf(link: string): IDataObject {
	const out: IDataObject = {};
	new URLSearchParams(link.slice(link.indexOf('?') + 1)).forEach((value, key) => (out[key] = value));
	return out;
}

export function valueAt(body: unknown, path: string): unknown {
	let current = body;
	for (const key of path.split('.')) {
		if (!current || typeof current !== 'object') return undefined;
		current = (current as IDataObject)[key];
	}
	return current;
}
