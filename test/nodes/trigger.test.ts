/**
 * The Telnyx Trigger, served on loopback as n8n serves webhooks, receiving events signed by
 * the sandbox's own Ed25519 key: verification, filtering, de-duplication and registration.
 */
import type { INodeParameters } from 'n8n-workflow';
import { startTrigger, type RunningTrigger } from '../harness/triggerHarness';
import { apiRequests, locator, sandboxCredentials, useSandbox } from '../helpers';
import { EventSigner } from '../sandbox/events/signer';

const sandbox = useSandbox();
let trigger: RunningTrigger | undefined;

async function listen(parameters: INodeParameters = {}, credentials: Record<string, string> = {}, typeVersion?: number) {
	trigger = await startTrigger({
		parameters: { source: 'manual', events: ['*'], ...parameters },
		credentials: sandboxCredentials(sandbox(), { publicKey: sandbox().events.publicKey, ...credentials }),
		typeVersion,
	});
	return trigger;
}

afterEach(async () => {
	await trigger?.stop();
	trigger = undefined;
});

describe('receiving', () => {
	test('a correctly signed event starts exactly one execution with the normalised event', async () => {
		const hook = await listen();
		const event = sandbox().events.event('message.received', { payload: { text: 'Hello from the sandbox' } });
		const delivery = await sandbox().events.send(hook.url, event);
		expect(delivery.status).toBe(200);
		expect(JSON.parse(delivery.body)).toEqual({ received: true });
		expect(hook.executions).toHaveLength(1);
		const [[[item]]] = hook.executions;
		const data = event.data as Record<string, unknown>;
		expect(item.json).toEqual({
			event_type: 'message.received',
			id: data.id,
			occurred_at: data.occurred_at,
			record_type: 'event',
			payload: data.payload,
			meta: event.meta ?? {},
		});
		expect((item.json.payload as { text: string }).text).toBe('Hello from the sandbox');
	});

	test('voice-style envelopes (metadata.event) come out in the same shape', async () => {
		const hook = await listen();
		const body = {
			call_leg_id: 'e97d8d4c-1a25-11cd-bc67-02620a0f6d42',
			metadata: {
				attempt: 2,
				delivered_to: hook.url,
				event: {
					event_type: 'call.initiated',
					id: '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0',
					occurred_at: '2026-11-23T10:00:00.000Z',
					payload: { call_control_id: 'v3:abc', direction: 'incoming' },
					record_type: 'event',
				},
				status: 'delivered',
			},
			name: 'call.initiated',
			type: 'webhook',
		};
		expect((await sandbox().events.send(hook.url, body)).status).toBe(200);
		expect(hook.executions[0][0][0].json).toEqual({
			event_type: 'call.initiated',
			id: '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0',
			occurred_at: '2026-11-23T10:00:00.000Z',
			record_type: 'event',
			payload: { call_control_id: 'v3:abc', direction: 'incoming' },
			meta: { attempt: 2, delivered_to: hook.url, status: 'delivered' },
		});
	});

	test.each([
		['a tampered body', async (hook: RunningTrigger) => {
			const text = JSON.stringify(sandbox().events.event('message.received'));
			const headers = sandbox().events.sign(text);
			return sandbox().events.send(hook.url, text.replace('message.received', 'message.sent'), { headers });
		}, 403],
		['a signature by another key', async (hook: RunningTrigger) => {
			return new EventSigner().send(hook.url, sandbox().events.event('message.received'));
		}, 403],
		['no signature header', async (hook: RunningTrigger) => {
			return sandbox().events.send(hook.url, sandbox().events.event('message.received'), {
				headers: { 'telnyx-signature-ed25519': '' },
			});
		}, 401],
		['a timestamp ten minutes old', async (hook: RunningTrigger) => {
			return sandbox().events.send(hook.url, sandbox().events.event('message.received'), {
				timestamp: Math.floor(Date.now() / 1000) - 600,
			});
		}, 403],
		['a signature that is not base64 Ed25519', async (hook: RunningTrigger) => {
			return sandbox().events.send(hook.url, sandbox().events.event('message.received'), {
				headers: { 'telnyx-signature-ed25519': 'bm90IGEgc2lnbmF0dXJl' },
			});
		}, 401],
	])('%s starts nothing and is refused with a 4xx', async (_name, deliver, status) => {
		const hook = await listen();
		const delivery = await deliver(hook);
		expect(delivery.status).toBe(status);
		expect(JSON.parse(delivery.body)).toEqual({ error: expect.stringMatching(/^Rejected: /) });
		expect(hook.executions).toHaveLength(0);
	});

	test('an oversized body is refused before any verification work', async () => {
		const hook = await listen();
		const event = sandbox().events.event('message.received', { payload: { text: 'x'.repeat(1_100_000) } });
		const delivery = await sandbox().events.send(hook.url, event);
		expect(delivery.status).toBe(413);
		expect(hook.executions).toHaveLength(0);
	});

	test('the tolerance window is configurable', async () => {
		const hook = await listen({ options: { toleranceSeconds: 900 } });
		const delivery = await sandbox().events.send(hook.url, sandbox().events.event('message.sent'), {
			timestamp: Math.floor(Date.now() / 1000) - 600,
		});
		expect(delivery.status).toBe(200);
		expect(hook.executions).toHaveLength(1);
	});

	test('without a public key in the credential nothing is accepted, and the reason is given', async () => {
		const hook = await listen({}, { publicKey: '' });
		const delivery = await sandbox().events.send(hook.url, sandbox().events.event('message.received'));
		expect(delivery.status).toBe(500);
		expect(delivery.body).toContain('no Webhook Public Key');
		expect(hook.executions).toHaveLength(0);
	});

	test('with verification switched off, unsigned events are accepted', async () => {
		const hook = await listen({ verifySignature: false });
		const delivery = await new EventSigner().send(hook.url, sandbox().events.event('call.hangup'));
		expect(delivery.status).toBe(200);
		expect(hook.executions).toHaveLength(1);
	});

	test('a repeated delivery of the same event starts no second execution', async () => {
		const hook = await listen();
		const event = sandbox().events.event('message.finalized');
		await sandbox().events.send(hook.url, event);
		const again = await sandbox().events.send(hook.url, event);
		expect(again.status).toBe(200);
		expect(JSON.parse(again.body)).toEqual({ received: true, ignored: 'already delivered' });
		expect(hook.executions).toHaveLength(1);
		// remembered in the workflow's static data, which n8n persists (and shares in queue mode)
		expect(hook.staticData['node:Telnyx Trigger']).toEqual({ seenEventIds: [(event.data as { id: string }).id] });
	});

	test('with de-duplication off, a repeated delivery runs again', async () => {
		const hook = await listen({ options: { deduplicate: false } });
		const event = sandbox().events.event('message.finalized');
		await sandbox().events.send(hook.url, event);
		await sandbox().events.send(hook.url, event);
		expect(hook.executions).toHaveLength(2);
	});

	test('the event filter drops other types, and patterns like call.* match a family', async () => {
		const hook = await listen({ events: ['message.received'], moreEvents: 'call.*' });
		for (const type of ['message.received', 'message.sent', 'call.answered', 'call.hangup', 'fax.delivered']) {
			const delivery = await sandbox().events.send(hook.url, sandbox().events.event(type));
			expect(delivery.status).toBe(200);
		}
		expect(hook.executions.map((e) => e[0][0].json.event_type)).toEqual(['message.received', 'call.answered', 'call.hangup']);
		expect(hook.deliveries[1].body).toEqual({ received: true, ignored: 'event type not selected' });
	});

	test('raw body and headers can be included', async () => {
		const hook = await listen({ options: { includeRaw: true } });
		const event = sandbox().events.event('message.received');
		await sandbox().events.send(hook.url, event);
		const json = hook.executions[0][0][0].json;
		expect(JSON.parse(json.rawBody as string)).toEqual(event);
		expect((json.headers as Record<string, string>)['telnyx-signature-ed25519']).toMatch(/^[A-Za-z0-9+/]+=*$/);
	});
});

