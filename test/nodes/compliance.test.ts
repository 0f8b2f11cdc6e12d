/**
 * Telnyx Compliance against the sandbox: documents go up from binary data or a link and come
 * back as the same file, requirement groups gather answers, are picked from a list (Telnyx
 * answers that list as a bare array) and are approved after Submit for Approval, and a sub
 * number order takes a group.
 */
import { waitFor } from '../../scripts/n8n/runtime';
import { testFile } from '../harness/sourceNode';
import { apiRequests, locator, nodeUnderTest, runWithSandbox } from '../helpers';
import { APPROVAL_MS } from '../sandbox/hooks/compliance';

const NODE = 'telnyxCompliance';
const { sandbox, run, runFailing, search } = nodeUnderTest(NODE);

describe('documents', () => {
	test('a file uploads from binary data and downloads as the same bytes', async () => {
		const scan = Buffer.from('%PDF-1.4 passport scan');
		const uploaded = await runWithSandbox(sandbox(), NODE, { resource: 'document', operation: 'upload', file: 'data', additionalFields: { customerReference: 'kyc-42' } }, {
			files: [{ data: testFile(scan, 'passport.pdf', 'application/pdf') }],
		});
		expect(uploaded.error).toBeUndefined();
		const id = uploaded.items[0].json.id as string;
		expect(uploaded.items[0].json).toMatchObject({ filename: 'passport.pdf', customer_reference: 'kyc-42', status: 'pending' });
		const parts = apiRequests(sandbox(), 'POST', '/documents')[0].parts;
		expect(parts?.map((part) => part.name).sort()).toEqual(['customer_reference', 'file']);

		const downloaded = await run({ resource: 'document', operation: 'download', documentId: locator(id) });
		expect(Buffer.from(downloaded.items[0].binary!.data.data, 'base64')).toEqual(scan);
		expect(downloaded.items[0].binary!.data).toMatchObject({ fileName: `document-${id}.pdf`, mimeType: 'application/pdf' });

		const link = await run({ resource: 'document', operation: 'getDownloadLink', documentId: locator(id) });
		expect(link.items[0].json.url).toMatch(/\/__files\/document-/);
	});

	test('a document from a link needs the link or the content, not both, checked before sending', async () => {
		const fromLink = await run({ resource: 'document', operation: 'create', url: 'https://example.com/bill.pdf', filename: 'bill.pdf' });
		expect(fromLink.items[0].json).toMatchObject({ filename: 'bill.pdf' });
		const neither = await runFailing({ resource: 'document', operation: 'create', filename: 'bill.pdf' });
		expect(neither.message).toBe('Set "URL" (url) or "File" (file)');
		const both = await runFailing({ resource: 'document', operation: 'create', url: 'https://example.com/bill.pdf', additionalFields: { file: 'JVBERi0=' } });
		expect(both.message).toContain('URL');
		expect(apiRequests(sandbox(), 'POST', '/documents')).toHaveLength(1);
	});

	test('an upload without a file is refused before sending, naming the field', async () => {
		const missing = await runWithSandbox(sandbox(), NODE, { resource: 'document', operation: 'upload', file: 'scan' }, {
			files: [{ data: testFile('x', 'x.pdf', 'application/pdf') }],
		});
		expect(missing.error?.message).toContain('the input item has no binary field "scan"');
		expect(apiRequests(sandbox(), 'POST', '/documents')).toHaveLength(0);
	});
});

describe('requirement groups', () => {
	async function createGroup(reference: string): Promise<string> {
		const created = await run({
			resource: 'requirementGroup',
			operation: 'create',
			usedFor: 'ordering',
			countryCode: 'DE',
			phoneNumberType: 'local',
			customerReference: reference,
			regulatoryRequirements: { values: [{ requirementId: '8ffb3622-7c6b-4ccc-b65f-7a3dc0099576', fieldValue: 'Musterstrasse 1, Berlin' }] },
		});
		expect(created.items[0].json).toMatchObject({ customer_reference: reference, status: 'unapproved' });
		return created.items[0].json.id as string;
	}

	test('a group is created with its answers, listed for picking, and approved after Submit for Approval', async () => {
		const id = await createGroup('berlin-office');
		await createGroup('munich-office');
		expect(apiRequests(sandbox(), 'POST', '/requirement_groups')[0].body).toEqual({
			action: 'ordering',
			country_code: 'DE',
			phone_number_type: 'local',
			customer_reference: 'berlin-office',
			regulatory_requirements: [{ requirement_id: '8ffb3622-7c6b-4ccc-b65f-7a3dc0099576', field_value: 'Musterstrasse 1, Berlin' }],
		});

		// GET /requirement_groups answers with a bare array: still one item per group, and a searchable list
		const all = await run({ resource: 'requirementGroup', operation: 'getAll', returnAll: true });
		expect(all.items.map((item) => item.json.customer_reference).sort()).toEqual(['berlin-office', 'munich-office']);
		const picked = await search('searchRequirementGroup', 'berlin');
		expect(picked.results).toEqual([{ name: `berlin-office (${id})`, value: id }]);

		const submitted = await run({ resource: 'requirementGroup', operation: 'submitForApproval', requirementGroupId: locator(id) });
		expect(submitted.items[0].json).toMatchObject({ status: 'pending-approval' });
		await waitFor(async () => {
			const read = await run({ resource: 'requirementGroup', operation: 'get', requirementGroupId: locator(id) });
			return read.items[0].json.status === 'approved';
		}, APPROVAL_MS * 20);
	});

	test('a sub number order takes a group picked from the list', async () => {
		const groupId = await createGroup('berlin-office');
		const [order] = sandbox().seed('/sub_number_orders', [{ phone_number_type: 'local', country_code: 'DE' }]);
		const orders = await search('searchSubNumberOrder');
		expect(orders.results.map((r) => r.value)).toContain(order.id);
		await run({ resource: 'subNumberOrder', operation: 'setRequirementGroup', subNumberOrderId: locator(order.id as string), requirementGroupId: locator(groupId) });
		expect(apiRequests(sandbox(), 'POST', `/sub_number_orders/${order.id as string}/requirement_group`)[0].body).toEqual({ requirement_group_id: groupId });
	});
});
