import type { ResourceDefinition } from '../types';
import { NUMERIC_PLACEHOLDER, ORDERED, UUID_PLACEHOLDER } from './shared';

/** Numbers ordered or reserved are checked as E.164 before sending. */
const NUMBERS = ['phone_numbers.phone_number'];

export const numberReservation: ResourceDefinition = {
	name: 'Number Reservation',
	plural: 'number reservations',
	path: '/number_reservations',
	locator: { labelField: 'customer_reference', placeholder: UUID_PLACEHOLDER },
	operations: {
		create: {
			description: 'Hold phone numbers for you for a while, so that nobody else buys them before you order',
			e164: NUMBERS,
			// the API needs at least one number although the spec makes the list optional
			upFront: ['phone_numbers'],
			oneOf: [['phone_numbers']],
			waitFor: { ...ORDERED, reasons: ['phone_numbers[].errors'] },
		},
		extend: {
			action: 'Extend a number reservation',
			description: 'Hold the numbers of a reservation for longer',
		},
		get: { description: 'Get a reservation with its numbers and when each hold runs out' },
		getAll: { description: 'List reservations, optionally by status, number or date' },
	},
};

export const numberOrder: ResourceDefinition = {
	name: 'Number Order',
	plural: 'number orders',
	path: '/number_orders',
	locator: { labelField: 'customer_reference', placeholder: UUID_PLACEHOLDER },
	operations: {
		create: {
			description: 'Buy phone numbers, optionally connected to a messaging profile and a voice connection from the start',
			e164: NUMBERS,
			upFront: ['phone_numbers', 'messaging_profile_id', 'connection_id'],
			oneOf: [['phone_numbers']],
			waitFor: { ...ORDERED, reasons: ['phone_numbers[].requirements_status'] },
		},
		get: { description: 'Get an order with its status and the status of each number' },
		getAll: { description: 'List number orders, optionally by status, date or customer reference' },
		update: { description: 'Change the customer reference of an order, or give the information its numbers require' },
	},
};

export const subNumberOrder: ResourceDefinition = {
	name: 'Sub Number Order',
	plural: 'sub number orders',
	path: '/sub_number_orders',
	locator: { labelField: 'phone_number_type', placeholder: UUID_PLACEHOLDER },
	operations: {
		cancel: {
			endpoint: 'PATCH /sub_number_orders/{sub_number_order_id}/cancel',
			name: 'Cancel',
			action: 'Cancel a sub number order',
			description: 'Cancel the part of a number order that is still pending',
			// cancelling twice is refused once it is cancelled: safe to repeat
			idempotent: true,
		},
		get: { description: 'Get the part of a number order for one country and number type, with its requirements' },
		getAll: { description: 'List the parts number orders are split into (one per country and number type)' },
		update: { description: 'Give the information (addresses, documents, text) the numbers of a sub number order require' },
	},
};

export const numberOrderPhoneNumber: ResourceDefinition = {
	name: 'Number Order Phone Number',
	plural: 'number order phone numbers',
	path: '/number_order_phone_numbers',
	locator: { labelField: 'phone_number', placeholder: UUID_PLACEHOLDER },
	operations: {
		get: { description: 'Get one number of an order with its status and requirements' },
		getAll: { description: 'List the numbers of your orders, optionally by country' },
		update: { description: 'Give the information (addresses, documents, text) one number of an order requires' },
	},
};

export const subNumberOrderReport: ResourceDefinition = {
	name: 'Sub Number Order Report',
	plural: 'sub number order reports',
	path: '/sub_number_orders_report',
	operations: {
		create: {
			description: 'Ask Telnyx for a CSV report of sub number orders, optionally by status, country or date',
			waitFor: { done: ['success'], failed: ['failed', 'expired'] },
		},
		get: {
			endpoint: 'GET /sub_number_orders_report/{report_id}',
			description: 'Get a report request and whether its file is ready',
		},
		download: {
			endpoint: 'GET /sub_number_orders_report/{report_id}/download',
			name: 'Download',
			action: 'Download a sub number order report',
			description: 'Get the CSV file of a finished report as binary data',
			file: { name: 'sub-number-orders-{report_id}.csv', mimeType: 'text/csv' },
		},
	},
};

export const comment: ResourceDefinition = {
	name: 'Comment',
	plural: 'comments',
	path: '/comments',
	operations: {
		create: {
			description: 'Write to Telnyx about a sub number order or a requirement group',
			upFront: ['body', 'comment_record_type', 'comment_record_id'],
			oneOf: [['body'], ['comment_record_id']],
		},
		get: { description: 'Get one comment' },
		getAll: {
			description: 'List the comments on a sub number order or a requirement group',
			upFront: ['filter[comment_record_type]', 'filter[comment_record_id]'],
		},
		markAsRead: {
			endpoint: 'PATCH /comments/{id}/read',
			name: 'Mark as Read',
			action: 'Mark a comment as read',
			description: 'Mark a comment from Telnyx as read',
		},
	},
};

export const numberBlockOrder: ResourceDefinition = {
	name: 'Number Block Order',
	plural: 'number block orders',
	path: '/number_block_orders',
	locator: { labelField: 'starting_number', placeholder: UUID_PLACEHOLDER },
	operations: {
		create: {
			description: 'Buy a block of consecutive numbers, from its first number and size',
			e164: ['starting_number'],
			upFront: ['messaging_profile_id', 'connection_id'],
			waitFor: ORDERED,
		},
		get: { description: 'Get a block order with its status' },
		getAll: { description: 'List block orders, optionally by status, first number or date' },
	},
};

export const advancedOrder: ResourceDefinition = {
	name: 'Advanced Order',
	plural: 'advanced orders',
	article: 'an',
	path: '/advanced_orders',
	operations: {
		create: {
			description: 'Ask Telnyx to find and provide numbers for you: how many, where, of which type and with which features',
			upFront: ['country_code', 'phone_number_type', 'quantity', 'area_code', 'features'],
		},
		get: { endpoint: 'GET /advanced_orders/{order_id}', description: 'Get an advanced order with its status' },
		getAll: { description: 'List your advanced orders' },
		update: {
			endpoint: 'PATCH /advanced_orders/{advanced-order-id}/requirement_group',
			name: 'Update',
			action: 'Update an advanced order',
			description: 'Change an advanced order, for instance the requirement group that answers its requirements',
		},
	},
};

export const inexplicitNumberOrder: ResourceDefinition = {
	name: 'Inexplicit Number Order',
	plural: 'inexplicit number orders',
	article: 'an',
	path: '/inexplicit_number_orders',
	locator: { labelField: 'customer_reference', placeholder: NUMERIC_PLACEHOLDER },
	operations: {
		create: {
			description: 'Buy a quantity of numbers matching criteria (country, area code, type, features) without picking them one by one',
			upFront: ['messaging_profile_id', 'connection_id'],
		},
		get: { description: 'Get an inexplicit order with what was found and bought for each group' },
		getAll: { description: 'List your inexplicit number orders' },
	},
};
