/**
 * Telnyx Networking, part three: AI clusters and integrations, executed through n8n against
 * the sandbox. (Cluster graphs are files: their tests live with the file-answer feature.)
 */
import { apiRequests, locator, nodeUnderTest, runWithSandbox } from '../helpers';

const NODE = 'telnyxNetworking';
const { sandbox, run, only, search } = nodeUnderTest(NODE);

describe('Cluster', () => {
	test('Create starts a clustering task and returns its id', async () => {
		const { items } = await run({
			resource: 'cluster',
			operation: 'create',
			bucket: 'support-tickets',
			additionalFields: { files: 'jan.txt, feb.txt', minClusterSize: 10, minSubclusterSize: 3, prefix: '2024/' },
		});
		expect(only('POST', '/ai/clusters').body).toEqual({
			bucket: 'support-tickets',
			files: ['jan.txt', 'feb.txt'],
			min_cluster_size: 10,
			min_subcluster_size: 3,
			prefix: '2024/',
		});
		expect(items).toHaveLength(1);
		expect(Object.keys(items[0].json)).toEqual(['task_id']);
		const [task] = sandbox().api.store.list('/ai/clusters');
		expect(task).toMatchObject({ task_id: items[0].json.task_id, bucket: 'support-tickets', status: 'pending' });
	});

	test('Create refuses a bucket that an expression left empty', async () => {
		const result = await runWithSandbox(sandbox(), NODE, { resource: 'cluster', operation: 'create', bucket: '={{ $json.bucket }}' }, { items: [{ bucket: '' }] });
		expect(result.error?.message).toBe('"Bucket" (bucket) is required');
		expect(apiRequests(sandbox())).toHaveLength(0);
	});

	test('Get follows the task until it has found clusters, limited to the top nodes', async () => {
		const created = await run({ resource: 'cluster', operation: 'create', bucket: 'faq' });
		const taskId = created.items[0].json.task_id as string;
		const get = () =>
			run({ resource: 'cluster', operation: 'get', taskId: locator(taskId, 'list'), options: { topNNodes: 1, showSubclusters: true } });
		const running = await get();
		const completed = await get();
		const requests = apiRequests(sandbox(), 'GET', `/ai/clusters/${taskId}`);
		expect(requests).toHaveLength(2);
		expect(requests[0].query).toEqual({ top_n_nodes: '1', show_subclusters: 'true' });
		expect(running.items[0].json).toEqual({ bucket: 'faq', status: 'running', clusters: [] });
		expect(completed.items[0].json).toMatchObject({ bucket: 'faq', status: 'completed' });
		const clusters = completed.items[0].json.clusters as Array<{ cluster_id: string; nodes: unknown[] }>;
		expect(clusters.length).toBeGreaterThan(0);
		for (const cluster of clusters) expect(cluster.nodes).toHaveLength(1);
	});

	test('Get of an unknown task fails with a 404', async () => {
		const result = await runWithSandbox(sandbox(), NODE, { resource: 'cluster', operation: 'get', taskId: locator('no-such-task') });
		only('GET', '/ai/clusters/no-such-task');
		expect(result.error?.message).toMatch(/^404 /);
	});

	test('Get Many lists the tasks with their status', async () => {
		sandbox().seed('/ai/clusters', [
			{ task_id: 'task-1', bucket: 'a', status: 'completed', min_cluster_size: 25, min_subcluster_size: 5 },
			{ task_id: 'task-2', bucket: 'b', status: 'running', min_cluster_size: 25, min_subcluster_size: 5 },
		]);
		const { items } = await run({ resource: 'cluster', operation: 'getAll', returnAll: true });
		// this list counts pages from 0 (its page[number] defaults to 0)
		expect(only('GET', '/ai/clusters').query).toMatchObject({ 'page[number]': '0', 'page[size]': '250' });
		expect(items.map((i) => [i.json.task_id, i.json.bucket, i.json.status])).toEqual([
			['task-1', 'a', 'completed'],
			['task-2', 'b', 'running'],
		]);
		expect(items[0].json.id).toBeUndefined();
	});

	test('Delete removes the task and answers with success', async () => {
		const created = await run({ resource: 'cluster', operation: 'create', bucket: 'faq' });
		const taskId = created.items[0].json.task_id as string;
		const { items } = await run({ resource: 'cluster', operation: 'delete', taskId: locator(taskId) });
		only('DELETE', `/ai/clusters/${taskId}`);
		expect(items).toEqual([expect.objectContaining({ json: { success: true } })]);
		expect(sandbox().api.store.list('/ai/clusters')).toHaveLength(0);
	});

	test('tasks are picked by bucket in the id dropdown, valued by task id', async () => {
		sandbox().seed('/ai/clusters', [{ task_id: 'task-9', bucket: 'manuals' }]);
		expect((await search('searchCluster')).results).toEqual([{ name: 'manuals (task-9)', value: 'task-9' }]);
	});
});

