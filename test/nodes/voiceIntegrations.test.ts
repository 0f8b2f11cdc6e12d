/**
 * Telnyx Voice Integrations, executed through n8n against the sandbox: call recordings and
 * their transcriptions, media storage, custom storage credentials, Dialogflow connections,
 * SIPREC connectors and Operator Connect. Each test checks the request Telnyx received and
 * the items the node put out. External connections are in voiceIntegrationsExternal.test.ts.
 */
import { searchList } from '../harness/n8nHarness';
import { apiRequests, locator, nodeUnderTest, sandboxCredentials } from '../helpers';

const NODE = 'telnyxVoiceIntegrations';
const { sandbox, run, runFailing, only } = nodeUnderTest(NODE);

describe('Recording', () => {
	const seedRecordings = () =>
		sandbox().seed('/recordings', [
			{ record_type: 'recording', from: '+15550001111', to: '+15550002222', recording_started_at: '2024-03-01T10:00:00Z', recording_ended_at: '2024-03-01T10:05:00Z' },
			{ from: '+15550001111', to: '+15550003333', recording_started_at: '2024-05-01T09:00:00Z', recording_ended_at: '2024-05-01T09:30:00Z' },
			{ from: '+15550009999', to: '+15550002222', recording_started_at: '2024-06-01T08:00:00Z', recording_ended_at: '2024-06-01T08:01:00Z' },
		]);

	test('Get reads one recording by ID', async () => {
		const [recording] = seedRecordings();
		const { items } = await run({ resource: 'recording', operation: 'get', recordingId: locator(recording.id as string) });
		only('GET', `/recordings/${recording.id}`);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: recording.id, from: '+15550001111', record_type: 'recording' });
	});

	test('Get Many filters by caller and start time', async () => {
		seedRecordings();
		const { items } = await run({
			resource: 'recording',
			operation: 'getAll',
			returnAll: true,
			filters: { from: '+15550001111', startTimeGte: '2024-04-01T00:00:00Z' },
		});
		expect(only('GET', '/recordings').query).toMatchObject({
			'filter[from]': '+15550001111',
			'filter[start_time][gte]': '2024-04-01T00:00:00Z',
			'page[number]': '1',
			'page[size]': '250',
		});
		expect(items.map((i) => i.json.to)).toEqual(['+15550003333']);
	});

	test('Get Many with a limit asks for a page of that size and filters by end time', async () => {
		seedRecordings();
		const { items } = await run({
			resource: 'recording',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
			filters: { endTimeLte: '2024-05-31T00:00:00Z', to: '+15550002222' },
		});
		expect(only('GET', '/recordings').query).toMatchObject({
			'filter[end_time][lte]': '2024-05-31T00:00:00Z',
			'filter[to]': '+15550002222',
			'page[size]': '1',
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ from: '+15550001111', to: '+15550002222' });
	});

	test('Delete removes the recording and returns it', async () => {
		const [recording, other] = seedRecordings();
		const { items } = await run({ resource: 'recording', operation: 'delete', recordingId: locator(recording.id as string) });
		only('DELETE', `/recordings/${recording.id}`);
		expect(items[0].json).toMatchObject({ id: recording.id });
		expect(sandbox().api.store.get('/recordings', recording.id as string)).toBeUndefined();
		expect(sandbox().api.store.get('/recordings', other.id as string)).toBeDefined();
	});

	test('Delete Many posts the IDs and removes exactly those recordings', async () => {
		const [a, b, c] = seedRecordings();
		const { items } = await run({ resource: 'recording', operation: 'deleteMany', ids: `${a.id}, ${c.id}` });
		expect(only('POST', '/recordings/actions/delete').body).toEqual({ ids: [a.id, c.id] });
		expect(items).toEqual([expect.objectContaining({ json: { status: 'ok' } })]);
		expect(sandbox().api.store.list('/recordings').map((r) => r.id)).toEqual([b.id]);
	});

	test('the recording dropdown lists recordings by start time', async () => {
		const [first, second] = seedRecordings();
		const result = await searchList({ node: NODE, method: 'searchRecording', credentials: sandboxCredentials(sandbox()) });
		expect(result.results.slice(0, 2)).toEqual([
			{ name: `2024-03-01T10:00:00Z (${first.id})`, value: first.id },
			{ name: `2024-05-01T09:00:00Z (${second.id})`, value: second.id },
		]);
		expect(only('GET', '/recordings').query).toMatchObject({ 'page[size]': '100' });
	});
});

