import type { ResourceDefinition } from '../types';

export const fqdn: ResourceDefinition = {
	name: 'FQDN',
	plural: 'FQDN records',
	article: 'an',
	path: '/fqdns',
	locator: { labelField: 'fqdn', placeholder: 'e.g. 1517907029795014409' },
	operations: {
		create: {
			description: 'Add a fully qualified domain name to an FQDN connection',
			locators: { connection_id: 'fqdnConnection' },
		},
		getAll: { locators: { 'filter[connection_id]': 'fqdnConnection' } },
		update: { locators: { connection_id: 'fqdnConnection' } },
	},
};

export const ip: ResourceDefinition = {
	name: 'IP',
	plural: 'IP addresses',
	article: 'an',
	path: '/ips',
	locator: { labelField: 'ip_address', placeholder: 'e.g. 6a09cdc3-8948-47f0-aa62-74ac943d6c58' },
	operations: {
		create: { description: 'Add an IP address to an IP connection', locators: { connection_id: 'ipConnection' }, upFront: ['connection_id'] },
		getAll: { locators: { 'filter[connection_id]': 'ipConnection' } },
		update: { locators: { connection_id: 'ipConnection' } },
	},
};

const callerNumbers = ['call_recording.call_recording_caller_phone_numbers'];

export const outboundVoiceProfile: ResourceDefinition = {
	name: 'Outbound Voice Profile',
	plural: 'outbound voice profiles',
	article: 'an',
	path: '/outbound_voice_profiles',
	locator: { labelField: 'name', searchParam: 'filter[name][contains]', placeholder: 'e.g. 1293384261075731499' },
	operations: { create: { e164: callerNumbers }, update: { e164: callerNumbers } },
};

export const accessIpRange: ResourceDefinition = {
	name: 'Access IP Range',
	plural: 'access IP ranges',
	article: 'an',
	path: '/access_ip_ranges',
	locator: { labelField: 'cidr_block', placeholder: 'e.g. 550e8400-e29b-41d4-a716-446655440000' },
	operations: { create: { description: 'Allow API access from a CIDR block' } },
};