describe('call events in version 2', () => {
	const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
	const callEvent = (type: string, payload: Record<string, unknown>) => sandbox().events.event(type, { payload });

	test('a call\'s ids, direction and numbers are at the top, next to everything version 1 gives', async () => {
		const hook = await listen({}, {}, 2);
		const event = callEvent('call.initiated', {
			call_control_id: 'v3:abc',
			call_leg_id: 'leg-1',
			call_session_id: 'session-1',
			direction: 'incoming',
			from: '+13125550100',
			to: '+13125550199',
			client_state: base64('{"step":"menu","tries":1}'),
		});
		await sandbox().events.send(hook.url, event);
		const json = hook.executions[0][0][0].json;
		const data = event.data as { id: string; payload: Record<string, unknown> };
		expect(json).toMatchObject({
			event_type: 'call.initiated',
			id: data.id,
			call_control_id: 'v3:abc',
			call_leg_id: 'leg-1',
			call_session_id: 'session-1',
			direction: 'incoming',
			from: '+13125550100',
			to: '+13125550199',
			client_state: { step: 'menu', tries: 1 },
		});
		// the payload is as Telnyx sent it, the raw client state included
		expect(json.payload).toEqual(data.payload);
		expect(Object.keys(json).slice(0, 6)).toEqual(['event_type', 'id', 'occurred_at', 'record_type', 'payload', 'meta']);
	});

	test.each([
		['text', base64('menu'), 'menu'],
		['a number', base64('42'), 42],
		['not Base64', 'not base64!', 'not base64!'],
		['Base64 of bytes that are not text', Buffer.from([0xff, 0xfe, 0x00]).toString('base64'), Buffer.from([0xff, 0xfe, 0x00]).toString('base64')],
	])('client state that is %s', async (_name, raw, decoded) => {
		const hook = await listen({}, {}, 2);
		await sandbox().events.send(hook.url, callEvent('call.speak.ended', { call_control_id: 'v3:abc', client_state: raw }));
		expect(hook.executions[0][0][0].json.client_state).toEqual(decoded);
		expect((hook.executions[0][0][0].json.payload as { client_state: string }).client_state).toBe(raw);
	});

	test('events without a call keep the version 1 shape; version 1 keeps it for calls too', async () => {
		const v2 = await listen({}, {}, 2);
		await sandbox().events.send(v2.url, sandbox().events.event('message.received'));
		expect(Object.keys(v2.executions[0][0][0].json)).toEqual(['event_type', 'id', 'occurred_at', 'record_type', 'payload', 'meta']);
		await v2.stop();
		const v1 = await listen();
		await sandbox().events.send(v1.url, callEvent('call.answered', { call_control_id: 'v3:abc', client_state: base64('menu') }));
		expect(Object.keys(v1.executions[0][0][0].json)).toEqual(['event_type', 'id', 'occurred_at', 'record_type', 'payload', 'meta']);
	});
});

