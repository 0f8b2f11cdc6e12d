import type { OperationDefinition, ResourceDefinition } from '../types';

const ACCOUNT = '/texml/Accounts/{account_sid}';
const CALL = `${ACCOUNT}/Calls/{call_sid}`;

function op(endpoint: string, extra: OperationDefinition): OperationDefinition {
	return { endpoint, ...extra };
}

/**
 * TeXML calls, Twilio-style: `/texml/Accounts/{account_sid}/…` with PascalCase fields. Bodies
 * are form-encoded where the spec offers it; Initiate takes JSON only. TeXML markup given
 * inline (`Texml`) is checked as XML before sending.
 */
export const call: ResourceDefinition = {
	name: 'Call',
	plural: 'calls',
	operations: {
		getAll: op(`GET ${ACCOUNT}/Calls`, { kind: 'list', description: 'List the TeXML calls of your account, by number, status or time' }),
		get: op(`GET ${CALL}`, { kind: 'get', description: 'Get a TeXML call with its status, duration and price' }),
		initiate: op(`POST ${ACCOUNT}/Calls`, {
			kind: 'create',
			name: 'Initiate',
			action: 'Initiate a call',
			description: 'Call a number; the call follows the TeXML from your URL, from the application, or given here',
			locators: { ApplicationSid: 'texmlApplication' },
			displayNames: { ApplicationSid: 'TeXML Application', Texml: 'TeXML' },
			e164: ['From'],
			upFront: ['Url', 'Texml', 'StatusCallback'],
			exclusive: [[['Texml'], ['Url']]],
			xml: ['Texml'],
		}),
		initiateAi: op('POST /texml/ai_calls/{connection_id}', {
			kind: 'create',
			name: 'Initiate AI Call',
			action: 'Initiate an AI assistant call',
			description: 'Call a number and let one of your AI assistants talk with the person who answers',
			locators: { connection_id: 'texmlApplication' },
			displayNames: {
				AIAssistantId: 'AI Assistant ID',
				AIAssistantVersion: 'AI Assistant Version',
				AIAssistantDynamicVariables: 'AI Assistant Dynamic Variables',
			},
			e164: ['From'],
		}),
		update: op(`POST ${CALL}`, {
			kind: 'update',
			contentType: 'form',
			description: 'Steer a live call: give it new TeXML (inline or by URL), or end it with Status',
			displayNames: { Texml: 'TeXML' },
			upFront: ['Texml', 'Url', 'Status'],
			oneOf: [['Texml', 'Url', 'Status']],
			exclusive: [[['Texml'], ['Url']]],
			xml: ['Texml'],
		}),
	},
};

/** Recordings started on a live call. */
export const callRecording: ResourceDefinition = {
	name: 'Call Recording',
	plural: 'call recordings',
	operations: {
		getAll: op(`GET ${CALL}/Recordings.json`, { kind: 'list', description: 'List the recordings of a TeXML call' }),
		start: op(`POST ${CALL}/Recordings.json`, {
			kind: 'action',
			contentType: 'form',
			name: 'Start',
			action: 'Start recording a call',
			description: 'Record a live call; Telnyx tells the recording status callback when it is saved',
		}),
		update: op(`POST ${CALL}/Recordings/{recording_sid}.json`, {
			kind: 'update',
			contentType: 'form',
			description: 'Pause, resume or stop a recording of a live call',
		}),
	},
};

/** SIPREC sessions: a live call sent to a recording server. */
export const siprecSession: ResourceDefinition = {
	name: 'SIPREC Session',
	plural: 'SIPREC sessions',
	operations: {
		start: op(`POST ${CALL}/Siprec.json`, {
			kind: 'action',
			contentType: 'form',
			name: 'Start',
			action: 'Start a SIPREC session on a call',
			description: 'Send a live call to a SIPREC recording server through a SIPREC connector',
			upFront: ['ConnectorName'],
		}),
		update: op(`POST ${CALL}/Siprec/{siprec_sid}.json`, {
			kind: 'update',
			contentType: 'form',
			description: 'Stop a SIPREC session of a live call',
		}),
	},
};

/** Media streams of a live call to a WebSocket server. */
export const stream: ResourceDefinition = {
	name: 'Stream',
	plural: 'streams',
	operations: {
		start: op(`POST ${CALL}/Streams.json`, {
			kind: 'action',
			contentType: 'form',
			name: 'Start',
			action: 'Start streaming a call',
			description: 'Stream the audio of a live call to a WebSocket server of yours',
			upFront: ['Url'],
		}),
		update: op(`POST ${CALL}/Streams/{streaming_sid}.json`, {
			kind: 'update',
			contentType: 'form',
			description: 'Stop a media stream of a live call',
		}),
	},
};