describe('Recording Transcription', () => {
	test('Get Many filters by recording and creation time', async () => {
		sandbox().seed('/recording_transcriptions', [
			{ recording_id: 'rec-1', transcription_text: 'hello', created_at: '2024-01-10T00:00:00Z' },
			{ recording_id: 'rec-1', transcription_text: 'again', created_at: '2024-02-10T00:00:00Z' },
			{ recording_id: 'rec-2', transcription_text: 'other', created_at: '2024-02-11T00:00:00Z' },
		]);
		const { items } = await run({
			resource: 'recordingTranscription',
			operation: 'getAll',
			returnAll: true,
			filters: { recordingId: locator('rec-1'), createdAtGte: '2024-02-01T00:00:00Z' },
		});
		expect(only('GET', '/recording_transcriptions').query).toMatchObject({
			'filter[recording_id]': 'rec-1',
			'filter[created_at][gte]': '2024-02-01T00:00:00Z',
		});
		expect(items.map((i) => i.json.transcription_text)).toEqual(['again']);
	});

	test('Get returns the transcription', async () => {
		const [transcription] = sandbox().seed('/recording_transcriptions', [{ recording_id: 'rec-9', transcription_text: 'hi there' }]);
		const { items } = await run({
			resource: 'recordingTranscription',
			operation: 'get',
			recordingTranscriptionId: locator(transcription.id as string, 'list'),
		});
		only('GET', `/recording_transcriptions/${transcription.id}`);
		expect(items[0].json).toMatchObject({ id: transcription.id, transcription_text: 'hi there' });
	});

	test('Delete removes the transcription', async () => {
		const [transcription] = sandbox().seed('/recording_transcriptions', [{ recording_id: 'rec-9', transcription_text: 'bye' }]);
		const { items } = await run({
			resource: 'recordingTranscription',
			operation: 'delete',
			recordingTranscriptionId: locator(transcription.id as string),
		});
		only('DELETE', `/recording_transcriptions/${transcription.id}`);
		expect(items[0].json).toMatchObject({ id: transcription.id, transcription_text: 'bye' });
		expect(sandbox().api.store.list('/recording_transcriptions')).toHaveLength(0);
	});
});

