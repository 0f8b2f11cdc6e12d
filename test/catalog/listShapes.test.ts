/**
 * The list shapes the spec uses, as the generator reads them from real operations: the ones
 * shipped nodes use today and the ones the rest of the API needs (TeXML, 10DLC, reports).
 */
import { detectListShape } from '../../catalog/lib/listShape';
import { queryParams } from '../../catalog/lib/parameters';
import { trimSchema } from '../../catalog/lib/schema';
import { OpenApiSpec, SPEC_FILE, specPresent, type Json } from '../../catalog/lib/spec';

const describeIfSpec = specPresent() ? describe : describe.skip;

describeIfSpec('list shapes read from the spec', () => {
	let spec: OpenApiSpec;
	beforeAll(() => {
		spec = new OpenApiSpec(SPEC_FILE);
	});

	function shapeOf(path: string) {
		const { op } = spec.operation('GET', path);
		const ok = spec.deref((op.responses as Record<string, Json>)['200']);
		const schema = spec.deref(((ok.content as Json)['application/json'] as Json).schema);
		return detectListShape(queryParams(spec, 'GET', path), trimSchema(spec, schema, { request: false }));
	}

	test.each([
		['/texml/Accounts/{account_sid}/Calls', { style: 'nextUri', sizeParam: 'PageSize', itemsPath: 'calls', nextCursorPath: 'next_page_uri' }],
		['/texml/Accounts/{account_sid}/Conferences', { style: 'nextUri', itemsPath: 'conferences' }],
		['/10dlc/brand', { style: 'pageNumber', pageParam: 'page', sizeParam: 'recordsPerPage', itemsPath: 'records' }],
		['/legacy/reporting/usage_reports/messaging', { style: 'pageNumber', pageParam: 'page', sizeParam: 'per_page' }],
		['/storage/cloudfs', { style: 'cursor', pageParam: 'page[after]', sizeParam: 'page[limit]' }],
		['/fax_applications', { style: 'pageNumber', pageParam: 'page[number]', sizeParam: 'page[size]', totalPagesPath: 'meta.total_pages' }],
	])('%s', (path, expected) => {
		expect(shapeOf(path)).toMatchObject(expected);
	});
});
