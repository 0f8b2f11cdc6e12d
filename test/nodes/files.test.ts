/**
 * Files in and out, through n8n against the sandbox: file answers become binary data, uploads
 * are sent as multipart from the item's binary data, and recordings are downloaded from the
 * link in the record, without the API key.
 */
import type { INodeParameters } from 'n8n-workflow';
import { testFile } from '../harness/sourceNode';
import { apiRequests, locator, runWithSandbox, useSandbox } from '../helpers';

const sandbox = useSandbox();

async function run(node: string, parameters: INodeParameters, options: Parameters<typeof runWithSandbox>[3] = {}) {
	const result = await runWithSandbox(sandbox(), node, parameters, options);
	if (result.error) throw result.error;
	return result;
}

async function binaryOf(item: { binary?: Record<string, { data: string; id?: string }> }, property: string): Promise<Buffer> {
	const binary = item.binary?.[property];
	if (!binary) throw new Error(`no binary property ${property}`);
	return Buffer.from(binary.data, 'base64');
}

describe('file answers', () => {
	test('a WireGuard peer configuration comes out as a .conf file', async () => {
		const [wgInterface] = sandbox().seed('/wireguard_interfaces', [
			{ name: 'office', public_key: 'SERVERKEY=', endpoint: '203.0.113.5:5107', status: 'provisioned' },
		]);
		const [peer] = sandbox().seed('/wireguard_peers', [{ wireguard_interface_id: wgInterface.id, public_key: 'PEERKEY=' }]);
		const { items } = await run('telnyxNetworking', {
			resource: 'wireguardPeer',
			operation: 'getConfig',
			wireguardPeerId: locator(peer.id as string),
			binaryPropertyName: 'config',
		});
		expect(apiRequests(sandbox(), 'GET', `/wireguard_peers/${peer.id}/config`)).toHaveLength(1);
		const file = items[0].binary!.config;
		expect(file).toMatchObject({ fileName: `wireguard-peer-${peer.id}.conf`, mimeType: 'text/plain' });
		const text = (await binaryOf(items[0] as never, 'config')).toString('utf8');
		expect(text).toContain('[Interface]');
		expect(text).toContain('PublicKey = SERVERKEY=');
		expect(text).toContain('Endpoint = 203.0.113.5:5107');
		expect(items[0].json).toMatchObject({ fileName: `wireguard-peer-${peer.id}.conf`, fileSize: Buffer.byteLength(text) });
	});

	test('a cluster graph comes out as a PNG image', async () => {
		const { items: created } = await run('telnyxNetworking', { resource: 'cluster', operation: 'create', bucket: 'support-docs' });
		const taskId = created[0].json.task_id as string;
		const { items } = await run('telnyxNetworking', { resource: 'cluster', operation: 'getGraph', taskId: locator(taskId) });
		expect(items[0].binary!.data).toMatchObject({ fileName: `cluster-${taskId}.png`, mimeType: 'image/png' });
		const bytes = await binaryOf(items[0] as never, 'data');
		expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	});

	test('an empty output field name is refused', async () => {
		const result = await runWithSandbox(sandbox(), 'telnyxNetworking', {
			resource: 'cluster',
			operation: 'getGraph',
			taskId: locator('task-1'),
			binaryPropertyName: ' ',
		});
		expect(result.error?.message).toBe('"Put Output File in Field" is empty');
		expect(apiRequests(sandbox())).toHaveLength(0);
	});
});

describe('media storage', () => {
	const audio = Buffer.from('ID3\u0003\u0000\u0000fake mp3 bytes \u0000\u00ff', 'binary');

	test('Upload sends the binary file as multipart with the name and TTL', async () => {
		const { items } = await run(
			'telnyxVoiceIntegrations',
			{
				resource: 'mediaFile',
				operation: 'upload',
				media: 'audio',
				additionalFields: { mediaName: 'hold-music', ttlSecs: 3600 },
			},
			{ files: [{ audio: testFile(audio, 'hold.mp3', 'audio/mpeg') }] },
		);
		const [request] = apiRequests(sandbox(), 'POST', '/media');
		expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(request.parts).toEqual([
			{ name: 'media_name', text: 'hold-music', size: 10 },
			{ name: 'ttl_secs', text: '3600', size: 4 },
			{ name: 'media', filename: 'hold.mp3', contentType: 'audio/mpeg', size: audio.length },
		]);
		expect(items[0].json).toMatchObject({ media_name: 'hold-music', content_type: 'audio/mpeg' });

		// the same bytes come back on Download, as a binary file
		const { items: downloaded } = await run('telnyxVoiceIntegrations', {
			resource: 'mediaFile',
			operation: 'download',
			mediaName: locator('hold-music'),
		});
		expect(downloaded[0].binary!.data).toMatchObject({ fileName: 'hold-music', mimeType: 'audio/mpeg' });
		expect((await binaryOf(downloaded[0] as never, 'data')).equals(audio)).toBe(true);
	});

	test('Replace File swaps the stored file', async () => {
		await run(
			'telnyxVoiceIntegrations',
			{ resource: 'mediaFile', operation: 'upload', media: 'data', additionalFields: { mediaName: 'greeting' } },
			{ files: [{ data: testFile('first', 'greeting.wav', 'audio/wav') }] },
		);
		await run(
			'telnyxVoiceIntegrations',
			{ resource: 'mediaFile', operation: 'replace', mediaName: locator('greeting'), updateFields: { media: 'data' } },
			{ files: [{ data: testFile('second version', 'greeting.wav', 'audio/wav') }] },
		);
		const [put] = apiRequests(sandbox(), 'PUT', '/media/greeting');
		expect(put.parts).toEqual([{ name: 'media', filename: 'greeting.wav', contentType: 'audio/wav', size: 14 }]);
		const { items } = await run('telnyxVoiceIntegrations', {
			resource: 'mediaFile',
			operation: 'download',
			mediaName: locator('greeting'),
		});
		expect((await binaryOf(items[0] as never, 'data')).toString()).toBe('second version');
	});

	test('an item without the named binary field is refused before sending, naming what it has', async () => {
		const result = await runWithSandbox(
			sandbox(),
			'telnyxVoiceIntegrations',
			{ resource: 'mediaFile', operation: 'upload', media: 'data' },
			{ files: [{ attachment: testFile('x', 'x.mp3', 'audio/mpeg') }] },
		);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('"Media" (media): the input item has no binary field "data"');
		expect(result.error?.description).toBe('Binary fields on this item: attachment.');
		expect(apiRequests(sandbox())).toHaveLength(0);
	});

	test('an empty file is refused by the sandbox as Telnyx would', async () => {
		const result = await runWithSandbox(
			sandbox(),
			'telnyxVoiceIntegrations',
			{ resource: 'mediaFile', operation: 'upload', media: 'data' },
			{ files: [{ data: testFile('', 'empty.mp3', 'audio/mpeg') }] },
		);
		expect(result.error?.message).toBe('422 Bad Request — media');
	});
});

