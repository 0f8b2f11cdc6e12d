import type { OperationDefinition, ResourceDefinition } from '../types';

/** A command on one call: its name, action and what it does, in our words. */
function command(name: string, action: string, description: string, extra: OperationDefinition = {}): OperationDefinition {
	return { name, action, description, ...extra };
}

/** A gather ends with the keys pressed, a timeout or an invalid entry: one event says which. */
const GATHERED = { events: ['call.gather.ended'], until: 'the caller has entered the digits (or the gather timed out)' };

/**
 * Calls under Call Control: dial, answer and steer a call leg with commands sent to
 * `/calls/{call_control_id}/actions/<command>` (derived from the path). Each command that takes
 * a `command_id` gets one per item (see `commands`), and `client_state` takes an object or text.
 */
export const call: ResourceDefinition = {
	name: 'Call',
	plural: 'calls',
	path: '/calls',
	commands: true,
	operations: {
		dial: {
			endpoint: 'POST /calls',
			kind: 'create',
			name: 'Dial',
			action: 'Dial a number',
			description: 'Place a call from your number to a phone number or SIP URI, with a call control application',
			locators: { connection_id: 'callControlApplication' },
			displayNames: { connection_id: 'Call Control Application' },
			e164: ['from'],
			upFront: ['answering_machine_detection'],
			exclusive: [[['audio_url'], ['media_name']]],
			awaitEvent: { events: ['call.answered'], until: 'the call is answered', routesEvents: true },
		},
		answer: command('Answer', 'Answer a call', 'Pick up an incoming call', {
			awaitEvent: { events: ['call.answered'], until: 'the call is answered', routesEvents: true },
		}),
		hangup: command('Hang Up', 'Hang up a call', 'End a call'),
		reject: command('Reject', 'Reject a call', 'Turn down an incoming call without answering it, as busy or rejected'),
		bridge: command('Bridge', 'Bridge two calls', 'Connect this call with another call so that both parties hear each other', {
			displayNames: { call_control_id: 'Other Call Control ID' },
		}),
		transfer: command('Transfer', 'Transfer a call', 'Send the call on to another number or SIP URI; this leg ends when the new one answers', {
			exclusive: [[['audio_url'], ['media_name']]],
		}),
		speak: command('Speak', 'Speak text on a call', 'Read text (or SSML) out loud on the call with a text-to-speech voice', {
			upFront: ['language'],
			awaitEvent: { events: ['call.speak.ended'], until: 'the text has been spoken' },
		}),
		playbackStart: command('Play Audio', 'Play audio on a call', 'Play an MP3 or WAV file from a link, from media storage, or given as Base64', {
			upFront: ['audio_url'],
			oneOf: [['audio_url', 'media_name', 'playback_content']],
			exclusive: [[['audio_url'], ['media_name'], ['playback_content']]],
			awaitEvent: { events: ['call.playback.ended'], until: 'the audio has played' },
		}),
		playbackStop: command('Stop Audio', 'Stop audio on a call', 'Stop the audio being played on the call'),
		gather: command('Gather', 'Gather digits on a call', 'Collect the digits the caller presses on the keypad, without a prompt', {
			upFront: ['maximum_digits', 'terminating_digit'],
			awaitEvent: GATHERED,
		}),
		gatherUsingSpeak: command(
			'Gather Using Speak',
			'Speak a prompt and gather digits on a call',
			'Read a prompt out loud, then collect the digits the caller presses',
			{ upFront: ['language', 'maximum_digits'], awaitEvent: GATHERED },
		),
		gatherUsingAudio: command(
			'Gather Using Audio',
			'Play a prompt and gather digits on a call',
			'Play an audio prompt, then collect the digits the caller presses',
			{
				upFront: ['audio_url', 'maximum_digits'],
				oneOf: [['audio_url', 'media_name']],
				exclusive: [[['audio_url'], ['media_name']], [['invalid_audio_url'], ['invalid_media_name']]],
				awaitEvent: GATHERED,
			},
		),
		gatherUsingAi: command(
			'Gather Using AI',
			'Gather information on a call with an AI assistant',
			'Let a voice assistant talk with the caller until it has collected the values you describe as a JSON schema',
			{ upFront: ['greeting', 'voice'], awaitEvent: { events: ['call.ai_gather.ended'], until: 'the assistant has gathered the values' } },
		),
		gatherStop: command('Stop Gather', 'Stop gathering on a call', 'Stop collecting digits on the call'),
		recordStart: command('Start Recording', 'Start recording a call', 'Record the call as an MP3 or WAV file'),
		recordStop: command('Stop Recording', 'Stop recording a call', 'Stop a recording; Telnyx then saves it'),
		recordPause: command('Pause Recording', 'Pause recording a call', 'Pause a recording without ending it'),
		recordResume: command('Resume Recording', 'Resume recording a call', 'Continue a paused recording'),
		sendDtmf: command('Send DTMF', 'Send DTMF tones on a call', 'Play keypad tones on the call, for example to reach an extension'),
		sendSipInfo: command('Send SIP Info', 'Send a SIP INFO message on a call', 'Send a SIP INFO message with a body of your choice to the other end'),
		forkStart: command('Start Forking', 'Start forking the media of a call', 'Send a copy of the call\'s audio (RTP) to a UDP address of yours'),
		forkStop: command('Stop Forking', 'Stop forking the media of a call', 'Stop sending a copy of the call\'s audio'),
		streamingStart: command('Start Streaming', 'Start streaming a call', 'Stream the call\'s audio to a WebSocket server of yours, optionally both ways'),
		streamingStop: command('Stop Streaming', 'Stop streaming a call', 'Stop a media stream of the call'),
		transcriptionStart: command('Start Transcription', 'Start transcribing a call', 'Turn the call\'s speech into text, sent as call.transcription events'),
		transcriptionStop: command('Stop Transcription', 'Stop transcribing a call', 'Stop the live transcription of the call'),
		suppressionStart: command('Start Noise Suppression', 'Start noise suppression on a call', 'Filter background noise out of the call\'s audio'),
		suppressionStop: command('Stop Noise Suppression', 'Stop noise suppression on a call', 'Stop filtering background noise'),
		siprecStart: command('Start SIPREC', 'Start a SIPREC session on a call', 'Send the call to a SIPREC recording server through a SIPREC connector'),
		siprecStop: command('Stop SIPREC', 'Stop a SIPREC session on a call', 'Stop sending the call to the SIPREC recording server'),
		refer: command('Refer', 'Refer a call to a SIP address', 'Ask the other end to call a SIP URI instead (SIP REFER)'),
		enqueue: command('Enqueue', 'Put a call in a queue', 'Place the call in a named queue, made on the fly when it does not exist yet', {
			locators: { queue_name: 'queue' },
		}),
		leaveQueue: command('Leave Queue', 'Take a call out of its queue', 'Remove the call from the queue it waits in'),
		aiAssistantStart: command('Start AI Assistant', 'Start an AI assistant on a call', 'Let one of your AI assistants talk with the caller', {
			shortcuts: [{ path: 'assistant.id' }],
			displayNames: { 'assistant.id': 'Assistant ID' },
			upFront: ['assistant.id', 'greeting'],
		}),
		aiAssistantStop: command('Stop AI Assistant', 'Stop the AI assistant of a call', 'End the AI assistant\'s part in the call'),
		aiAssistantJoin: command(
			'Join AI Assistant Conversation',
			'Join a call to an AI assistant conversation',
			'Add this call as a participant to a conversation an AI assistant is having',
		),
		aiAssistantAddMessages: command(
			'Add AI Assistant Messages',
			'Add messages to the AI assistant of a call',
			'Give the AI assistant of the call more messages of context',
		),
		conversationRelayStart: command(
			'Start Conversation Relay',
			'Start a conversation relay on a call',
			'Relay the caller\'s speech as text to a WebSocket server of yours and speak its answers',
			{ upFront: ['url'], oneOf: [['url', 'conversation_relay_url']], exclusive: [[['url'], ['conversation_relay_url']]] },
		),
		conversationRelayStop: command('Stop Conversation Relay', 'Stop the conversation relay of a call', 'End the conversation relay session of the call'),
		switchSupervisorRole: command(
			'Switch Supervisor Role',
			'Switch the supervisor role of a call',
			'Change how a supervising call takes part: barge in, whisper to the agent, or only listen',
		),
		updateClientState: {
			endpoint: 'PUT /calls/{call_control_id}/actions/client_state_update',
			kind: 'action',
			name: 'Update Client State',
			action: 'Update the client state of a call',
			description: 'Replace the state sent back in every later event of the call',
		},
		get: {
			name: 'Get Status',
			action: 'Get the status of a call',
			description: 'Get whether a call is still alive, and how long it has lasted',
		},
		getActive: {
			endpoint: 'GET /connections/{connection_id}/active_calls',
			kind: 'list',
			name: 'Get Many Active',
			action: 'Get many active calls of a connection',
			description: 'List the calls going on now on a call control application or connection',
			locators: { connection_id: 'callControlApplication' },
		},
	},
};
