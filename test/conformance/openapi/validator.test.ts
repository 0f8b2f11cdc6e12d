/**
 * The request validator against real operations of Telnyx's OpenAPI description: what must
 * pass, each kind of violation, and a lookup of every operation by its own template.
 */
import { deref, loadSpec, type Json } from './spec';
import { allOperations, formatViolation, specAvailable, validateRequest, type SentRequest } from './validator';

const describeIfSpec = specAvailable() ? describe : describe.skip;

const send = (method: string, path: string, rest: Partial<SentRequest> = {}) =>
	validateRequest({ method, path, query: '', headers: {}, ...rest });
const json = (method: string, path: string, body: unknown, query = '') =>
	send(method, path, { query, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const form = (path: string, body: string) =>
	send('POST', path, { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
const report = (result: ReturnType<typeof validateRequest>) => result.violations.map(formatViolation);

/** Encodes a FormData the way fetch does, so the parser sees real multipart bytes. */
async function multipart(path: string, fields: Record<string, string | Blob>): Promise<ReturnType<typeof validateRequest>> {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) {
		if (typeof value === 'string') data.append(name, value);
		else data.append(name, value, 'photo.png');
	}
	const request = new Request('http://telnyx.test/v2' + path, { method: 'POST', body: data });
	const body = Buffer.from(await request.arrayBuffer());
	return send('POST', path, { headers: { 'content-type': request.headers.get('content-type') ?? '' }, body });
}

const message = { from: '+18445550001', to: '+18445550002', text: 'Hello', type: 'SMS', media_urls: ['https://example.com/a.png'] };

describeIfSpec('OpenAPI request validator', () => {
	beforeAll(() => {
		json('POST', '/messages', message);
	});

	describe('conforming requests pass', () => {
		test('POST /messages with a JSON body', () => {
			expect(json('POST', '/messages', { ...message, send_at: '2026-01-31T12:00:00Z' })).toEqual({ operation: 'POST /messages', violations: [] });
		});

		test('GET /credential_connections with page, a nested filter and sort', () => {
			const query = 'page[number]=1&page[size]=20&filter[connection_name][contains]=abc&sort=connection_name';
			expect(send('GET', '/credential_connections', { query })).toEqual({ operation: 'GET /credential_connections', violations: [] });
			expect(send('GET', '/credential_connections', { query: new URLSearchParams(query) }).violations).toEqual([]);
		});

		test('PATCH /ip_connections/{id}', () => {
			const body = { connection_name: 'office', active: true, transport_protocol: 'TLS', webhook_timeout_secs: null, tags: ['a'] };
			expect(json('PATCH', '/ip_connections/1293384261075731499', body)).toEqual({ operation: 'PATCH /ip_connections/{id}', violations: [] });
		});

		test('POST /media as multipart with a file part', async () => {
			const result = await multipart('/media', { media: new Blob([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255])]), media_name: 'logo', ttl_secs: '86400' });
			expect(result).toEqual({ operation: 'POST /media', violations: [] });
		});

		test('a form-urlencoded TeXML request, arrays of objects included', () => {
			const body = 'From=%2B18445550001&To=%2B18445550002&Timeout=30&Muted=true&Beep=onEnter&CustomHeaders[0][name]=X-A&CustomHeaders[0][value]=1';
			expect(form('/texml/Accounts/AC123/Conferences/CF123/Participants', body)).toEqual({
				operation: 'POST /texml/Accounts/{account_sid}/Conferences/{conference_sid}/Participants',
				violations: [],
			});
		});

		test('TeXML Page/PageSize query', () => {
			expect(send('GET', '/texml/Accounts/AC123/Calls', { query: 'Page=1&PageSize=20' }).violations).toEqual([]);
		});

		test('nullable: true allows null', () => {
			expect(json('POST', '/email_templates', { name: 'welcome', subject: null, html_body: null }).violations).toEqual([]);
		});

		test('a discriminated oneOf alternative', () => {
			const body = { payload: 'Hi', voice: 'female', voice_settings: { type: 'elevenlabs', api_key_ref: 'key' } };
			expect(json('POST', '/calls/v3:abc/actions/speak', body).violations).toEqual([]);
		});
	});

	describe('operation matching', () => {
		test('literal segments win over {param} ones', () => {
			expect(send('GET', '/ai/assistants/tags').operation).toBe('GET /ai/assistants/tags');
			expect(send('GET', '/ai/assistants/asst_123').operation).toBe('GET /ai/assistants/{assistant_id}');
		});

		test('a param inside a segment ({sid}.json), percent-encoded segments', () => {
			expect(send('GET', '/texml/Accounts/AC1/Recordings/RE%2F1.json').operation).toBe('GET /texml/Accounts/{account_sid}/Recordings/{recording_sid}.json');
		});

		test('unknown path, wrong method', () => {
			expect(report(send('GET', '/nope'))).toEqual(['operation: no operation in the spec matches GET /nope']);
			expect(report(send('DELETE', '/messages'))).toEqual(['operation: no DELETE operation for /messages (the spec has POST)']);
			expect(report(send('GET', '/v2/messages/abc'))[0]).toMatch(/below the base URL \/v2: the spec has \/messages\/\{id\}\)$/);
			expect(report(send('GET', '/whatsapp/phone_numbers'))[0]).toMatch(/the spec has \/v2\/whatsapp\/phone_numbers, i\.e\. \/v2\/v2\//);
		});
	});

	describe('each kind of violation', () => {
		test('missing required body field, wrong type, enum', () => {
			expect(report(json('POST', '/messages', { from: 3, text: 'x', type: 'FAX' }))).toEqual([
				'body: /to is required',
				'body: /from must be string (got 3)',
				'body: /type must be one of "SMS", "MMS" (got "FAX")',
			]);
			expect(report(json('PATCH', '/ip_connections/1', { connection_name: 5 }))).toEqual(['body: /connection_name must be string (got 5)']);
		});

		test('date-time without an RFC 3339 offset', () => {
			expect(report(json('POST', '/messages', { ...message, send_at: '2026-01-31T12:00:00' }))).toEqual([
				'body: /send_at must be a valid "date-time" (got "2026-01-31T12:00:00")',
			]);
			expect(json('POST', '/messages', { ...message, send_at: '2026-01-31T12:00:00+02:00' }).violations).toEqual([]);
		});

		test('query: unknown, wrong type, enum, deepObject with an unknown nested key', () => {
			const query = 'page[number]=first&sort=nope&filter[connection_name][starts_with]=a&filter[foo]=1&bogus=1';
			expect(report(send('GET', '/credential_connections', { query }))).toEqual([
				'query: unknown parameter "bogus"',
				'query: unknown parameter "filter[connection_name][starts_with]"',
				'query: unknown parameter "filter[foo]"',
				'query: page[number] must be integer (got "first")',
				'query: sort must be one of "created_at", "connection_name", "active" (got "nope")',
			]);
			expect(report(send('GET', '/texml/Accounts/AC1/Calls', { query: 'PageSize=many' }))).toEqual(['query: PageSize must be integer (got "many")']);
		});

		test('deepObject members that are oneOf alternatives, and open filters', () => {
			const list = (query: string) => report(send('GET', '/access_ip_address', { query }));
			expect(list('filter[created_at]=2026-01-01T00:00:00Z')).toEqual([]);
			expect(list('filter[created_at][gte]=2026-01-01T00:00:00Z&filter[ip_source]=cloudflare')).toEqual([]);
			expect(list('filter[anything]=1')).toEqual([]); // this filter says additionalProperties: true
			expect(list('filter[created_at][since]=2026-01-01T00:00:00Z')).toEqual(['query: unknown parameter "filter[created_at][since]"']);
			expect(list('filter[created_at][gte]=2026-01-01')).toEqual([
				'query: filter[created_at] matches none of the oneOf alternatives',
				'query: filter[created_at][gte] must be a valid "date-time" (got "2026-01-01")',
			]);
		});

		test('arrays in the query, readOnly schemas reused by filters', () => {
			expect(report(send('GET', '/phone_numbers', { query: 'filter[status][]=active' }))).toEqual(['query: filter[status] must be string (got ["active"])']);
			const interfaces = (query: string) => report(send('GET', '/networks/6a09cdc3-8948-47f0-aa62-74ac943d6c58/network_interfaces', { query }));
			expect(interfaces('filter[status]=provisioned')).toEqual([]);
			expect(interfaces('filter[status]=gone')).toEqual(['query: filter[status] must be one of "created", "provisioning", "provisioned", "deleting" (got "gone")']);
		});

		test('required body missing, body where none is taken', () => {
			expect(report(send('POST', '/texml/Accounts/AC1/Queues'))).toEqual(['body: the spec requires a request body']);
			expect(report(send('POST', '/texml/Accounts/AC1/Queues', { body: '' }))).toEqual(['body: the spec requires a request body']);
			expect(report(send('DELETE', '/ip_connections/1', { headers: { 'content-type': 'application/json' }, body: '{}' }))).toEqual([
				'body: the operation takes no request body',
			]);
		});

		test('wrong or missing content type, invalid JSON', () => {
			const text = { headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'hello' };
			expect(report(send('POST', '/messages', text))).toEqual(['header: Content-Type "text/plain" is not one the operation takes (application/json)']);
			expect(report(send('POST', '/messages', { body: '{}' }))).toEqual(['header: missing Content-Type for the body (the spec takes application/json)']);
			const broken = send('POST', '/messages', { headers: { 'content-type': 'application/json; charset=utf-8' }, body: '{"to":' });
			expect(report(broken)[0]).toMatch(/^body: invalid JSON: /);
		});

		test('path parameter of the wrong type', () => {
			expect(report(send('DELETE', '/voice_designs/my-voice/versions/latest'))).toEqual(['path: version must be integer (got "latest")']);
			expect(send('DELETE', '/voice_designs/my-voice/versions/2').violations).toEqual([]);
			expect(report(send('DELETE', '/voice_designs/my-voice/versions/0'))).toEqual(['path: version must be >= 1']);
		});

		test('required header, header pattern', () => {
			const body = { name: 'agent-fs', region: 'us-east-1' };
			const cloudfs = (headers: Record<string, string>) =>
				send('POST', '/storage/cloudfs', { headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
			expect(report(cloudfs({}))).toEqual(['header: missing required header "Idempotency-Key"']);
			expect(cloudfs({ 'Idempotency-Key': 'a1-b2' }).violations).toEqual([]);
			expect(report(cloudfs({ 'idempotency-key': 'no spaces' }))[0]).toMatch(/^header: Idempotency-Key must match pattern/);
		});

		test('multipart: missing file part, text part of the wrong type', async () => {
			expect(report(await multipart('/media', { ttl_secs: 'soon' }))).toEqual(['body: /media is required', 'body: /ttl_secs must be integer (got "soon")']);
		});

		test('multipart: JSON text parts for object fields, framing errors', async () => {
			const audio = new Blob([Buffer.from('ID3')]);
			expect((await multipart('/ai/audio/transcriptions', { file: audio, model: 'deepgram/nova-3', model_config: '{"smart_format":true}' })).violations).toEqual([]);
			expect(report(await multipart('/ai/audio/transcriptions', { model: 'deepgram/nova-3', model_config: 'smart' }))).toEqual([
				'body: /model_config must be object (got "smart")',
			]);
			const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n'));
			const body = crlf(['--b1', 'Content-Disposition: form-data; name="media"; filename="a.png"', 'Content-Type: image/png', '', 'PNG', '--b1--', '']);
			expect(send('POST', '/media', { headers: { 'content-type': 'multipart/form-data; boundary="b1"' }, body }).violations).toEqual([]);
			expect(report(send('POST', '/media', { headers: { 'content-type': 'multipart/form-data' }, body }))).toEqual([
				'header: multipart/form-data without a boundary parameter',
			]);
			expect(report(send('POST', '/media', { headers: { 'content-type': 'multipart/form-data; boundary=b1' }, body: crlf(['--b1', '', 'x', '--b1--']) }))).toEqual([
				'body: malformed multipart body: a multipart part has no "Content-Disposition: form-data"',
			]);
			const unterminated = crlf(['--b1', 'Content-Disposition: form-data; name="media"', '', 'x']);
			expect(report(send('POST', '/media', { headers: { 'content-type': 'multipart/form-data; boundary=b1' }, body: unterminated }))).toEqual([
				'body: malformed multipart body: the body does not end with "--b1--"',
			]);
		});

		test('form-urlencoded: coerced by the schema', () => {
			expect(report(form('/texml/Accounts/AC1/Conferences/CF1/Participants', 'Timeout=soon&Muted=maybe&Beep=loud'))).toEqual([
				'body: /Beep must be one of "true", "false", "onEnter", "onExit" (got "loud")',
				'body: /Muted must be boolean (got "maybe")',
				'body: /Timeout must be integer (got "soon")',
			]);
		});

		test('readOnly properties are reported (unless asked not to)', () => {
			const body = { phone_numbers: [{ phone_number: '+18665552368' }], id: '12ade33a-21c0-473b-b055-b3c836e1c292' };
			expect(report(json('POST', '/number_reservations', body))).toEqual(['body: /id is read-only (set by Telnyx) and must not be sent']);
			const request = { method: 'POST', path: '/number_reservations', query: '', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
			expect(validateRequest(request, { readOnly: 'ignore' }).violations).toEqual([]);
		});

		test('a failed oneOf reports its discriminated alternative only', () => {
			const body = { payload: 'Hi', voice: 'female', voice_settings: { type: 'elevenlabs', api_key_ref: 3 } };
			expect(report(json('POST', '/calls/v3:abc/actions/speak', body))).toEqual([
				'body: /voice_settings matches none of the oneOf alternatives',
				'body: /voice_settings/api_key_ref must be string (got 3)',
			]);
			const unknownType = { ...body, voice_settings: { type: 'acme' } };
			expect(report(json('POST', '/calls/v3:abc/actions/speak', unknownType))[1]).toMatch(/^body: \/voice_settings\/type must be one of "aws", "azure", /);
		});

		test('at most 10 violations per request', () => {
			const query = Array.from({ length: 20 }, (_, i) => `x${i}=1`).join('&');
			const { violations } = send('GET', '/credential_connections', { query });
			expect(violations).toHaveLength(10);
			expect(violations[9].message).toBe('… and 11 more violations');
		});
	});

	test('every operation is found by its own template', () => {
		const spec = loadSpec();
		const misses: string[] = [];
		const operations = allOperations();
		expect(operations).toHaveLength(1156);
		for (const { method, path } of operations) {
			const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(plausible(spec, path, method, name)));
			const found = send(method, filled).operation;
			if (found !== `${method} ${path}`) misses.push(`${method} ${path} (as ${filled}) → ${found}`);
		}
		expect(misses).toEqual([]);
	});
});

/** A value a path parameter would plausibly take: its example, first enum value, or by type. */
function plausible(spec: Json, path: string, method: string, name: string): string {
	const item = spec.paths[path];
	const params = [...(item.parameters ?? []), ...(item[method.toLowerCase()].parameters ?? [])].map((p: Json) => deref(spec, p, '').node);
	const param = params.find((p: Json) => p.in === 'path' && p.name === name);
	const schema = deref(spec, param?.schema, '').node ?? {};
	const example = param?.example ?? schema.example;
	if (typeof example === 'string' && example !== '') return example;
	if (typeof example === 'number') return String(example);
	if (schema.enum) return String(schema.enum[0]);
	if (schema.format === 'uuid') return '3fa85f64-5717-4562-b3fc-2c963f66afa6';
	return schema.type === 'integer' || schema.type === 'number' ? '42' : 'abc123';
}
