import type { ResourceDefinition } from '../types';

const UUID_PLACEHOLDER = 'e.g. 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0';
/** Fax applications are the `connection_id` a fax is sent with. */
const sender = { connection_id: 'faxApplication' };

export const fax: ResourceDefinition = {
	name: 'Fax',
	plural: 'faxes',
	path: '/faxes',
	locator: { labelField: 'to', placeholder: UUID_PLACEHOLDER },
	operations: {
		send: {
			endpoint: 'POST /faxes',
			kind: 'create',
			name: 'Send',
			action: 'Send a fax',
			description: 'Send a document Telnyx fetches from a URL, or one stored in Telnyx media storage',
			contentType: 'json',
			locators: sender,
			e164: ['from'],
			upFront: ['media_url'],
			oneOf: [['media_url', 'media_name']],
			exclusive: [[['media_url'], ['media_name']], [['media_name'], ['store_media']]],
		},
		sendFile: {
			endpoint: 'POST /faxes',
			kind: 'create',
			name: 'Send File',
			action: 'Send a file as a fax',
			description: 'Send a document from the input item\'s binary data (PDF, TIFF, JPEG, PNG, DOC, DOCX, RTF or TXT, up to 20 MB)',
			contentType: 'multipart',
			locators: sender,
			e164: ['from'],
		},
		cancel: {
			action: 'Cancel a fax',
			description: 'Stop an outbound fax that is still queued or being sent',
		},
		delete: { description: 'Delete a fax and its stored media' },
		downloadMedia: {
			endpoint: 'GET /faxes/{id}',
			name: 'Download Media',
			action: 'Download the document of a fax',
			description: 'Get the faxed document (the one received, or the one sent) as binary data',
			downloadFrom: { urlPath: 'media_url', fallbackPaths: ['stored_media_url'], fileName: 'fax-{id}.pdf' },
		},
		get: { description: 'Get a fax with its status, pages and quality' },
		getAll: { description: 'List sent and received faxes, optionally by direction, number or date' },
		refresh: {
			action: 'Refresh the media link of a fax',
			description: 'Get a new download link for a received fax whose link has expired',
		},
	},
};

export const faxApplication: ResourceDefinition = {
	name: 'Fax Application',
	plural: 'fax applications',
	path: '/fax_applications',
	locator: {
		labelField: 'application_name',
		searchParam: 'filter[application_name][contains]',
		placeholder: 'e.g. 1293384261075731499',
	},
	operations: {
		create: { description: 'Create the application that sends and receives faxes, with the URL its events go to' },
	},
};
