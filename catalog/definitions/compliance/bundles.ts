import type { ResourceDefinition } from '../types';
import { UUID_PLACEHOLDER } from './requirements';

export const billingBundle: ResourceDefinition = {
	name: 'Billing Bundle',
	plural: 'billing bundles',
	path: '/bundle_pricing/billing_bundles',
	locator: { labelField: 'name', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: { description: 'List the bundles you can buy: a price for numbers and usage of a country' },
		get: { endpoint: 'GET /bundle_pricing/billing_bundles/{bundle_id}', description: 'Get a bundle with its price and what it includes' },
	},
};

export const userBundle: ResourceDefinition = {
	name: 'User Bundle',
	plural: 'user bundles',
	path: '/bundle_pricing/user_bundles',
	locator: { labelField: 'resource_type', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: { description: 'List the bundles you bought, with the numbers in each' },
		create: {
			endpoint: 'POST /bundle_pricing/user_bundles/bulk',
			kind: 'create',
			action: 'Create user bundles',
			description: 'Buy bundles: how many of each billing bundle',
			upFront: ['items'],
			oneOf: [['items']],
		},
		getUnused: {
			endpoint: 'GET /bundle_pricing/user_bundles/unused',
			kind: 'list',
			name: 'Get Many Unused',
			action: 'Get many unused user bundles',
			description: 'List the bundles you bought that have no numbers yet',
		},
		get: { endpoint: 'GET /bundle_pricing/user_bundles/{user_bundle_id}', description: 'Get a user bundle' },
		getResources: {
			endpoint: 'GET /bundle_pricing/user_bundles/{user_bundle_id}/resources',
			name: 'Get Resources',
			action: 'Get the resources of a user bundle',
			description: 'List the numbers and other resources a bundle covers',
		},
		delete: {
			endpoint: 'DELETE /bundle_pricing/user_bundles/{user_bundle_id}',
			name: 'Deactivate',
			action: 'Deactivate a user bundle',
			description: 'Stop a bundle you bought, so it is no longer billed',
		},
	},
};
