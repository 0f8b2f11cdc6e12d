import type { ResourceDefinition } from '../types';

export const customStorageCredential: ResourceDefinition = {
	name: 'Custom Storage Credential',
	plural: 'custom storage credentials',
	path: '/custom_storage_credentials',
	operations: {
		create: { description: 'Store call recordings of a connection in your own GCS, S3 or Azure bucket' },
		delete: { description: 'Stop using your own bucket for the recordings of a connection' },
	},
};

export const dialogflowConnection: ResourceDefinition = {
	name: 'Dialogflow Connection',
	plural: 'Dialogflow connections',
	path: '/dialogflow_connections',
	operations: { create: { description: 'Link a Call Control application to a Google Dialogflow agent' } },
};

export const mediaFile: ResourceDefinition = {
	name: 'Media File',
	plural: 'media files',
	path: '/media',
	locator: { labelField: 'content_type', valueField: 'media_name', placeholder: 'e.g. my-greeting' },
	operations: {
		create: { description: 'Store a media file in Telnyx, fetched from a URL', contentType: 'json' },
		download: {
			endpoint: 'GET /media/{media_name}/download',
			name: 'Download',
			action: 'Download a media file',
			description: 'Get the content of a stored media file as binary data',
			file: { name: '{media_name}', mimeType: 'application/octet-stream' },
			locators: { media_name: 'mediaFile' },
		},
		replace: {
			endpoint: 'PUT /media/{media_name}',
			name: 'Replace File',
			action: 'Replace the content of a media file',
			description: 'Upload new content for a stored media file from binary data',
			kind: 'update',
			contentType: 'multipart',
			upFront: ['media'],
		},
		update: {
			endpoint: 'PUT /media/{media_name}',
			description: 'Change how long a media file is kept, or fetch its content again from a URL',
			kind: 'update',
			contentType: 'json',
			upFront: ['ttl_secs', 'media_url'],
		},
		upload: {
			endpoint: 'POST /media',
			name: 'Upload',
			action: 'Upload a media file',
			description: 'Store a media file in Telnyx from binary data',
			kind: 'create',
			contentType: 'multipart',
		},
	},
};

export const siprecConnector: ResourceDefinition = {
	name: 'SIPREC Connector',
	plural: 'SIPREC connectors',
	path: '/siprec_connectors',
	operations: { create: { description: 'Define a SIPREC recording server that calls can be forked to' } },
};
