import type { ResourceDefinition } from '../types';

const CONFERENCE = '/texml/Accounts/{account_sid}/Conferences/{conference_sid}';
const PARTICIPANT = `${CONFERENCE}/Participants/{call_sid_or_participant_label}`;

/** Conferences made by TeXML's <Conference> verb. */
export const conference: ResourceDefinition = {
	name: 'Conference',
	plural: 'conferences',
	operations: {
		getAll: { endpoint: 'GET /texml/Accounts/{account_sid}/Conferences', kind: 'list', description: 'List TeXML conferences, by name, status or date' },
		get: { endpoint: `GET ${CONFERENCE}`, kind: 'get', description: 'Get a TeXML conference with its status' },
		update: {
			endpoint: `POST ${CONFERENCE}`,
			kind: 'update',
			contentType: 'form',
			description: 'End a conference, or play an announcement to everyone in it',
			upFront: ['Status', 'AnnounceUrl'],
			oneOf: [['Status', 'AnnounceUrl']],
		},
		getRecordings: {
			endpoint: `GET ${CONFERENCE}/Recordings`,
			kind: 'list',
			name: 'Get Recordings',
			action: 'Get the recordings of a conference',
			description: 'List the recordings made of a conference',
		},
		getRecordingsJson: {
			endpoint: `GET ${CONFERENCE}/Recordings.json`,
			kind: 'list',
			name: 'Get Recordings (Twilio Style)',
			action: 'Get the recordings list of a conference',
			description: 'The same recordings from the address Twilio-style clients call, in that list\'s shape',
		},
	},
};

/** The calls in a TeXML conference, by call SID or label. */
export const conferenceParticipant: ResourceDefinition = {
	name: 'Conference Participant',
	plural: 'conference participants',
	operations: {
		getAll: { endpoint: `GET ${CONFERENCE}/Participants`, kind: 'list', description: 'List the participants of a conference' },
		get: { endpoint: `GET ${PARTICIPANT}`, kind: 'get', description: 'Get one participant of a conference' },
		create: {
			endpoint: `POST ${CONFERENCE}/Participants`,
			kind: 'create',
			contentType: 'form',
			name: 'Dial',
			action: 'Dial a participant into a conference',
			description: 'Call a number and bring them into the conference when they answer',
			locators: { ApplicationSid: 'texmlApplication' },
			displayNames: { ApplicationSid: 'TeXML Application' },
			e164: ['From'],
			upFront: ['To', 'From', 'ApplicationSid'],
			// the spec calls every field optional, but a call needs a destination and a caller ID
			oneOf: [['To'], ['From']],
		},
		update: {
			endpoint: `POST ${PARTICIPANT}`,
			kind: 'update',
			contentType: 'form',
			description: 'Mute, hold or coach a participant, or play them an announcement',
			oneOf: [['Muted', 'Hold', 'HoldUrl', 'AnnounceUrl', 'Coaching', 'CallSidToCoach', 'EndConferenceOnExit', 'BeepOnExit', 'WaitUrl']],
		},
		delete: { endpoint: `DELETE ${PARTICIPANT}`, kind: 'delete', description: 'Take a participant out of the conference (their call ends)' },
	},
};
