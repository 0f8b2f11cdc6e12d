/**
 * The list shapes found across the Telnyx reference, walked by the one pagination module.
 * Pages are cut by the sandbox's page renderer, written apart from the client.
 */
import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import type { ListShape } from '../../nodes/shared/catalog/types';
import { listAllPages, listUpTo } from '../../nodes/shared/transport/pagination';
import { renderPage } from '../sandbox/paging';
import { fakeContext } from './fakeContext';

const RECORDS = Array.from({ length: 23 }, (_, i) => ({ id: `r${i + 1}` }));

function serve(shape: ListShape, records: IDataObject[] = RECORDS) {
	return fakeContext((options: IHttpRequestOptions) => {
		const query = new URLSearchParams();
		for (const [key, value] of Object.entries(options.qs ?? {})) query.set(key, String(value));
		return { statusCode: 200, body: renderPage(shape, records, query) };
	});
}

const ids = (records: IDataObject[]) => records.map((r) => r.id);
const asked = (requests: IHttpRequestOptions[]) => requests.map((r) => r.qs);

describe('page[number]/page[size] with meta.total_pages', () => {
	const shape: ListShape = {
		style: 'pageNumber',
		pageParam: 'page[number]',
		sizeParam: 'page[size]',
		maxPageSize: 10,
		itemsPath: 'data',
		totalPagesPath: 'meta.total_pages',
		totalItemsPath: 'meta.total_results',
	};

	test('Return All reads every page at the largest size', async () => {
		const { context, requests } = serve(shape);
		expect(ids(await listAllPages.call(context, { path: '/things', shape }))).toEqual(ids(RECORDS));
		expect(asked(requests)).toEqual([
			{ 'page[size]': 10, 'page[number]': 1 },
			{ 'page[size]': 10, 'page[number]': 2 },
			{ 'page[size]': 10, 'page[number]': 3 },
		]);
		expect(requests[0].url).toBe('http://telnyx.test/v2/things');
	});

	test('Limit never fetches a page it does not need', async () => {
		const { context, requests } = serve(shape);
		expect(ids(await listUpTo.call(context, { path: '/things', shape }, 12))).toEqual(ids(RECORDS.slice(0, 12)));
		expect(asked(requests)).toEqual([
			{ 'page[size]': 6, 'page[number]': 1 },
			{ 'page[size]': 6, 'page[number]': 2 },
		]);
	});
});

test('page/page_size with records/total_records (no page count): stops once the count is reached', async () => {
	const shape: ListShape = {
		style: 'pageNumber',
		pageParam: 'page',
		sizeParam: 'page_size',
		maxPageSize: 10,
		itemsPath: 'records',
		totalItemsPath: 'total_records',
	};
	const { context, requests } = serve(shape, RECORDS.slice(0, 20));
	expect(ids(await listAllPages.call(context, { path: '/things', shape, qs: { status: 'active' } }))).toEqual(
		ids(RECORDS.slice(0, 20)),
	);
	// 20 records in pages of 10: the count says the list ends after page 2, with no empty third request
	expect(asked(requests)).toEqual([
		{ status: 'active', page_size: 10, page: 1 },
		{ status: 'active', page_size: 10, page: 2 },
	]);
});

test('page number without any totals: a short page is the last one', async () => {
	const shape: ListShape = { style: 'pageNumber', pageParam: 'page', sizeParam: 'size', maxPageSize: 10, itemsPath: 'data' };
	const { context, requests } = serve(shape);
	expect(ids(await listAllPages.call(context, { path: '/things', shape }))).toEqual(ids(RECORDS));
	expect(requests).toHaveLength(3);
});

test('cursor lists follow the next cursor until there is none', async () => {
	const shape: ListShape = {
		style: 'cursor',
		pageParam: 'page[after]',
		sizeParam: 'page[size]',
		maxPageSize: 10,
		itemsPath: 'data',
		nextCursorPath: 'meta.cursors.after',
	};
	const { context, requests } = serve(shape);
	expect(ids(await listAllPages.call(context, { path: '/things', shape }))).toEqual(ids(RECORDS));
	expect(requests).toHaveLength(3);
	expect(requests[0].qs).toEqual({ 'page[size]': 10 });
	expect(typeof requests[1].qs?.['page[after]']).toBe('string');
});

