import type { ResourceDefinition } from '../types';

export const recording: ResourceDefinition = {
	name: 'Recording',
	plural: 'recordings',
	path: '/recordings',
	locator: { labelField: 'recording_started_at', placeholder: 'e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6' },
	operations: {
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
		getAll: { description: 'List call recordings, filtered by call, connection, number or date' },
	},
};

export const recordingTranscription: ResourceDefinition = {
	name: 'Recording Transcription',
	plural: 'recording transcriptions',
	path: '/recording_transcriptions',
	locator: { labelField: 'created_at', placeholder: 'e.g. 6a09cdc3-8948-47f0-aa62-74ac943d6c58' },
	operations: { getAll: { locators: { 'filter[recording_id]': 'recording' } } },
};
