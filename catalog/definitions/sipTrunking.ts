import { sipTrunkingCopy } from '../copy/sipTrunking';
import type { NodeDefinition } from './types';

const connectionLocator = {
	labelField: 'connection_name',
	searchParam: 'filter[connection_name][contains]',
	placeholder: 'e.g. 1293384261075731499',
};

export const sipTrunking: NodeDefinition = {
	node: 'telnyxSipTrunking',
	displayName: 'Telnyx SIP Trunking',
	description:
		'Manage Telnyx SIP trunking: connections, their IPs and FQDNs, outbound voice profiles and access IP ranges',
	copy: sipTrunkingCopy,
	resources: {
		accessIpRange: {
			name: 'Access IP Range',
			plural: 'access IP ranges',
			article: 'an',
			locator: { labelField: 'cidr_block', placeholder: 'e.g. 550e8400-e29b-41d4-a716-446655440000' },
			operations: {
				create: { endpoint: 'POST /access_ip_ranges', description: 'Allow API access from a CIDR block' },
				delete: { endpoint: 'DELETE /access_ip_ranges/{access_ip_range_id}' },
				getAll: { endpoint: 'GET /access_ip_ranges' },
			},
		},
		connection: {
			name: 'Connection',
			plural: 'connections',
			locator: connectionLocator,
			operations: {
				get: {
					endpoint: 'GET /connections/{id}',
					description: 'Get the common settings of a connection of any type',
				},
				getAll: {
					endpoint: 'GET /connections',
					description: 'List connections of every type',
					locators: { 'filter[outbound_voice_profile_id]': 'outboundVoiceProfile' },
				},
			},
		},
		credentialConnection: {
			name: 'Credential Connection',
			plural: 'credential connections',
			locator: connectionLocator,
			operations: {
				checkRegistrationStatus: {
					endpoint: 'POST /credential_connections/{id}/actions/check_registration_status',
					name: 'Check Registration Status',
					action: 'Check the registration status of a credential connection',
					description: 'Ask whether the SIP endpoint behind a credential connection is registered',
					idempotent: true,
				},
				create: { endpoint: 'POST /credential_connections' },
				delete: { endpoint: 'DELETE /credential_connections/{id}' },
				get: { endpoint: 'GET /credential_connections/{id}' },
				getAll: {
					endpoint: 'GET /credential_connections',
					locators: { 'filter[outbound_voice_profile_id]': 'outboundVoiceProfile' },
				},
				update: { endpoint: 'PATCH /credential_connections/{id}' },
			},
		},
		fqdnConnection: {
			name: 'FQDN Connection',
			plural: 'FQDN connections',
			article: 'an',
			locator: connectionLocator,
			operations: {
				create: { endpoint: 'POST /fqdn_connections' },
				delete: { endpoint: 'DELETE /fqdn_connections/{id}' },
				get: { endpoint: 'GET /fqdn_connections/{id}' },
				getAll: {
					endpoint: 'GET /fqdn_connections',
					locators: { 'filter[outbound_voice_profile_id]': 'outboundVoiceProfile' },
				},
				update: { endpoint: 'PATCH /fqdn_connections/{id}' },
			},
		},
		fqdn: {
			name: 'FQDN',
			plural: 'FQDN records',
			article: 'an',
			locator: { labelField: 'fqdn', placeholder: 'e.g. 1517907029795014409' },
			operations: {
				create: {
					endpoint: 'POST /fqdns',
					description: 'Add a fully qualified domain name to an FQDN connection',
					locators: { connection_id: 'fqdnConnection' },
				},
				delete: { endpoint: 'DELETE /fqdns/{id}' },
				get: { endpoint: 'GET /fqdns/{id}' },
				getAll: {
					endpoint: 'GET /fqdns',
					locators: { 'filter[connection_id]': 'fqdnConnection' },
				},
				update: { endpoint: 'PATCH /fqdns/{id}', locators: { connection_id: 'fqdnConnection' } },
			},
		},
		ipConnection: {
			name: 'IP Connection',
			plural: 'IP connections',
			article: 'an',
			locator: connectionLocator,
			operations: {
				create: { endpoint: 'POST /ip_connections' },
				delete: { endpoint: 'DELETE /ip_connections/{id}' },
				get: { endpoint: 'GET /ip_connections/{id}' },
				getAll: {
					endpoint: 'GET /ip_connections',
					locators: { 'filter[outbound_voice_profile_id]': 'outboundVoiceProfile' },
				},
				update: { endpoint: 'PATCH /ip_connections/{id}' },
			},
		},
		ip: {
			name: 'IP',
			plural: 'IP addresses',
			article: 'an',
			locator: { labelField: 'ip_address', placeholder: 'e.g. 6a09cdc3-8948-47f0-aa62-74ac943d6c58' },
			operations: {
				create: {
					endpoint: 'POST /ips',
					description: 'Add an IP address to an IP connection',
					locators: { connection_id: 'ipConnection' },
				},
				delete: { endpoint: 'DELETE /ips/{id}' },
				get: { endpoint: 'GET /ips/{id}' },
				getAll: { endpoint: 'GET /ips', locators: { 'filter[connection_id]': 'ipConnection' } },
				update: { endpoint: 'PATCH /ips/{id}', locators: { connection_id: 'ipConnection' } },
			},
		},
		outboundVoiceProfile: {
			name: 'Outbound Voice Profile',
			plural: 'outbound voice profiles',
			article: 'an',
			locator: {
				labelField: 'name',
				searchParam: 'filter[name][contains]',
				placeholder: 'e.g. 1293384261075731499',
			},
			operations: {
				create: {
					endpoint: 'POST /outbound_voice_profiles',
					e164: ['call_recording.call_recording_caller_phone_numbers'],
				},
				delete: { endpoint: 'DELETE /outbound_voice_profiles/{id}' },
				get: { endpoint: 'GET /outbound_voice_profiles/{id}' },
				getAll: { endpoint: 'GET /outbound_voice_profiles' },
				update: {
					endpoint: 'PATCH /outbound_voice_profiles/{id}',
					e164: ['call_recording.call_recording_caller_phone_numbers'],
				},
			},
		},
	},
};
