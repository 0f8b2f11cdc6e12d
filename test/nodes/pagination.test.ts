/**
 * Get Many through n8n against the sandbox: Return All walks every page at the largest page
 * size; Limit stops early and fetches no more than it needs.
 */
import { apiRequests, runWithSandbox, useSandbox } from '../helpers';

const sandbox = useSandbox();
const NODE = 'telnyxSipTrunking';

function seedCredentialConnections(count: number) {
	return sandbox().seed(
		'/credential_connections',
		Array.from({ length: count }, (_, i) => ({
			connection_name: `trunk-${String(i + 1).padStart(4, '0')}`,
			user_name: `user${String(i + 1).padStart(6, '0')}`,
		})),
	);
}

async function getMany(parameters: Record<string, unknown>) {
	const result = await runWithSandbox(sandbox(), NODE, {
		resource: 'credentialConnection',
		operation: 'getAll',
		...parameters,
	});
	if (result.error) throw result.error;
	return result;
}

function pageRequests() {
	return apiRequests(sandbox(), 'GET', '/credential_connections').map((r) => [r.query['page[number]'], r.query['page[size]']]);
}

test('Return All pulls 1,000 credential connections: exactly 1,000 items, 4 pages of 250', async () => {
	const seeded = seedCredentialConnections(1000);
	const { items } = await getMany({ returnAll: true });
	expect(items).toHaveLength(1000);
	expect(new Set(items.map((i) => i.json.id)).size).toBe(1000);
	expect(items.map((i) => i.json.id)).toEqual(seeded.map((r) => r.id));
	expect(pageRequests()).toEqual([
		['1', '250'],
		['2', '250'],
		['3', '250'],
		['4', '250'],
	]);
	expect(new Set(items.map((i) => JSON.stringify(i.pairedItem)))).toEqual(new Set(['{"item":0}']));
});

test('Return All on an empty list returns no items after one request', async () => {
	const { items } = await getMany({ returnAll: true });
	expect(items).toHaveLength(0);
	expect(pageRequests()).toEqual([['1', '250']]);
});

test('Return All keeps filters on every page', async () => {
	seedCredentialConnections(600);
	const { items } = await getMany({ returnAll: true, filters: { connectionNameContains: 'trunk-03' } });
	expect(items).toHaveLength(100);
	const requests = apiRequests(sandbox(), 'GET', '/credential_connections');
	expect(requests).toHaveLength(1);
	expect(requests[0].query['filter[connection_name][contains]']).toBe('trunk-03');
});

test('Limit below one page asks for exactly that many records in one request', async () => {
	seedCredentialConnections(1000);
	const { items } = await getMany({ returnAll: false, limit: 30 });
	expect(items.map((i) => i.json.connection_name)).toEqual(
		Array.from({ length: 30 }, (_, i) => `trunk-${String(i + 1).padStart(4, '0')}`),
	);
	expect(pageRequests()).toEqual([['1', '30']]);
});

test('Limit above the largest page spreads it over the fewest, evenly sized pages', async () => {
	seedCredentialConnections(1000);
	const { items } = await getMany({ returnAll: false, limit: 300 });
	expect(items).toHaveLength(300);
	expect(items[299].json.connection_name).toBe('trunk-0300');
	expect(pageRequests()).toEqual([
		['1', '150'],
		['2', '150'],
	]);
});

test('Limit larger than the list returns what there is and stops at the last page', async () => {
	seedCredentialConnections(12);
	const { items } = await getMany({ returnAll: false, limit: 500 });
	expect(items).toHaveLength(12);
	expect(pageRequests()).toEqual([['1', '250']]);
});

test('Get Many with Limit runs once per input item, each pulling its own page', async () => {
	seedCredentialConnections(5);
	const result = await runWithSandbox(
		sandbox(),
		NODE,
		{ resource: 'credentialConnection', operation: 'getAll', returnAll: false, limit: 2 },
		{ items: [{}, {}] },
	);
	expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }, { item: 1 }]);
});
