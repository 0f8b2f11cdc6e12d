/** What the editor shows, read from the node types n8n loads from the built package. */
import type { INodeProperties, INodeType } from 'n8n-workflow';
import { PACKAGE_NAME, loadPackage } from '../harness/n8nHarness';

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
