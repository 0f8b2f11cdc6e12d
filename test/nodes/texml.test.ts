/**
 * Telnyx TeXML against the sandbox: calls initiated with a TeXML application and listed page by
 * page through `next_page_uri`, form-encoded updates, TeXML markup refused before anything is
 * sent; and the WebRTC and text-to-speech additions of Telnyx Voice: access tokens and speech as
 * an MP3 file.
 */
import { apiRequests, locator, nodeUnderTest, runWithSandbox } from '../helpers';
import { SPEECH_MP3 } from '../sandbox/hooks/texml';

const texml = nodeUnderTest('telnyxTexml');
const sandbox = texml.sandbox;
const ACCOUNT = '61bf923e-5e4d-4595-a110-56190ea18a1b';
const FROM = '+13125550100';

function texmlApplication(): string {
	const [app] = sandbox().seed('/texml_applications', [{ friendly_name: 'IVR', voice_url: 'https://example.com/texml' }]);
	return String(app.id);
}

async function initiate(to: string, extra: Record<string, unknown> = {}) {
	return await texml.run({ resource: 'call', operation: 'initiate', accountSid: ACCOUNT, texmlApplication: locator(texmlApplication()), from: FROM, to, ...extra });
}

describe('TeXML calls', () => {
	test('Initiate sends the application, the numbers and inline TeXML; the call is listed', async () => {
		const markup = '<Response>\n  <Say voice="alice">Hello &amp; welcome</Say>\n</Response>';
		const { items } = await initiate('+13125550199', { texml: markup });
		expect(items[0].json).toEqual({ from: FROM, to: '+13125550199', status: 'queued' });
		const [request] = apiRequests(sandbox(), 'POST', `/texml/Accounts/${ACCOUNT}/Calls`);
		expect(request.body).toMatchObject({ ApplicationSid: expect.any(String), From: FROM, To: '+13125550199', Texml: markup });

		const { items: listed } = await texml.run({ resource: 'call', operation: 'getAll', accountSid: ACCOUNT, returnAll: true });
		expect(listed.map((item) => item.json.to)).toEqual(['+13125550199']);
	});

	test('Return All follows next_page_uri page by page, with the token each link gives; Limit stops early', async () => {
		const collection = `/texml/Accounts/${ACCOUNT}/Calls`;
		for (let n = 0; n < 260; n++) sandbox().api.store.put(collection, `v3:call-${n}`, { sid: `v3:call-${n}`, to: `+1312555${String(n).padStart(4, '0')}`, status: 'completed' });
		const { items } = await texml.run({ resource: 'call', operation: 'getAll', accountSid: ACCOUNT, returnAll: true });
		expect(items).toHaveLength(260);
		const pages = apiRequests(sandbox(), 'GET', collection);
		expect(pages).toHaveLength(2);
		// the sandbox refuses a page whose PageToken is not the one its previous answer linked to
		expect(pages[1].query).toMatchObject({ Page: '1', PageToken: expect.any(String) });

		sandbox().requests.length = 0;
		const { items: limited } = await texml.run({ resource: 'call', operation: 'getAll', accountSid: ACCOUNT, limit: 3 });
		expect(limited.map((item) => item.json.sid)).toEqual(['v3:call-0', 'v3:call-1', 'v3:call-2']);
		expect(apiRequests(sandbox(), 'GET', collection)).toHaveLength(1);
	});

	test('filters go out as TeXML names them', async () => {
		await initiate('+13125550199');
		await initiate('+13125550188');
		const { items } = await texml.run({ resource: 'call', operation: 'getAll', accountSid: ACCOUNT, returnAll: true, options: { to: '+13125550188' } });
		expect(items.map((item) => item.json.to)).toEqual(['+13125550188']);
		expect(apiRequests(sandbox(), 'GET', `/texml/Accounts/${ACCOUNT}/Calls`)[0].query).toMatchObject({ To: '+13125550188' });
	});

	test('Update goes out form-encoded; Status completed ends the call', async () => {
		await initiate('+13125550199');
		const { items: listed } = await texml.run({ resource: 'call', operation: 'getAll', accountSid: ACCOUNT, returnAll: true });
		const callSid = String(listed[0].json.sid);
		const { items } = await texml.run({
			resource: 'call',
			operation: 'update',
			accountSid: ACCOUNT,
			callSid,
			texml: '<Response><Hangup/></Response>',
			status: 'completed',
		});
		const [request] = apiRequests(sandbox(), 'POST', `/texml/Accounts/${ACCOUNT}/Calls/${encodeURIComponent(callSid)}`);
		expect(String(request.headers['content-type'])).toMatch(/^application\/x-www-form-urlencoded/);
		expect(request.body).toEqual({ Texml: '<Response><Hangup/></Response>', Status: 'completed' });
		expect(items[0].json).toMatchObject({ sid: callSid, status: 'completed' });
	});

	test('TeXML that is not well-formed is refused before anything is sent, naming the field and where', async () => {
		const application = texmlApplication();
		sandbox().requests.length = 0;
		const broken = '<Response>\n  <Gather>\n    <Say>Press 1</Gather>\n</Response>';
		const error = await texml.runFailing({ resource: 'call', operation: 'initiate', accountSid: ACCOUNT, texmlApplication: locator(application), from: FROM, to: '+13125550199', texml: broken });
		expect(error.message).toBe('"TeXML" (Texml) is not well-formed XML: </Gather> closes <Say> (line 3, column 17)');
		const unquoted = await texml.runFailing({ resource: 'call', operation: 'update', accountSid: ACCOUNT, callSid: 'v3:1', texml: '<Response><Play loop=2>a.mp3</Play></Response>' });
		expect(unquoted.message).toMatch(/the value of loop in <Play> must be in quotes \(line 1, column 22\)/);
		expect(apiRequests(sandbox(), 'POST')).toHaveLength(0);
	});

	test('an unknown TeXML application is refused as Telnyx refuses it', async () => {
		const result = await runWithSandbox(sandbox(), 'telnyxTexml', { resource: 'call', operation: 'initiate', accountSid: ACCOUNT, texmlApplication: locator('404'), from: FROM, to: '+13125550199' }, { onError: 'continueErrorOutput' });
		expect(result.errorItems[0].json.error).toMatchObject({ httpCode: '422', code: '10015' });
	});

	test('TeXML applications: create, get, update and delete through the default behaviour', async () => {
		const { items } = await texml.run({ resource: 'texmlApplication', operation: 'create', friendlyName: 'Support line', voiceUrl: 'https://example.com/texml' });
		const id = String(items[0].json.id);
		const { items: updated } = await texml.run({ resource: 'texmlApplication', operation: 'update', texmlApplicationId: locator(id), friendlyName: 'Support', voiceUrl: 'https://example.com/v2' });
		expect(updated[0].json).toMatchObject({ id, friendly_name: 'Support', voice_url: 'https://example.com/v2' });
		await texml.run({ resource: 'texmlApplication', operation: 'delete', texmlApplicationId: locator(id) });
		const gone = await texml.runFailing({ resource: 'texmlApplication', operation: 'get', texmlApplicationId: locator(id) });
		expect(gone.message).toMatch(/not found/i);
	});
});