describe('Media File', () => {
	test('Create stores a file from a URL under the name given', async () => {
		const before = Date.now();
		const { items } = await run({
			resource: 'mediaFile',
			operation: 'create',
			mediaUrl: 'https://example.com/audio/greeting.mp3',
			additionalFields: { mediaName: 'greeting', ttlSecs: 3600 },
		});
		const request = only('POST', '/media');
		expect(request.body).toEqual({ media_url: 'https://example.com/audio/greeting.mp3', media_name: 'greeting', ttl_secs: 3600 });
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ media_name: 'greeting', content_type: 'audio/mpeg' });
		const expires = Date.parse(items[0].json.expires_at as string);
		expect(expires).toBeGreaterThanOrEqual(before + 3600_000 - 1000);
		expect(expires).toBeLessThanOrEqual(Date.now() + 3600_000 + 1000);
	});

	test('Create without a name gets a generated one that Get then finds', async () => {
		const created = await run({ resource: 'mediaFile', operation: 'create', mediaUrl: 'https://example.com/menu.wav' });
		expect(only('POST', '/media').body).toEqual({ media_url: 'https://example.com/menu.wav' });
		const name = created.items[0].json.media_name as string;
		expect(name).toMatch(/^[0-9a-f-]{36}$/);
		const { items } = await run({ resource: 'mediaFile', operation: 'get', mediaName: locator(name) });
		only('GET', `/media/${name}`);
		expect(items[0].json).toMatchObject({ media_name: name, content_type: 'audio/wav' });
	});

	test('Create with a name already in use fails with the API error', async () => {
		sandbox().seed('/media', [{ id: 'hold-music', media_name: 'hold-music', content_type: 'audio/mpeg' }]);
		const error = await runFailing({
			resource: 'mediaFile',
			operation: 'create',
			mediaUrl: 'https://example.com/other.mp3',
			additionalFields: { mediaName: 'hold-music' },
		});
		expect(error.message).toContain('422');
		expect(error.description).toContain('A media file named hold-music already exists');
		expect(only('POST', '/media').body).toMatchObject({ media_name: 'hold-music' });
	});

	test('Get Many lists the files, filtered by content type', async () => {
		sandbox().seed('/media', [
			{ id: 'a', media_name: 'a', content_type: 'audio/mpeg' },
			{ id: 'b', media_name: 'b', content_type: 'application/xml' },
			{ id: 'c', media_name: 'c', content_type: 'audio/wav' },
		]);
		const { items } = await run({ resource: 'mediaFile', operation: 'getAll', filters: { contentType: 'audio/mpeg, audio/wav' } });
		const request = only('GET', '/media');
		expect(Object.entries(request.query).filter(([key]) => key.startsWith('filter[content_type]')).flatMap(([, v]) => v)).toEqual([
			'audio/mpeg',
			'audio/wav',
		]);
		expect(items.map((i) => i.json.media_name)).toEqual(['a', 'c']);
	});

	test('Update sends the new URL and lifetime as JSON with PUT', async () => {
		sandbox().seed('/media', [{ id: 'prompt', media_name: 'prompt', content_type: 'audio/mpeg', expires_at: '2020-01-01T00:00:00Z' }]);
		const { items } = await run({
			resource: 'mediaFile',
			operation: 'update',
			mediaName: locator('prompt', 'list'),
			updateFields: { mediaUrl: 'https://example.com/prompt.wav', ttlSecs: 86400 },
		});
		const request = only('PUT', '/media/prompt');
		expect(request.body).toEqual({ media_url: 'https://example.com/prompt.wav', ttl_secs: 86400 });
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(items[0].json).toMatchObject({ media_name: 'prompt', content_type: 'audio/wav' });
		expect(Date.parse(items[0].json.expires_at as string)).toBeGreaterThan(Date.now() + 86_000_000);
	});

	test('Update of a file that does not exist fails with 404', async () => {
		const error = await runFailing({ resource: 'mediaFile', operation: 'update', mediaName: locator('missing'), updateFields: { ttlSecs: 60 } });
		expect(only('PUT', '/media/missing')).toBeDefined();
		expect(error.message).toMatch(/Resource not found|404/);
	});

	test('Delete removes the file', async () => {
		sandbox().seed('/media', [{ id: 'old', media_name: 'old', content_type: 'audio/mpeg' }]);
		const { items } = await run({ resource: 'mediaFile', operation: 'delete', mediaName: locator('old') });
		only('DELETE', '/media/old');
		expect(items[0].json).toEqual({ success: true });
		expect(sandbox().api.store.get('/media', 'old')).toBeUndefined();
	});

	test('the media dropdown offers names, labelled by content type', async () => {
		sandbox().seed('/media', [
			{ id: 'intro', media_name: 'intro', content_type: 'audio/mpeg' },
			{ id: 'app', media_name: 'app', content_type: 'application/xml' },
		]);
		const result = await searchList({ node: NODE, method: 'searchMediaFile', filter: 'audio', credentials: sandboxCredentials(sandbox()) });
		expect(result.results).toEqual([{ name: 'audio/mpeg (intro)', value: 'intro' }]);
		only('GET', '/media');
	});
});

