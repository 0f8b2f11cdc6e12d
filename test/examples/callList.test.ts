/**
 * The example "call a list of numbers and play a message", run against the sandbox as `npm
 * start` seeds it: its Dial node with the items its Code node returns, its trigger registered
 * on the demo call control application, and each event routed by its Switch expression to its
 * Speak or Hang Up node. The n8n-nodes-base nodes are not loaded in-process; their code and
 * expression are evaluated as n8n would evaluate them for these items.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { startTrigger, type RunningTrigger } from '../harness/triggerHarness';
import { apiRequests, runWithSandbox, sandboxCredentials, useSandbox } from '../helpers';
import { DEMO_CALL_CONTROL_APPLICATION_ID, seedDemo } from '../sandbox/demo';
import { scriptCall } from '../sandbox/hooks/voice';

interface ExampleNode {
	name: string;
	type: string;
	typeVersion: number;
	parameters: INodeParameters & { jsCode?: string; output?: string };
}

const example = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'call-list-play-message.json'), 'utf8')) as { nodes: ExampleNode[] };
const nodeNamed = (name: string) => example.nodes.find((node) => node.name === name)!;
const sandbox = useSandbox();
let trigger: RunningTrigger | undefined;

afterEach(async () => {
	await trigger?.stop();
});

async function runExampleNode(name: string, items: IDataObject[]) {
	const node = nodeNamed(name);
	const result = await runWithSandbox(sandbox(), node.type.split('.')[1], node.parameters, { items, typeVersion: node.typeVersion });
	if (result.error) throw result.error;
	return result.items.map((item) => item.json);
}

/** The Switch's output for an item: its expression, evaluated for that item. */
function route(json: IDataObject): number {
	const expression = String(nodeNamed('What Happened?').parameters.output).replace(/^=\{\{/, '').replace(/\}\}$/, '');
	return new Function('$json', `return (${expression});`)(json) as number;
}

test('both people are called; a person hears the message at once, a voicemail after its greeting; both calls are hung up after it', async () => {
	seedDemo(sandbox());
	scriptCall(sandbox().api, { number: '+13125550102', answer: 'machine' });
	const events = nodeNamed('Call Events');
	trigger = await startTrigger({
		parameters: events.parameters,
		credentials: sandboxCredentials(sandbox(), { publicKey: sandbox().events.publicKey }),
		typeVersion: events.typeVersion,
	});
	await trigger.activate();
	expect(sandbox().api.store.get('/call_control_applications', DEMO_CALL_CONTROL_APPLICATION_ID)?.webhook_event_url).toBe(trigger.url);

	const people = (new Function(String(nodeNamed('Numbers to Call').parameters.jsCode))() as Array<{ json: IDataObject }>).map((item) => item.json);
	const dialled = await runExampleNode('Dial', people);
	expect(apiRequests(sandbox(), 'POST', '/calls').map((request) => (request.body as IDataObject).answering_machine_detection)).toEqual(['greeting_end', 'greeting_end']);

	// the second half of the workflow, one execution per event, in the order they arrive
	const handled: Array<[string, string, number]> = [];
	const deadline = Date.now() + 5_000;
	while (apiRequests(sandbox(), 'POST', /\/actions\/hangup$/).length < 2 && Date.now() < deadline) {
		for (const execution of trigger.executions.slice(handled.length)) {
			const json = execution[0][0].json;
			const output = route(json);
			handled.push([String(json.to), String(json.event_type), output]);
			if (output === 0) await runExampleNode('Speak the Message', [json]);
			if (output === 1) await runExampleNode('Hang Up', [json]);
		}
		await new Promise((resolve) => setTimeout(resolve, 20));
	}

	expect(handled.filter(([to]) => to === '+13125550101')).toEqual([
		['+13125550101', 'call.machine.detection.ended', 0],
		['+13125550101', 'call.speak.ended', 1],
	]);
	expect(handled.filter(([to]) => to === '+13125550102')).toEqual([
		['+13125550102', 'call.machine.detection.ended', 2],
		['+13125550102', 'call.machine.greeting.ended', 0],
		['+13125550102', 'call.speak.ended', 1],
	]);
	const spoken = apiRequests(sandbox(), 'POST', /\/actions\/speak$/).map((request) => (request.body as IDataObject).payload);
	expect(spoken.sort()).toEqual([
		'Hello Ada, this is Acme Dental reminding you of your appointment on Tuesday at 10 am. See you then!',
		'Hello Grace, this is Acme Dental reminding you of your appointment on Wednesday at 3 pm. See you then!',
	]);
	const hungUp = apiRequests(sandbox(), 'POST', /\/actions\/hangup$/).map((request) => request.path.split('/')[2]);
	expect(hungUp.map(decodeURIComponent).sort()).toEqual(dialled.map((call) => String(call.call_control_id)).sort());
});
