/**
 * The "buy a number for messaging" example, node by node through n8n in-process against the
 * sandbox seeded as `npm start` seeds it: each Telnyx node of the file runs with the items the
 * one before it produced, so its expressions read what they will read in n8n.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INodeParameters } from 'n8n-workflow';
import { apiRequests, runWithSandbox, useSandbox } from '../helpers';
import { DEMO_MESSAGING_PROFILE_ID, seedDemo } from '../sandbox/demo';

const sandbox = useSandbox();
const example = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'buy-number-for-messaging.json'), 'utf8')) as {
	nodes: Array<{ name: string; type: string; parameters: INodeParameters }>;
	connections: Record<string, { main: Array<Array<{ node: string }>> }>;
};

/** The nodes in the order the connections run them, from the trigger. */
function chain(): Array<{ name: string; type: string; parameters: INodeParameters }> {
	const out = [];
	let name: string | undefined = 'Run Now';
	while (name) {
		const next: string | undefined = example.connections[name]?.main[0]?.[0]?.node;
		if (next) out.push(example.nodes.find((n) => n.name === next)!);
		name = next;
	}
	return out;
}

test('it finds a number in area code 312, buys it, and attaches it to the demo messaging profile', async () => {
	seedDemo(sandbox());
	let items: object[] = [{}];
	const outputs: Record<string, Array<{ json: Record<string, unknown> }>> = {};
	for (const node of chain()) {
		expect(node.type).toBe('n8n-nodes-telnyx.telnyxNumbers');
		const result = await runWithSandbox(sandbox(), 'telnyxNumbers', node.parameters, { items: items as never });
		expect([node.name, result.error?.message]).toEqual([node.name, undefined]);
		outputs[node.name] = result.items;
		items = result.items.map((item) => item.json);
	}
	const number = outputs['Find a Number in 312'][0].json.phone_number as string;
	expect(number).toMatch(/^\+1312/);
	expect(outputs['Buy It'][0].json).toMatchObject({ status: 'success' });
	expect(outputs['Attach to Messaging Profile'][0].json).toMatchObject({ phone_number: number, messaging_profile_id: DEMO_MESSAGING_PROFILE_ID });
	expect(apiRequests(sandbox(), 'PATCH', /\/phone_numbers\/\d+\/messaging$/)).toHaveLength(1);
});
