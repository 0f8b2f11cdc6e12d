/**
 * Telnyx Messaging, part 3: hosted number orders (eligibility, ordering, ownership codes,
 * the order dropdown) and hosted numbers, executed through n8n against the sandbox.
 * Upload Documents (multipart LOA and bill) is tested with the shared multipart support.
 */
import { searchList } from '../harness/n8nHarness';
import { apiRequests, locator, nodeUnderTest, runWithSandbox, sandboxCredentials } from '../helpers';

const NODE = 'telnyxMessaging';
const { sandbox, run, only } = nodeUnderTest(NODE);
const ORDERS = '/messaging_hosted_number_orders';
const PROFILE_ID = '4001767e-ce0f-4cae-9d5f-0d5e636e7809';

interface HostedNumber {
	id: string;
	phone_number: string;
	status: string;
}

function seedOrder(numbers: string[], extra: Record<string, unknown> = {}) {
	const [order] = sandbox().seed(ORDERS, [
		{
			status: 'pending',
			messaging_profile_id: PROFILE_ID,
			phone_numbers: numbers.map((phone_number, i) => ({
				id: `00000000-0000-4000-8000-00000000000${i}`,
				phone_number,
				record_type: 'messaging_hosted_number',
				status: 'pending',
			})),
			...extra,
		},
	]);
	return order;
}

