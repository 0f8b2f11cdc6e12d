/**
 * Telnyx Messaging, part 4: toll-free verification requests (submit, list with page/page_size
 * and records/total_records, update, delete, status history, the request dropdown),
 * executed through n8n against the sandbox.
 */
import { searchList } from '../harness/n8nHarness';
import { apiRequests, locator, nodeUnderTest, runWithSandbox, sandboxCredentials } from '../helpers';

const NODE = 'telnyxMessaging';
const { sandbox, run, only } = nodeUnderTest(NODE);
const REQUESTS = '/messaging_tollfree/verification/requests';

/** The eighteen required fields, as the editor holds them. */
const REQUIRED_FIELDS = {
	businessName: 'Acme Pharmacy LLC',
	corporateWebsite: 'https://acme-pharmacy.example.com',
	businessAddr1: '600 Congress Avenue',
	businessCity: 'Austin',
	businessState: 'Texas',
	businessZip: '78701',
	businessContactFirstName: 'Dana',
	businessContactLastName: 'Reyes',
	businessContactEmail: 'dana@acme-pharmacy.example.com',
	businessContactPhone: '+15125550100',
	messageVolume: '10,000',
	phoneNumbers: { values: [{ phoneNumber: '+18773554398' }, { phoneNumber: '+18883554399' }] },
	useCase: 'Order Notifications',
	useCaseSummary: 'Customers get a text when their prescription is ready for pickup.',
	productionMessageContent: 'Acme Pharmacy: your prescription is ready. Reply STOP to opt out.',
	optInWorkflow: 'Customers tick a box for text updates when they drop off a prescription.',
	optInWorkflowImageURLs: { values: [{ url: 'https://acme-pharmacy.example.com/opt-in.png' }] },
	additionalInformation: 'Transactional messages only.',
};

/** The same fields as Telnyx receives them. */
const REQUIRED_WIRE = {
	...REQUIRED_FIELDS,
	phoneNumbers: [{ phoneNumber: '+18773554398' }, { phoneNumber: '+18883554399' }],
	optInWorkflowImageURLs: [{ url: 'https://acme-pharmacy.example.com/opt-in.png' }],
};

function seedRequests(records: Array<Record<string, unknown>>) {
	return sandbox().seed(REQUESTS, records);
}

describe('Toll-Free Verification: Create', () => {
	test('submits every required field and the optional ones, and comes back in progress', async () => {
		const { items } = await run({
			resource: 'tollFreeVerification',
			operation: 'create',
			...REQUIRED_FIELDS,
			additionalFields: {
				businessAddr2: 'Suite 140',
				entityType: 'PRIVATE_PROFIT',
				businessRegistrationNumber: '12-3456789',
				businessRegistrationType: 'EIN',
				businessRegistrationCountry: 'US',
				optInKeywords: 'START, YES',
				helpMessageResponse: 'Acme Pharmacy: call 512-555-0100 for help.',
				ageGatedContent: false,
				webhookUrl: 'https://hooks.example.com/tfv',
			},
		});
		expect(only('POST', REQUESTS).body).toEqual({
			...REQUIRED_WIRE,
			businessAddr2: 'Suite 140',
			entityType: 'PRIVATE_PROFIT',
			businessRegistrationNumber: '12-3456789',
			businessRegistrationType: 'EIN',
			businessRegistrationCountry: 'US',
			optInKeywords: 'START, YES',
			helpMessageResponse: 'Acme Pharmacy: call 512-555-0100 for help.',
			ageGatedContent: false,
			webhookUrl: 'https://hooks.example.com/tfv',
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			businessName: 'Acme Pharmacy LLC',
			phoneNumbers: REQUIRED_WIRE.phoneNumbers,
			verificationStatus: 'In Progress',
			id: expect.any(String),
		});
		expect(items[0].json.verificationRequestId).toBe(items[0].json.id);
	});

	test('a contact phone that is not E.164 is refused before sending', async () => {
		const { error } = await runWithSandbox(sandbox(), NODE, {
			resource: 'tollFreeVerification',
			operation: 'create',
			...REQUIRED_FIELDS,
			businessContactPhone: '512-555-0100',
		});
		expect(error?.message).toBe(
			'"Business Contact Phone" (businessContactPhone) must be a phone number in E.164 form, such as +13125550001; got "512-555-0100"',
		);
		expect(apiRequests(sandbox())).toHaveLength(0);
	});

	test('a number that is not toll-free is refused by Telnyx, pointing at the entry', async () => {
		const { error } = await runWithSandbox(sandbox(), NODE, {
			resource: 'tollFreeVerification',
			operation: 'create',
			...REQUIRED_FIELDS,
			phoneNumbers: { values: [{ phoneNumber: '+18773554398' }, { phoneNumber: '+15125550199' }] },
		});
		expect(error?.message).toBe('400 Not a toll-free number — phoneNumbers.1.phoneNumber');
		expect(only('POST', REQUESTS).body).toMatchObject({
			phoneNumbers: [{ phoneNumber: '+18773554398' }, { phoneNumber: '+15125550199' }],
		});
	});

	test('a use case outside the list is refused before sending', async () => {
		const { error } = await runWithSandbox(sandbox(), NODE, {
			resource: 'tollFreeVerification',
			operation: 'create',
			...REQUIRED_FIELDS,
			useCase: 'Pharmacy',
		});
		expect(error?.message).toMatch(/^"Use Case" \(useCase\) must be one of "2FA", "App Notifications"/);
		expect(apiRequests(sandbox())).toHaveLength(0);
	});
});

