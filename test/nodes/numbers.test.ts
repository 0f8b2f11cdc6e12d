/**
 * Telnyx Numbers against the sandbox's numbers behaviour: a search honours its filters, a
 * reservation holds what it found, an order goes through (or fails, saying why) and then
 * owns its numbers, their messaging and voice settings are set and read back, releasing makes
 * a number searchable again, and phone numbers come out as a CSV file.
 */
import type { INodeParameters } from 'n8n-workflow';
import { apiRequests, locator, nodeUnderTest, runWithSandbox } from '../helpers';
import { ownNumber, stockNumbers, type InventoryNumber } from '../sandbox/hooks/numbersState';

const NODE = 'telnyxNumbers';
const { sandbox, run, runFailing, search } = nodeUnderTest(NODE);

function stocked(phone_number: string, extra: Partial<InventoryNumber> = {}): InventoryNumber {
	return {
		phone_number,
		country_code: 'US',
		phone_number_type: 'local',
		national_destination_code: phone_number.slice(2, 5),
		locality: 'Chicago',
		administrative_area: 'IL',
		features: ['sms', 'mms', 'voice'],
		reservable: true,
		...extra,
	};
}

function stock(): void {
	stockNumbers(sandbox().api, [
		stocked('+13125550100'),
		stocked('+13125550111', { features: ['voice'] }),
		stocked('+13125557777'),
		stocked('+17735550123', { locality: 'Chicago' }),
		stocked('+12125550100', { locality: 'New York', administrative_area: 'NY' }),
		stocked('+18885550100', { phone_number_type: 'toll_free', national_destination_code: '888', locality: undefined, quickship: true }),
		stocked('+18775550100', { phone_number_type: 'toll_free', national_destination_code: '877', locality: undefined, quickship: false }),
		stocked('+13125550199', { fails: 'requirement-info-exception' }),
	]);
}

function seedProfilesAndConnections() {
	const [care, sales] = sandbox().seed('/messaging_profiles', [{ name: 'Customer care' }, { name: 'Sales' }]);
	const [pbx] = sandbox().seed('/credential_connections', [{ connection_name: 'office-pbx', active: true }]);
	return { care: care.id as string, sales: sales.id as string, pbx: pbx.id as string };
}

const searchFor = (filters: INodeParameters = {}, top: INodeParameters = {}) =>
	run({ resource: 'availablePhoneNumber', operation: 'search', returnAll: true, countryCode: 'US', ...top, filters });
const numbersOf = (items: Array<{ json: Record<string, unknown> }>) => items.map((item) => item.json.phone_number).sort();

