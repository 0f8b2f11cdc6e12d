/**
 * The body and answer kinds the rest of the API needs, read from real operations of the spec
 * by the generator and carried out by the behaviours: form bodies (TeXML), server-sent events,
 * CSV and PDF answers as files.
 */
import { buildOperation } from '../../catalog/lib/buildOperation';
import { OpenApiSpec, SPEC_FILE, specPresent } from '../../catalog/lib/spec';
import type { NodeDefinition } from '../../catalog/definitions/types';
import { eventStream, parseEventStream } from '../../nodes/shared/execution/behaviours/eventStream';
import { formBody } from '../../nodes/shared/execution/behaviours/formBody';
import type { OperationContext } from '../../nodes/shared/execution/behaviours/types';

const describeIfSpec = specPresent() ? describe : describe.skip;

/** A node definition just for reading one endpoint; its words are not the point here. */
const node: NodeDefinition = {
	node: 'telnyxProbe',
	displayName: 'Probe',
	description: 'Probe',
	aliases: [],
	categories: [],
	docs: 'probe',
	versions: [{ version: 1, defaults: { resource: 'thing' } }],
	copy: {},
	resources: { thing: { name: 'Thing', plural: 'things' } },
};

describeIfSpec('kinds the generator reads from the spec', () => {
	let spec: OpenApiSpec;
	beforeAll(() => {
		spec = new OpenApiSpec(SPEC_FILE);
	});
	const build = (endpoint: string, extra = {}) =>
		buildOperation({
			spec,
			node,
			resourceKey: 'thing',
			resource: node.resources.thing,
			operationKey: 'probe',
			def: { endpoint, name: 'Probe', action: 'Probe a thing', ...extra },
			missingCopy: new Set(),
		}).operation;

	test('a TeXML update takes a form-urlencoded body', () => {
		const operation = build('POST /texml/Accounts/{account_sid}/Calls/{call_sid}');
		expect(operation.body?.contentType).toBe('form');
		expect(operation.behaviours).toEqual(['formBody']);
	});

	test('a streamed answer is read as server-sent events', () => {
		// the spec offers JSON or the stream; the definition picks the stream
		const operation = build('POST /ai/anthropic/v1/messages', { answerAs: 'text/event-stream' });
		expect(operation.response.kind).toBe('events');
		expect(operation.behaviours).toEqual(['eventStream']);
	});

	test('an answer offered as JSON or CSV is read as JSON unless the definition says otherwise', () => {
		expect(build('GET /charges_breakdown').response.kind).toBe('json');
		expect(build('GET /charges_breakdown', { answerAs: 'text/csv' }).response).toMatchObject({ kind: 'binary', fileName: 'thing.csv' });
	});

	test.each([
		['GET /sub_number_orders_report/{report_id}/download', 'text/csv', 'thing-{report_id}.csv'],
		['GET /porting_orders/{id}/loa_template', 'application/pdf', 'thing-{id}.pdf'],
	])('%s answers with a file (%s), output as binary data', (endpoint, mimeType, fileName) => {
		const operation = build(endpoint);
		expect(operation.response).toMatchObject({ kind: 'binary', mimeType, fileName });
		expect(operation.behaviours).toEqual(['fileAnswer']);
	});
});

const context = {} as OperationContext;

describe('form bodies', () => {
	test('fields become name=value pairs, lists repeat their name, objects and lists of objects go in brackets', async () => {
		const outgoing = await formBody.prepare!(context, {
			method: 'POST',
			path: '/texml/Accounts/AC1/Calls/CA1',
			body: {
				Status: 'completed',
				Url: 'https://example.com/next?x=1',
				StatusCallbackEvent: ['initiated', 'answered'],
				CustomHeaders: [{ name: 'X-Id', value: '7' }],
				Extra: { a: 1 },
				Empty: null,
			},
		});
		expect(outgoing.headers).toEqual({ 'Content-Type': 'application/x-www-form-urlencoded' });
		// text, not bytes: n8n's HTTP helper reads a form body with URLSearchParams
		expect(outgoing.body).toBe(
			'Status=completed&Url=https%3A%2F%2Fexample.com%2Fnext%3Fx%3D1&StatusCallbackEvent=initiated&StatusCallbackEvent=answered' +
				'&CustomHeaders%5B0%5D%5Bname%5D=X-Id&CustomHeaders%5B0%5D%5Bvalue%5D=7&Extra%5Ba%5D=1',
		);
	});
});

describe('server-sent events', () => {
	const stream = [
		': keep-alive comment',
		'event: message_start',
		'data: {"type":"message_start","message":{"id":"msg_1"}}',
		'',
		'event: content_block_delta',
		'data: {"type":"content_block_delta",',
		'data:  "delta":{"text":"Hello"}}',
		'',
		'id: 3',
		'data: plain text',
		'',
		'data: [DONE]',
		'',
	].join('\r\n');

	test('the stream is read to the end: one item per event, data parsed as JSON where it is JSON', async () => {
		expect(parseEventStream(stream)).toEqual([
			{ event: 'message_start', data: { type: 'message_start', message: { id: 'msg_1' } } },
			{ event: 'content_block_delta', data: { type: 'content_block_delta', delta: { text: 'Hello' } } },
			{ id: '3', data: 'plain text' },
		]);
		const prepared = await eventStream.prepare!(context, { method: 'POST', path: '/ai/x' });
		expect(prepared).toMatchObject({ responseKind: 'text', headers: { Accept: 'text/event-stream' } });
		const results = await eventStream.shape!(context, { statusCode: 200, headers: {}, body: stream }, []);
		expect(results.map((r) => r.json.event ?? r.json.id)).toEqual(['message_start', 'content_block_delta', '3']);
	});

	test('an empty stream gives no items', () => {
		expect(parseEventStream('')).toEqual([]);
	});
});
