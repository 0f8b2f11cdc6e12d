/**
 * Telnyx Porting against the sandbox's porting behaviour: a portability check tells portable
 * numbers apart, an order is created, gets its LOA and invoice (uploaded from binary data and
 * downloadable again), is submitted and activated with Wait for Completion until it is ported,
 * and a trigger registered on the order receives each status change as a signed event. An
 * exception stops the wait with Telnyx's reason.
 */
import { waitFor } from '../../scripts/n8n/runtime';
import { startTrigger, type RunningTrigger } from '../harness/triggerHarness';
import { testFile } from '../harness/sourceNode';
import { apiRequests, locator, nodeUnderTest, runWithSandbox, sandboxCredentials } from '../helpers';
import { EXCEPTION_NUMBER } from '../sandbox/hooks/porting';

const NODE = 'telnyxPorting';
const { sandbox, run, runFailing, search } = nodeUnderTest(NODE);
const NUMBERS = '+13125550140, +13125550141';

async function upload(content: string, fileName: string): Promise<string> {
	const result = await runWithSandbox(sandbox(), NODE, { resource: 'document', operation: 'upload', file: 'data' }, {
		files: [{ data: testFile(content, fileName, 'application/pdf') }],
	});
	expect(result.error).toBeUndefined();
	return result.items[0].json.id as string;
}

async function draftOrder(numbers = NUMBERS): Promise<string> {
	const created = await run({ resource: 'portingOrder', operation: 'create', phoneNumbers: numbers, additionalFields: { customerReference: 'move-office' } });
	expect(created.items[0].json).toMatchObject({ status: { value: 'draft' }, customer_reference: 'move-office' });
	return created.items[0].json.id as string;
}

async function withDocuments(orderId: string): Promise<{ loa: string; invoice: string }> {
	const loa = await upload('%PDF-1.4 signed LOA', 'loa.pdf');
	const invoice = await upload('%PDF-1.4 carrier invoice', 'invoice.pdf');
	await run({ resource: 'portingOrder', operation: 'setDocuments', portingOrderId: locator(orderId), loaDocument: locator(loa), invoiceDocument: locator(invoice) });
	return { loa, invoice };
}

test('a portability check tells which numbers can be ported', async () => {
	const result = await run({ resource: 'portabilityCheck', operation: 'check', phoneNumbers: '+13125550140, +13125559999' });
	expect(result.items.map((item) => [item.json.phone_number, item.json.portable])).toEqual([
		['+13125550140', true],
		['+13125559999', false],
	]);
	const bad = await runFailing({ resource: 'portabilityCheck', operation: 'check', phoneNumbers: '3125550140' });
	expect(bad.message).toContain('Phone Numbers');
	expect(apiRequests(sandbox(), 'POST', '/portability_checks')).toHaveLength(1);
});

test('the LOA goes up from binary data, onto the order by picking it from a list, and comes back as the same file', async () => {
	const orderId = await draftOrder();
	const { loa } = await withDocuments(orderId);
	const upload = apiRequests(sandbox(), 'POST', '/documents')[0];
	expect(upload.parts?.find((part) => part.name === 'file')).toMatchObject({ filename: 'loa.pdf', contentType: 'application/pdf' });
	expect(apiRequests(sandbox(), 'PATCH', `/porting_orders/${orderId}`)[0].body).toEqual({ documents: { loa, invoice: expect.any(String) } });

	const listed = await search('searchDocument', 'loa');
	expect(listed.results).toEqual([{ name: `loa.pdf (${loa})`, value: loa }]);

	const downloaded = await run({ resource: 'document', operation: 'download', documentId: locator(loa) });
	const file = downloaded.items[0].binary!.data;
	expect(Buffer.from(file.data, 'base64').toString()).toBe('%PDF-1.4 signed LOA');
	expect(file).toMatchObject({ fileName: `document-${loa}.pdf`, mimeType: 'application/pdf' });

	const template = await run({ resource: 'portingOrder', operation: 'downloadLoaTemplate', portingOrderId: locator(orderId) });
	expect(Buffer.from(template.items[0].binary!.data.data, 'base64').toString()).toBe('%PDF-1.4 LOA for +13125550140, +13125550141');
	expect(template.items[0].binary!.data).toMatchObject({ fileName: `loa-${orderId}.pdf`, mimeType: 'application/pdf' });
});

