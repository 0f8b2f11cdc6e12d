import type { ResourceDefinition } from '../types';

const ACCOUNT = '/texml/Accounts/{account_sid}';

/** TeXML queues, made by <Enqueue> or here. */
export const queue: ResourceDefinition = {
	name: 'Queue',
	plural: 'queues',
	operations: {
		getAll: { endpoint: `GET ${ACCOUNT}/Queues`, kind: 'list', description: 'List the TeXML queues of your account' },
		get: { endpoint: `GET ${ACCOUNT}/Queues/{queue_sid}`, kind: 'get', description: 'Get a queue with its size' },
		create: {
			endpoint: `POST ${ACCOUNT}/Queues`,
			kind: 'create',
			contentType: 'form',
			description: 'Create a queue calls can wait in',
			upFront: ['FriendlyName', 'MaxSize'],
		},
		update: {
			endpoint: `POST ${ACCOUNT}/Queues/{queue_sid}`,
			kind: 'update',
			contentType: 'form',
			description: 'Change how many calls a queue holds at most',
			upFront: ['MaxSize'],
			oneOf: [['MaxSize']],
			// sets a value, so sending it twice changes nothing
			idempotent: true,
		},
		delete: { endpoint: `DELETE ${ACCOUNT}/Queues/{queue_sid}`, kind: 'delete', description: 'Delete a queue' },
	},
};

/** Recordings of TeXML calls, account-wide. */
export const recording: ResourceDefinition = {
	name: 'Recording',
	plural: 'recordings',
	operations: {
		getAll: { endpoint: `GET ${ACCOUNT}/Recordings.json`, kind: 'list', description: 'List the recordings of your TeXML calls, optionally by date' },
		get: { endpoint: `GET ${ACCOUNT}/Recordings/{recording_sid}.json`, kind: 'get', description: 'Get a recording with its links and duration' },
		delete: { endpoint: `DELETE ${ACCOUNT}/Recordings/{recording_sid}.json`, kind: 'delete', description: 'Delete a recording for good' },
	},
};

/** Transcriptions of TeXML recordings. */
export const transcription: ResourceDefinition = {
	name: 'Transcription',
	plural: 'transcriptions',
	operations: {
		getAll: { endpoint: `GET ${ACCOUNT}/Transcriptions.json`, kind: 'list', description: 'List the transcriptions of your TeXML recordings' },
		get: {
			endpoint: `GET ${ACCOUNT}/Transcriptions/{recording_transcription_sid}.json`,
			kind: 'get',
			description: 'Get a transcription with its text',
		},
		delete: {
			endpoint: `DELETE ${ACCOUNT}/Transcriptions/{recording_transcription_sid}.json`,
			kind: 'delete',
			description: 'Delete a transcription for good',
		},
	},
};

/** Secrets TeXML markup refers to by name, so that keys need not be written into it. */
export const secret: ResourceDefinition = {
	name: 'Secret',
	plural: 'secrets',
	operations: {
		create: {
			endpoint: 'POST /texml/secrets',
			kind: 'create',
			description: 'Store a value TeXML can use by name (e.g. an API key in the parameters of a stream), without writing it into the markup',
		},
	},
};
