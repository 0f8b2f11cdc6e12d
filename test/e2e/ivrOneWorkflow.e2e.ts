/**
 * The phone menu as one linear workflow (examples/ivr-one-workflow.json) in real n8n: the
 * trigger starts one execution per inbound call; Answer, the menu and the goodbye each wait for
 * their call event in the same execution (n8n's waiting executions), the events arriving at the
 * execution's resume URL. Telnyx's delivery is made awkward on purpose (every event twice, or
 * in swapped pairs) and n8n refuses deliveries while the execution runs (409): Telnyx's retries
 * bring them. Each call must be answered, prompted and transferred or hung up exactly once.
 */
import { waitFor } from '../../scripts/n8n/runtime';
import { DEMO_CALL_CONTROL_APPLICATION_ID } from '../sandbox/demo';
import { placeInboundCall, scriptCall, type CallScript } from '../sandbox/hooks/voice';
import { OUR_NUMBER, SALES, usePublishedMenu } from './phoneMenu';

/** The shortest wait limit: the run that loses a duplicated first event ends at it (n8n checks waits each minute). */
const WAIT_LIMIT_SECONDS = 10;

const menu = usePublishedMenu('ivr-one-workflow.json', (workflow) => {
	for (const node of workflow.nodes) if (node.parameters.waitForEvent) node.parameters.eventWaitLimitSeconds = WAIT_LIMIT_SECONDS;
});
const { example, commandsOn, callState } = menu;

async function runsSince(before: number, until: (runs: Array<{ id: string; status: string }>) => boolean, timeoutMs = 60_000) {
	let runs: Array<{ id: string; status: string }> = [];
	await waitFor(async () => {
		runs = (await menu.n8n.executions(example.id)).slice(before);
		return until(runs);
	}, timeoutMs, menu.n8n.log);
	return runs;
}

/** Someone calls our number and does what the script says; waits until the flow's last command. */
async function ring(from: string, script: Omit<CallScript, 'number'>, last: string) {
	const sentBefore = menu.sandbox.events.sent.length;
	const startedAt = Date.now();
	scriptCall(menu.sandbox.api, { number: from, ...script });
	const call = placeInboundCall(menu.sandbox.api, { connection_id: DEMO_CALL_CONTROL_APPLICATION_ID, from, to: OUR_NUMBER });
	const id = String(call.call_control_id);
	await waitFor(async () => commandsOn(id)[last] !== undefined, 60_000, menu.n8n.log);
	const lastCommand = menu.sandbox.requests.filter((request) => request.path.endsWith(`/actions/${last}`)).pop();
	const tookMs = (lastCommand?.at ?? Date.now()) - startedAt;
	// the call's last events (its hang-up, a bridge) have a moment to arrive
	await new Promise((resolve) => setTimeout(resolve, 1_500));
	const sent = menu.sandbox.events.sent.slice(sentBefore).filter((delivery) => delivery.url.includes('/webhook-waiting/'));
	return { id, sent, tookMs };
}

type Delivery = { type: string; id: string; status: number; sentAt: number; answeredAt: number };

/** What the waiting execution's deliveries cost: refusals while it ran, and the delay retries added. */
function report(label: string, sent: Delivery[], tookMs: number) {
	const refused = sent.filter((delivery) => delivery.status === 409).length;
	const byEvent = new Map<string, Delivery[]>();
	for (const delivery of sent) byEvent.set(delivery.id, [...(byEvent.get(delivery.id) ?? []), delivery]);
	const delays: number[] = [];
	for (const attempts of byEvent.values()) {
		const taken = attempts.find((attempt) => attempt.status === 200);
		if (taken && attempts[0].status !== 200) delays.push(taken.answeredAt - attempts[0].sentAt);
	}
	const mean = delays.length ? Math.round(delays.reduce((a, b) => a + b, 0) / delays.length) : 0;
	// every event of a type a step waits for got through in the end (taken, or acknowledged as not its step's): none lost
	const awaited = [...byEvent.values()].filter((attempts) => AWAITED.includes(attempts[0].type));
	const taken = awaited.filter((attempts) => attempts.some((attempt) => attempt.status === 200)).length;
	expect(taken).toBe(awaited.length);
	const refusedTypes = [...new Set(sent.filter((d) => d.status === 409).map((d) => d.type))].join(', ');
	console.log(
		`${label}: ${byEvent.size} events, ${sent.length} deliveries to the waiting execution, ${refused} refused with 409 (${refusedTypes || 'none'}); ` +
			`events of awaited types answered 200 ${taken} of ${awaited.length}, ${delays.length} of them on a retry, ${mean} ms later on average (max ${Math.max(0, ...delays)} ms); call handled in ${tookMs} ms`,
	);
}

/** The events the example's steps wait for. */
const AWAITED = ['call.answered', 'call.gather.ended', 'call.speak.ended'];