test('an order is not submitted without its LOA and invoice, and a document that was never uploaded is refused', async () => {
	const orderId = await draftOrder();
	const early = await runFailing({ resource: 'portingOrder', operation: 'confirm', portingOrderId: locator(orderId) });
	expect(early.message).toBe('422 Missing documents — documents.loa');
	expect(early.description).toContain('needs its LOA and invoice');
	const unknown = await runFailing({ resource: 'portingOrder', operation: 'setDocuments', portingOrderId: locator(orderId), loaDocument: locator('6a09cdc3-8948-47f0-aa62-74ac943d6c58') });
	expect(unknown.message).toBe('422 Document not found — documents.loa');
	const empty = await runFailing({ resource: 'portingOrder', operation: 'setDocuments', portingOrderId: locator(orderId) });
	expect(empty.message).toBe('Set "LOA Document" (loa) or "Invoice Document" (invoice)');
});

test('an exception stops Wait for Completion with the reason Telnyx gives', async () => {
	const orderId = await draftOrder(`+13125550140, ${EXCEPTION_NUMBER}`);
	await withDocuments(orderId);
	const failed = await runFailing({ resource: 'portingOrder', operation: 'confirm', portingOrderId: locator(orderId), waitForCompletion: true, waitTimeoutSeconds: 30 });
	expect(failed.message).toBe('Telnyx reports the porting order as "exception": The account number does not match the losing carrier\'s records');
	const order = await run({ resource: 'portingOrder', operation: 'get', portingOrderId: locator(orderId) });
	expect(order.items[0].json.status).toMatchObject({ value: 'exception' });
});

describe('a porting order through to activation, followed by a trigger on the order', () => {
	let trigger: RunningTrigger | undefined;
	afterEach(async () => {
		await trigger?.stop();
		trigger = undefined;
	});

	test('submit and activate wait until foc-date-confirmed and ported, and every status change reaches the trigger', async () => {
		const orderId = await draftOrder();
		await withDocuments(orderId);
		trigger = await startTrigger({
			parameters: { source: 'portingOrder', portingOrderId: locator(orderId), events: ['porting_order.status_changed'] },
			credentials: sandboxCredentials(sandbox(), { publicKey: sandbox().events.publicKey }),
		});
		await trigger.activate();
		expect(apiRequests(sandbox(), 'PATCH', `/porting_orders/${orderId}`).at(-1)!.body).toEqual({ webhook_url: trigger.url });

		const tooSoon = await runFailing({ resource: 'portingOrder', operation: 'activate', portingOrderId: locator(orderId) });
		expect(tooSoon.message).toBe('422 FOC date not confirmed');

		const submitted = await run({ resource: 'portingOrder', operation: 'confirm', portingOrderId: locator(orderId), waitForCompletion: true, waitTimeoutSeconds: 30 });
		expect(submitted.items[0].json).toMatchObject({ id: orderId, status: { value: 'foc-date-confirmed' } });

		const activated = await run({ resource: 'portingOrder', operation: 'activate', portingOrderId: locator(orderId), waitForCompletion: true, waitTimeoutSeconds: 30 });
		// the wait follows the order itself, not the activation job the action answers with
		expect(activated.items[0].json).toMatchObject({ id: orderId, status: { value: 'ported' } });
		expect(apiRequests(sandbox(), 'GET', `/porting_orders/${orderId}`).length).toBeGreaterThan(0);

		const jobs = await run({ resource: 'activationJob', operation: 'getAll', portingOrderId: locator(orderId), returnAll: true });
		expect(jobs.items.map((item) => item.json.status)).toEqual(['completed']);

		await waitFor(async () => trigger!.executions.length === 4, 5_000);
		const statuses = trigger.executions.map((execution) => (execution[0][0].json.payload as { status: { value: string } }).status.value);
		expect(statuses).toEqual(['in-process', 'submitted', 'foc-date-confirmed', 'ported']);
		expect(trigger.executions[0][0][0].json).toMatchObject({ event_type: 'porting_order.status_changed', payload: { id: orderId } });

		const events = await run({ resource: 'portingEvent', operation: 'getAll', returnAll: true });
		expect(events.items).toHaveLength(4);

		await trigger.deactivate();
		expect(apiRequests(sandbox(), 'PATCH', `/porting_orders/${orderId}`).at(-1)!.body).toEqual({ webhook_url: '' });
	});
});