describe('Hosted Number Order', () => {
	test('Check Eligibility answers number by number', async () => {
		seedOrder(['+13125550111']);
		sandbox().seed('/phone_numbers', [{ phone_number: '+13125550122' }]);
		const { items } = await run({
			resource: 'hostedNumberOrder',
			operation: 'checkEligibility',
			phoneNumbers: '+13125550100, +13125550111, +13125550122, +442071838750, +13125550100',
		});
		expect(only('POST', `${ORDERS}/eligibility_numbers_check`).body).toEqual({
			phone_numbers: ['+13125550100', '+13125550111', '+13125550122', '+442071838750', '+13125550100'],
		});
		// one item per number, so a workflow can branch on each
		expect(items.map((i) => i.pairedItem)).toEqual(Array(5).fill({ item: 0 }));
		expect(items.map((i) => [i.json.phone_number, i.json.eligible, i.json.eligible_status])).toEqual([
			['+13125550100', true, 'ELIGIBLE'],
			['+13125550111', false, 'NUMBER_CAN_NOT_BE_ACTIVE_IN_YOUR_ACCOUNT'],
			['+13125550122', false, 'NUMBER_CAN_NOT_BE_IN_TELNYX'],
			['+442071838750', false, 'NUMBER_IS_NOT_A_US_NUMBER'],
			['+13125550100', false, 'NUMBER_CAN_NOT_BE_REPEATED'],
		]);
	});

	test('Check Eligibility refuses a number that is not E.164 before asking', async () => {
		const { error } = await runWithSandbox(sandbox(), NODE, {
			resource: 'hostedNumberOrder',
			operation: 'checkEligibility',
			phoneNumbers: '+13125550100, (312) 555-0101',
		});
		expect(error?.message).toMatch(/^"Phone Numbers" \(phone_numbers\) item 2 must be a phone number in E\.164 form/);
		expect(apiRequests(sandbox())).toHaveLength(0);
	});

	test('Create orders the numbers for a messaging profile, each pending', async () => {
		const { items } = await run({
			resource: 'hostedNumberOrder',
			operation: 'create',
			additionalFields: {
				messagingProfileId: locator(PROFILE_ID, 'list'),
				phoneNumbers: '+13125550100, +13125550101',
			},
		});
		expect(only('POST', ORDERS).body).toEqual({
			messaging_profile_id: PROFILE_ID,
			phone_numbers: ['+13125550100', '+13125550101'],
		});
		expect(items[0].json).toMatchObject({
			record_type: 'messaging_hosted_number_order',
			status: 'pending',
			messaging_profile_id: PROFILE_ID,
			phone_numbers: [
				{ phone_number: '+13125550100', status: 'pending', record_type: 'messaging_hosted_number' },
				{ phone_number: '+13125550101', status: 'pending', record_type: 'messaging_hosted_number' },
			],
		});
		expect(sandbox().api.store.list(ORDERS)).toHaveLength(1);
	});

	test('Get reads an order', async () => {
		const order = seedOrder(['+13125550100']);
		const { items } = await run({
			resource: 'hostedNumberOrder',
			operation: 'get',
			hostedNumberOrderId: locator(order.id as string),
		});
		only('GET', `${ORDERS}/${order.id}`);
		expect(items[0].json).toMatchObject({ id: order.id, phone_numbers: [{ phone_number: '+13125550100' }] });
	});

	test('Get Many follows every page with Return All', async () => {
		Array.from({ length: 260 }, (_, i) => seedOrder([`+1312555${String(i).padStart(4, '0')}`]));
		const { items } = await run({ resource: 'hostedNumberOrder', operation: 'getAll', returnAll: true });
		expect(apiRequests(sandbox(), 'GET', ORDERS).map((r) => [r.query['page[number]'], r.query['page[size]']])).toEqual([
			['1', '250'],
			['2', '250'],
		]);
		expect(items).toHaveLength(260);
		expect((items[259].json.phone_numbers as HostedNumber[])[0].phone_number).toBe('+13125550259');
	});

	test('Delete removes the order', async () => {
		const order = seedOrder(['+13125550100']);
		const { items } = await run({
			resource: 'hostedNumberOrder',
			operation: 'delete',
			hostedNumberOrderId: locator(order.id as string),
		});
		only('DELETE', `${ORDERS}/${order.id}`);
		expect(items[0].json).toMatchObject({ id: order.id });
		expect(sandbox().api.store.list(ORDERS)).toHaveLength(0);
	});

	test('Send Verification Codes texts a code to each number of the order, and flags numbers outside it', async () => {
		const order = seedOrder(['+13125550100', '+13125550101']);
		const { items } = await run({
			resource: 'hostedNumberOrder',
			operation: 'sendVerificationCodes',
			hostedNumberOrderId: locator(order.id as string),
			phoneNumbers: '+13125550100, +13125550199',
			verificationMethod: 'sms',
		});
		expect(only('POST', `${ORDERS}/${order.id}/verification_codes`).body).toEqual({
			phone_numbers: ['+13125550100', '+13125550199'],
			verification_method: 'sms',
		});
		expect(items).toHaveLength(2);
		expect(items[0].json).toEqual({
			phone_number: '+13125550100',
			type: 'sms',
			verification_code_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
		});
		expect(items[1].json).toEqual({ phone_number: '+13125550199', error: 'The number is not part of this order.' });
	});

	test('Validate Verification Codes verifies the right code and rejects a wrong one', async () => {
		const order = seedOrder(['+13125550100', '+13125550101']);
		await run({
			resource: 'hostedNumberOrder',
			operation: 'sendVerificationCodes',
			hostedNumberOrderId: locator(order.id as string),
			phoneNumbers: '+13125550100, +13125550101',
			verificationMethod: 'call',
		});
		// the codes Telnyx "sent" to the phones
		const sent = sandbox().api.store.list(`${ORDERS}/${order.id}/verification_codes`);
		const codeOf = (number: string) => sent.find((c) => c.phone_number === number)!.code as string;
		// codes are six digits from 100000 up, so 000000 is always wrong
		const wrong = '000000';
		const verificationCodes = {
			values: [
				{ phoneNumber: '+13125550100', code: codeOf('+13125550100') },
				{ phoneNumber: '+13125550101', code: wrong },
			],
		};

		const { items } = await run({
			resource: 'hostedNumberOrder',
			operation: 'validateVerificationCodes',
			hostedNumberOrderId: locator(order.id as string),
			verificationCodes,
		});
		expect(only('POST', `${ORDERS}/${order.id}/validation_codes`).body).toEqual({
			verification_codes: [
				{ phone_number: '+13125550100', code: codeOf('+13125550100') },
				{ phone_number: '+13125550101', code: '000000' },
			],
		});
		expect(items[0].json).toEqual({
			order_id: order.id,
			phone_numbers: [
				{ phone_number: '+13125550100', status: 'verified' },
				{ phone_number: '+13125550101', status: 'rejected' },
			],
		});

		// validating the verified number again says so
		const { items: again } = await run({
			resource: 'hostedNumberOrder',
			operation: 'validateVerificationCodes',
			hostedNumberOrderId: locator(order.id as string),
			verificationCodes: { values: [{ phoneNumber: '+13125550100', code: codeOf('+13125550100') }] },
		});
		expect(again[0].json.phone_numbers).toEqual([{ phone_number: '+13125550100', status: 'already_verified' }]);
	});

	test('Validate Verification Codes checks the numbers of the entries before sending', async () => {
		const order = seedOrder(['+13125550100']);
		const badNumber = await runWithSandbox(sandbox(), NODE, {
			resource: 'hostedNumberOrder',
			operation: 'validateVerificationCodes',
			hostedNumberOrderId: locator(order.id as string),
			verificationCodes: { values: [{ phoneNumber: '3125550100', code: '123456' }] },
		});
		expect(badNumber.error?.message).toBe(
			'"Verification Codes" (verification_codes) entry 1 › "Phone Number" (phone_number) must be a phone number in E.164 form, such as +13125550001; got "3125550100"',
		);
		expect(apiRequests(sandbox())).toHaveLength(0);
	});

	test('the order dropdown lists orders by status with their IDs', async () => {
		const a = seedOrder(['+13125550100']);
		const b = seedOrder(['+13125550101'], { status: 'successful' });
		const { results } = await searchList({
			node: NODE,
			method: 'searchHostedNumberOrder',
			credentials: sandboxCredentials(sandbox()),
		});
		expect(results).toEqual([
			{ name: `pending (${a.id})`, value: a.id },
			{ name: `successful (${b.id})`, value: b.id },
		]);
	});
});

describe('Hosted Number', () => {
	test('Delete takes one number out of its order', async () => {
		const order = seedOrder(['+13125550100', '+13125550101']);
		const numberId = (order.phone_numbers as HostedNumber[])[1].id;
		const { items } = await run({ resource: 'hostedNumber', operation: 'delete', hostedNumberId: numberId });
		only('DELETE', `/messaging_hosted_numbers/${numberId}`);
		expect((items[0].json.phone_numbers as HostedNumber[]).map((n) => [n.phone_number, n.status])).toEqual([
			['+13125550100', 'pending'],
			['+13125550101', 'deleted'],
		]);
	});

	test('Delete of an unknown number is a 404 on the Error output', async () => {
		const { items, errorItems } = await runWithSandbox(
			sandbox(),
			NODE,
			{ resource: 'hostedNumber', operation: 'delete', hostedNumberId: '={{ $json.id }}' },
			{ items: [{ id: '9d4f0000-0000-4000-8000-000000000000' }], onError: 'continueErrorOutput' },
		);
		expect(items).toHaveLength(0);
		expect(errorItems[0].json.error).toMatchObject({ httpCode: '404', code: '10005' });
		only('DELETE', '/messaging_hosted_numbers/9d4f0000-0000-4000-8000-000000000000');
	});
});
