import { ownNumber, stockNumbers, type InventoryNumber } from './hooks/numbersState';
import type { RunningSandbox } from './server';

/** A fixed signing key for the demo, so the public key in the credential survives restarts. */
export const DEMO_SIGNING_SEED = '7e1e0c0ffee0d15ea5e5a11ed0a7a5e7c0de5eed0f7e1e0c0ffee0d15ea5e5a1';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The call control application the calling example dials with. */
export const DEMO_CALL_CONTROL_APPLICATION_ID = '2419857291066310001';

/** The verify profile the verification example uses. */
export const DEMO_VERIFY_PROFILE_ID = '12ade33a-21c0-473b-b055-b3c836e1c292';

/** The messaging profile the "buy a number" example attaches its number to. */
export const DEMO_MESSAGING_PROFILE_ID = '4001767e-ce0f-4cae-9d5f-0d5e636e7809';

/** Numbers for sale: local ones in Chicago, New York and San Francisco, toll-free ones, and one whose order fails. */
const DEMO_INVENTORY: InventoryNumber[] = [
	...['0100', '0142', '0187', '7777'].map((end) => local(`+1312555${end}`, 'Chicago', 'IL')),
	local('+17735550123', 'Chicago', 'IL'),
	local('+12125550100', 'New York', 'NY'),
	local('+14155550100', 'San Francisco', 'CA'),
	{ ...local('+18885550100', '', ''), phone_number_type: 'toll_free', locality: undefined, administrative_area: undefined, quickship: true },
	{ ...local('+18775550100', '', ''), phone_number_type: 'toll_free', locality: undefined, administrative_area: undefined },
	// ordering this one fails, with the requirements status as the reason
	{ ...local('+13125550199', 'Chicago', 'IL'), fails: 'requirement-info-exception' },
];

function local(phoneNumber: string, locality: string, state: string): InventoryNumber {
	return {
		phone_number: phoneNumber,
		country_code: 'US',
		phone_number_type: 'local',
		national_destination_code: phoneNumber.slice(2, 5),
		locality,
		administrative_area: state,
		features: ['sms', 'mms', 'voice', 'fax', 'emergency'],
		reservable: true,
		monthly_cost: '1.00',
		upfront_cost: '1.00',
	};
}

/**
 * Records a newcomer can explore at once, and that the example workflows work on: SIP
 * connections and outbound voice profiles, yesterday's call recordings (with files behind their
 * download links), a messaging profile, toll-free verification requests, a verify profile,
 * a fax application, a call control application, phone numbers for sale and three numbers the
 * account already has (the nightly report's).
 */
export function seedDemo(sandbox: RunningSandbox): void {
	const [profile] = sandbox.seed('/outbound_voice_profiles', [
		{ name: 'US & Canada', traffic_type: 'conversational', service_plan: 'global', enabled: true },
		{ name: 'International', traffic_type: 'conversational', service_plan: 'global', enabled: true },
	]);
	sandbox.seed('/credential_connections', [
		{ connection_name: 'office-phones', user_name: 'officephones01', active: true, outbound: { outbound_voice_profile_id: profile.id } },
		{ connection_name: 'softphones', user_name: 'softphones0001', active: false },
	]);
	sandbox.seed('/ip_connections', [{ connection_name: 'pbx-datacenter', active: true }]);
	sandbox.seed('/fqdn_connections', [{ connection_name: 'sbc-cluster', active: true }]);

	const startOfToday = new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z').getTime();
	const recordings = ['sales-call', 'support-call', 'callback'].map((name, index) => {
		const started = new Date(startOfToday - DAY_MS + (9 + index * 3) * 60 * 60 * 1000);
		return {
			call_control_id: `v3:demo-${name}`,
			channels: 'dual',
			duration_millis: 60_000 * (index + 2),
			status: 'completed',
			created_at: started.toISOString(),
			recording_started_at: started.toISOString(),
			recording_ended_at: new Date(started.getTime() + 60_000 * (index + 2)).toISOString(),
			download_urls: {
				mp3: sandbox.putFile(`${name}.mp3`, Buffer.from(`ID3 demo recording: ${name}`), 'audio/mpeg'),
				wav: sandbox.putFile(`${name}.wav`, Buffer.from(`RIFF demo recording: ${name}`), 'audio/wav'),
			},
		};
	});
	sandbox.seed('/recordings', recordings);

	sandbox.seed('/messaging_profiles', [{ id: DEMO_MESSAGING_PROFILE_ID, name: 'Customer care', enabled: true, webhook_url: null }]);
	stockNumbers(sandbox.api, DEMO_INVENTORY);
	const [officePhones] = sandbox.api.store.list('/credential_connections');
	const [pbx] = sandbox.api.store.list('/ip_connections');
	// one number wired for calls and messages, one for calls only, one for messages only
	ownNumber(sandbox.api, '+13125550900', { connection_id: officePhones.id, messaging_profile_id: DEMO_MESSAGING_PROFILE_ID, tags: ['main-line'] });
	ownNumber(sandbox.api, '+13125550901', { connection_id: pbx.id, tags: ['support'] });
	ownNumber(sandbox.api, '+18885550902', { messaging_profile_id: DEMO_MESSAGING_PROFILE_ID, tags: ['sms-only'] });
	sandbox.seed('/verify_profiles', [
		{ id: DEMO_VERIFY_PROFILE_ID, name: 'Sign-in codes', language: 'en-US', sms: { app_name: 'Acme', code_length: 5, default_verification_timeout_secs: 300 } },
	]);
	sandbox.seed('/fax_applications', [
		{ application_name: 'Office fax', active: true, webhook_event_url: 'https://example.com/fax-events' },
	]);

	sandbox.seed('/call_control_applications', [
		{ id: DEMO_CALL_CONTROL_APPLICATION_ID, application_name: 'Reminder calls', active: true, webhook_event_url: 'https://example.com/call-events' },
	]);

	const requests = sandbox.seed('/messaging_tollfree/verification/requests', [
		{ businessName: 'Acme Bakery', verificationStatus: 'In Progress', phoneNumbers: [{ phoneNumber: '+18885550100' }] },
		{ businessName: 'Acme Bikes', verificationStatus: 'Verified', phoneNumbers: [{ phoneNumber: '+18885550101' }] },
		{ businessName: 'Acme Books', verificationStatus: 'Waiting For Customer', phoneNumbers: [{ phoneNumber: '+18885550102' }] },
	]);
	for (const request of requests) {
		sandbox.seed(`/messaging_tollfree/verification/requests/${request.id}/status_history`, [
			{ verificationStatus: 'In Progress', reason: null, updatedAt: request.created_at },
			...(request.verificationStatus === 'In Progress'
				? []
				: [{ verificationStatus: request.verificationStatus, reason: null, updatedAt: new Date().toISOString() }]),
		]);
	}
}