test('a cursor given as a whole next-page URL is taken apart', async () => {
	const shape: ListShape = {
		style: 'cursor',
		pageParam: 'page[after]',
		sizeParam: 'page[size]',
		maxPageSize: 2,
		itemsPath: 'data',
		nextCursorPath: 'meta.next',
	};
	const pages: Record<string, IDataObject> = {
		first: { data: [{ id: 'a' }, { id: 'b' }], meta: { next: '/v2/things?page%5Bsize%5D=2&page%5Bafter%5D=c%3D%3D' } },
		'c==': { data: [{ id: 'c' }], meta: { next: null } },
	};
	const { context, requests } = fakeContext((options) => ({
		statusCode: 200,
		body: pages[String(options.qs?.['page[after]'] ?? 'first')],
	}));
	expect(ids(await listAllPages.call(context, { path: '/things', shape }))).toEqual(['a', 'b', 'c']);
	expect(requests.map((r) => r.qs?.['page[after]'])).toEqual([undefined, 'c==']);
});

test('unpaged lists are read in one request', async () => {
	const shape: ListShape = { style: 'unpaged', itemsPath: 'data' };
	const { context, requests } = serve(shape);
	expect(await listAllPages.call(context, { path: '/things', shape })).toHaveLength(23);
	expect(requests).toHaveLength(1);
});

test('an unpaged list that takes a number of results (a number search): Limit asks for that many, Return All for none', async () => {
	const shape: ListShape = { style: 'unpaged', itemsPath: 'data', limitParam: 'filter[limit]' };
	// the search answers with as many as asked, else all it has
	const { context, requests } = fakeContext((options) => {
		const limit = Number(options.qs?.['filter[limit]'] ?? RECORDS.length);
		return { statusCode: 200, body: { data: RECORDS.slice(0, limit) } };
	});
	expect(ids(await listUpTo.call(context, { path: '/things', shape }, 5))).toEqual(ids(RECORDS.slice(0, 5)));
	expect(await listAllPages.call(context, { path: '/things', shape })).toHaveLength(23);
	expect(asked(requests)).toEqual([{ 'filter[limit]': 5 }, {}]);
});

test('a server that ignores the cursor cannot loop forever: the repeated page is reported', async () => {
	const shape: ListShape = {
		style: 'cursor',
		pageParam: 'cursor',
		maxPageSize: 2,
		itemsPath: 'data',
		nextCursorPath: 'next',
	};
	const { context, requests } = fakeContext(() => ({ statusCode: 200, body: { data: [{ id: 'same' }], next: 'again' } }));
	await expect(listAllPages.call(context, { path: '/things', shape })).rejects.toMatchObject({
		message: 'Telnyx returned the same page twice (page 2 repeats page 1)',
	});
	expect(requests).toHaveLength(2);
});

describe("TeXML's Page/PageSize/PageToken with next_page_uri", () => {
	const shape: ListShape = { style: 'nextUri', sizeParam: 'PageSize', maxPageSize: 10, itemsPath: 'calls', nextCursorPath: 'next_page_uri' };

	test('Return All follows the link to each next page, sending its Page and PageToken back', async () => {
		const { context, requests } = serve(shape);
		expect(ids(await listAllPages.call(context, { path: '/texml/Accounts/AC/Calls', shape }))).toEqual(ids(RECORDS));
		expect(asked(requests)).toEqual([
			{ PageSize: 10 },
			{ PageSize: '10', Page: '1', PageToken: expect.any(String) },
			{ PageSize: '10', Page: '2', PageToken: expect.any(String) },
		]);
	});

	test('Limit stops at the page that completes it', async () => {
		const { context, requests } = serve(shape);
		expect(ids(await listUpTo.call(context, { path: '/texml/Accounts/AC/Calls', shape }, 12))).toEqual(ids(RECORDS.slice(0, 12)));
		expect(requests).toHaveLength(2);
	});
});