describe('registration with Telnyx', () => {
	test('activation points a messaging profile at the trigger; deactivation restores its URL', async () => {
		const [profile] = sandbox().seed('/messaging_profiles', [
			{ name: 'Support line', webhook_url: 'https://old.example.com/hooks', webhook_failover_url: null },
		]);
		const hook = await listen({ source: 'messagingProfile', messagingProfileId: locator(profile.id as string, 'list') });
		expect(await hook.isRegistered()).toBe(false);

		await hook.activate();
		expect(sandbox().api.store.get('/messaging_profiles', profile.id as string)?.webhook_url).toBe(hook.url);
		expect(apiRequests(sandbox(), 'PATCH', `/messaging_profiles/${profile.id}`)[0].body).toEqual({ webhook_url: hook.url });
		expect(await hook.isRegistered()).toBe(true);

		// activating again changes nothing
		await hook.activate();
		expect(apiRequests(sandbox(), 'PATCH')).toHaveLength(1);

		await hook.deactivate();
		expect(sandbox().api.store.get('/messaging_profiles', profile.id as string)?.webhook_url).toBe('https://old.example.com/hooks');
		expect(hook.staticData['node:Telnyx Trigger']).toEqual({});
	});

	test('a URL changed by someone else is noticed and not overwritten on deactivation', async () => {
		const [connection] = sandbox().seed('/credential_connections', [
			{ connection_name: 'office', user_name: 'office1234', webhook_event_url: 'https://before.example.com' },
		]);
		const hook = await listen({ source: 'credentialConnection', credentialConnectionId: locator(connection.id as string) });
		await hook.activate();
		expect(sandbox().api.store.get('/credential_connections', connection.id as string)?.webhook_event_url).toBe(hook.url);

		sandbox().api.store.put('/credential_connections', connection.id as string, {
			...sandbox().api.store.get('/credential_connections', connection.id as string)!,
			webhook_event_url: 'https://someone-else.example.com',
		});
		expect(await hook.isRegistered()).toBe(false);
		await hook.deactivate();
		expect(sandbox().api.store.get('/credential_connections', connection.id as string)?.webhook_event_url).toBe(
			'https://someone-else.example.com',
		);
	});

	test('a call control application keeps its name when its URL is set', async () => {
		const [app] = sandbox().seed('/call_control_applications', [
			{ application_name: 'IVR', webhook_event_url: 'https://ivr.example.com/events' },
		]);
		const hook = await listen({ source: 'callControlApplication', callControlApplicationId: locator(app.id as string) });
		await hook.activate();
		expect(apiRequests(sandbox(), 'PATCH')[0].body).toEqual({ application_name: 'IVR', webhook_event_url: hook.url });
		await hook.deactivate();
		expect(sandbox().api.store.get('/call_control_applications', app.id as string)?.webhook_event_url).toBe(
			'https://ivr.example.com/events',
		);
	});

	test('a registered trigger receives the events of that resource', async () => {
		const [profile] = sandbox().seed('/messaging_profiles', [{ name: 'Sales', webhook_url: null }]);
		const hook = await listen({ source: 'messagingProfile', messagingProfileId: locator(profile.id as string) });
		await hook.activate();
		const target = sandbox().api.store.get('/messaging_profiles', profile.id as string)?.webhook_url as string;
		await sandbox().events.send(target, sandbox().events.event('message.received'));
		expect(hook.executions).toHaveLength(1);
		await hook.deactivate();
		expect(sandbox().api.store.get('/messaging_profiles', profile.id as string)?.webhook_url).toBeNull();
	});

	test('deactivating after the resource was deleted in Telnyx still succeeds', async () => {
		const [profile] = sandbox().seed('/messaging_profiles', [{ name: 'Short-lived', webhook_url: null }]);
		const hook = await listen({ source: 'messagingProfile', messagingProfileId: locator(profile.id as string) });
		await hook.activate();
		sandbox().api.store.delete('/messaging_profiles', profile.id as string);
		await expect(hook.deactivate()).resolves.toBeUndefined();
		expect(hook.staticData['node:Telnyx Trigger']).toEqual({});
	});

	test('activation without a chosen resource says what to pick', async () => {
		const hook = await listen({ source: 'ipConnection', ipConnectionId: locator('') });
		await expect(hook.activate()).rejects.toThrow('Choose the Telnyx resource that should send events here');
	});

	test('manual setup registers nothing', async () => {
		const hook = await listen({ source: 'manual' });
		await hook.activate();
		await hook.deactivate();
		expect(apiRequests(sandbox())).toHaveLength(0);
	});
});

