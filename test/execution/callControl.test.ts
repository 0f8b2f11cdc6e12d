/**
 * Call Control conventions, from real operations of the spec: commands that take a `command_id`
 * get one per item and are retried because of it, `client_state` goes out Base64-encoded, a
 * call's `to` (one destination or several) is typed as text, and words are required only where
 * the editor shows them.
 */
import { buildOperation } from '../../catalog/lib/buildOperation';
import { OpenApiSpec, SPEC_FILE, specPresent } from '../../catalog/lib/spec';
import type { NodeDefinition } from '../../catalog/definitions/types';
import { editorKind } from '../../nodes/shared/catalog/editorKind';
import type { FieldSchema } from '../../nodes/shared/catalog/types';
import { commandId } from '../../nodes/shared/execution/behaviours/commandId';
import type { OperationContext } from '../../nodes/shared/execution/behaviours/types';
import { toWireValue } from '../../nodes/shared/execution/toWireValue';

const describeIfSpec = specPresent() ? describe : describe.skip;

const node = (commands: boolean): NodeDefinition => ({
	node: 'telnyxProbe',
	displayName: 'Probe',
	description: 'Probe',
	aliases: [],
	categories: [],
	docs: 'probe',
	versions: [{ version: 1, defaults: { resource: 'call' } }],
	copy: {},
	resources: { call: { name: 'Call', plural: 'calls', commands } },
});

describeIfSpec('the generator', () => {
	let spec: OpenApiSpec;
	beforeAll(() => {
		spec = new OpenApiSpec(SPEC_FILE);
	});
	const build = (endpoint: string, commands = true, missing = new Set<string>()) => {
		const probe = node(commands);
		return buildOperation({
			spec,
			node: probe,
			resourceKey: 'call',
			resource: probe.resources.call,
			operationKey: 'probe',
			def: { endpoint, name: 'Probe', action: 'Probe a call' },
			missingCopy: missing,
		}).operation;
	};

	test('a command with a command_id gets one per item, and only that makes the POST retried', () => {
		const speak = build('POST /calls/{call_control_id}/actions/speak');
		expect(speak.behaviours).toEqual(['commandId']);
		expect(speak.idempotent).toBe(true);
		expect(build('POST /calls/{call_control_id}/actions/speak', false)).toMatchObject({ idempotent: false });
		// SIPREC start takes no command_id: a repeat could start a second session
		const siprec = build('POST /calls/{call_control_id}/actions/siprec_start');
		expect(siprec.behaviours).toBeUndefined();
		expect(siprec.idempotent).toBe(false);
	});

	test('client_state is marked to go out Base64-encoded, in command resources only', () => {
		const field = (commands: boolean) =>
			build('POST /calls/{call_control_id}/actions/speak', commands).body!.fields.find((f) => f.name === 'client_state')!;
		expect(field(true).schema).toMatchObject({ type: 'string', encode: 'base64' });
		expect(field(false).schema.encode).toBeUndefined();
	});

	test('a dial\'s to (one destination or a list rung at once) is typed as text', () => {
		const to = build('POST /calls').body!.fields.find((f) => f.name === 'to')!;
		expect(to.editor).toBe('string');
	});

	test('words are required where the editor shows them, not inside JSON', () => {
		const missing = new Set<string>();
		build('POST /calls/{call_control_id}/actions/gather_using_ai', true, missing);
		// the assistant is edited as JSON: its tools' keys need no words of their own
		expect([...missing].filter((name) => name.includes('tools'))).toEqual([]);
		// the transcription settings are a form: their fields do
		expect(missing).toContain('TranscriptionConfig.model (transcription.model)');
	});
});

describe('client state', () => {
	const schema: FieldSchema = { type: 'string', encode: 'base64' };
	const label = { label: '"Client State" (client_state)' };
	const decode = (value: unknown) => Buffer.from(String(value), 'base64').toString('utf8');

	test('an object goes as JSON text, text as it is, both Base64-encoded', () => {
		expect(decode(toWireValue(schema, { step: 'menu', attempt: 2 }, label))).toBe('{"step":"menu","attempt":2}');
		expect(decode(toWireValue(schema, 'menu', label))).toBe('menu');
		expect(decode(toWireValue(schema, 'été ☎', label))).toBe('été ☎');
		expect(decode(toWireValue(schema, 7, label))).toBe('7');
	});
});

describe('one destination or several', () => {
	const schema: FieldSchema = { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
	const label = { label: '"To" (to)' };

	test('text stays text (a comma may carry DTMF digits), a JSON list or an array is a list', () => {
		expect(editorKind(schema)).toBe('string');
		expect(toWireValue(schema, '+18005550100,200', label)).toBe('+18005550100,200');
		expect(toWireValue(schema, '["+18005550100", "sip:agent@example.com"]', label)).toEqual(['+18005550100', 'sip:agent@example.com']);
		expect(toWireValue(schema, ['+18005550100'], label)).toEqual(['+18005550100']);
		expect(() => toWireValue(schema, 5, label)).toThrow('does not match any accepted shape');
	});
});

describe('command IDs', () => {
	const contextOf = (body: Record<string, unknown> | undefined, item: Record<string, unknown> = {}, nodeName = 'Hang Up') =>
		({
			request: { body },
			itemIndex: 0,
			operation: { resource: 'call', operation: 'hangup' },
			node: { getInputData: () => [{ json: item }], getNode: () => ({ name: nodeName }) },
		}) as unknown as OperationContext;
	const prepare = (body: Record<string, unknown> | undefined, outgoing: Record<string, unknown> = {}, item?: Record<string, unknown>, nodeName?: string) =>
		commandId.prepare!(contextOf(body, item, nodeName), { method: 'POST', path: '/calls/v3:1/actions/hangup', ...outgoing });

	test('the same Telnyx event at the same node gives the same UUID; another event or node another one', async () => {
		const event = { id: '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0', event_type: 'call.gather.ended', call_control_id: 'v3:1' };
		const idOf = async (item: Record<string, unknown>, nodeName?: string) => ((await prepare({}, {}, item, nodeName)).body as Record<string, unknown>).command_id;
		const first = await idOf(event);
		expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(await idOf({ ...event })).toBe(first);
		expect(await idOf({ ...event, id: 'd1b8a4a2-5c55-4f0e-9d7b-1b1d2f3e4a5b' })).not.toBe(first);
		expect(await idOf(event, 'Hang Up Again')).not.toBe(first);
		// an item that is no event (no event_type) gets a new one each time
		expect(await idOf({ id: event.id })).not.toBe(await idOf({ id: event.id }));
	});

	test('a new UUID per item, unless one is given', async () => {
		const first = (await prepare({ client_state: 'e30=' })).body as Record<string, unknown>;
		const second = (await prepare({})).body as Record<string, unknown>;
		expect(first.command_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(second.command_id).not.toBe(first.command_id);
		expect(first.client_state).toBe('e30=');
		expect(((await prepare({ command_id: 'mine-1' })).body as Record<string, unknown>).command_id).toBe('mine-1');
	});

	test('a command without fields (sent as the bytes {}) gets a body with its command_id', async () => {
		const outgoing = await prepare(undefined, { body: Buffer.from('{}'), headers: { 'Content-Type': 'application/json' } });
		expect(outgoing.headers).toEqual({});
		expect(Object.keys(outgoing.body as object)).toEqual(['command_id']);
	});
});
