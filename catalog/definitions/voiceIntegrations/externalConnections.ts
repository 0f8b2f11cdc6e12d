import type { ResourceDefinition } from '../types';

const TICKET_PLACEHOLDER = 'e.g. 542c3bca-d247-42bc-8fe7-e01d16ecd761';

export const externalConnection: ResourceDefinition = {
	name: 'External Connection',
	plural: 'external connections',
	article: 'an',
	path: '/external_connections',
	locator: { labelField: 'connection_name', searchParam: 'filter[connection_name][contains]', placeholder: 'e.g. 1930241863466354012' },
	operations: { create: { description: 'Create a connection for a service such as Zoom that places calls over Telnyx' } },
};

export const externalConnectionCivicAddress: ResourceDefinition = {
	name: 'External Connection Civic Address',
	plural: 'external connection civic addresses',
	article: 'an',
	path: '/external_connections/{id}/civic_addresses',
	locator: { labelField: 'description', placeholder: 'e.g. 07a4dc5d-9b3b-4ba2-88a4-6ba172316c65' },
	operations: { getAll: { description: 'List the civic addresses of an external connection, each with its locations' } },
};

export const externalConnectionLocation: ResourceDefinition = {
	name: 'External Connection Location',
	plural: 'external connection locations',
	article: 'an',
	path: '/external_connections/{id}/locations',
	operations: { update: { description: 'Give a location of an external connection another static emergency address' } },
};

export const externalConnectionLogMessage: ResourceDefinition = {
	name: 'External Connection Log Message',
	plural: 'external connection log messages',
	article: 'an',
	path: '/external_connections/log_messages',
	locator: { labelField: 'title', placeholder: 'e.g. 1293384261075731499' },
	operations: {
		delete: { description: 'Dismiss a log message so it is no longer listed' },
		get: { itemsAt: 'log_messages' },
		getAll: {
			description: 'List the problems Telnyx reported for external connections and their numbers',
			locators: { 'filter[external_connection_id]': 'externalConnection' },
		},
	},
};

export const externalConnectionPhoneNumber: ResourceDefinition = {
	name: 'External Connection Phone Number',
	plural: 'external connection phone numbers',
	article: 'an',
	path: '/external_connections/{id}/phone_numbers',
	locator: { labelField: 'telephone_number', valueField: 'number_id', placeholder: 'e.g. 1234567890' },
	operations: { update: { description: 'Assign a phone number of an external connection to a location', upFront: ['location_id'] } },
};

export const externalConnectionRelease: ResourceDefinition = {
	name: 'External Connection Release',
	plural: 'external connection releases',
	article: 'an',
	path: '/external_connections/{id}/releases',
	locator: { labelField: 'status', valueField: 'ticket_id', placeholder: TICKET_PLACEHOLDER },
	operations: { getAll: { description: 'List the requests that took phone numbers back from an external connection' } },
};

export const externalConnectionUpload: ResourceDefinition = {
	name: 'External Connection Upload',
	plural: 'external connection uploads',
	article: 'an',
	path: '/external_connections/{id}/uploads',
	locator: { labelField: 'status', valueField: 'ticket_id', placeholder: TICKET_PLACEHOLDER },
	operations: {
		create: {
			description: 'Ask Telnyx to upload phone numbers to the service behind an external connection',
			// "Only one of civic_address_id or location_id must be provided, not both"
			upFront: ['location_id', 'civic_address_id'],
			oneOf: [['location_id', 'civic_address_id']],
			exclusive: [[['location_id'], ['civic_address_id']]],
			waitFor: { idField: 'ticket_id', done: ['success', 'partial_success'], failed: ['error'] },
		},
		getPendingCount: {
			endpoint: 'GET /external_connections/{id}/uploads/status',
			name: 'Get Pending Count',
			action: 'Count the pending uploads of an external connection',
			description: 'Count the upload requests and phone numbers of an external connection still being processed',
		},
		refresh: {
			endpoint: 'POST /external_connections/{id}/uploads/refresh',
			name: 'Refresh Statuses',
			action: 'Refresh the status of all uploads of an external connection',
			description: 'Ask Telnyx to check again how every upload request of an external connection is doing',
		},
		retry: {
			endpoint: 'POST /external_connections/{id}/uploads/{ticket_id}/retry',
			name: 'Retry',
			action: 'Retry an external connection upload',
			description: 'Try the failed phone numbers of an upload request again',
			locators: { ticket_id: 'externalConnectionUpload' },
		},
	},
};

export const operatorConnect: ResourceDefinition = {
	name: 'Operator Connect',
	plural: 'Operator Connect integrations',
	article: 'an',
	path: '/operator_connect',
	operations: {
		refresh: {
			name: 'Refresh',
			action: 'Refresh the operator connect integration',
			description: 'Ask Telnyx to sync the Microsoft Teams Operator Connect integration again',
		},
	},
};