describe('Toll-Free Verification: read and list', () => {
	test('Get reads a request', async () => {
		const [request] = seedRequests([{ businessName: 'Acme Pharmacy LLC', verificationStatus: 'Waiting For Vendor' }]);
		const { items } = await run({
			resource: 'tollFreeVerification',
			operation: 'get',
			tollFreeVerificationId: locator(request.id as string),
		});
		only('GET', `${REQUESTS}/${request.id}`);
		expect(items[0].json).toMatchObject({ id: request.id, businessName: 'Acme Pharmacy LLC', verificationStatus: 'Waiting For Vendor' });
	});

	test('Get Many with Return All reads page after page of records until total_records', async () => {
		seedRequests(Array.from({ length: 610 }, (_, i) => ({ businessName: `Business ${i}`, verificationStatus: 'Verified' })));
		const { items } = await run({ resource: 'tollFreeVerification', operation: 'getAll', returnAll: true });
		const requests = apiRequests(sandbox(), 'GET', REQUESTS);
		expect(requests.map((r) => [r.query.page, r.query.page_size])).toEqual([
			['1', '250'],
			['2', '250'],
			['3', '250'],
		]);
		expect(items).toHaveLength(610);
		expect(items.map((i) => i.json.businessName).slice(-2)).toEqual(['Business 608', 'Business 609']);
	});

	test('Get Many with a limit asks for one page of that size', async () => {
		seedRequests(Array.from({ length: 30 }, (_, i) => ({ businessName: `Business ${i}` })));
		const { items } = await run({ resource: 'tollFreeVerification', operation: 'getAll', returnAll: false, limit: 7 });
		expect(only('GET', REQUESTS).query).toEqual({ page: '1', page_size: '7' });
		expect(items).toHaveLength(7);
	});

	test('Get Many filters by status, business name, number and submission date', async () => {
		seedRequests([
			{
				businessName: 'Acme Pharmacy LLC',
				verificationStatus: 'Rejected',
				phoneNumbers: [{ phoneNumber: '+18773554398' }],
				createdAt: '2025-03-01T10:00:00Z',
			},
			{
				businessName: 'Acme Pharmacy LLC',
				verificationStatus: 'Rejected',
				phoneNumbers: [{ phoneNumber: '+18773554398' }],
				createdAt: '2024-03-01T10:00:00Z',
			},
			{
				businessName: 'Acme Pharmacy LLC',
				verificationStatus: 'Verified',
				phoneNumbers: [{ phoneNumber: '+18773554398' }],
				createdAt: '2025-03-02T10:00:00Z',
			},
			{
				businessName: 'Other Corp',
				verificationStatus: 'Rejected',
				phoneNumbers: [{ phoneNumber: '+18773554398' }],
				createdAt: '2025-03-03T10:00:00Z',
			},
		]);
		const { items } = await run({
			resource: 'tollFreeVerification',
			operation: 'getAll',
			returnAll: true,
			options: {
				status: 'Rejected',
				businessName: 'acme',
				phoneNumber: '+18773554398',
				dateStart: '2025-01-01T00:00:00Z',
				dateEnd: '2025-12-31T23:59:59Z',
			},
		});
		expect(only('GET', REQUESTS).query).toEqual({
			status: 'Rejected',
			business_name: 'acme',
			phone_number: '+18773554398',
			date_start: '2025-01-01T00:00:00Z',
			date_end: '2025-12-31T23:59:59Z',
			page: '1',
			page_size: '250',
		});
		expect(items.map((i) => [i.json.businessName, i.json.verificationStatus, i.json.createdAt])).toEqual([
			['Acme Pharmacy LLC', 'Rejected', '2025-03-01T10:00:00Z'],
		]);
	});

	test('the request dropdown lists requests by business name', async () => {
		const [a, b] = seedRequests([{ businessName: 'Acme Pharmacy LLC' }, { businessName: 'Zeta Travel Inc' }]);
		const search = (filter?: string) =>
			searchList({ node: NODE, method: 'searchTollFreeVerification', filter, credentials: sandboxCredentials(sandbox()) });
		expect((await search()).results).toEqual([
			{ name: `Acme Pharmacy LLC (${a.id})`, value: a.id },
			{ name: `Zeta Travel Inc (${b.id})`, value: b.id },
		]);
		expect(apiRequests(sandbox(), 'GET', REQUESTS)[0].query).toMatchObject({ page: '1', page_size: '100' });
		expect((await search('zeta')).results).toEqual([{ name: `Zeta Travel Inc (${b.id})`, value: b.id }]);
	});
});

