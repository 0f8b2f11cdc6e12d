import type { ResourceDefinition } from '../types';

export const verifyProfile: ResourceDefinition = {
	name: 'Verify Profile',
	plural: 'verify profiles',
	path: '/verify_profiles',
	// filter[name] matches whole names only, so searching happens in the listed page
	locator: { labelField: 'name', placeholder: 'e.g. 12ade33a-21c0-473b-b055-b3c836e1c292' },
	operations: {
		create: { description: 'Create a profile that says how codes are sent: channels, code length, timeouts, templates' },
	},
};

export const messageTemplate: ResourceDefinition = {
	name: 'Message Template',
	plural: 'message templates',
	path: '/verify_profiles/templates',
	locator: { labelField: 'text', placeholder: 'e.g. 12ade33a-21c0-473b-b055-b3c836e1c292' },
	operations: {
		create: { description: 'Create the text of verification messages, with a placeholder for the code' },
		getAll: { description: 'List the message templates verify profiles can use' },
	},
};
