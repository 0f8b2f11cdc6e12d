/**
 * The "port numbers in" example, node by node through n8n in-process against the sandbox:
 * each Telnyx node runs with the items (and files) the one before it produced; expressions that
 * read an earlier node by name (`$('Open a Porting Order').first().json.id`) are given that
 * node's output, as n8n would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';
import type { TestFile } from '../harness/sourceNode';
import { apiRequests, runWithSandbox, useSandbox } from '../helpers';

const sandbox = useSandbox();
interface ExampleNode { name: string; type: string; parameters: INodeParameters; executeOnce?: boolean }
const example = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'port-numbers-in.json'), 'utf8')) as {
	nodes: ExampleNode[];
	connections: Record<string, { main: Array<Array<{ node: string }>> }>;
};

function chain(): ExampleNode[] {
	const out: ExampleNode[] = [];
	for (let name = example.connections['Run Now']?.main[0]?.[0]?.node; name; name = example.connections[name]?.main[0]?.[0]?.node) {
		out.push(example.nodes.find((n) => n.name === name)!);
	}
	return out;
}

/** `$('Node').first().json.id` read from that node's output. */
function withEarlierOutputs(parameters: INodeParameters, outputs: Record<string, INodeExecutionData[]>): INodeParameters {
	const text = JSON.stringify(parameters).replace(/=\{\{ \$\('([^']+)'\)\.first\(\)\.json\.id \}\}/g, (_m, name: string) => String(outputs[name][0].json.id));
	return JSON.parse(text) as INodeParameters;
}

function filesOf(items: INodeExecutionData[]): Array<Record<string, TestFile> | null> {
	return items.map((item) => {
		const data = item.binary?.data;
		return data ? { data: { base64: data.data, fileName: data.fileName ?? 'file', mimeType: data.mimeType } } : null;
	});
}

test('it checks the numbers, opens an order, attaches the LOA and invoice, submits and activates it until it is ported', async () => {
	let items: INodeExecutionData[] = [{ json: {} }];
	const outputs: Record<string, INodeExecutionData[]> = {};
	for (const node of chain()) {
		expect(node.type).toBe('n8n-nodes-telnyx.telnyxPorting');
		const result = await runWithSandbox(sandbox(), 'telnyxPorting', withEarlierOutputs(node.parameters, outputs), {
			items: items.map((item) => item.json) as never,
			files: filesOf(items),
			executeOnce: node.executeOnce,
		});
		expect([node.name, result.error?.message]).toEqual([node.name, undefined]);
		outputs[node.name] = result.items;
		items = result.items;
	}
	expect(outputs['Check Portability'].map((item) => item.json.portable)).toEqual([true, true]);
	expect(apiRequests(sandbox(), 'POST', '/porting_orders')).toHaveLength(1);
	expect(apiRequests(sandbox(), 'POST', '/porting_orders')[0].body).toEqual({ phone_numbers: ['+13125550140', '+13125550141'], customer_reference: 'office-move' });
	expect(outputs['Submit and Wait for the FOC Date'][0].json).toMatchObject({ status: { value: 'foc-date-confirmed' } });
	expect(outputs['Activate and Wait Until Ported'][0].json).toMatchObject({ customer_reference: 'office-move', status: { value: 'ported' } });
}, 30_000);