describe('Toll-Free Verification: Update and Delete', () => {
	test('Update resubmits the whole request, which moves a request waiting for the customer back in progress', async () => {
		const [request] = seedRequests([
			{ ...REQUIRED_WIRE, businessName: 'Acme Pharmacy', verificationStatus: 'Waiting For Customer', reason: 'Legal name does not match EIN' },
		]);
		const { items } = await run({
			resource: 'tollFreeVerification',
			operation: 'update',
			tollFreeVerificationId: locator(request.id as string, 'list'),
			...REQUIRED_FIELDS,
			updateFields: { doingBusinessAs: 'Acme Pharmacy', businessRegistrationNumber: '12-3456789' },
		});
		expect(only('PATCH', `${REQUESTS}/${request.id}`).body).toEqual({
			...REQUIRED_WIRE,
			doingBusinessAs: 'Acme Pharmacy',
			businessRegistrationNumber: '12-3456789',
		});
		expect(items[0].json).toMatchObject({
			id: request.id,
			businessName: 'Acme Pharmacy LLC',
			doingBusinessAs: 'Acme Pharmacy',
			verificationStatus: 'In Progress',
			reason: null,
		});
	});

	test('Delete removes a rejected request', async () => {
		const [request] = seedRequests([{ businessName: 'Acme', verificationStatus: 'Rejected' }]);
		const { items } = await run({
			resource: 'tollFreeVerification',
			operation: 'delete',
			tollFreeVerificationId: locator(request.id as string),
		});
		only('DELETE', `${REQUESTS}/${request.id}`);
		expect(items).toEqual([expect.objectContaining({ json: { success: true } })]);
		expect(sandbox().api.store.get(REQUESTS, request.id as string)).toBeUndefined();
	});

	test('Delete of a request that is not rejected is refused with the reason', async () => {
		const [request] = seedRequests([{ businessName: 'Acme', verificationStatus: 'Verified' }]);
		const { errorItems } = await runWithSandbox(
			sandbox(),
			NODE,
			{ resource: 'tollFreeVerification', operation: 'delete', tollFreeVerificationId: locator(request.id as string) },
			{ onError: 'continueErrorOutput' },
		);
		expect(errorItems[0].json.error).toMatchObject({
			message: '400 Request cannot be deleted',
			httpCode: '400',
			detail: 'Only rejected verification requests can be deleted; this one is "Verified".',
		});
		expect(sandbox().api.store.get(REQUESTS, request.id as string)).toBeDefined();
	});
});