describe('searching', () => {
	test('area code, features, digits, number type and quickship each narrow the results', async () => {
		stock();
		const inChicago = await searchFor({}, { nationalDestinationCode: '312', features: ['sms'] });
		expect(numbersOf(inChicago.items)).toEqual(['+13125550100', '+13125550199', '+13125557777']);
		expect(apiRequests(sandbox(), 'GET', '/available_phone_numbers')[0].query).toMatchObject({
			'filter[country_code]': 'US',
			'filter[national_destination_code]': '312',
			'filter[features][]': 'sms',
		});
		const vanity = await searchFor({ phoneNumberStartsWith: '555777' }, { nationalDestinationCode: '312' });
		expect(numbersOf(vanity.items)).toEqual(['+13125557777']);
		const endsWith = await searchFor({ phoneNumberEndsWith: '0100' });
		expect(numbersOf(endsWith.items)).toEqual(['+12125550100', '+13125550100', '+18775550100', '+18885550100']);
		const quickTollFree = await searchFor({ phoneNumberType: 'toll_free', quickship: true });
		expect(numbersOf(quickTollFree.items)).toEqual(['+18885550100']);
		const newYork = await searchFor({ locality: 'New York', administrativeArea: 'NY' });
		expect(numbersOf(newYork.items)).toEqual(['+12125550100']);
	});

	test('best effort adds nearby numbers, marked as such; Limit asks Telnyx for that many', async () => {
		stock();
		const nearby = await searchFor({ bestEffort: true, administrativeArea: 'NY' }, { nationalDestinationCode: '917' });
		expect(nearby.items.map((i) => [i.json.phone_number, i.json.best_effort])).toEqual([['+12125550100', true]]);
		const two = await run({ resource: 'availablePhoneNumber', operation: 'search', countryCode: 'US', limit: 2 });
		expect(two.items).toHaveLength(2);
		expect(apiRequests(sandbox(), 'GET', '/available_phone_numbers').pop()?.query).toMatchObject({ 'filter[limit]': '2' });
	});

	test('inventory coverage counts the numbers for sale per area code', async () => {
		stock();
		const { items } = await run({ resource: 'inventoryCoverage', operation: 'getAll', groupBy: 'npa', countryCode: 'US', phoneNumberType: 'local', filters: { count: true } });
		expect(items.map((i) => [i.json.group, i.json.count])).toEqual([['312', 4], ['773', 1], ['212', 1]]);
	});

	test('the profiles and connections numbers are attached to are picked from lists', async () => {
		seedProfilesAndConnections();
		const profiles = await search('searchMessagingProfile', 'Sal');
		expect(profiles.results.map((r) => r.name)).toEqual([expect.stringMatching(/^Sales \(/)]);
		const connections = await search('searchConnection');
		expect(connections.results.map((r) => r.name)).toEqual([expect.stringMatching(/^office-pbx \(/)]);
	});
});

describe('buying, configuring and releasing a number', () => {
	test('search → reserve → order and wait → assign messaging profile and voice connection → release', async () => {
		stock();
		const { care, sales, pbx } = seedProfilesAndConnections();
		const [found] = (await run({ resource: 'availablePhoneNumber', operation: 'search', countryCode: 'US', nationalDestinationCode: '312', limit: 1 })).items;
		const number = found.json.phone_number as string;

		const reserved = await run({ resource: 'numberReservation', operation: 'create', phoneNumbers: { values: [{ phoneNumber: number }] } });
		expect(reserved.items[0].json).toMatchObject({ status: 'success', phone_numbers: [{ phone_number: number, status: 'success' }] });
		const held = await searchFor({ excludeHeldNumbers: true }, { nationalDestinationCode: '312' });
		expect(numbersOf(held.items)).not.toContain(number);

		const started = Date.now();
		const ordered = await run({
			resource: 'numberOrder',
			operation: 'create',
			phoneNumbers: { values: [{ phoneNumber: number }] },
			messagingProfileId: locator(care, 'list'),
			connectionId: locator(pbx, 'list'),
			waitForCompletion: true,
		});
		expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
		expect(apiRequests(sandbox(), 'POST', '/number_orders')[0].body).toEqual({
			phone_numbers: [{ phone_number: number }],
			messaging_profile_id: care,
			connection_id: pbx,
		});
		expect(ordered.items[0].json).toMatchObject({ status: 'success', phone_numbers: [{ phone_number: number, status: 'success' }] });

		// the number is the account's now, and no longer for sale
		const mine = await run({ resource: 'phoneNumber', operation: 'getAll', returnAll: true, filters: { phoneNumber: number.slice(2) } });
		expect(mine.items.map((i) => [i.json.phone_number, i.json.messaging_profile_id, i.json.connection_name])).toEqual([[number, care, 'office-pbx']]);
		expect(numbersOf((await searchFor({}, { nationalDestinationCode: '312' })).items)).not.toContain(number);
		const id = locator(mine.items[0].json.id as string, 'list');

		await run({ resource: 'phoneNumber', operation: 'assignMessagingProfile', phoneNumberId: id, messagingProfileId: locator(sales, 'list') });
		expect(apiRequests(sandbox(), 'PATCH', /\/messaging$/)[0].body).toEqual({ messaging_profile_id: sales });
		const messaging = await run({ resource: 'phoneNumber', operation: 'getMessagingSettings', phoneNumberId: id });
		expect(messaging.items[0].json).toMatchObject({ phone_number: number, messaging_profile_id: sales, record_type: 'messaging_settings' });

		const [other] = sandbox().seed('/credential_connections', [{ connection_name: 'softphones', active: true }]);
		await run({ resource: 'phoneNumber', operation: 'setVoiceConnection', phoneNumberId: id, connectionId: locator(other.id as string) });
		await run({
			resource: 'phoneNumber',
			operation: 'setCallForwarding',
			phoneNumberId: id,
			callForwarding: { forwardsTo: '+13125559999', forwardingType: 'on-failure' },
		});
		const voice = await run({ resource: 'phoneNumber', operation: 'getVoiceSettings', phoneNumberId: id });
		expect(voice.items[0].json).toMatchObject({
			connection_id: other.id,
			call_forwarding: { forwards_to: '+13125559999', forwarding_type: 'on-failure' },
		});

		const released = await run({ resource: 'phoneNumber', operation: 'delete', phoneNumberId: id });
		expect(released.items[0].json).toMatchObject({ phone_number: number, status: 'deleted' });
		expect((await run({ resource: 'phoneNumber', operation: 'getAll', returnAll: true })).items).toHaveLength(0);
		expect(numbersOf((await searchFor({}, { nationalDestinationCode: '312' })).items)).toContain(number);
	});

	test('a failed order says which number failed and why; its record goes to the Error output', async () => {
		stock();
		const result = await runWithSandbox(
			sandbox(),
			NODE,
			{ resource: 'numberOrder', operation: 'create', phoneNumbers: { values: [{ phoneNumber: '+13125550199' }] }, waitForCompletion: true },
			{ onError: 'continueErrorOutput' },
		);
		const error = result.errorItems[0].json.error as { message: string; created: { id: string; status: string } };
		expect(error.message).toBe('Telnyx reports the number order as "failure": +13125550199: requirement-info-exception');
		expect(error.created).toMatchObject({ id: expect.any(String), status: 'pending' });
		const orders = await run({ resource: 'numberOrder', operation: 'getAll', returnAll: true, filters: { status: 'failure' } });
		expect(orders.items.map((i) => i.json.phone_numbers)).toEqual([[expect.objectContaining({ phone_number: '+13125550199', status: 'failure' })]]);
		// a number that failed is for sale again
		expect(numbersOf((await searchFor({ phoneNumberEndsWith: '0199' })).items)).toEqual(['+13125550199']);
	});

	test('an order needs at least one number, checked before sending', async () => {
		const result = await runWithSandbox(sandbox(), NODE, { resource: 'numberOrder', operation: 'create' });
		expect(result.error?.message).toBe('Set "Phone Numbers" (phone_numbers)');
		expect(apiRequests(sandbox())).toHaveLength(0);
	});
});

test('voicemail is set up on a number, read back and changed', async () => {
	const { id } = ownNumber(sandbox().api, '+13125550100');
	const number = locator(id as string);
	await run({ resource: 'voicemail', operation: 'create', phoneNumberId: number, enabled: true, pin: '4321' });
	await run({ resource: 'voicemail', operation: 'update', phoneNumberId: number, updateFields: { enabled: false } });
	const { items } = await run({ resource: 'voicemail', operation: 'get', phoneNumberId: number });
	expect(items[0].json).toEqual({ enabled: false, pin: '4321' });
});

describe('many numbers at once', () => {
	// numbers the account owns already (buying is tested above)
	function buy(...numbers: string[]) {
		for (const number of numbers) ownNumber(sandbox().api, number);
	}

	test('a CSV download of the numbers becomes ready, and downloads as a CSV file', async () => {
		stock();
		buy('+13125550100', '+12125550100');
		const created = await run({ resource: 'csvDownload', operation: 'create', filters: { phoneNumber: '312' }, waitForCompletion: true });
		expect(created.items[0].json).toMatchObject({ status: 'complete', url: expect.stringContaining('/__files/') });
		const id = created.items[0].json.id as string;
		const downloaded = await run({ resource: 'csvDownload', operation: 'download', csvDownloadId: locator(id) });
		const file = downloaded.items[0].binary!.data;
		expect(file).toMatchObject({ fileName: `phone-numbers-${id}.csv`, mimeType: 'text/csv' });
		const lines = Buffer.from(file.data, 'base64').toString('utf8').trim().split('\n');
		expect(lines[0]).toMatch(/^phone_number,id,status/);
		expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['+13125550100']);
		const fetched = sandbox().requests.find((r) => r.path.startsWith('/__files/'));
		expect(fetched?.headers.authorization).toBeUndefined();
	});

	test('a release job waits until done; one that releases nothing says why', async () => {
		stock();
		buy('+13125550100', '+13125557777');
		const job = await run({
			resource: 'phoneNumberJob',
			operation: 'deleteNumbers',
			phoneNumbers: '+13125550100,+13125557777',
			waitForCompletion: true,
		});
		expect(job.items[0].json).toMatchObject({ status: 'completed', type: 'delete_phone_numbers', failed_operations: [] });
		expect((await run({ resource: 'phoneNumber', operation: 'getAll', returnAll: true })).items).toHaveLength(0);

		const failing = await runWithSandbox(
			sandbox(),
			NODE,
			{ resource: 'phoneNumberJob', operation: 'deleteNumbers', phoneNumbers: '+13125550100', waitForCompletion: true },
			{ onError: 'continueErrorOutput' },
		);
		expect((failing.errorItems[0].json.error as Record<string, unknown>).message).toBe(
			'Telnyx reports the phone number job as "failed": +13125550100: +13125550100 is not a number of this account',
		);
	});
});

describe('emergency calling from numbers without a fixed address', () => {
	test('an address is saved, an endpoint picks it from the list, and both are listed and deleted', async () => {
		const address = await run({
			resource: 'dynamicEmergencyAddress',
			operation: 'create',
			houseNumber: '311',
			streetName: 'Superior',
			locality: 'Chicago',
			administrativeArea: 'IL',
			postalCode: '60654',
			countryCode: 'US',
			additionalFields: { streetPreDirectional: 'W', streetSuffix: 'St' },
		});
		expect(apiRequests(sandbox(), 'POST', '/dynamic_emergency_addresses')[0].body).toEqual({
			house_number: '311', street_name: 'Superior', locality: 'Chicago', administrative_area: 'IL', postal_code: '60654',
			country_code: 'US', street_pre_directional: 'W', street_suffix: 'St',
		});
		const picked = await search('searchDynamicEmergencyAddress');
		expect(picked.results.map((r) => r.value)).toEqual([address.items[0].json.id]);

		const endpoint = await run({
			resource: 'dynamicEmergencyEndpoint',
			operation: 'create',
			dynamicEmergencyAddressId: locator(picked.results[0].value as string, 'list'),
			callbackNumber: '+13125550100',
			callerName: 'Front desk',
		});
		expect(endpoint.items[0].json).toMatchObject({ caller_name: 'Front desk', dynamic_emergency_address_id: address.items[0].json.id });

		const bad = await runFailing({
			resource: 'dynamicEmergencyEndpoint',
			operation: 'create',
			dynamicEmergencyAddressId: locator(picked.results[0].value as string, 'list'),
			callbackNumber: '312-555-0100',
			callerName: 'Lobby',
		});
		expect(bad.message).toMatch(/Callback Number/);
		expect(apiRequests(sandbox(), 'POST', '/dynamic_emergency_endpoints')).toHaveLength(1);

		const endpoints = await run({ resource: 'dynamicEmergencyEndpoint', operation: 'getAll', returnAll: true });
		expect(endpoints.items.map((i) => i.json.caller_name)).toEqual(['Front desk']);
		await run({ resource: 'dynamicEmergencyEndpoint', operation: 'delete', dynamicEmergencyEndpointId: locator(endpoint.items[0].json.id as string) });
		await run({ resource: 'dynamicEmergencyAddress', operation: 'delete', dynamicEmergencyAddressId: locator(address.items[0].json.id as string) });
		expect((await run({ resource: 'dynamicEmergencyAddress', operation: 'getAll', returnAll: true })).items).toEqual([]);
	});

	test('mobile phone numbers are sent below the second /v2 the spec writes', async () => {
		await run({ resource: 'mobilePhoneNumber', operation: 'getAll', returnAll: true });
		expect(apiRequests(sandbox(), 'GET', '/v2/mobile_phone_numbers')).toHaveLength(1);
	});
});
