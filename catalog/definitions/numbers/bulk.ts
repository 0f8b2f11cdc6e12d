import type { ResourceDefinition } from '../types';
import { JOB_DONE, UUID_PLACEHOLDER } from './shared';

export const phoneNumberJob: ResourceDefinition = {
	name: 'Phone Number Job',
	plural: 'phone number jobs',
	path: '/phone_numbers/jobs',
	locator: { labelField: 'type', placeholder: UUID_PLACEHOLDER },
	operations: {
		updateNumbers: {
			endpoint: 'POST /phone_numbers/jobs/update_phone_numbers',
			kind: 'create',
			name: 'Update Numbers',
			action: 'Update many phone numbers in the background',
			description: 'Change the connection, tags, voice settings and more of up to 1,000 numbers at once',
			upFront: ['connection_id', 'tags'],
			waitFor: JOB_DONE,
		},
		updateEmergencySettings: {
			endpoint: 'POST /phone_numbers/jobs/update_emergency_settings',
			kind: 'create',
			name: 'Update Emergency Settings',
			action: 'Update the emergency settings of many phone numbers',
			description: 'Turn emergency calling on or off for up to 1,000 numbers at once',
			// "Required if emergency_enabled is true"
			upFront: ['emergency_address_id'],
			waitFor: JOB_DONE,
		},
		deleteNumbers: {
			endpoint: 'POST /phone_numbers/jobs/delete_phone_numbers',
			kind: 'create',
			name: 'Delete Numbers',
			action: 'Release many phone numbers in the background',
			description: 'Release up to 1,000 numbers at once: they stop working for you and go back to Telnyx',
			waitFor: JOB_DONE,
		},
		get: { description: 'Get a background job with the numbers done, pending and failed' },
		getAll: { description: 'List the background jobs on your numbers, optionally by type' },
	},
};

export const phoneNumberBlockJob: ResourceDefinition = {
	name: 'Phone Number Block Job',
	plural: 'phone number block jobs',
	path: '/phone_number_blocks/jobs',
	locator: { labelField: 'type', placeholder: UUID_PLACEHOLDER },
	operations: {
		deleteBlock: {
			endpoint: 'POST /phone_number_blocks/jobs/delete_phone_number_block',
			kind: 'create',
			name: 'Delete Block',
			action: 'Release a block of phone numbers',
			description: 'Release every number of a block in the background; run it again for numbers that failed',
			waitFor: JOB_DONE,
		},
		get: { description: 'Get a block job with the numbers done and failed' },
		getAll: { description: 'List the background jobs on your number blocks, optionally by status' },
	},
};

export const messagingBulkUpdate: ResourceDefinition = {
	name: 'Messaging Bulk Update',
	plural: 'messaging bulk updates',
	path: '/messaging_numbers_bulk_updates',
	operations: {
		create: {
			description: 'Assign many numbers to a messaging profile at once (or unassign them with an empty profile)',
			e164: ['numbers'],
		},
		get: { description: 'See which numbers of a bulk update are done, pending or failed' },
	},
};

export const csvDownload: ResourceDefinition = {
	name: 'CSV Download',
	plural: 'CSV downloads',
	path: '/phone_numbers/csv_downloads',
	locator: { labelField: 'status', placeholder: UUID_PLACEHOLDER },
	operations: {
		create: {
			description: 'Ask Telnyx for a CSV file of your numbers and their settings, optionally filtered',
			waitFor: { done: ['complete'], failed: ['failed', 'expired'] },
		},
		download: {
			endpoint: 'GET /phone_numbers/csv_downloads/{id}',
			name: 'Download',
			action: 'Download a CSV file of phone numbers',
			description: 'Get the CSV file of a finished download as binary data',
			downloadFrom: { urlPath: 'url', fileName: 'phone-numbers-{id}.csv' },
		},
		get: { description: 'Get a CSV download and whether its file is ready' },
		getAll: { description: 'List the CSV downloads you asked for' },
	},
};
