/**
 * Telnyx Verify against the sandbox's verification behaviour: a code sent is accepted once,
 * a wrong or expired one is rejected, the either-or rules of Check Code by Verification ID are
 * checked before sending, and number lookups answer per lookup type. (Requests are held against
 * the OpenAPI description by the generated conformance suite; this file is about behaviour.)
 */
import { apiRequests, locator, nodeUnderTest } from '../helpers';

const NODE = 'telnyxVerify';
const { sandbox, run, runFailing, search } = nodeUnderTest(NODE);
const PHONE = '+13125550123';

function seedProfile(): string {
	const [profile] = sandbox().seed('/verify_profiles', [{ name: 'Sign-in codes', sms: { code_length: 5 } }]);
	return profile.id as string;
}

async function sentCode(phone = PHONE): Promise<string> {
	const response = await fetch(`${sandbox().origin}/__sandbox/verifications?phone_number=${encodeURIComponent(phone)}`);
	const { data } = (await response.json()) as { data: Array<{ code: string }> };
	return data[data.length - 1].code;
}

describe('sending and checking a code', () => {
	test('a code sent by SMS is accepted once, with the profile picked from the list', async () => {
		const profileId = seedProfile();
		const sent = await run({
			resource: 'verification',
			operation: 'sendSms',
			phoneNumber: PHONE,
			verifyProfileId: locator(profileId, 'list'),
		}, [{}]);
		expect(sent.items[0].json).toMatchObject({ phone_number: PHONE, status: 'pending', type: 'sms', verify_profile_id: profileId });
		expect(sent.items[0].json).not.toHaveProperty('code');

		const check = (code: string) =>
			run({ resource: 'verification', operation: 'checkCode', phoneNumber: PHONE, code, verifyProfileId: locator(profileId) });
		const code = await sentCode();
		expect((await check(code)).items[0].json).toEqual({ phone_number: PHONE, response_code: 'accepted' });
		// a code is good once
		expect((await check(code)).items[0].json).toMatchObject({ response_code: 'rejected' });
	});

	test('a wrong code is rejected, and the verification stays pending', async () => {
		const profileId = seedProfile();
		const { items } = await run({ resource: 'verification', operation: 'sendCall', phoneNumber: PHONE, verifyProfileId: locator(profileId) });
		const id = items[0].json.id as string;
		const wrong = await run({ resource: 'verification', operation: 'checkCodeById', verificationId: id, code: '00000' });
		expect(wrong.items[0].json).toMatchObject({ response_code: 'rejected' });
		const { items: read } = await run({ resource: 'verification', operation: 'get', verificationId: id });
		expect(read[0].json).toMatchObject({ id, status: 'pending', type: 'call' });
	});

	test('a custom code can be accepted by hand, by verification ID', async () => {
		const profileId = seedProfile();
		const { items } = await run({
			resource: 'verification',
			operation: 'sendSms',
			phoneNumber: PHONE,
			verifyProfileId: locator(profileId),
			additionalFields: { customCode: '4242', timeoutSecs: 120 },
		});
		expect(apiRequests(sandbox(), 'POST', '/verifications/sms')[0].body).toEqual({
			phone_number: PHONE,
			verify_profile_id: profileId,
			custom_code: '4242',
			timeout_secs: 120,
		});
		const accepted = await run({
			resource: 'verification',
			operation: 'checkCodeById',
			verificationId: items[0].json.id as string,
			code: '',
			additionalFields: { status: 'accepted' },
		});
		expect(accepted.items[0].json).toMatchObject({ response_code: 'accepted' });
	});

	test('Check Code by Verification ID needs a code or a status, and refuses both, before sending', async () => {
		const neither = await runFailing({ resource: 'verification', operation: 'checkCodeById', verificationId: 'a-verification', code: '' });
		expect(neither.message).toBe('Set "Code" (code) or "Status" (status)');
		const both = await runFailing({
			resource: 'verification',
			operation: 'checkCodeById',
			verificationId: 'a-verification',
			code: '12345',
			additionalFields: { status: 'accepted' },
		});
		expect(both.message).toBe('Use "Code" (code) or "Status" (status), not both');
		expect(apiRequests(sandbox())).toHaveLength(0);
	});

	test('the verifications sent to a number are listed', async () => {
		const profileId = seedProfile();
		for (const operation of ['sendSms', 'sendFlashCall', 'sendWhatsApp']) {
			await run({ resource: 'verification', operation, phoneNumber: PHONE, verifyProfileId: locator(profileId) });
		}
		const { items } = await run({ resource: 'verification', operation: 'getAll', phoneNumber: PHONE, returnAll: true });
		expect(items.map((item) => item.json.type)).toEqual(['sms', 'flashcall', 'whatsapp']);
	});

	test('a phone number that is not E.164 is refused before anything is sent', async () => {
		const error = await runFailing({ resource: 'verification', operation: 'sendSms', phoneNumber: '312-555-0123', verifyProfileId: locator('p') });
		expect(error.message).toMatch(/"Phone Number" \(phone_number\) must be a phone number in E\.164 form/);
		expect(apiRequests(sandbox())).toHaveLength(0);
	});
});

describe('number lookup', () => {
	test('a carrier lookup sends the type and returns the carrier and portability', async () => {
		const { items } = await run({ resource: 'numberLookup', operation: 'lookUp', phoneNumber: PHONE, type: 'carrier' });
		expect(apiRequests(sandbox(), 'GET')[0].query).toEqual({ type: 'carrier' });
		expect(items[0].json).toMatchObject({ phone_number: PHONE, carrier: { type: 'mobile' }, portability: { state: 'IL' } });
		expect(items[0].json).not.toHaveProperty('caller_name');
	});

	test('a caller name lookup returns the CNAM', async () => {
		const { items } = await run({ resource: 'numberLookup', operation: 'lookUp', phoneNumber: PHONE, type: 'caller-name' });
		expect(items[0].json).toMatchObject({ caller_name: { caller_name: 'SANDBOX CALLER' } });
	});
});

describe('verify profiles and message templates', () => {
	test('profiles are created, found by name in the list and updated', async () => {
		const { items } = await run({
			resource: 'verifyProfile',
			operation: 'create',
			name: 'Checkout codes',
			additionalFields: { sms: { appName: 'Acme Shop', codeLength: 6, whitelistedDestinations: 'US, CA' }, language: 'en-US' },
		});
		expect(apiRequests(sandbox(), 'POST', '/verify_profiles')[0].body).toEqual({
			name: 'Checkout codes',
			language: 'en-US',
			sms: { app_name: 'Acme Shop', code_length: 6, whitelisted_destinations: ['US', 'CA'] },
		});
		const found = await search('searchVerifyProfile', 'Checkout');
		expect(found.results).toEqual([{ name: `Checkout codes (${items[0].json.id as string})`, value: items[0].json.id }]);
		const updated = await run({
			resource: 'verifyProfile',
			operation: 'update',
			verifyProfileId: locator(items[0].json.id as string),
			updateFields: { dailySpendLimit: 25, dailySpendLimitEnabled: true },
		});
		expect(updated.items[0].json).toMatchObject({ name: 'Checkout codes', daily_spend_limit: 25, daily_spend_limit_enabled: true });
	});

	test('message templates are created and listed', async () => {
		await run({ resource: 'messageTemplate', operation: 'create', text: 'Your {{app_name}} code is {{code}}' });
		const { items } = await run({ resource: 'messageTemplate', operation: 'getAll' });
		expect(items.map((item) => item.json.text)).toEqual(['Your {{app_name}} code is {{code}}']);
	});
});
