import { voiceCopy } from '../../copy/voice';
import type { NodeDefinition } from '../types';
import { callControlApplication } from './applications';
import { call } from './calls';
import { conference, conferenceParticipant } from './conferences';
import { queue, queuedCall } from './queues';
import { textToSpeech } from './speech';
import { pushCredential, telephonyCredential, voiceSdkCallReport } from './webrtc';

export const voice: NodeDefinition = {
	node: 'telnyxVoice',
	displayName: 'Telnyx Voice',
	description: 'Place, answer and steer phone calls with Call Control: speak, play, gather digits, record, transfer, conferences and queues',
	aliases: [
		'Call', 'Phone Call', 'Voice', 'IVR', 'Call Control', 'Dial', 'Outbound Call', 'Answer Call', 'Hang Up', 'Transfer Call',
		'Conference', 'Conference Call', 'Call Queue', 'Speak', 'Text to Speech', 'TTS', 'Play Audio', 'Gather', 'DTMF',
		'Call Recording', 'Voicemail Detection', 'Answering Machine Detection', 'Phone Tree', 'Voice Bot',
		'WebRTC', 'SIP Credential', 'Voice SDK', 'Access Token', 'Push Notification', 'Speech Synthesis', 'Generate Speech', 'MP3',
	],
	categories: ['Communication'],
	docs: 'telnyx-voice',
	versions: [{ version: 1, defaults: { resource: 'call', operations: { call: 'dial', textToSpeech: 'getVoices' } } }],
	copy: voiceCopy,
	resources: {
		call,
		conference,
		conferenceParticipant,
		queue,
		queuedCall,
		callControlApplication,
		textToSpeech,
		telephonyCredential,
		pushCredential,
		voiceSdkCallReport,
	},
};
