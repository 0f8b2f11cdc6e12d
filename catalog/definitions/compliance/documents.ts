import type { ResourceDefinition } from '../types';
import { UUID_PLACEHOLDER } from './requirements';

export const document: ResourceDefinition = {
	name: 'Document',
	plural: 'documents',
	path: '/documents',
	locator: { labelField: 'filename', searchParam: 'filter[filename][contains]', placeholder: UUID_PLACEHOLDER },
	operations: {
		upload: {
			endpoint: 'POST /documents',
			kind: 'create',
			name: 'Upload',
			action: 'Upload a document',
			description: 'Upload an ID, a proof of address or another document from the input item\'s binary data',
			contentType: 'multipart',
			// the spec leaves the file optional; an upload without one is refused
			upFront: ['file'],
			oneOf: [['file']],
		},
		create: {
			action: 'Upload a document from a link',
			description: 'Have Telnyx fetch a document from a public link, or send it Base64-encoded',
			upFront: ['url', 'filename'],
			oneOf: [['url', 'file']],
			exclusive: [[['url'], ['file']]],
		},
		download: {
			endpoint: 'GET /documents/{id}/download',
			name: 'Download',
			action: 'Download a document',
			description: 'Get the file of a document as binary data',
			file: { name: 'document-{id}.pdf', mimeType: 'application/pdf' },
		},
		getDownloadLink: {
			endpoint: 'GET /documents/{id}/download_link',
			name: 'Get Download Link',
			action: 'Get a download link for a document',
			description: 'Get a temporary link anyone can download the document from without an API key',
		},
		get: { description: 'Get a document with its file name, size and review status' },
		getAll: { description: 'List your documents, optionally by file name, reference or date' },
		update: { description: 'Change the file name or the reference of a document' },
		delete: { description: 'Delete a document that no order or requirement group uses' },
	},
};

export const documentLink: ResourceDefinition = {
	name: 'Document Link',
	plural: 'document links',
	path: '/document_links',
	operations: { getAll: { description: 'List where your documents are used (which orders or requirement groups)' } },
};
