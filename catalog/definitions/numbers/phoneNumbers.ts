import type { ResourceDefinition } from '../types';
import { NUMERIC_PLACEHOLDER } from './shared';

const VOICE = 'PATCH /phone_numbers/{id}/voice';
const MESSAGING = 'PATCH /phone_numbers/{id}/messaging';

export const phoneNumber: ResourceDefinition = {
	name: 'Phone Number',
	plural: 'phone numbers',
	path: '/phone_numbers',
	// filter[phone_number] matches parts of a number from three digits on
	locator: { labelField: 'phone_number', searchParam: 'filter[phone_number]', placeholder: NUMERIC_PLACEHOLDER },
	operations: {
		getAll: { description: 'List your phone numbers, optionally by status, type, tag, connection or country' },
		get: { description: 'Get one of your numbers with its connection, messaging profile, tags and emergency settings' },
		update: { description: 'Change the connection, tags, customer reference, billing group or porting PIN of a number' },
		delete: {
			action: 'Release a phone number',
			description: 'Release a number: it stops working for you and goes back to Telnyx, which may sell it to someone else',
		},
		assignMessagingProfile: {
			endpoint: MESSAGING,
			name: 'Assign Messaging Profile',
			action: 'Assign a messaging profile to a phone number',
			description: 'Send and receive messages on the number with the settings of a messaging profile',
			bodyFields: ['messaging_profile_id'],
			upFront: ['messaging_profile_id'],
			oneOf: [['messaging_profile_id']],
		},
		setVoiceConnection: {
			endpoint: 'PATCH /phone_numbers/{id}',
			name: 'Set Voice Connection',
			action: 'Set the voice connection of a phone number',
			description: 'Route calls to the number to a connection (SIP trunk, call control or TeXML application)',
			bodyFields: ['connection_id'],
			upFront: ['connection_id'],
			oneOf: [['connection_id']],
		},
		setCallForwarding: {
			endpoint: VOICE,
			name: 'Set Call Forwarding',
			action: 'Set call forwarding on a phone number',
			description: 'Forward calls to the number to another number, always or when they cannot be answered',
			bodyFields: ['call_forwarding'],
			upFront: ['call_forwarding'],
			oneOf: [['call_forwarding']],
		},
		setCnamListing: {
			endpoint: VOICE,
			name: 'Set CNAM Listing',
			action: 'Set the CNAM listing of a phone number',
			description: 'Choose the caller name people see when the number calls them',
			bodyFields: ['cnam_listing'],
			upFront: ['cnam_listing'],
			oneOf: [['cnam_listing']],
		},
		getVoiceSettings: {
			endpoint: 'GET /phone_numbers/{id}/voice',
			name: 'Get Voice Settings',
			action: 'Get the voice settings of a phone number',
			description: 'Get how calls to a number are handled: connection, forwarding, recording, caller name, media features',
		},
		updateVoiceSettings: {
			endpoint: VOICE,
			name: 'Update Voice Settings',
			action: 'Update the voice settings of a phone number',
			description: 'Change call forwarding, recording, caller name, screening, media features or billing of a number',
		},
		getManyVoiceSettings: {
			kind: 'list',
			endpoint: 'GET /phone_numbers/voice',
			name: 'Get Many Voice Settings',
			action: 'Get many phone numbers with their voice settings',
			description: 'List your numbers with how calls to each are handled',
		},
		getMessagingSettings: {
			endpoint: 'GET /phone_numbers/{id}/messaging',
			name: 'Get Messaging Settings',
			action: 'Get the messaging settings of a phone number',
			description: 'Get the messaging profile, product and SMS/MMS features of a number',
		},
		updateMessagingSettings: {
			endpoint: MESSAGING,
			name: 'Update Messaging Settings',
			action: 'Update the messaging settings of a phone number',
			description: 'Change the messaging profile, messaging product or tags of a number',
		},
		getManyMessagingSettings: {
			kind: 'list',
			endpoint: 'GET /phone_numbers/messaging',
			name: 'Get Many Messaging Settings',
			action: 'Get many phone numbers with their messaging settings',
			description: 'List your numbers with their messaging profile and features, optionally by profile or type',
		},
		getManySlim: {
			kind: 'list',
			endpoint: 'GET /phone_numbers/slim',
			name: 'Get Many (Slim)',
			action: 'Get many phone numbers with fewer details',
			description: 'List your numbers with their main fields only: faster, and with a higher rate limit',
		},
		enableEmergency: {
			action: 'Enable emergency calling on a phone number',
			description: 'Turn on emergency calling for a number, with the address emergency services are sent to',
		},
		changeBundleStatus: {
			endpoint: 'PATCH /phone_numbers/{id}/actions/bundle_status_change',
			name: 'Change Bundle Status',
			action: 'Change the bundle of a phone number',
			description: 'Put a number into a compliance bundle, or take it out',
		},
		verifyOwnership: {
			action: 'Verify ownership of phone numbers',
			description: 'Check which of several numbers are in your account, with their IDs',
			e164: ['phone_numbers'],
			idempotent: true,
		},
	},
};

export const mobilePhoneNumber: ResourceDefinition = {
	name: 'Mobile Phone Number',
	plural: 'mobile phone numbers',
	// The spec writes this collection below a second /v2 (https://api.telnyx.com/v2/v2/…), and
	// Telnyx's own SDKs send it so: sent as written.
	path: '/v2/mobile_phone_numbers',
	operations: {
		getAll: { description: 'List your mobile numbers with their voice settings, SIM card and status' },
		get: { description: 'Get a mobile number with its call forwarding, recording, caller ID name and screening settings' },
		update: { description: 'Change the call forwarding, recording, caller ID name, screening or noise suppression of a mobile number' },
		getMessagingSettings: {
			endpoint: 'GET /mobile_phone_numbers/{id}/messaging',
			name: 'Get Messaging Settings',
			action: 'Get the messaging settings of a mobile phone number',
			description: 'Get the messaging profile and features of a mobile number',
		},
		getManyMessagingSettings: {
			kind: 'list',
			endpoint: 'GET /mobile_phone_numbers/messaging',
			name: 'Get Many Messaging Settings',
			action: 'Get many mobile phone numbers with their messaging settings',
			description: 'List your mobile numbers with their messaging profile and features',
		},
	},
};

export const voicemail: ResourceDefinition = {
	name: 'Voicemail',
	plural: 'voicemail settings',
	operations: {
		create: {
			endpoint: 'POST /phone_numbers/{phone_number_id}/voicemail',
			action: 'Set up voicemail on a phone number',
			description: 'Turn on voicemail for a number, with the PIN that opens the mailbox',
			upFront: ['enabled', 'pin'],
		},
		get: {
			endpoint: 'GET /phone_numbers/{phone_number_id}/voicemail',
			action: 'Get the voicemail settings of a phone number',
			description: 'Get whether voicemail is on for a number',
		},
		update: {
			endpoint: 'PATCH /phone_numbers/{phone_number_id}/voicemail',
			action: 'Update the voicemail settings of a phone number',
			description: 'Turn voicemail on or off for a number, or change its PIN',
		},
	},
};