describe('the replay window', () => {
	test.each<[string, string | number]>([
		['text ("300 seconds")', '={{ "300 seconds" }}'],
		['a date', '={{ $now.toISO() }}'],
		['nothing (an empty expression)', '={{ "" }}'],
		['zero', 0],
		['a negative number', -5],
	])('a Timestamp Tolerance of %s is refused when the workflow is activated', async (_name, tolerance) => {
		const hook = await listen({ options: { toleranceSeconds: tolerance } });
		await expect(hook.activate()).rejects.toThrow('"Timestamp Tolerance (Seconds)" must be a positive number of seconds');
	});

	test('a tolerance that is not a number never widens the window: a day-old delivery starts nothing', async () => {
		const hook = await listen({ options: { toleranceSeconds: '={{ "300 seconds" }}' } });
		const delivery = await sandbox().events.send(hook.url, sandbox().events.event('message.received'), {
			timestamp: Math.floor(Date.now() / 1000) - 86_400,
		});
		expect(delivery.status).toBeGreaterThanOrEqual(400);
		expect(delivery.body).toContain('Timestamp Tolerance');
		expect(hook.executions).toHaveLength(0);
	});
});

describe('remembered event ids', () => {
	test('with verification off, ids of 500 KB are remembered in a bounded form, and still recognised', async () => {
		const hook = await listen({ verifySignature: false });
		for (const letter of ['a', 'b', 'c']) {
			const event = sandbox().events.event('message.received', { id: letter.repeat(500_000) });
			expect((await sandbox().events.send(hook.url, event)).status).toBe(200);
			const again = await sandbox().events.send(hook.url, event);
			expect(JSON.parse(again.body)).toEqual({ received: true, ignored: 'already delivered' });
		}
		expect(hook.executions).toHaveLength(3);
		const seen = (hook.staticData['node:Telnyx Trigger'] as { seenEventIds: string[] }).seenEventIds;
		expect(seen).toHaveLength(3);
		for (const id of seen) expect(id.length).toBeLessThanOrEqual(128);
	});
});

