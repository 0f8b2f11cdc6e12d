import { voiceIntegrationsCopy } from '../copy/voiceIntegrations';
import type { NodeDefinition } from './types';

/** Records below an external connection: the connection's id (`{id}`) is picked from its list. */
const underConnection = { id: 'externalConnection' };

export const voiceIntegrations: NodeDefinition = {
	node: 'telnyxVoiceIntegrations',
	displayName: 'Telnyx Voice Integrations',
	description: 'Manage Telnyx call recordings, transcriptions, media storage, external connections and SIPREC connectors',
	copy: voiceIntegrationsCopy,
	resources: {
		customStorageCredential: {
			name: 'Custom Storage Credential',
			plural: 'custom storage credentials',
			operations: {
				create: {
					endpoint: 'POST /custom_storage_credentials/{connection_id}',
					description: 'Store call recordings of a connection in your own GCS, S3 or Azure bucket',
				},
				delete: {
					endpoint: 'DELETE /custom_storage_credentials/{connection_id}',
					description: 'Stop using your own bucket for the recordings of a connection',
				},
				get: { endpoint: 'GET /custom_storage_credentials/{connection_id}' },
				update: { endpoint: 'PUT /custom_storage_credentials/{connection_id}' },
			},
		},
		dialogflowConnection: {
			name: 'Dialogflow Connection',
			plural: 'Dialogflow connections',
			operations: {
				create: {
					endpoint: 'POST /dialogflow_connections/{connection_id}',
					description: 'Link a Call Control application to a Google Dialogflow agent',
				},
				delete: { endpoint: 'DELETE /dialogflow_connections/{connection_id}' },
				get: { endpoint: 'GET /dialogflow_connections/{connection_id}' },
				update: { endpoint: 'PUT /dialogflow_connections/{connection_id}' },
			},
		},
		externalConnection: {
			name: 'External Connection',
			plural: 'external connections',
			article: 'an',
			locator: {
				labelField: 'connection_name',
				searchParam: 'filter[connection_name][contains]',
				placeholder: 'e.g. 1930241863466354012',
			},
			operations: {
				create: {
					endpoint: 'POST /external_connections',
					description: 'Create a connection for a service such as Zoom that places calls over Telnyx',
				},
				delete: { endpoint: 'DELETE /external_connections/{id}' },
				get: { endpoint: 'GET /external_connections/{id}' },
				getAll: { endpoint: 'GET /external_connections' },
				update: { endpoint: 'PATCH /external_connections/{id}' },
			},
		},
		externalConnectionCivicAddress: {
			name: 'External Connection Civic Address',
			plural: 'external connection civic addresses',
			article: 'an',
			locator: { labelField: 'description', placeholder: 'e.g. 07a4dc5d-9b3b-4ba2-88a4-6ba172316c65' },
			operations: {
				get: {
					endpoint: 'GET /external_connections/{id}/civic_addresses/{address_id}',
					locators: underConnection,
				},
				getAll: {
					endpoint: 'GET /external_connections/{id}/civic_addresses',
					description: 'List the civic addresses of an external connection, each with its locations',
					locators: underConnection,
				},
			},
		},
		externalConnectionLocation: {
			name: 'External Connection Location',
			plural: 'external connection locations',
			article: 'an',
			operations: {
				update: {
					endpoint: 'PATCH /external_connections/{id}/locations/{location_id}',
					description: 'Give a location of an external connection another static emergency address',
					locators: underConnection,
				},
			},
		},
		externalConnectionLogMessage: {
			name: 'External Connection Log Message',
			plural: 'external connection log messages',
			article: 'an',
			locator: { labelField: 'title', placeholder: 'e.g. 1293384261075731499' },
			operations: {
				delete: {
					endpoint: 'DELETE /external_connections/log_messages/{id}',
					description: 'Dismiss a log message so it is no longer listed',
				},
				get: { endpoint: 'GET /external_connections/log_messages/{id}', itemsAt: 'log_messages' },
				getAll: {
					endpoint: 'GET /external_connections/log_messages',
					description: 'List the problems Telnyx reported for external connections and their numbers',
					locators: { 'filter[external_connection_id]': 'externalConnection' },
				},
			},
		},
		externalConnectionPhoneNumber: {
			name: 'External Connection Phone Number',
			plural: 'external connection phone numbers',
			article: 'an',
			locator: { labelField: 'telephone_number', valueField: 'number_id', placeholder: 'e.g. 1234567890' },
			operations: {
				get: {
					endpoint: 'GET /external_connections/{id}/phone_numbers/{phone_number_id}',
					locators: underConnection,
				},
				getAll: {
					endpoint: 'GET /external_connections/{id}/phone_numbers',
					locators: underConnection,
				},
				update: {
					endpoint: 'PATCH /external_connections/{id}/phone_numbers/{phone_number_id}',
					description: 'Assign a phone number of an external connection to a location',
					locators: underConnection,
				},
			},
		},
		externalConnectionRelease: {
			name: 'External Connection Release',
			plural: 'external connection releases',
			article: 'an',
			locator: { labelField: 'status', valueField: 'ticket_id', placeholder: 'e.g. 542c3bca-d247-42bc-8fe7-e01d16ecd761' },
			operations: {
				get: {
					endpoint: 'GET /external_connections/{id}/releases/{release_id}',
					locators: underConnection,
				},
				getAll: {
					endpoint: 'GET /external_connections/{id}/releases',
					description: 'List the requests that took phone numbers back from an external connection',
					locators: underConnection,
				},
			},
		},
		externalConnectionUpload: {
			name: 'External Connection Upload',
			plural: 'external connection uploads',
			article: 'an',
			locator: { labelField: 'status', valueField: 'ticket_id', placeholder: 'e.g. 542c3bca-d247-42bc-8fe7-e01d16ecd761' },
			operations: {
				create: {
					endpoint: 'POST /external_connections/{id}/uploads',
					description: 'Ask Telnyx to upload phone numbers to the service behind an external connection',
					locators: underConnection,
					waitFor: {
						idField: 'ticket_id',
						done: ['success', 'partial_success'],
						failed: ['error'],
					},
				},
				get: {
					endpoint: 'GET /external_connections/{id}/uploads/{ticket_id}',
					locators: underConnection,
				},
				getAll: {
					endpoint: 'GET /external_connections/{id}/uploads',
					locators: underConnection,
				},
				getPendingCount: {
					endpoint: 'GET /external_connections/{id}/uploads/status',
					name: 'Get Pending Count',
					action: 'Count the pending uploads of an external connection',
					description: 'Count the upload requests and phone numbers of an external connection still being processed',
					locators: underConnection,
				},
				refresh: {
					endpoint: 'POST /external_connections/{id}/uploads/refresh',
					name: 'Refresh Statuses',
					action: 'Refresh the status of all uploads of an external connection',
					description: 'Ask Telnyx to check again how every upload request of an external connection is doing',
					locators: underConnection,
				},
				retry: {
					endpoint: 'POST /external_connections/{id}/uploads/{ticket_id}/retry',
					name: 'Retry',
					action: 'Retry an external connection upload',
					description: 'Try the failed phone numbers of an upload request again',
					locators: { ...underConnection, ticket_id: 'externalConnectionUpload' },
				},
			},
		},
		mediaFile: {
			name: 'Media File',
			plural: 'media files',
			locator: { labelField: 'content_type', valueField: 'media_name', placeholder: 'e.g. my-greeting' },
			operations: {
				create: {
					endpoint: 'POST /media',
					description: 'Store a media file in Telnyx, fetched from a URL',
					contentType: 'json',
				},
				delete: { endpoint: 'DELETE /media/{media_name}' },
				download: {
					endpoint: 'GET /media/{media_name}/download',
					name: 'Download',
					action: 'Download a media file',
					description: 'Get the content of a stored media file as binary data',
					file: { name: '{media_name}', mimeType: 'application/octet-stream' },
					locators: { media_name: 'mediaFile' },
				},
				get: { endpoint: 'GET /media/{media_name}' },
				getAll: { endpoint: 'GET /media' },
				replace: {
					endpoint: 'PUT /media/{media_name}',
					name: 'Replace File',
					action: 'Replace the content of a media file',
					description: 'Upload new content for a stored media file from binary data',
					kind: 'update',
					contentType: 'multipart',
				},
				update: {
					endpoint: 'PUT /media/{media_name}',
					description: 'Change how long a media file is kept, or fetch its content again from a URL',
					kind: 'update',
					contentType: 'json',
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
		},
		operatorConnect: {
			name: 'Operator Connect',
			plural: 'Operator Connect integrations',
			article: 'an',
			operations: {
				refresh: {
					endpoint: 'POST /operator_connect/actions/refresh',
					name: 'Refresh',
					action: 'Refresh the operator connect integration',
					description: 'Ask Telnyx to sync the Microsoft Teams Operator Connect integration again',
				},
			},
		},
		recording: {
			name: 'Recording',
			plural: 'recordings',
			locator: { labelField: 'recording_started_at', placeholder: 'e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6' },
			operations: {
				delete: { endpoint: 'DELETE /recordings/{recording_id}' },
				deleteMany: {
					endpoint: 'POST /recordings/actions/delete',
					name: 'Delete Many',
					action: 'Delete many recordings',
					description: 'Delete several call recordings at once by their IDs',
				},
				download: {
					endpoint: 'GET /recordings/{recording_id}',
					name: 'Download',
					action: 'Download a recording',
					description: 'Get the audio of a call recording as binary data, as MP3 or WAV',
					downloadFrom: { urlPath: 'download_urls', formats: ['mp3', 'wav'], fileName: 'recording-{recording_id}' },
				},
				get: { endpoint: 'GET /recordings/{recording_id}' },
				getAll: {
					endpoint: 'GET /recordings',
					description: 'List call recordings, filtered by call, connection, number or date',
				},
			},
		},
		recordingTranscription: {
			name: 'Recording Transcription',
			plural: 'recording transcriptions',
			locator: { labelField: 'created_at', placeholder: 'e.g. 6a09cdc3-8948-47f0-aa62-74ac943d6c58' },
			operations: {
				delete: { endpoint: 'DELETE /recording_transcriptions/{recording_transcription_id}' },
				get: { endpoint: 'GET /recording_transcriptions/{recording_transcription_id}' },
				getAll: {
					endpoint: 'GET /recording_transcriptions',
					locators: { 'filter[recording_id]': 'recording' },
				},
			},
		},
		siprecConnector: {
			name: 'SIPREC Connector',
			plural: 'SIPREC connectors',
			operations: {
				create: {
					endpoint: 'POST /siprec_connectors',
					description: 'Define a SIPREC recording server that calls can be forked to',
				},
				delete: { endpoint: 'DELETE /siprec_connectors/{connector_name}' },
				get: { endpoint: 'GET /siprec_connectors/{connector_name}' },
				update: { endpoint: 'PUT /siprec_connectors/{connector_name}' },
			},
		},
	},
};
