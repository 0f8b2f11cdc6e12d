import type { ResourceDefinition } from '../types';
import { NUMERIC_PLACEHOLDER, UUID_PLACEHOLDER } from './shared';

/**
 * Pick lists for numbers' settings: a locator can only point at a resource of the same node,
 * so the profiles and connections a number is attached to are listed here too (Get Many only;
 * Telnyx Messaging and Telnyx SIP Trunking manage them).
 */
export const messagingProfile: ResourceDefinition = {
	name: 'Messaging Profile',
	plural: 'messaging profiles',
	locator: { labelField: 'name', searchParam: 'filter[name][contains]', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: {
			endpoint: 'GET /messaging_profiles',
			description: 'List your messaging profiles (Telnyx Messaging manages them)',
			queryFields: ['filter[name][contains]'],
		},
	},
};

export const connection: ResourceDefinition = {
	name: 'Connection',
	plural: 'connections',
	locator: { labelField: 'connection_name', searchParam: 'filter[connection_name][contains]', placeholder: NUMERIC_PLACEHOLDER },
	operations: {
		getAll: {
			endpoint: 'GET /connections',
			description: 'List your connections of every type (Telnyx SIP Trunking manages them)',
			queryFields: ['filter[connection_name][contains]'],
		},
	},
};
