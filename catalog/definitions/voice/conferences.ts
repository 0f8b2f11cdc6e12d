import type { ResourceDefinition } from '../types';

const UUID_PLACEHOLDER = 'e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6';

/**
 * Conferences: a call creates one and others join it; commands on `/conferences/{id}/actions/…`
 * act on its participants (all of them, or those whose call control IDs are given).
 */
export const conference: ResourceDefinition = {
	name: 'Conference',
	plural: 'conferences',
	path: '/conferences',
	commands: true,
	// filter[name] matches whole names only, so searching happens in the listed page
	locator: { labelField: 'name', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: {
			description: 'List conferences, optionally by name or status',
			// the spec gives this list the filters of call events and applications as well
			queryFields: ['region', 'filter[name]', 'filter[status]'],
		},
		get: { description: 'Get a conference with its status and when it ends' },
		create: {
			description: 'Start a conference with a call already answered as its first participant',
			upFront: ['beep_enabled', 'start_conference_on_create'],
			exclusive: [[['hold_audio_url'], ['hold_media_name']]],
		},
		join: {
			name: 'Join',
			action: 'Add a call to a conference',
			description: 'Bring an answered call into the conference',
			upFront: ['mute', 'hold'],
			exclusive: [[['hold_audio_url'], ['hold_media_name']]],
		},
		leave: { name: 'Leave', action: 'Remove a call from a conference', description: 'Take a call out of the conference; the call goes on' },
		mute: { action: 'Mute conference participants', description: 'Mute every participant, or those given by call control ID' },
		unmute: { action: 'Unmute conference participants', description: 'Unmute every participant, or those given by call control ID' },
		hold: {
			action: 'Put conference participants on hold',
			description: 'Hold every participant, or those given, optionally with music',
			exclusive: [[['audio_url'], ['media_name']]],
		},
		unhold: { action: 'Take conference participants off hold', description: 'Bring the participants given back from hold' },
		play: {
			name: 'Play Audio',
			action: 'Play audio in a conference',
			description: 'Play an MP3 or WAV file to every participant, or to some',
			upFront: ['audio_url'],
			oneOf: [['audio_url', 'media_name']],
			exclusive: [[['audio_url'], ['media_name']]],
		},
		stop: { name: 'Stop Audio', action: 'Stop audio in a conference', description: 'Stop the audio being played in the conference' },
		speak: { action: 'Speak text in a conference', description: 'Read text out loud to every participant, or to some', upFront: ['language'] },
		gatherUsingAudio: {
			name: 'Gather Using Audio',
			action: 'Play a prompt and gather digits from a conference participant',
			description: 'Play an audio prompt to one participant, then collect the digits they press',
			upFront: ['audio_url'],
			oneOf: [['audio_url', 'media_name']],
			exclusive: [[['audio_url'], ['media_name']], [['invalid_audio_url'], ['invalid_media_name']]],
		},
		sendDtmf: { name: 'Send DTMF', action: 'Send DTMF tones in a conference', description: 'Play keypad tones to the participants' },
		recordStart: { name: 'Start Recording', action: 'Start recording a conference', description: 'Record the conference as an MP3 or WAV file' },
		recordStop: { name: 'Stop Recording', action: 'Stop recording a conference', description: 'Stop the recording; Telnyx then saves it' },
		recordPause: { name: 'Pause Recording', action: 'Pause recording a conference', description: 'Pause the recording without ending it' },
		recordResume: { name: 'Resume Recording', action: 'Resume recording a conference', description: 'Continue a paused recording' },
		updateSupervisorRole: {
			endpoint: 'POST /conferences/{id}/actions/update',
			kind: 'action',
			name: 'Update Supervisor Role',
			action: 'Update the supervisor role of a conference participant',
			description: 'Change whether a participant barges in, whispers to some participants, or only listens',
		},
		end: { name: 'End', action: 'End a conference', description: 'End the conference for every participant' },
	},
};

/** The calls taking part in a conference. */
export const conferenceParticipant: ResourceDefinition = {
	name: 'Conference Participant',
	plural: 'conference participants',
	operations: {
		getAll: {
			endpoint: 'GET /conferences/{conference_id}/participants',
			kind: 'list',
			description: 'List the participants of a conference, optionally by whether they are muted or on hold',
		},
		get: {
			endpoint: 'GET /conferences/{id}/participants/{participant_id}',
			kind: 'get',
			description: 'Get one participant of a conference',
		},
		update: {
			endpoint: 'PATCH /conferences/{id}/participants/{participant_id}',
			kind: 'update',
			description: 'Change what happens when a participant joins or leaves: the beep, and whether the conference ends',
		},
	},
};
