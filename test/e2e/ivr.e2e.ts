/**
 * The event-driven phone menu (examples/ivr-event-driven.json) in real n8n: published, it
 * registers its trigger on the demo's call control application; the sandbox's call simulator
 * then rings it with callers who press a key, while Telnyx's delivery is made awkward on
 * purpose: every event twice, or in swapped pairs. Each call must still be answered once, hear
 * the menu once, and be transferred or hung up once, and every execution must succeed.
 */
import { waitFor } from '../../scripts/n8n/runtime';
import { DEMO_CALL_CONTROL_APPLICATION_ID } from '../sandbox/demo';
import { placeInboundCall, scriptCall, type CallScript } from '../sandbox/hooks/voice';
import { OUR_NUMBER, SALES, usePublishedMenu } from './phoneMenu';

const menu = usePublishedMenu('ivr-event-driven.json');
const { example } = menu;

/** The command IDs each action's requests on a call carried. */
function commandsOn(callControlId: string): Record<string, string[]> {
	return Object.fromEntries(Object.entries(menu.commandsOn(callControlId)).map(([action, bodies]) => [action, bodies.map((body) => String(body.command_id))]));
}

const carriedOut = (callControlId: string) => menu.callState(callControlId).commands;

async function settled(): Promise<Array<{ status: string }>> {
	// executions still running show as such; wait until none is
	let runs: Array<{ status: string }> = [];
	await waitFor(async () => {
		runs = await menu.n8n.executions(example.id);
		return runs.every((run) => run.status !== 'running' && run.status !== 'new');
	}, 60_000, menu.n8n.log);
	return runs;
}

/** Someone calls our number and does what the script says; the call, and the deliveries it caused. */
async function ring(from: string, script: Omit<CallScript, 'number'>, last: string) {
	const sentBefore = menu.sandbox.events.sent.length;
	scriptCall(menu.sandbox.api, { number: from, ...script });
	const call = placeInboundCall(menu.sandbox.api, { connection_id: DEMO_CALL_CONTROL_APPLICATION_ID, from, to: OUR_NUMBER });
	const id = String(call.call_control_id);
	await waitFor(async () => commandsOn(id)[last] !== undefined, 60_000, menu.n8n.log);
	// what the call sends after that (its hang-up, a bridge) has a moment to arrive
	await new Promise((resolve) => setTimeout(resolve, 1_000));
	const sent = () => menu.sandbox.events.sent.slice(sentBefore).filter((delivery) => delivery.url === menu.triggerUrl());
	return { id, sent };
}

test('every event delivered twice: the caller who presses 1 is answered, hears the menu and is transferred, each once', async () => {
	const before = (await menu.n8n.executions(example.id)).length;
	const { id, sent } = await ring('+13125550171', { digits: ['1'], delivery: 'twice' }, 'transfer');
	const runs = (await settled()).slice(before);

	const deliveries = sent().filter((delivery) => ['call.initiated', 'call.answered', 'call.gather.ended'].includes(delivery.type));
	// each of the three events the menu acts on, twice, under the same event id
	expect(deliveries.map((delivery) => delivery.type)).toEqual(['call.initiated', 'call.initiated', 'call.answered', 'call.answered', 'call.gather.ended', 'call.gather.ended']);
	expect(new Set(deliveries.map((delivery) => delivery.id)).size).toBe(3);
	const commands = commandsOn(id);
	expect(Object.keys(commands).sort()).toEqual(['answer', 'gather_using_speak', 'transfer']);
	// a repeat that ran the workflow again sent the same command ID: Telnyx carries it out once
	for (const ids of Object.values(commands)) expect(new Set(ids).size).toBe(1);
	expect(carriedOut(id)).toHaveLength(3);
	expect(menu.sandbox.requests.find((r) => r.path.endsWith('/actions/transfer'))?.body).toMatchObject({ to: SALES });
	expect(runs.length).toBeGreaterThanOrEqual(3);
	expect(runs.filter((run) => run.status !== 'success')).toEqual([]);
	console.log(`twice: ${deliveries.length} deliveries of the menu's events → ${runs.length} executions, ${Object.values(commands).flat().length} command requests, ${carriedOut(id).length} carried out`);
});

test('events in swapped pairs: the caller who presses 2 is answered, hears the menu once and is hung up', async () => {
	const before = (await menu.n8n.executions(example.id)).length;
	const { id, sent } = await ring('+13125550172', { digits: ['2'], delivery: 'swapped' }, 'hangup');
	const runs = (await settled()).slice(before);

	const order = sent().map((delivery) => delivery.type);
	// the prompt's end arrived before its start: the order really was swapped
	expect(order.indexOf('call.speak.ended')).toBeGreaterThanOrEqual(0);
	expect(order.indexOf('call.speak.ended')).toBeLessThan(order.indexOf('call.speak.started'));
	const commands = commandsOn(id);
	expect(Object.keys(commands).sort()).toEqual(['answer', 'gather_using_speak', 'hangup']);
	expect(carriedOut(id)).toHaveLength(3);
	await waitFor(async () => (menu.sandbox.api.store.get('/calls', id) as { is_alive: boolean }).is_alive === false, 10_000);
	expect(runs.filter((run) => run.status !== 'success')).toEqual([]);
});