describe('Toll-Free Verification: Get Status History', () => {
	function seedHistory(requestId: string, count: number) {
		const statuses = ['In Progress', 'Waiting For Vendor', 'Waiting For Customer', 'In Progress', 'Verified'];
		return sandbox().seed(
			`${REQUESTS}/${requestId}/status_history`,
			Array.from({ length: count }, (_, i) => ({
				verificationStatus: statuses[i % statuses.length],
				reason: statuses[i % statuses.length] === 'Waiting For Customer' ? 'Opt-in screenshot missing' : null,
				updatedAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
			})),
		);
	}

	test('lists the statuses in order, with reasons', async () => {
		const [request] = seedRequests([{ businessName: 'Acme' }]);
		seedHistory(request.id as string, 5);
		const { items } = await run({
			resource: 'tollFreeVerification',
			operation: 'getStatusHistory',
			tollFreeVerificationId: locator(request.id as string),
			returnAll: true,
		});
		expect(only('GET', `${REQUESTS}/${request.id}/status_history`).query).toEqual({ 'page[number]': '1', 'page[size]': '250' });
		expect(items.map((i) => [i.json.verificationStatus, i.json.reason])).toEqual([
			['In Progress', null],
			['Waiting For Vendor', null],
			['Waiting For Customer', 'Opt-in screenshot missing'],
			['In Progress', null],
			['Verified', null],
		]);
	});

	test('Return All follows the pages of a long history; a limit reads one page', async () => {
		const [request] = seedRequests([{ businessName: 'Acme' }]);
		seedHistory(request.id as string, 260);
		const { items } = await run({
			resource: 'tollFreeVerification',
			operation: 'getStatusHistory',
			tollFreeVerificationId: locator(request.id as string),
			returnAll: true,
		});
		expect(apiRequests(sandbox(), 'GET', /status_history$/).map((r) => r.query['page[number]'])).toEqual(['1', '2']);
		expect(items).toHaveLength(260);

		sandbox().requests.length = 0;
		const { items: limited } = await run({
			resource: 'tollFreeVerification',
			operation: 'getStatusHistory',
			tollFreeVerificationId: locator(request.id as string),
			returnAll: false,
			limit: 3,
		});
		expect(only('GET', /status_history$/).query).toEqual({ 'page[number]': '1', 'page[size]': '3' });
		expect(limited.map((i) => i.json.verificationStatus)).toEqual(['In Progress', 'Waiting For Vendor', 'Waiting For Customer']);
	});

	test('a request submitted through the node starts its history, and resubmitting adds to it', async () => {
		const { items: created } = await run({ resource: 'tollFreeVerification', operation: 'create', ...REQUIRED_FIELDS });
		const id = created[0].json.id as string;
		// Telnyx asks the customer for more details
		sandbox().api.store.put(REQUESTS, id, { ...sandbox().api.store.get(REQUESTS, id)!, verificationStatus: 'Waiting For Customer' });
		sandbox().api.store.put(`${REQUESTS}/${id}/status_history`, 'asked', {
			id: 'asked',
			verificationStatus: 'Waiting For Customer',
			reason: 'Website unreachable',
			updatedAt: new Date().toISOString(),
		});
		await run({
			resource: 'tollFreeVerification',
			operation: 'update',
			tollFreeVerificationId: locator(id),
			...REQUIRED_FIELDS,
			corporateWebsite: 'https://www.acme-pharmacy.example.com',
		});
		const { items } = await run({
			resource: 'tollFreeVerification',
			operation: 'getStatusHistory',
			tollFreeVerificationId: locator(id),
			returnAll: true,
		});
		expect(items.map((i) => [i.json.verificationStatus, i.json.reason])).toEqual([
			['In Progress', null],
			['Waiting For Customer', 'Website unreachable'],
			['In Progress', null],
		]);
	});

	test('the history of an unknown request is a 404', async () => {
		const { error } = await runWithSandbox(sandbox(), NODE, {
			resource: 'tollFreeVerification',
			operation: 'getStatusHistory',
			tollFreeVerificationId: locator('8b1f1c2e-6d4c-4b8e-9a51-2f3c4d5e6f70'),
			returnAll: true,
		});
		expect(error?.message).toBe('404 Resource not found');
		only('GET', `${REQUESTS}/8b1f1c2e-6d4c-4b8e-9a51-2f3c4d5e6f70/status_history`);
	});
});
