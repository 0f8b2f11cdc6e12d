import type { ResourceDefinition } from '../types';
import { UUID_PLACEHOLDER } from './shared';

export const portout: ResourceDefinition = {
	name: 'Port Out Request',
	plural: 'port out requests',
	path: '/portouts',
	locator: { labelField: 'carrier_name', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: { description: 'List the requests of other carriers to take your numbers, optionally by status or number' },
		get: { description: 'Get a request to port your numbers away, with its carrier, status and FOC date' },
		updateStatus: {
			endpoint: 'PATCH /portouts/{id}/{status}',
			name: 'Update Status',
			action: 'Authorize or reject a port out request',
			description: 'Let the numbers go to the other carrier (authorized), or reject the request with a reason',
		},
		getRejectionCodes: {
			endpoint: 'GET /portouts/rejections/{portout_id}',
			name: 'Get Rejection Codes',
			action: 'Get the rejection codes of a port out request',
			description: 'List the reasons you may give to reject a port-out request',
			locators: { portout_id: 'portout' },
		},
	},
};

export const portoutComment: ResourceDefinition = {
	name: 'Port Out Comment',
	plural: 'port out comments',
	path: '/portouts/{id}/comments',
	operations: {
		getAll: { description: 'List the conversation about a port-out request' },
		create: { description: 'Write to Telnyx about a port-out request', upFront: ['body'], oneOf: [['body']] },
	},
};

export const supportingDocument: ResourceDefinition = {
	name: 'Supporting Document',
	plural: 'supporting documents',
	path: '/portouts/{id}/supporting_documents',
	operations: {
		getAll: { description: 'List the documents attached to a port-out request' },
		create: {
			description: 'Attach uploaded documents (an LOA or an invoice) to a port-out request',
			upFront: ['documents'],
			oneOf: [['documents']],
		},
	},
};

export const portoutEvent: ResourceDefinition = {
	name: 'Port Out Event',
	plural: 'port out events',
	path: '/portouts/events',
	locator: { labelField: 'event_type', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: { description: 'List the events of port-out requests (status and FOC date changes, comments)' },
		get: { description: 'Get one port-out event with its payload' },
		republish: {
			endpoint: 'POST /portouts/events/{id}/republish',
			name: 'Republish',
			action: 'Republish a port out event',
			description: 'Send an event to its webhook URL again, e.g. after your endpoint missed it',
		},
	},
};

export const portoutReport: ResourceDefinition = {
	name: 'Port Out Report',
	plural: 'port out reports',
	path: '/portouts/reports',
	locator: { labelField: 'report_type', placeholder: UUID_PLACEHOLDER },
	operations: {
		create: {
			description: 'Ask Telnyx for a CSV file of port-out requests, optionally by status or date',
			waitFor: { done: ['completed'] },
		},
		get: { description: 'Get a report and, once it is completed, the ID of its document to download' },
		getAll: { description: 'List the port-out reports you asked for' },
	},
};
