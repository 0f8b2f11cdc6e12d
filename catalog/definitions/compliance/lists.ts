import type { ResourceDefinition } from '../types';
import { UUID_PLACEHOLDER } from './requirements';

/**
 * Orders whose numbers take a requirement group: Telnyx Numbers manages them; listed here so
 * that Set Requirement Group picks the order from a list.
 */
export const subNumberOrder: ResourceDefinition = {
	name: 'Sub Number Order',
	plural: 'sub number orders',
	locator: { labelField: 'phone_number_type', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: { endpoint: 'GET /sub_number_orders', kind: 'list', description: 'List the parts of your number orders (Telnyx Numbers manages them)' },
		setRequirementGroup: {
			endpoint: 'POST /sub_number_orders/{id}/requirement_group',
			name: 'Set Requirement Group',
			action: 'Set the requirement group of a sub number order',
			description: 'Answer the requirements of a sub number order\'s numbers with a requirement group',
		},
	},
};

export const numberOrderPhoneNumber: ResourceDefinition = {
	name: 'Number Order Phone Number',
	plural: 'number order phone numbers',
	locator: { labelField: 'phone_number', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: {
			endpoint: 'GET /number_order_phone_numbers',
			kind: 'list',
			description: 'List the numbers of your orders (Telnyx Numbers manages them)',
		},
		setRequirementGroup: {
			endpoint: 'POST /number_order_phone_numbers/{id}/requirement_group',
			name: 'Set Requirement Group',
			action: 'Set the requirement group of a number of an order',
			description: 'Answer the requirements of one number of an order with a requirement group',
		},
	},
};
