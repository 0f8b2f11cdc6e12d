import type { ResourceDefinition } from '../types';

/** Text to speech outside a call: audio files from text, and the voices there are. */
export const textToSpeech: ResourceDefinition = {
	name: 'Text to Speech',
	plural: 'text to speech voices',
	without: {
		'GET /text-to-speech/speech': 'A WebSocket for streamed speech, which an n8n node cannot hold open; Generate Speech gives the whole file',
	},
	operations: {
		generate: {
			endpoint: 'POST /text-to-speech/speech',
			kind: 'action',
			name: 'Generate Speech',
			action: 'Generate speech from text',
			description: 'Turn text (or SSML) into an MP3 file, output as binary data',
			answerAs: 'audio/mpeg',
			// the answer is read as audio, so the Base64 JSON alternative is not offered; settings
			// per provider go into Voice Settings (one JSON field) rather than eight forms
			bodyFields: ['text', 'voice', 'provider', 'language', 'text_type', 'disable_cache', 'voice_settings'],
			upFront: ['text', 'voice'],
			oneOf: [['text'], ['voice', 'provider']],
			file: { name: 'speech.mp3', mimeType: 'audio/mpeg' },
			// makes a file and nothing else, so it is safe to repeat
			idempotent: true,
		},
		getVoices: {
			endpoint: 'GET /text-to-speech/voices',
			kind: 'list',
			name: 'Get Many Voices',
			action: 'Get many text to speech voices',
			description: 'List the voices you can speak with, optionally of one provider',
		},
	},
};
