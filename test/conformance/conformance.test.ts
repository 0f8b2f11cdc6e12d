/**
 * Generated conformance: two runs per operation the package offers, one with only what the
 * API requires and one with every field the node exposes, each through n8n in-process. Every
 * request the run sends is held against the OpenAPI description itself (./openapi), not
 * against the catalog, so a wrong catalog entry shows up here even though the sandbox
 * follows the catalog.
 */
import { loadCatalogs } from '../../catalog/loadCatalogs';
import type { CatalogOperation, NodeCatalog } from '../../nodes/shared/catalog/types';
import { runNode } from '../harness/n8nHarness';
import { testFile } from '../harness/sourceNode';
import { formatViolation, specAvailable, validateRequest } from './openapi/validator';
import { startRecorder, type Recorder } from './recorder';
import { parametersFor, type Coverage } from './values';

const API_KEY = 'KEYCONFORMANCE000000000000000000';
const catalogs = loadCatalogs().filter((catalog) => catalog.node !== 'telnyxTrigger');
const cases = catalogs.flatMap((catalog) =>
	catalog.operations.flatMap((operation) =>
		(['required', 'all'] as Coverage[]).map((coverage) => [`${catalog.node} ${operation.resource} → ${operation.operation} (${coverage === 'required' ? 'required fields' : 'every field'})`, catalog, operation, coverage] as const),
	),
);

const describeIfSpec = specAvailable() ? describe : describe.skip;

describeIfSpec(`requests match the OpenAPI description (${cases.length} runs, ${cases.length / 2} operations)`, () => {
	let recorder: Recorder;
	beforeAll(async () => {
		recorder = await startRecorder(catalogs.flatMap((catalog) => catalog.operations));
	});
	afterAll(async () => {
		await recorder?.stop();
	});
	beforeEach(() => {
		recorder.requests.length = 0;
	});

	test.each(cases)('%s', async (_name, catalog, operation, coverage) => {
		const result = await run(recorder, catalog, operation, coverage);
		expect(result.error ? `${result.error.message} — ${result.error.description ?? ''}` : 'ok').toBe('ok');
		const sent = recorder.requests.filter((request) => !request.download);
		expect(sent.length).toBeGreaterThan(0);
		for (const request of sent) {
			const { operation: matched, violations } = validateRequest(request);
			expect({ request: `${request.method} ${request.path}`, matched, violations: violations.map(formatViolation) }).toEqual({
				request: `${request.method} ${request.path}`,
				matched: `${operation.method} ${operation.path}`,
				violations: [],
			});
		}
	});
});

async function run(recorder: Recorder, catalog: NodeCatalog, operation: CatalogOperation, coverage: Coverage) {
	const version = catalog.versions[catalog.versions.length - 1];
	const uploads = operation.body?.fields.some((field) => field.editor === 'binaryFile');
	return await runNode({
		node: catalog.node,
		typeVersion: version,
		parameters: parametersFor(operation, version, coverage),
		credentials: { apiKey: API_KEY, baseUrl: recorder.url, publicKey: '' },
		...(uploads ? { files: [{ data: testFile('%PDF-1.4 conformance', 'document.pdf', 'application/pdf') }] } : {}),
	});
}
