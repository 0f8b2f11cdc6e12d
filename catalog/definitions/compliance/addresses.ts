import type { ResourceDefinition } from '../types';
import { UUID_PLACEHOLDER } from './requirements';

export const address: ResourceDefinition = {
	name: 'Address',
	plural: 'addresses',
	article: 'an',
	path: '/addresses',
	locator: { labelField: 'street_address', searchParam: 'filter[street_address][contains]', placeholder: 'e.g. 1293384261075731499' },
	operations: {
		getAll: { description: 'List your addresses, optionally by street, reference or address book' },
		create: { description: 'Save an address for emergency calling, requirements and number orders' },
		get: { description: 'Get an address' },
		delete: { description: 'Delete an address no number uses' },
		validate: {
			action: 'Validate an address',
			description: 'Check an address and get Telnyx\'s corrections before you save it',
			idempotent: true,
		},
		acceptSuggestions: {
			action: 'Accept the suggestions for an address',
			description: 'Take Telnyx\'s corrected address for emergency calling with Operator Connect',
		},
	},
};

export const userAddress: ResourceDefinition = {
	name: 'User Address',
	plural: 'user addresses',
	path: '/user_addresses',
	locator: { labelField: 'street_address', searchParam: 'filter[street_address][contains]', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: { description: 'List the addresses of your users (end customers), optionally by street or reference' },
		create: { description: 'Save the address of one of your users, for their requirements and documents' },
		get: { description: 'Get a user address' },
	},
};