describe('registration that never loses a URL', () => {
	const ORIGINAL = 'https://old.example.com/hooks';
	const seedProfile = () => sandbox().seed('/messaging_profiles', [{ name: 'Support line', webhook_url: ORIGINAL }])[0];
	const urlOf = (profile: { id?: unknown }) => sandbox().api.store.get('/messaging_profiles', profile.id as string)?.webhook_url;
	const NOW = { 'retry-after': '0' };

	test('a resource pointing at the trigger without a saved registration is not counted as registered', async () => {
		const base = 'http://127.0.0.1:5678/webhook';
		const [profile] = sandbox().seed('/messaging_profiles', [{ name: 'Half done', webhook_url: null }]);
		const hook = await startTrigger({
			parameters: { source: 'messagingProfile', events: ['*'], messagingProfileId: locator(profile.id as string) },
			credentials: sandboxCredentials(sandbox()),
			webhookBase: base,
		});
		try {
			// as a half-failed activation left it: the URL set, nothing saved
			sandbox().api.store.put('/messaging_profiles', profile.id as string, { ...profile, webhook_url: hook.url });
			expect(await hook.isRegistered()).toBe(false);
		} finally {
			await hook.stop();
		}
	});

	test('a PATCH applied whose answer is lost still ends registered, and deactivation restores the URL', async () => {
		const profile = seedProfile();
		const hook = await listen({ source: 'messagingProfile', messagingProfileId: locator(profile.id as string) });
		sandbox().faults.add({ fault: { kind: 'applyThenDrop' }, times: 1, method: 'PATCH' });
		sandbox().faults.add({ fault: { kind: 'status', status: 503, headers: NOW }, times: 4, method: 'PATCH' });
		// however the first activation ends, n8n may activate again; then the workflow is deactivated
		await hook.activate().catch(() => undefined);
		await hook.activate().catch(() => undefined);
		expect(urlOf(profile)).toBe(hook.url);
		await hook.deactivate();
		expect(urlOf(profile)).toBe(ORIGINAL);
	});

	test('when the outcome cannot be confirmed, the change is undone and the error names the URL it had', async () => {
		const profile = seedProfile();
		const hook = await listen({ source: 'messagingProfile', messagingProfileId: locator(profile.id as string) });
		sandbox().faults.add({ fault: { kind: 'applyThenDrop' }, times: 1, method: 'PATCH' });
		sandbox().faults.add({ fault: { kind: 'status', status: 503, headers: NOW }, times: 4, method: 'PATCH' });
		// the first read passes; the read that would confirm the change fails
		sandbox().faults.add({ fault: { kind: 'status', status: 503, headers: NOW }, times: 5, method: 'GET', skip: 1 });
		await expect(hook.activate()).rejects.toMatchObject({ description: expect.stringContaining(ORIGINAL) });
		expect(urlOf(profile)).toBe(ORIGINAL);
		await hook.activate();
		expect(urlOf(profile)).toBe(hook.url);
		await hook.deactivate();
		expect(urlOf(profile)).toBe(ORIGINAL);
	});

	test('two workflows on one resource: the second is refused naming the first; W1 on, W2 on, W1 off, W2 off', async () => {
		const profile = seedProfile();
		const base = 'http://127.0.0.1:5678/webhook';
		const parameters = { source: 'messagingProfile', events: ['*'], messagingProfileId: locator(profile.id as string) };
		const credentials = sandboxCredentials(sandbox(), { publicKey: sandbox().events.publicKey });
		const w1 = await startTrigger({ parameters, credentials, webhookBase: base, webhookId: '11111111-0000-4000-8000-000000000001' });
		const w2 = await startTrigger({ parameters, credentials, webhookBase: base, webhookId: '22222222-0000-4000-8000-000000000002' });
		try {
			await w1.activate();
			expect(urlOf(profile)).toBe(w1.url);
			await expect(w2.activate()).rejects.toThrow(`already sends its events to another Telnyx Trigger (${w1.url})`);
			expect(urlOf(profile)).toBe(w1.url);
			await w1.deactivate();
			expect(urlOf(profile)).toBe(ORIGINAL);
			await w2.deactivate();
			expect(urlOf(profile)).toBe(ORIGINAL);
		} finally {
			await w1.stop();
			await w2.stop();
		}
	});
});