describe('Telnyx Voice: WebRTC credentials and text to speech', () => {
	const voice = (parameters: Record<string, unknown>) => runWithSandbox(sandbox(), 'telnyxVoice', parameters as never);

	test('a telephony credential gives an access token (a JWT) as text', async () => {
		const created = await voice({ resource: 'telephonyCredential', operation: 'create', connectionId: '1234567890', name: 'Browser phone' });
		const id = String(created.items[0].json.id);
		const { items, error } = await voice({ resource: 'telephonyCredential', operation: 'createToken', telephonyCredentialId: locator(id) });
		expect(error).toBeUndefined();
		expect(String(items[0].json.data)).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
		expect(apiRequests(sandbox(), 'POST', `/telephony_credentials/${id}/token`)).toHaveLength(1);
	});

	test('Generate Speech answers with the audio as an MP3 file in binary data', async () => {
		const { items, error } = await voice({ resource: 'textToSpeech', operation: 'generate', text: 'Your code is 1 2 3', voice: 'telnyx.NaturalHD.Alloy' });
		expect(error).toBeUndefined();
		const [request] = apiRequests(sandbox(), 'POST', '/text-to-speech/speech');
		expect(request.body).toEqual({ text: 'Your code is 1 2 3', voice: 'telnyx.NaturalHD.Alloy' });
		const file = items[0].binary?.data;
		expect(file).toMatchObject({ mimeType: 'audio/mpeg', fileName: 'speech.mp3' });
		expect(Buffer.from(String(file?.data), 'base64')).toEqual(SPEECH_MP3);
	});
});
