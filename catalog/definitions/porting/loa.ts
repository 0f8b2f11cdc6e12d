import type { ResourceDefinition } from '../types';
import { UUID_PLACEHOLDER } from './shared';

export const loaConfiguration: ResourceDefinition = {
	name: 'LOA Configuration',
	plural: 'LOA configurations',
	path: '/porting/loa_configurations',
	locator: { labelField: 'name', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: { description: 'List the company details Telnyx prints on the letters of authorization it makes for you' },
		create: { description: 'Save the company, address, contact and logo Telnyx prints on your LOA templates' },
		preview: {
			endpoint: 'GET /porting/loa_configurations/{id}/preview',
			name: 'Preview',
			action: 'Preview an LOA configuration',
			description: 'Get the LOA an LOA configuration makes, as a PDF',
			file: { name: 'loa-configuration-{id}.pdf', mimeType: 'application/pdf' },
		},
		previewParameters: {
			endpoint: 'POST /porting/loa_configurations/preview',
			name: 'Preview Without Saving',
			action: 'Preview an LOA from details not saved',
			description: 'Get the LOA that given company details would make, as a PDF, without saving a configuration',
			file: { name: 'loa-preview.pdf', mimeType: 'application/pdf' },
			// it makes a PDF and saves nothing: safe to repeat
			idempotent: true,
		},
	},
};

/**
 * Documents (LOAs, invoices, bills) are uploaded once and referred to by ID: a porting order's
 * `documents.loa`, an additional document, a port-out's supporting document. Telnyx Compliance
 * offers them too; they are here so the upload and the order are in one node.
 */
export const document: ResourceDefinition = {
	name: 'Document',
	plural: 'documents',
	path: '/documents',
	locator: { labelField: 'filename', searchParam: 'filter[filename][contains]', placeholder: UUID_PLACEHOLDER },
	without: {
		update: 'offered by Telnyx Compliance (Document → Update)',
		delete: 'offered by Telnyx Compliance (Document → Delete)',
		'GET /documents/{id}/download_link': 'offered by Telnyx Compliance (Document → Get Download Link)',
	},
	operations: {
		upload: {
			endpoint: 'POST /documents',
			kind: 'create',
			name: 'Upload',
			action: 'Upload a document',
			description: 'Upload an LOA, invoice or other document from the input item\'s binary data, to refer to by its ID',
			contentType: 'multipart',
			// the spec leaves the file optional; an upload without one is refused
			upFront: ['file'],
			oneOf: [['file']],
		},
		create: {
			name: 'Upload From Link',
			action: 'Upload a document from a link',
			description: 'Have Telnyx fetch a document (e.g. the losing carrier\'s invoice) from a public link',
			bodyFields: ['url', 'filename', 'customer_reference'],
			upFront: ['url', 'filename'],
			oneOf: [['url']],
		},
		download: {
			endpoint: 'GET /documents/{id}/download',
			name: 'Download',
			action: 'Download a document',
			description: 'Get the file of an uploaded document as binary data',
			file: { name: 'document-{id}.pdf', mimeType: 'application/pdf' },
		},
		get: { description: 'Get a document with its file name, size and status' },
		getAll: { description: 'List your uploaded documents, optionally by file name or date' },
	},
};

export const portingReport: ResourceDefinition = {
	name: 'Porting Report',
	plural: 'porting reports',
	path: '/porting/reports',
	locator: { labelField: 'report_type', placeholder: UUID_PLACEHOLDER },
	operations: {
		create: {
			description: 'Ask Telnyx for a CSV file of your porting orders, optionally by status, date or customer reference',
			waitFor: { done: ['completed'] },
		},
		get: { description: 'Get a report and, once it is completed, the ID of its document to download' },
		getAll: { description: 'List the porting reports you asked for' },
	},
};

export const portingEvent: ResourceDefinition = {
	name: 'Porting Event',
	plural: 'porting events',
	path: '/porting/events',
	locator: { labelField: 'event_type', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: { description: 'List the events of your porting orders (status changes, comments…), optionally by type or order' },
		get: { description: 'Get one porting event with its payload' },
		republish: {
			endpoint: 'POST /porting/events/{id}/republish',
			name: 'Republish',
			action: 'Republish a porting event',
			description: 'Send an event to its webhook URL again, e.g. after your endpoint missed it',
		},
	},
};

export const phoneNumberConfiguration: ResourceDefinition = {
	name: 'Phone Number Configuration',
	plural: 'phone number configurations',
	path: '/porting_orders/phone_number_configurations',
	operations: {
		getAll: { description: 'List the user bundles the numbers being ported are put into' },
		create: { description: 'Put numbers being ported into user bundles' },
	},
};

export const ukCarrier: ResourceDefinition = {
	name: 'UK Carrier',
	plural: 'UK carriers',
	path: '/porting/uk_carriers',
	operations: { getAll: { kind: 'list', description: 'List the carriers in the UK numbers can be ported from' } },
};
