/**
 * What the phone menu suites share: the demo sandbox, real n8n with the Telnyx credential, one
 * example published so that its trigger registers on the demo's call control application, and
 * reading what the menu did to a call (the commands it sent, by action).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, prepareN8n, waitFor, type RealN8n } from '../../scripts/n8n/runtime';
import { DEMO_CALL_CONTROL_APPLICATION_ID, seedDemo } from '../sandbox/demo';
import { startSandbox, type RunningSandbox } from '../sandbox/server';

export type ExampleNode = { name: string; type: string; webhookId?: string; parameters: Record<string, unknown> };
export type Example = { id: string; nodes: ExampleNode[] };

export const OUR_NUMBER = '+13125550900';
export const SALES = '+13125550150';

export interface PublishedMenu {
	sandbox: RunningSandbox;
	n8n: RealN8n;
	example: Example;
	/** The trigger's production URL, registered on the application. */
	triggerUrl(): string;
	/** The command requests sent on a call, by action, with their bodies. */
	commandsOn(callControlId: string): Record<string, Array<Record<string, unknown>>>;
	/** The call as the sandbox keeps it: the command IDs it carried out, whether it goes on. */
	callState(callControlId: string): { commands: string[]; is_alive: boolean };
}

/**
 * Publishes examples/<file> in real n8n before the suite's tests (changed first by `adjust`, if
 * given) and stops everything after them. The returned object is usable inside the tests.
 */
export function usePublishedMenu(file: string, adjust?: (workflow: Example) => void): PublishedMenu {
	const example = JSON.parse(readFileSync(join(ROOT, 'examples', file), 'utf8')) as Example;
	const webhookId = example.nodes.find((node) => node.webhookId)!.webhookId!;
	const state: { sandbox?: RunningSandbox; n8n?: RealN8n } = {};
	const menu: PublishedMenu = {
		get sandbox() {
			return state.sandbox!;
		},
		get n8n() {
			return state.n8n!;
		},
		example,
		triggerUrl: () => `${state.n8n!.baseUrl}/webhook/${webhookId}/webhook`,
		commandsOn(callControlId) {
			const out: Record<string, Array<Record<string, unknown>>> = {};
			for (const request of state.sandbox!.requests) {
				const match = /^\/calls\/([^/]+)\/actions\/([a-z_]+)$/.exec(request.path);
				if (request.method !== 'POST' || !match || decodeURIComponent(match[1]) !== callControlId) continue;
				(out[match[2]] ??= []).push(request.body as Record<string, unknown>);
			}
			return out;
		},
		callState: (callControlId) => state.sandbox!.api.store.get('/calls', callControlId) as { commands: string[]; is_alive: boolean },
	};

	beforeAll(async () => {
		const sandbox = (state.sandbox = await startSandbox());
		seedDemo(sandbox);
		const n8n = (state.n8n = await prepareN8n());
		await n8n.importCredentials([
			{
				id: 'telnyxCredential',
				name: 'Telnyx',
				type: 'telnyxApi',
				data: { apiKey: sandbox.apiKey, baseUrl: sandbox.url, publicKey: sandbox.events.publicKey },
			},
		]);
		const workflow = structuredClone(example);
		adjust?.(workflow);
		await n8n.importWorkflow(workflow);
		await n8n.publish(example.id);
		await n8n.start();
		await n8n.waitForWebhook(menu.triggerUrl());
		// activation registered the trigger on the application: calls to it now reach n8n
		const application = () => sandbox.api.store.get('/call_control_applications', DEMO_CALL_CONTROL_APPLICATION_ID) as { webhook_event_url?: string };
		await waitFor(async () => application().webhook_event_url === menu.triggerUrl(), 60_000, n8n.log);
	}, 600_000);

	afterAll(async () => {
		await state.n8n?.stop();
		await state.sandbox?.stop();
	}, 60_000);

	return menu;
}
