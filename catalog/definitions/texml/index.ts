import { texmlCopy } from '../../copy/texml';
import type { NodeDefinition } from '../types';
import { queue, recording, secret, transcription } from './account';
import { texmlApplication } from './applications';
import { call, callRecording, siprecSession, stream } from './calls';
import { conference, conferenceParticipant } from './conferences';

export const texml: NodeDefinition = {
	node: 'telnyxTexml',
	displayName: 'Telnyx TeXML',
	description: 'Place and steer calls that follow TeXML (TwiML-compatible) instructions; conferences, queues, recordings and TeXML applications',
	aliases: [
		'TeXML', 'TwiML', 'Twilio Compatible', 'Twilio', 'Voice XML', 'IVR', 'Phone Tree', 'Call', 'Outbound Call', 'Voice',
		'Conference', 'Call Queue', 'Call Recording', 'Transcription', 'SIPREC', 'Media Stream', 'AI Call',
	],
	categories: ['Communication'],
	docs: 'telnyx-texml',
	versions: [{ version: 1, defaults: { resource: 'call', operations: { call: 'getAll' } } }],
	copy: texmlCopy,
	resources: { call, callRecording, conference, conferenceParticipant, queue, recording, transcription, siprecSession, stream, secret, texmlApplication },
};
