import type { ResourceDefinition } from '../types';

export const numberLookup: ResourceDefinition = {
	name: 'Number Lookup',
	plural: 'number lookups',
	operations: {
		lookUp: {
			endpoint: 'GET /number_lookup/{phone_number}',
			kind: 'get',
			name: 'Look Up',
			action: 'Look up a phone number',
			description: 'Get the carrier, line type, caller name and portability of a phone number',
			e164: ['phone_number'],
			upFront: ['type'],
		},
	},
};
