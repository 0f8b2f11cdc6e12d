/**
 * Telnyx Fax against the sandbox's fax behaviour: faxes sent from a link or a file go from
 * queued to delivered, only unsent ones can be cancelled, the document comes back as binary
 * data, the document's either-or rules are checked before sending, and a trigger registered on
 * the fax application receives the fax's signed events.
 */
import { startTrigger, type RunningTrigger } from '../harness/triggerHarness';
import { testFile } from '../harness/sourceNode';
import { waitFor } from '../../scripts/n8n/runtime';
import { apiRequests, locator, nodeUnderTest, runWithSandbox, sandboxCredentials } from '../helpers';
import { FAX_DELIVERY_MS } from '../sandbox/hooks/fax';

const NODE = 'telnyxFax';
const { sandbox, run, runFailing } = nodeUnderTest(NODE);
const FROM = '+13125550100';
const TO = '+13125550199';

function seedApplication(webhook = 'https://example.com/fax-events'): string {
	const [application] = sandbox().seed('/fax_applications', [{ application_name: 'Office fax', webhook_event_url: webhook }]);
	return application.id as string;
}

const sendFromUrl = (applicationId: string, extra: Record<string, unknown> = {}) => ({
	resource: 'fax',
	operation: 'send',
	connectionId: locator(applicationId, 'list'),
	from: FROM,
	to: TO,
	mediaUrl: 'https://files.example.com/contract.pdf',
	...extra,
});

describe('sending', () => {
	test('a fax from a link is queued, then delivered', async () => {
		const applicationId = seedApplication();
		const { items } = await run(sendFromUrl(applicationId, { additionalFields: { quality: 'high', monochrome: true } }));
		expect(apiRequests(sandbox(), 'POST', '/faxes')[0].body).toEqual({
			connection_id: applicationId,
			from: FROM,
			to: TO,
			media_url: 'https://files.example.com/contract.pdf',
			quality: 'high',
			monochrome: true,
		});
		expect(items[0].json).toMatchObject({ status: 'queued', direction: 'outbound', to: TO });
		await new Promise((resolve) => setTimeout(resolve, FAX_DELIVERY_MS + 100));
		const { items: read } = await run({ resource: 'fax', operation: 'get', faxId: locator(items[0].json.id as string) });
		expect(read[0].json).toMatchObject({ status: 'delivered', page_count: 1 });
	});

	test('a file from the input item is sent as multipart, and its document downloads as binary data', async () => {
		const applicationId = seedApplication();
		const pdf = Buffer.from('%PDF-1.4 signed contract');
		const sent = await runWithSandbox(sandbox(), NODE, { resource: 'fax', operation: 'sendFile', connectionId: locator(applicationId), from: FROM, to: TO, contents: 'data' }, {
			files: [{ data: testFile(pdf, 'contract.pdf', 'application/pdf') }],
		});
		expect(sent.error).toBeUndefined();
		const upload = apiRequests(sandbox(), 'POST', '/faxes')[0];
		expect(upload.parts?.find((part) => part.name === 'contents')).toMatchObject({ filename: 'contract.pdf', contentType: 'application/pdf', size: pdf.length });

		const id = sent.items[0].json.id as string;
		const downloaded = await run({ resource: 'fax', operation: 'downloadMedia', faxId: locator(id) });
		const binary = downloaded.items[0].binary!.data;
		expect(Buffer.from(binary.data, 'base64')).toEqual(pdf);
		expect(binary).toMatchObject({ fileName: `fax-${id}.pdf`, mimeType: 'application/pdf' });
		expect(downloaded.items[0].json).toMatchObject({ record: { id, status: 'queued' } });
		// the document link is outside the API: fetched without the key
		const fetched = sandbox().requests.find((r) => r.path.startsWith('/__files/'));
		expect(fetched?.headers.authorization).toBeUndefined();
	});

	test('a fax needs a document link or a stored media name, and not both, checked before sending', async () => {
		const applicationId = seedApplication();
		const none = await runFailing(sendFromUrl(applicationId, { mediaUrl: '' }));
		expect(none.message).toBe('Set "Media URL" (media_url) or "Media Name" (media_name)');
		const both = await runFailing(sendFromUrl(applicationId, { additionalFields: { mediaName: 'contract' } }));
		expect(both.message).toBe('Use "Media URL" (media_url) or "Media Name" (media_name), not both');
		expect(apiRequests(sandbox())).toHaveLength(0);
	});
});

describe('following faxes', () => {
	test('a queued fax can be cancelled; a delivered one cannot, and goes to the Error output', async () => {
		const applicationId = seedApplication();
		const { items } = await run(sendFromUrl(applicationId));
		const id = items[0].json.id as string;
		const cancelled = await run({ resource: 'fax', operation: 'cancel', faxId: locator(id) });
		expect(cancelled.items[0].json).toMatchObject({ result: 'ok' });
		const { items: read } = await run({ resource: 'fax', operation: 'get', faxId: locator(id) });
		expect(read[0].json).toMatchObject({ status: 'canceled' });

		const { items: second } = await run(sendFromUrl(applicationId));
		await new Promise((resolve) => setTimeout(resolve, FAX_DELIVERY_MS + 100));
		const late = await runWithSandbox(sandbox(), NODE, { resource: 'fax', operation: 'cancel', faxId: locator(second[0].json.id as string) }, {
			onError: 'continueErrorOutput',
		});
		expect(late.errorItems[0].json.error).toMatchObject({ httpCode: '422', code: '90080', title: 'Fax cannot be canceled' });
	});

	test('Get Many lists the faxes sent', async () => {
		const applicationId = seedApplication();
		await run(sendFromUrl(applicationId));
		await run(sendFromUrl(applicationId, { to: '+13125550198' }));
		const { items } = await run({ resource: 'fax', operation: 'getAll', returnAll: true });
		expect(items.map((item) => item.json.to).sort()).toEqual(['+13125550198', TO]);
	});
});

describe('the trigger on a fax application', () => {
	let trigger: RunningTrigger | undefined;
	afterEach(async () => {
		await trigger?.stop();
		trigger = undefined;
	});

	test('registers itself as the application\'s webhook URL and receives the fax\'s events by name', async () => {
		const applicationId = seedApplication('https://crm.example.com/fax');
		trigger = await startTrigger({
			parameters: { source: 'faxApplication', faxApplicationId: locator(applicationId), events: ['fax.delivered'] },
			credentials: sandboxCredentials(sandbox(), { publicKey: sandbox().events.publicKey }),
		});
		await trigger.activate();
		expect(apiRequests(sandbox(), 'PATCH', `/fax_applications/${applicationId}`)[0].body).toEqual({
			application_name: 'Office fax',
			webhook_event_url: trigger.url,
		});

		await run(sendFromUrl(applicationId));
		await waitFor(async () => trigger!.executions.length === 1, 5_000);
		expect(trigger.executions[0][0][0].json).toMatchObject({ event_type: 'fax.delivered', payload: { to: TO, status: 'delivered' } });
		// queued and sending were acknowledged but not selected
		expect(trigger.deliveries.length).toBeGreaterThanOrEqual(3);

		await trigger.deactivate();
		const restored = apiRequests(sandbox(), 'PATCH', `/fax_applications/${applicationId}`)[1].body;
		expect(restored).toEqual({ application_name: 'Office fax', webhook_event_url: 'https://crm.example.com/fax' });
	});
});
