/**
 * The example workflows shipped in examples/, imported into real n8n and run headless with
 * `n8n execute` against the sandbox (seeded as `npm start` seeds it): values, not just keys.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, outputOf, prepareN8n, type RealN8n } from '../../scripts/n8n/runtime';
import { DEMO_MESSAGING_PROFILE_ID, seedDemo } from '../sandbox/demo';
import { startSandbox, type RunningSandbox } from '../sandbox/server';

let sandbox: RunningSandbox;
let n8n: RealN8n;

function example(name: string): { id: string } {
	return JSON.parse(readFileSync(join(ROOT, 'examples', `${name}.json`), 'utf8')) as { id: string };
}

beforeAll(async () => {
	sandbox = await startSandbox();
	seedDemo(sandbox);
	n8n = await prepareN8n();
	await n8n.importCredentials([
		{
			id: 'telnyxCredential',
			name: 'Telnyx',
			type: 'telnyxApi',
			data: { apiKey: sandbox.apiKey, baseUrl: sandbox.url, publicKey: sandbox.events.publicKey },
		},
	]);
}, 600_000);

afterAll(async () => {
	await n8n?.stop();
	await sandbox?.stop();
});

async function runExample(name: string) {
	const workflow = example(name);
	await n8n.importWorkflow(workflow);
	const run = await n8n.execute(workflow.id);
	expect(run.data.resultData.error).toBeUndefined();
	return run;
}

test("archive call recordings: yesterday's three recordings, each downloaded as an MP3", async () => {
	const run = await runExample('archive-call-recordings');
	const listed = outputOf(run, "Yesterday's Recordings");
	expect(listed.map((i) => i.json.call_control_id)).toEqual(['v3:demo-sales-call', 'v3:demo-support-call', 'v3:demo-callback']);
	const downloaded = outputOf(run, 'Download as MP3');
	expect(downloaded).toHaveLength(3);
	for (const [index, item] of downloaded.entries()) {
		expect(item.binary?.recording).toMatchObject({
			fileName: `recording-${listed[index].json.id}.mp3`,
			mimeType: 'audio/mpeg',
			fileExtension: 'mp3',
		});
	}
	const fetched = sandbox.requests.filter((r) => r.path.startsWith('/__files/') && r.path.endsWith('.mp3'));
	expect(fetched).toHaveLength(3);
	expect(fetched.every((r) => r.headers.authorization === undefined)).toBe(true);
});

test('SIP inventory: counts by type, and the first night reports everything as added', async () => {
	const run = await runExample('sip-inventory-report');
	const [report] = outputOf(run, 'Change Report');
	expect(report.json).toMatchObject({
		connections: 4,
		activeConnections: 3,
		byType: { credential_connection: 2, fqdn_connection: 1, ip_connection: 1 },
		outboundVoiceProfiles: 2,
		connectionChanges: { removed: [] },
		profileChanges: { removed: [] },
	});
	expect((report.json.connectionChanges as { added: string[] }).added).toHaveLength(4);
});

test('toll-free verification: the history of each request that is not verified yet', async () => {
	const run = await runExample('toll-free-verification-status');
	expect(outputOf(run, 'Still Waiting').map((i) => i.json.businessName)).toEqual(['Acme Bakery', 'Acme Books']);
	expect(outputOf(run, 'Status History').map((i) => i.json.verificationStatus)).toEqual([
		'In Progress',
		'In Progress',
		'Waiting For Customer',
	]);
});

test('nightly number report: each number with its connection, profile and what needs a look, as a CSV file', async () => {
	const run = await runExample('nightly-number-report');
	const rows = outputOf(run, 'Number Report').map((item) => item.json);
	expect(rows.length).toBe(outputOf(run, 'All Numbers').length);
	expect(rows.filter((row) => ['+13125550900', '+13125550901', '+18885550902'].includes(String(row.phone_number)))).toEqual([
		expect.objectContaining({ phone_number: '+13125550900', connection: 'office-phones', messaging_profile: 'Customer care', tags: 'main-line', needs_attention: 'emergency calling off' }),
		expect.objectContaining({ phone_number: '+13125550901', connection: 'pbx-datacenter', messaging_profile: '', needs_attention: 'no messaging profile, emergency calling off' }),
		expect.objectContaining({ phone_number: '+18885550902', connection: '', messaging_profile: 'Customer care', needs_attention: 'no voice connection, emergency calling off' }),
	]);
	const [file] = outputOf(run, 'Numbers CSV');
	expect(file.binary?.data).toMatchObject({ mimeType: 'text/csv', fileName: expect.stringMatching(/^telnyx-numbers-\d{4}-\d{2}-\d{2}\.csv$/) });
});

test('buy a number: a local 312 number found, ordered until the order succeeds, and attached to the messaging profile', async () => {
	const run = await runExample('buy-number-for-messaging');
	const [found] = outputOf(run, 'Find a Number in 312');
	expect(String(found.json.phone_number)).toMatch(/^\+1312/);
	expect(outputOf(run, 'Buy It')[0].json).toMatchObject({ status: 'success' });
	expect(outputOf(run, 'Attach to Messaging Profile')[0].json).toMatchObject({
		phone_number: found.json.phone_number,
		messaging_profile_id: DEMO_MESSAGING_PROFILE_ID,
	});
});

test('port numbers in: the order opened, its LOA and invoice attached, submitted, activated and followed until ported', async () => {
	const run = await runExample('port-numbers-in');
	expect(outputOf(run, 'Check Portability').map((item) => item.json.portable)).toEqual([true, true]);
	expect(outputOf(run, 'Submit and Wait for the FOC Date')[0].json).toMatchObject({ status: { value: 'foc-date-confirmed' } });
	expect(outputOf(run, 'Activate and Wait Until Ported')[0].json).toMatchObject({
		customer_reference: 'office-move',
		status: { value: 'ported' },
	});
});