describe('Custom Storage Credential', () => {
	const seedCredentials = () =>
		sandbox().seed('/custom_storage_credentials', [
			{ id: '1234567890', backend: 's3', configuration: { backend: 's3', bucket: 'calls', region: 'eu-west-1' } },
		]);

	test('Create sends the S3 details the Backend choice shows', async () => {
		const { items } = await run({
			resource: 'customStorageCredential',
			operation: 'create',
			connectionId: '1234567890',
			backend: 's3',
			configurationBucket: 'call-recordings',
			configurationRegion: 'us-east-1',
			configurationAwsAccessKeyId: 'AKIAEXAMPLE',
			configurationAwsSecretAccessKey: 'shh',
		});
		expect(only('POST', '/custom_storage_credentials/1234567890').body).toEqual({
			backend: 's3',
			configuration: {
				backend: 's3',
				bucket: 'call-recordings',
				region: 'us-east-1',
				aws_access_key_id: 'AKIAEXAMPLE',
				aws_secret_access_key: 'shh',
			},
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({
			connection_id: '1234567890',
			record_type: 'custom_storage_credentials',
			backend: 's3',
			configuration: {
				backend: 's3',
				bucket: 'call-recordings',
				region: 'us-east-1',
				aws_access_key_id: 'AKIAEXAMPLE',
				aws_secret_access_key: 'shh',
			},
		});
	});

	test('Create for a connection that already has credentials fails', async () => {
		seedCredentials();
		const error = await runFailing({
			resource: 'customStorageCredential',
			operation: 'create',
			connectionId: '1234567890',
			backend: 'gcs',
			configurationBucket: 'other',
		});
		expect(only('POST', '/custom_storage_credentials/1234567890').body).toEqual({
			backend: 'gcs',
			configuration: { backend: 'gcs', bucket: 'other' },
		});
		expect(error.message).toContain('422');
		expect(error.description).toContain('Connection 1234567890 already has custom storage credentials');
	});

	test('Update replaces the configuration, here moving to Azure', async () => {
		seedCredentials();
		const { items } = await run({
			resource: 'customStorageCredential',
			operation: 'update',
			connectionId: '1234567890',
			backend: 'azure',
			configurationBucket: 'recordings',
			configurationAccountName: 'acme',
			configurationAccountKey: 'key==',
		});
		expect(only('PUT', '/custom_storage_credentials/1234567890').body).toEqual({
			backend: 'azure',
			configuration: { backend: 'azure', bucket: 'recordings', account_name: 'acme', account_key: 'key==' },
		});
		expect(items[0].json).toEqual({
			connection_id: '1234567890',
			record_type: 'custom_storage_credentials',
			backend: 'azure',
			configuration: { backend: 'azure', bucket: 'recordings', account_name: 'acme', account_key: 'key==' },
		});
		expect(sandbox().api.store.get('/custom_storage_credentials', '1234567890')).toMatchObject({ backend: 'azure' });
	});

	test('Get reads the credentials of a connection', async () => {
		seedCredentials();
		const { items } = await run({ resource: 'customStorageCredential', operation: 'get', connectionId: '1234567890' });
		only('GET', '/custom_storage_credentials/1234567890');
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ backend: 's3', configuration: { bucket: 'calls', region: 'eu-west-1' } });
		// the answer names the connection beside `data`: kept on the item
		expect(items[0].json).toMatchObject({ connection_id: '1234567890', record_type: 'custom_storage_credentials' });
	});

	test('Get for a connection without credentials fails with 404', async () => {
		const error = await runFailing({ resource: 'customStorageCredential', operation: 'get', connectionId: '999' });
		only('GET', '/custom_storage_credentials/999');
		expect(error.message).toMatch(/Resource not found|404/);
	});

	test('Delete removes the credentials of a connection', async () => {
		seedCredentials();
		const { items } = await run({ resource: 'customStorageCredential', operation: 'delete', connectionId: '1234567890' });
		only('DELETE', '/custom_storage_credentials/1234567890');
		expect(items[0].json).toEqual({ success: true });
		expect(sandbox().api.store.get('/custom_storage_credentials', '1234567890')).toBeUndefined();
	});
});

describe('Dialogflow Connection', () => {
	const serviceAccount = { type: 'service_account', project_id: 'my-agent', private_key: 'secret' };

	test('Create sends the service account and CX settings, and the key is not echoed', async () => {
		const { items } = await run({
			resource: 'dialogflowConnection',
			operation: 'create',
			connectionId: '1234541231',
			serviceAccount: JSON.stringify(serviceAccount),
			additionalFields: { dialogflowApi: 'cx', conversationProfileId: 'a-VMHLWz', location: 'global', environment: 'production' },
		});
		expect(only('POST', '/dialogflow_connections/1234541231').body).toEqual({
			service_account: serviceAccount,
			dialogflow_api: 'cx',
			conversation_profile_id: 'a-VMHLWz',
			location: 'global',
			environment: 'production',
		});
		expect(items[0].json).toMatchObject({
			connection_id: '1234541231',
			record_type: 'dialogflow_connections',
			conversation_profile_id: 'a-VMHLWz',
			service_account: '****',
		});
	});

	test('Get reads the connection created before, by the Call Control application ID', async () => {
		await run({ resource: 'dialogflowConnection', operation: 'create', connectionId: '77', serviceAccount: JSON.stringify(serviceAccount) });
		const { items } = await run({ resource: 'dialogflowConnection', operation: 'get', connectionId: '77' });
		only('GET', '/dialogflow_connections/77');
		expect(items[0].json).toMatchObject({ connection_id: '77', dialogflow_api: 'es', service_account: '****' });
	});

	test('Update replaces the settings with PUT', async () => {
		await run({
			resource: 'dialogflowConnection',
			operation: 'create',
			connectionId: '88',
			serviceAccount: JSON.stringify(serviceAccount),
			additionalFields: { environment: 'staging' },
		});
		const { items } = await run({
			resource: 'dialogflowConnection',
			operation: 'update',
			connectionId: '88',
			serviceAccount: JSON.stringify({ ...serviceAccount, private_key: 'rotated' }),
			updateFields: { environment: 'production' },
		});
		expect(only('PUT', '/dialogflow_connections/88').body).toEqual({
			service_account: { ...serviceAccount, private_key: 'rotated' },
			environment: 'production',
		});
		expect(items[0].json).toMatchObject({ connection_id: '88', environment: 'production', service_account: '****' });
	});

	test('Delete removes the connection', async () => {
		sandbox().seed('/dialogflow_connections', [{ id: '99', connection_id: '99' }]);
		const { items } = await run({ resource: 'dialogflowConnection', operation: 'delete', connectionId: '99' });
		only('DELETE', '/dialogflow_connections/99');
		expect(items[0].json).toEqual({ success: true });
		expect(sandbox().api.store.get('/dialogflow_connections', '99')).toBeUndefined();
	});
});

