import type { ResourceDefinition } from '../types';
import { UUID_PLACEHOLDER } from './shared';

export const voiceChannel: ResourceDefinition = {
	name: 'Voice Channel',
	plural: 'voice channels',
	operations: {
		getUs: {
			endpoint: 'GET /inbound_channels',
			name: 'Get US Channels',
			action: 'Get the voice channels of the US zone',
			description: 'Get how many calls to your US numbers channel billing lets through at the same time',
		},
		updateUs: {
			endpoint: 'PATCH /inbound_channels',
			name: 'Update US Channels',
			action: 'Update the voice channels of the US zone',
			description: 'Change how many calls to your US numbers can be answered at the same time',
		},
		getZones: {
			endpoint: 'GET /channel_zones',
			kind: 'list',
			name: 'Get Many Zones',
			action: 'Get many voice channel zones',
			description: 'List the zones outside the US with the voice channels of each',
		},
		updateZone: {
			endpoint: 'PUT /channel_zones/{channel_zone_id}',
			name: 'Update Zone',
			action: 'Update the voice channels of a zone',
			description: 'Change how many calls to your numbers in a zone outside the US can be answered at once',
		},
		getNumbers: {
			endpoint: 'GET /list',
			kind: 'list',
			name: 'Get Many Numbers',
			action: 'Get many phone numbers using channel billing',
			description: 'List the numbers billed by channel, grouped by zone',
		},
		getZoneNumbers: {
			endpoint: 'GET /list/{channel_zone_id}',
			kind: 'list',
			name: 'Get Many Numbers of Zone',
			action: 'Get many phone numbers using channel billing in a zone',
			description: 'List the numbers billed by channel in one zone',
		},
	},
};

export const customerServiceRecord: ResourceDefinition = {
	name: 'Customer Service Record',
	plural: 'customer service records',
	path: '/customer_service_records',
	locator: { labelField: 'phone_number', placeholder: UUID_PLACEHOLDER },
	operations: {
		create: {
			description: 'Ask the current carrier of a US number for its account details (owner, address), e.g. before porting it',
			e164: ['phone_number'],
			waitFor: { done: ['completed'], failed: ['failed'], reasons: ['error_message'] },
		},
		checkCoverage: {
			endpoint: 'POST /customer_service_records/phone_number_coverages',
			name: 'Check Coverage',
			action: 'Check which phone numbers customer service records can be asked for',
			description: 'Find out for which of several numbers Telnyx can request a customer service record',
			e164: ['phone_numbers'],
			idempotent: true,
		},
		get: { description: 'Get a customer service record with what the carrier answered' },
		getAll: { description: 'List customer service records, optionally by number, status or date' },
	},
};

/** Emergency (E911) addresses for numbers used from many places: a softphone, a Teams user. */
export const dynamicEmergencyAddress: ResourceDefinition = {
	name: 'Dynamic Emergency Address',
	plural: 'dynamic emergency addresses',
	path: '/dynamic_emergency_addresses',
	locator: { labelField: 'street_name', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: { description: 'List the addresses emergency calls from your endpoints can be sent to, by country or status' },
		create: { description: 'Save an address in the US, Canada or Puerto Rico for emergency calls; Telnyx checks it before it can be used' },
		get: { description: 'Get a dynamic emergency address with its status (pending, activated or rejected)' },
		delete: { description: 'Delete a dynamic emergency address no endpoint uses' },
	},
};

/** Who and where an emergency call comes from, for a number without a fixed address. */
export const dynamicEmergencyEndpoint: ResourceDefinition = {
	name: 'Dynamic Emergency Endpoint',
	plural: 'dynamic emergency endpoints',
	path: '/dynamic_emergency_endpoints',
	locator: { labelField: 'caller_name', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: { description: 'List your emergency endpoints (caller name, callback number, address), by country or status' },
		create: {
			description: 'Tell emergency services who is calling, from which address and on which number to call back',
			locators: { dynamic_emergency_address_id: 'dynamicEmergencyAddress' },
			e164: ['callback_number'],
		},
		get: { description: 'Get a dynamic emergency endpoint with its status and the SIP From ID to send on emergency calls' },
		delete: { description: 'Delete a dynamic emergency endpoint' },
	},
};

export const mobileNetworkOperator: ResourceDefinition = {
	name: 'Mobile Network Operator',
	plural: 'mobile network operators',
	path: '/mobile_network_operators',
	operations: {
		getAll: { description: 'List the mobile networks Telnyx knows, by country, MCC, name or network preference' },
	},
};