describe('recording downloads', () => {
	const mp3 = Buffer.from('ID3 recording bytes');
	const wav = Buffer.from('RIFF....WAVEfmt ');

	function seedRecording() {
		const links = {
			mp3: sandbox().putFile('rec-1.mp3', mp3, 'audio/mpeg'),
			wav: sandbox().putFile('rec-1.wav', wav, 'application/octet-stream'),
		};
		const [recording] = sandbox().seed('/recordings', [{ call_control_id: 'v3:abc', download_urls: links }]);
		return recording;
	}

	test.each([
		['mp3', mp3, 'audio/mpeg'],
		['wav', wav, 'audio/wav'],
	] as const)('Download fetches the %s file from the recording’s link', async (format, bytes, mimeType) => {
		const recording = seedRecording();
		const { items } = await run('telnyxVoiceIntegrations', {
			resource: 'recording',
			operation: 'download',
			recordingId: locator(recording.id as string),
			fileFormat: format,
		});
		expect(apiRequests(sandbox(), 'GET', `/recordings/${recording.id}`)).toHaveLength(1);
		const fetched = apiRequests(sandbox(), 'GET', `/__files/rec-1.${format}`);
		expect(fetched).toHaveLength(1);
		// the link leads outside the API: the API key must not travel with it
		expect(fetched[0].headers.authorization).toBeUndefined();
		expect(items[0].binary!.data).toMatchObject({ fileName: `recording-${recording.id}.${format}`, mimeType });
		expect((await binaryOf(items[0] as never, 'data')).equals(bytes)).toBe(true);
		expect(items[0].json.record).toMatchObject({ id: recording.id, call_control_id: 'v3:abc' });
	});

	test('a recording without the chosen format says which links it has', async () => {
		const [recording] = sandbox().seed('/recordings', [{ download_urls: { mp3: sandbox().putFile('only.mp3', mp3, 'audio/mpeg') } }]);
		const result = await runWithSandbox(sandbox(), 'telnyxVoiceIntegrations', {
			resource: 'recording',
			operation: 'download',
			recordingId: locator(recording.id as string),
			fileFormat: 'wav',
		});
		expect(result.error?.message).toBe('The record has no WAV download link (download_urls.wav)');
		expect(result.error?.description).toContain('Links present: mp3');
	});

	test('a link that has expired reads as an error from the storage host', async () => {
		const [recording] = sandbox().seed('/recordings', [
			{ download_urls: { mp3: `${sandbox().origin}/__files/gone.mp3` } },
		]);
		const result = await runWithSandbox(sandbox(), 'telnyxVoiceIntegrations', {
			resource: 'recording',
			operation: 'download',
			recordingId: locator(recording.id as string),
		});
		expect(result.error?.message).toBe('404 Not Found');
	});
});

describe('hosted number documents', () => {
	test('Upload Documents sends the LOA and the bill as files', async () => {
		const { items: orders } = await run('telnyxMessaging', {
			resource: 'hostedNumberOrder',
			operation: 'create',
			additionalFields: { phoneNumbers: '+13125550100' },
		});
		const orderId = orders[0].json.id as string;
		const { items } = await run(
			'telnyxMessaging',
			{
				resource: 'hostedNumberOrder',
				operation: 'uploadDocuments',
				hostedNumberOrderId: locator(orderId),
				additionalFields: { loa: 'loa', bill: 'bill' },
			},
			{ files: [{ loa: testFile('%PDF-1.7 loa', 'loa.pdf', 'application/pdf'), bill: testFile('%PDF-1.7 bill!', 'bill.pdf', 'application/pdf') }] },
		);
		const [request] = apiRequests(sandbox(), 'POST', `/messaging_hosted_number_orders/${orderId}/actions/file_upload`);
		expect(request.parts).toEqual([
			{ name: 'loa', filename: 'loa.pdf', contentType: 'application/pdf', size: 12 },
			{ name: 'bill', filename: 'bill.pdf', contentType: 'application/pdf', size: 14 },
		]);
		expect(items[0].json).toMatchObject({ id: orderId, status: 'loa_file_successful' });
	});
});
