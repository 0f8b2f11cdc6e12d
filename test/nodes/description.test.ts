/** What the editor shows, read from the node types n8n loads from the built package. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INodeProperties, INodeType } from 'n8n-workflow';
import { PACKAGE_NAME, PACKAGE_ROOT, loadPackage } from '../harness/n8nHarness';

async function nodeType(name: string): Promise<INodeType> {
	const { nodeTypes } = await loadPackage();
	return nodeTypes.getByNameAndVersion(`${PACKAGE_NAME}.${name}`, 1) as INodeType;
}

function shownFor(properties: INodeProperties[], show: Record<string, string[]>): INodeProperties[] {
	return properties.filter((p) =>
		Object.entries(show).every(([key, values]) => {
			const allowed = p.displayOptions?.show?.[key] as string[] | undefined;
			return !allowed || values.every((v) => allowed.includes(v));
		}),
	);
}

test('every action node is usable as an AI tool and names its credential', async () => {
	for (const name of ['telnyxSipTrunking', 'telnyxNetworking', 'telnyxVoiceIntegrations', 'telnyxMessaging']) {
		const { description } = await nodeType(name);
		expect(description.usableAsTool).toBe(true);
		expect(description.credentials).toEqual([{ name: 'telnyxApi', required: true }]);
	}
});

test('custom storage shows the fields of the chosen backend only, secrets masked', async () => {
	const { description } = await nodeType('telnyxVoiceIntegrations');
	const create = { resource: ['customStorageCredential'], operation: ['create'] };
	const fieldsFor = (backend: string) =>
		shownFor(description.properties, { ...create, backend: [backend] })
			.filter((p) => p.name.startsWith('configuration'))
			.map((p) => p.name)
			.sort();
	expect(fieldsFor('s3')).toEqual([
		'configurationAwsAccessKeyId',
		'configurationAwsSecretAccessKey',
		'configurationBucket',
		'configurationRegion',
	]);
	expect(fieldsFor('gcs')).toEqual(['configurationBucket', 'configurationCredentials']);
	expect(fieldsFor('azure')).toEqual(['configurationAccountKey', 'configurationAccountName', 'configurationBucket']);
	const secret = description.properties.find((p) => p.name === 'configurationAwsSecretAccessKey');
	expect(secret?.typeOptions?.password).toBe(true);
});

test('lists of small records are repeatable forms (toll-free phone numbers)', async () => {
	const { description } = await nodeType('telnyxMessaging');
	const phoneNumbers = shownFor(description.properties, {
		resource: ['tollFreeVerification'],
		operation: ['create'],
	}).find((p) => p.name === 'phoneNumbers');
	expect(phoneNumbers).toMatchObject({ type: 'fixedCollection', typeOptions: { multipleValues: true } });
	expect((phoneNumbers?.options?.[0] as { values: INodeProperties[] }).values.map((v) => v.name)).toEqual(['phoneNumber']);
});

test('file answers and uploads have their binary field names', async () => {
	const voice = await nodeType('telnyxVoiceIntegrations');
	const upload = shownFor(voice.description.properties, { resource: ['mediaFile'], operation: ['upload'] });
	expect(upload.find((p) => p.name === 'media')).toMatchObject({ displayName: 'Media Input Binary Field', default: 'data' });
	const download = shownFor(voice.description.properties, { resource: ['recording'], operation: ['download'] });
	expect(download.find((p) => p.name === 'fileFormat')).toMatchObject({ type: 'options', default: 'mp3' });
	expect(download.find((p) => p.name === 'binaryPropertyName')).toMatchObject({ default: 'data' });
});

test('the trigger offers every event type of the reference, grouped by product', async () => {
	const { description } = await nodeType('telnyxTrigger');
	const events = description.properties.find((p) => p.name === 'events');
	const values = (events?.options as Array<{ name: string; value: string }>).map((o) => o.value);
	expect(values).toEqual(expect.arrayContaining(['*', 'message.received', 'call.hangup', 'fax.delivered']));
	expect(values.length).toBeGreaterThan(60);
	expect(description.inputs).toEqual([]);
	expect(description.webhooks?.[0]).toMatchObject({ httpMethod: 'POST', responseMode: 'onReceived' });
});

test('a field one resource uses for different things is described per operation', async () => {
	const { description } = await nodeType('telnyxMessaging');
	const phoneFieldFor = (operation: string) =>
		shownFor(description.properties, { resource: ['rcsAgent'], operation: [operation] }).find((p) => p.name === 'phoneNumber');
	expect(phoneFieldFor('checkCapabilities')?.description).toMatch(/check for RCS support/);
	expect(phoneFieldFor('inviteTestNumber')?.description).toMatch(/test device/);
	const deeplinkOptions = shownFor(description.properties, { resource: ['rcsAgent'], operation: ['generateDeeplink'] })
		.filter((p) => p.type === 'collection')
		.flatMap((p) => p.options as INodeProperties[]);
	expect(deeplinkOptions.find((p) => p.name === 'phoneNumber')?.description).toMatch(/falls back to by SMS/);
});

describe('a new user\'s first minutes', () => {
	const ACTION_NODES = ['telnyxMessaging', 'telnyxVerify', 'telnyxFax', 'telnyxNumbers', 'telnyxPorting', 'telnyxCompliance', 'telnyxSipTrunking', 'telnyxNetworking', 'telnyxVoiceIntegrations'];

	async function latest(name: string): Promise<INodeType> {
		const { nodeTypes } = await loadPackage();
		// no version: what a node newly added in the editor gets
		return nodeTypes.getByNameAndVersion(`${PACKAGE_NAME}.${name}`) as INodeType;
	}

	test.each(ACTION_NODES)('%s opens on a harmless operation in every resource, never a delete', async (name) => {
		const { description } = await latest(name);
		for (const operation of description.properties.filter((p) => p.name === 'operation')) {
			const chosen = (operation.options as Array<{ value: string; name: string }>).find((o) => o.value === operation.default);
			expect([operation.displayOptions?.show?.resource, chosen?.name]).not.toEqual([expect.anything(), expect.stringMatching(/Delete|Cancel|Release/)]);
		}
	});

	test('Messaging opens on Message → Send, which shows To, From and Text at the top', async () => {
		const { description } = await latest('telnyxMessaging');
		expect(description.version).toBe(2);
		expect(description.properties.find((p) => p.name === 'resource')?.default).toBe('message');
		const send = shownFor(description.properties, { resource: ['message'], operation: ['send'] });
		expect(send.filter((p) => ['to', 'from', 'text'].includes(p.name)).map((p) => p.name)).toEqual(['to', 'from', 'text']);
		const additional = send.find((p) => p.name === 'additionalFields');
		expect((additional?.options as INodeProperties[]).map((o) => o.name)).not.toContain('from');
	});

	test('Numbers opens on Available Phone Number → Search, with country, area code and features at the top', async () => {
		const { description } = await latest('telnyxNumbers');
		expect(description.properties.find((p) => p.name === 'resource')?.default).toBe('availablePhoneNumber');
		const searchFields = shownFor(description.properties, { resource: ['availablePhoneNumber'], operation: ['search'] });
		expect(searchFields.map((p) => p.name).filter((name) => !['resource', 'operation'].includes(name)).slice(0, 5)).toEqual(['countryCode', 'nationalDestinationCode', 'features', 'returnAll', 'limit']);
	});

	test('subtitles read as the words the user picked, not internal names', async () => {
		const { description } = await latest('telnyxSipTrunking');
		expect(description.subtitle).toContain('"outboundVoiceProfile:getAll":"Get Many: Outbound Voice Profile"');
	});

	test.each([
		['telnyxMessaging', ['SMS', 'Send Message', 'Text Message', 'RCS', 'Toll Free']],
		['telnyxVerify', ['Verify', 'OTP', 'Phone Number', 'Number Lookup']],
		['telnyxFax', ['Fax']],
		['telnyxNumbers', ['Phone Number', 'Buy Number', 'Number Search', 'DID', 'Toll Free Number', 'Port']],
		['telnyxPorting', ['Port', 'Port In', 'Porting', 'LOA', 'Number Transfer', 'Port Out']],
		['telnyxCompliance', ['Compliance', 'Regulatory', 'Bundle', 'Address', 'Document', 'KYC']],
		['telnyxVoiceIntegrations', ['Recording', 'Call Recording']],
		['telnyxTrigger', ['Webhook', 'Incoming Call', 'SMS Received']],
	])('%s is found by the words people search for', async (name, words) => {
		const { description } = await latest(name);
		expect(description.codex?.alias).toEqual(expect.arrayContaining(words));
	});

	test('every documentation link lands on a heading of the README', async () => {
		const readme = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8');
		const anchors = new Set(
			[...readme.matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) =>
				heading
					.toLowerCase()
					.replace(/[^\p{L}\p{N} -]/gu, '')
					.replace(/ /g, '-'),
			),
		);
		const { loader } = await loadPackage();
		const links = Object.values(loader.nodeTypes).flatMap(({ type }) => {
			const { codex, documentationUrl } = (type as INodeType).description;
			const resources = codex?.resources;
			return [documentationUrl!, ...[...(resources?.primaryDocumentation ?? []), ...(resources?.credentialDocumentation ?? [])].map((doc) => doc.url)];
		});
		expect(links.length).toBeGreaterThanOrEqual(21);
		for (const link of links) {
			expect(link).toMatch(/^https:\/\/www\.npmjs\.com\/package\/n8n-nodes-telnyx#/);
			expect([link, anchors.has(link.split('#')[1])]).toEqual([link, true]);
		}
	});

	test('the trigger lists events by name, common ones first, with the raw type in the description', async () => {
		const { description } = await latest('telnyxTrigger');
		const options = description.properties.find((p) => p.name === 'events')?.options as Array<{ name: string; value: string; description: string }>;
		expect(options.slice(0, 3).map((o) => o.name)).toEqual(['All Events', 'Message Received', expect.any(String)]);
		const received = options.find((o) => o.value === 'message.received');
		expect(received?.description).toMatch(/\(message\.received\)$/);
		for (const option of options) expect(option.name).not.toMatch(/\./);
		expect(options.find((o) => o.value === 'fax.delivered')?.name).toBe('Fax Delivered');
	});
});