describe('SIPREC Connector', () => {
	test('Create sends the connector and Get finds it by its name', async () => {
		const created = await run({
			resource: 'siprecConnector',
			operation: 'create',
			name: 'recorder',
			host: 'srs.example.com',
			port: 5060,
			additionalFields: { appSubdomain: 'my-app' },
		});
		expect(only('POST', '/siprec_connectors').body).toEqual({ name: 'recorder', host: 'srs.example.com', port: 5060, app_subdomain: 'my-app' });
		expect(created.items[0].json).toMatchObject({ name: 'recorder', record_type: 'siprec_connector', port: 5060 });

		const { items } = await run({ resource: 'siprecConnector', operation: 'get', connectorName: 'recorder' });
		only('GET', '/siprec_connectors/recorder');
		expect(items[0].json).toMatchObject({ name: 'recorder', host: 'srs.example.com', app_subdomain: 'my-app' });
	});

	test('Update sends the whole configuration with PUT and may rename the connector', async () => {
		await run({ resource: 'siprecConnector', operation: 'create', name: 'old-name', host: '192.0.2.10', port: 5060 });
		const { items } = await run({
			resource: 'siprecConnector',
			operation: 'update',
			connectorName: 'old-name',
			name: 'new-name',
			host: '192.0.2.20',
			port: 5080,
		});
		expect(only('PUT', '/siprec_connectors/old-name').body).toEqual({ name: 'new-name', host: '192.0.2.20', port: 5080 });
		expect(items[0].json).toMatchObject({ name: 'new-name', host: '192.0.2.20', port: 5080 });
		expect(sandbox().api.store.get('/siprec_connectors', 'old-name')).toBeUndefined();
		expect(sandbox().api.store.get('/siprec_connectors', 'new-name')).toMatchObject({ port: 5080 });
	});

	test('Delete removes the connector', async () => {
		await run({ resource: 'siprecConnector', operation: 'create', name: 'gone', host: 'srs.example.com', port: 5060 });
		const { items } = await run({ resource: 'siprecConnector', operation: 'delete', connectorName: 'gone' });
		only('DELETE', '/siprec_connectors/gone');
		expect(items[0].json).toEqual({ success: true });
		expect(sandbox().api.store.get('/siprec_connectors', 'gone')).toBeUndefined();
	});
});

describe('Operator Connect', () => {
	test('Refresh starts a refresh, and a second one is told it is still running', async () => {
		const first = await run({ resource: 'operatorConnect', operation: 'refresh' });
		expect(first.items[0].json).toEqual({ success: true, message: 'Operator Connect refresh started' });
		const second = await run({ resource: 'operatorConnect', operation: 'refresh' });
		expect(second.items[0].json).toEqual({ success: true, message: 'Operator Connect refresh already in progress' });
		const requests = apiRequests(sandbox(), 'POST', '/operator_connect/actions/refresh');
		expect(requests).toHaveLength(2);
		expect(requests.map((r) => r.body)).toEqual([undefined, undefined]);
	});
});