test('caller presses 1: answered, the menu spoken once, transferred once, in one execution', async () => {
	const before = (await menu.n8n.executions(example.id)).length;
	const { id, sent, tookMs } = await ring('+13125550181', { digits: ['1'] }, 'transfer');
	const runs = await runsSince(before, (r) => r.length === 1 && r[0].status === 'success');
	expect(runs).toHaveLength(1);

	const commands = commandsOn(id);
	expect(Object.keys(commands).sort()).toEqual(['answer', 'gather_using_speak', 'transfer']);
	for (const bodies of Object.values(commands)) expect(bodies).toHaveLength(1);
	// Answer sent the call's events to this execution's resume URL, with retries for what it waits for
	const answer = commands.answer[0];
	expect(String(answer.webhook_url)).toMatch(new RegExp(`^${menu.n8n.baseUrl}/webhook-waiting/${runs[0].id}/call-event\\?signature=`));
	expect(answer.webhook_retries_policies).toMatchObject({ 'call.answered': { retries_ms: expect.any(Array) }, 'call.gather.ended': { retries_ms: expect.any(Array) } });
	expect(commands.transfer[0]).toMatchObject({ to: SALES });
	expect(callState(id).commands).toHaveLength(3);
	// the execution went on with call.answered, then with call.gather.ended
	const data = await menu.n8n.executionData(runs[0].id);
	expect(data).toContain('call.gather.ended');
	report('once', sent, tookMs);
});

test('events sent before n8n has saved the step as waiting are refused with 409, and Telnyx\'s retries bring them', async () => {
	const before = (await menu.n8n.executions(example.id)).length;
	const { id, sent, tookMs } = await ring('+13125550184', { digits: ['1'], eventsAfterMs: 0 }, 'transfer');
	const runs = await runsSince(before, (r) => r.length === 1 && r[0].status === 'success');
	expect(runs).toHaveLength(1);
	const answered = sent.filter((delivery) => delivery.type === 'call.answered');
	// the first try came while the execution still ran; a retry was taken
	expect(answered[0].status).toBe(409);
	expect(answered.map((delivery) => delivery.status)).toContain(200);
	const commands = commandsOn(id);
	expect(Object.keys(commands).sort()).toEqual(['answer', 'gather_using_speak', 'transfer']);
	for (const bodies of Object.values(commands)) expect(bodies).toHaveLength(1);
	report('at once', sent, tookMs);
});

test('every event delivered twice at once: each step goes on once, nothing is done twice', async () => {
	const before = (await menu.n8n.executions(example.id)).length;
	const { id, sent, tookMs } = await ring('+13125550182', { digits: ['2'], delivery: 'twice' }, 'hangup');
	await waitFor(async () => callState(id).is_alive === false, 10_000);

	const commands = commandsOn(id);
	expect(Object.keys(commands).sort()).toEqual(['answer', 'gather_using_speak', 'hangup', 'speak']);
	// the first event came twice: n8n started two executions, both answered with the same command ID
	expect(new Set(commands.answer.map((body) => body.command_id)).size).toBe(1);
	// a copy that resumed the execution again re-ran its steps with the same event: the same command IDs, carried out once
	for (const bodies of Object.values(commands)) expect(new Set(bodies.map((body) => body.command_id)).size).toBe(1);
	expect(callState(id).commands).toHaveLength(4);
	expect(sent.filter((delivery) => delivery.type === 'call.gather.ended')).not.toHaveLength(0);

	// one execution had the call; the other waited in vain and ends at its wait limit, sending nothing
	const runs = await runsSince(before, (r) => r.length === 2 && r.every((run) => run.status === 'success' || run.status === 'error'), (WAIT_LIMIT_SECONDS + 90) * 1000);
	expect(runs.map((run) => run.status).sort()).toEqual(['error', 'success']);
	const loser = runs.find((run) => run.status === 'error')!;
	expect(await menu.n8n.executionData(loser.id)).toContain('so this command was not sent');
	expect(Object.values(commandsOn(id)).flat()).toHaveLength(Object.values(commands).flat().length);
	report('twice', sent, tookMs);
}, 240_000);

test('events in swapped pairs: the caller who presses 2 hears the menu and the goodbye once, then is hung up', async () => {
	const before = (await menu.n8n.executions(example.id)).length;
	const { id, sent, tookMs } = await ring('+13125550183', { digits: ['2'], delivery: 'swapped' }, 'hangup');
	const runs = await runsSince(before, (r) => r.length === 1 && r[0].status === 'success');
	expect(runs).toHaveLength(1);

	const order = sent.map((delivery) => delivery.type);
	// the goodbye's end arrived before its start: the order really was swapped
	expect(order.lastIndexOf('call.speak.ended')).toBeLessThan(order.lastIndexOf('call.speak.started'));
	const commands = commandsOn(id);
	expect(Object.keys(commands).sort()).toEqual(['answer', 'gather_using_speak', 'hangup', 'speak']);
	for (const bodies of Object.values(commands)) expect(bodies).toHaveLength(1);
	await waitFor(async () => callState(id).is_alive === false, 10_000);
	report('swapped', sent, tookMs);
});
