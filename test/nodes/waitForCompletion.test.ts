/**
 * "Wait for Completion" on creates that Telnyx finishes later: the node polls the record's
 * status until it is done, has failed, or the timeout passes.
 */
import { apiRequests, locator, runWithSandbox, useSandbox } from '../helpers';

const sandbox = useSandbox();
const NODE = 'telnyxNetworking';

function seedNetwork() {
	return sandbox().seed('/networks', [{ name: 'office' }])[0];
}

test('without waiting, a create answers at once with the provisioning record', async () => {
	const network = seedNetwork();
	const { items, error } = await runWithSandbox(sandbox(), NODE, {
		resource: 'wireguardInterface',
		operation: 'create',
		networkId: locator(network.id as string),
		regionCode: 'ashburn-va',
	});
	expect(error).toBeUndefined();
	expect(items[0].json.status).toBe('provisioning');
	expect(apiRequests(sandbox(), 'GET')).toHaveLength(0);
});

test('waiting polls the record until it is provisioned and outputs the finished record', async () => {
	const network = seedNetwork();
	const { items, error } = await runWithSandbox(sandbox(), NODE, {
		resource: 'wireguardInterface',
		operation: 'create',
		networkId: locator(network.id as string),
		regionCode: 'ashburn-va',
		waitForCompletion: true,
	});
	expect(error).toBeUndefined();
	const [created] = apiRequests(sandbox(), 'POST', '/wireguard_interfaces');
	expect(created.status).toBe(202);
	const id = items[0].json.id as string;
	const polls = apiRequests(sandbox(), 'GET', `/wireguard_interfaces/${id}`);
	expect(polls.length).toBeGreaterThanOrEqual(2);
	expect(items).toHaveLength(1);
	expect(items[0].json).toMatchObject({ id, status: 'provisioned', network_id: network.id });
});

test('a status kept in a nested field (status.value) is followed too', async () => {
	const network = seedNetwork();
	const { items, error } = await runWithSandbox(sandbox(), NODE, {
		resource: 'privateWirelessGateway',
		operation: 'create',
		name: 'sims',
		networkId: locator(network.id as string),
		waitForCompletion: true,
	});
	expect(error).toBeUndefined();
	expect(items[0].json.status).toMatchObject({ value: 'provisioned' });
});

test('a failed provisioning stops with an error that says so', async () => {
	const network = seedNetwork();
	const running = runWithSandbox(sandbox(), NODE, {
		resource: 'privateWirelessGateway',
		operation: 'create',
		name: 'sims',
		networkId: locator(network.id as string),
		waitForCompletion: true,
	});
	// Telnyx gives up on the gateway while the node is waiting
	await new Promise((resolve) => setTimeout(resolve, 500));
	const [gateway] = sandbox().api.store.list('/private_wireless_gateways');
	sandbox().api.store.put('/private_wireless_gateways', gateway.id as string, {
		...gateway,
		status: { value: 'failed', error_code: 'capacity', error_description: 'No capacity in region' },
	});
	const { error } = await running;
	expect(error?.message).toBe('Telnyx reports the private wireless gateway as "failed"');
	expect(error?.description).toContain('No capacity in region');
});

test('the timeout ends the wait with advice, and the record can be checked later', async () => {
	const network = seedNetwork();
	const { error } = await runWithSandbox(sandbox(), NODE, {
		resource: 'publicInternetGateway',
		operation: 'create',
		additionalFields: { networkId: network.id as string, name: 'edge' },
		waitForCompletion: true,
		waitTimeoutSeconds: 1,
	});
	expect(error?.message).toBe('Still "provisioning" after 1 seconds of waiting');
	expect(error?.description).toMatch(/Raise "Timeout \(Seconds\)"/);
	expect(apiRequests(sandbox(), 'POST', '/public_internet_gateways')).toHaveLength(1);
});

test('a default gateway (answered as a list) is waited for by its network', async () => {
	const network = seedNetwork();
	const { items, error } = await runWithSandbox(sandbox(), NODE, {
		resource: 'network',
		operation: 'createDefaultGateway',
		networkId: locator(network.id as string),
		waitForCompletion: true,
	});
	expect(error).toBeUndefined();
	expect(items[0].json).toMatchObject({ network_id: network.id, status: 'provisioned' });
	expect(apiRequests(sandbox(), 'GET', `/networks/${network.id}/default_gateway`).length).toBeGreaterThanOrEqual(1);
});
