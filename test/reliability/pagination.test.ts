/**
 * Return All against servers that page wrongly: one that ignores the page number, one whose
 * total_pages is absurd, one that fails midway. Return All must stop (on an empty or repeated
 * page, at the totals, at a hard cap) with a clear message, and send nothing after a failure.
 */
import type { IDataObject } from 'n8n-workflow';
import { listAllPages } from '../../nodes/shared/transport/pagination';
import { apiRequests, runWithSandbox, useSandbox } from '../helpers';
import { fakeContext } from '../transport/fakeContext';

const sandbox = useSandbox();
const NODE = 'telnyxSipTrunking';
const NOW = { 'retry-after': '0' };

function seedIps(count: number) {
	return sandbox().seed('/ips', Array.from({ length: count }, (_, i) => ({ ip_address: `10.0.${i >> 8}.${i & 255}`, port: 5060 })));
}

function returnAll(parameters: IDataObject = {}) {
	return runWithSandbox(
		sandbox(),
		NODE,
		{ resource: 'ip', operation: 'getAll', returnAll: true, ...parameters },
		{ onError: 'continueErrorOutput' },
	);
}

const pagesAsked = () => apiRequests(sandbox(), 'GET', '/ips').map((r) => Number(r.query['page[number]']));

describe('a server that ignores page[number]', () => {
	test('with totals: fails naming the repeated page instead of returning 1,000 items of 250 records', async () => {
		seedIps(1000);
		sandbox().faults.add({ fault: { kind: 'ignorePage' }, times: 1000, method: 'GET' });
		const { items, errorItems } = await returnAll();
		expect(items).toHaveLength(0);
		const error = errorItems[0].json.error as { message: string; description: string };
		expect(error.message).toMatch(/^Telnyx returned the same page twice \(page [2-4] repeats page 1\)$/);
		expect(error.description).toContain('ignores the page number');
		expect(apiRequests(sandbox(), 'GET').length).toBeLessThanOrEqual(4);
	});

	test('without totals: stops at the second page instead of paging until memory runs out', async () => {
		seedIps(300);
		sandbox().faults.add({ fault: { kind: 'ignorePage', meta: { total_pages: null, total_results: null } }, times: 100_000, method: 'GET' });
		const { errorItems } = await returnAll();
		expect((errorItems[0].json.error as { message: string }).message).toBe('Telnyx returned the same page twice (page 2 repeats page 1)');
		expect(pagesAsked()).toEqual([1, 2]);
	}, 15_000);

	test('with Limit: fails too, instead of returning the first page again', async () => {
		seedIps(1000);
		sandbox().faults.add({ fault: { kind: 'ignorePage' }, times: 1000, method: 'GET' });
		const { items, errorItems } = await returnAll({ returnAll: false, limit: 600 });
		expect(items).toHaveLength(0);
		expect((errorItems[0].json.error as { message: string }).message).toBe('Telnyx returned the same page twice (page 2 repeats page 1)');
	});
});

describe('an absurd total_pages', () => {
	test.each([1e6, 5e9])('total_pages %d for 3 records stops at the first empty page', async (totalPages) => {
		seedIps(3);
		sandbox().faults.add({ fault: { kind: 'meta', meta: { total_pages: totalPages, total_results: null } }, times: 100_000, method: 'GET' });
		const { items, errorItems } = await returnAll();
		expect(errorItems).toHaveLength(0);
		expect(items).toHaveLength(3);
		// the first page, then at most one round of concurrent page requests (8 by default)
		expect(apiRequests(sandbox(), 'GET').length).toBeLessThanOrEqual(1 + 8);
	}, 15_000);

	test('total_pages 1e6 beside total_results 3: the record count bounds the pages, one request', async () => {
		seedIps(3);
		sandbox().faults.add({ fault: { kind: 'meta', meta: { total_pages: 1e6 } }, times: 100_000, method: 'GET' });
		const { items } = await returnAll();
		expect(items).toHaveLength(3);
		expect(pagesAsked()).toEqual([1]);
	}, 15_000);

	test('a list longer than the hard cap fails with a clear message', async () => {
		let served = 0;
		const { context, requests } = fakeContext(() => {
			served += 1;
			return { statusCode: 200, body: { data: [{ id: `r${served}` }], meta: { total_pages: 1e9 } } };
		});
		const shape = { style: 'pageNumber' as const, pageParam: 'page[number]', sizeParam: 'page[size]', itemsPath: 'data', totalPagesPath: 'meta.total_pages' };
		await expect(listAllPages.call(context, { path: '/things', shape }, { maxPages: 50 })).rejects.toMatchObject({
			message: 'Telnyx says the list has 1,000,000,000 pages, more than Return All reads (50)',
		});
		expect(requests.length).toBeLessThanOrEqual(50);
	});
});

describe('a failure midway', () => {
	test('a page refused midway fails the item, and no page is asked for after it', async () => {
		seedIps(10_000);
		sandbox().setLatency(50);
		sandbox().faults.add({ fault: { kind: 'status', status: 403 }, times: 1, method: 'GET', query: { 'page[number]': '7' } });
		try {
			const { items, errorItems } = await returnAll();
			expect(items).toHaveLength(0);
			expect((errorItems[0].json.error as { httpCode: string }).httpCode).toBe('403');
			const atReturn = apiRequests(sandbox(), 'GET').length;
			await new Promise((resolve) => setTimeout(resolve, 300));
			// nothing is still under way once the node has failed
			expect(apiRequests(sandbox(), 'GET')).toHaveLength(atReturn);
			// the first page, the 8 under way with page 7, and at most one more each for those
			// that finished in the same moment: nowhere near the 40 pages
			expect(new Set(pagesAsked()).size).toBeLessThanOrEqual(1 + 8 + 8);
		} finally {
			sandbox().setLatency(0);
		}
	}, 20_000);

	test('a 503 on page 7 that passes still gives 10,000 unique records in order', async () => {
		const seeded = seedIps(10_000);
		sandbox().faults.add({ fault: { kind: 'status', status: 503, headers: NOW }, times: 2, method: 'GET', query: { 'page[number]': '7' } });
		const { items, errorItems } = await returnAll();
		expect(errorItems).toHaveLength(0);
		expect(items.map((i) => i.json.id)).toEqual(seeded.map((r) => r.id));
	}, 20_000);
});