describe('Integration', () => {
	test('Get Many lists the available integrations, connected ones marked', async () => {
		const before = await run({ resource: 'integration', operation: 'getAll' });
		expect(only('GET', '/ai/integrations').query).toEqual({});
		expect(before.items.length).toBeGreaterThan(1);
		expect(before.items.every((i) => i.json.status === 'disconnected')).toBe(true);
		const [first] = before.items;
		expect(first.json).toMatchObject({ id: expect.any(String), name: expect.any(String), display_name: expect.any(String) });

		sandbox().seed('/ai/integrations/connections', [{ integration_id: first.json.id, allowed_tools: [] }]);
		const after = await run({ resource: 'integration', operation: 'getAll' });
		expect(after.items.map((i) => i.json.status)).toEqual(
			before.items.map((i) => (i.json.id === first.json.id ? 'connected' : 'disconnected')),
		);
	});

	test('Get returns one integration', async () => {
		const { items: all } = await run({ resource: 'integration', operation: 'getAll' });
		const wanted = all[1].json;
		const { items } = await run({ resource: 'integration', operation: 'get', integrationId: locator(wanted.id as string, 'list') });
		only('GET', `/ai/integrations/${wanted.id}`);
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual(wanted);
	});

	test('Get of an unknown integration fails with a 404', async () => {
		const result = await runWithSandbox(sandbox(), NODE, { resource: 'integration', operation: 'get', integrationId: locator('nope') });
		only('GET', '/ai/integrations/nope');
		expect(result.error?.message).toMatch(/^404 /);
	});

	test('integrations are picked by display name', async () => {
		const { results } = await search('searchIntegration', 'hub');
		expect(results).toHaveLength(1);
		expect(results[0].name).toMatch(/^HubSpot \(/);
	});
});

describe('Integration Connection', () => {
	test('Get Many lists your connections', async () => {
		sandbox().seed('/ai/integrations/connections', [
			{ integration_id: 'int-1', allowed_tools: ['get_contact'] },
			{ integration_id: 'int-2', allowed_tools: [] },
		]);
		const { items } = await run({ resource: 'integrationConnection', operation: 'getAll' });
		only('GET', '/ai/integrations/connections');
		expect(items.map((i) => [i.json.integration_id, i.json.allowed_tools])).toEqual([
			['int-1', ['get_contact']],
			['int-2', []],
		]);
	});

	test('Get returns one connection', async () => {
		const [connection] = sandbox().seed('/ai/integrations/connections', [{ integration_id: 'int-1', allowed_tools: ['create_ticket'] }]);
		const { items } = await run({
			resource: 'integrationConnection',
			operation: 'get',
			userConnectionId: locator(connection.id as string, 'list'),
		});
		only('GET', `/ai/integrations/connections/${connection.id}`);
		expect(items[0].json).toMatchObject({ id: connection.id, integration_id: 'int-1', allowed_tools: ['create_ticket'] });
	});

	test('Delete disconnects the integration', async () => {
		const { items: integrations } = await run({ resource: 'integration', operation: 'getAll' });
		const integrationId = integrations[0].json.id as string;
		const [connection] = sandbox().seed('/ai/integrations/connections', [{ integration_id: integrationId, allowed_tools: [] }]);
		const { items } = await run({ resource: 'integrationConnection', operation: 'delete', userConnectionId: locator(connection.id as string) });
		only('DELETE', `/ai/integrations/connections/${connection.id}`);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(sandbox().api.store.list('/ai/integrations/connections')).toHaveLength(0);
		const { items: after } = await run({ resource: 'integration', operation: 'get', integrationId: locator(integrationId) });
		expect(after[0].json.status).toBe('disconnected');
	});

	test('connections are picked by the integration they connect', async () => {
		const [connection] = sandbox().seed('/ai/integrations/connections', [{ integration_id: 'int-7', allowed_tools: [] }]);
		expect((await search('searchIntegrationConnection')).results).toEqual([{ name: `int-7 (${connection.id})`, value: connection.id }]);
	});
});
