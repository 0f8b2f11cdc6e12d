/*
 * Webhook event types of the Telnyx Trigger, with names and descriptions in our own words.
 *
 * Where the 111 types come from (../shared/telnyx-api/openapi.yml unless said otherwise):
 *
 * - 71 come from the `webhooks:` section: the `event_type` enums of its payloads (directly or
 *   under `data`/`payload`). These are the ones nodes/TelnyxTrigger/TelnyxTrigger.events.json
 *   lists today. call.*, conference.*, fax.*, siprec.* and streaming.* each have a webhook of
 *   their own; message.sent and message.finalized share `deliveryUpdate`; message.received is
 *   `inboundMessage`; the eight messaging_hosted_numbers_orders.* share `hostedNumberOrderEvent`.
 *
 * - 33 are not in today's list:
 *   - porting_order.status_changed, porting_order.new_comment, porting_order.messaging_changed,
 *     porting_order.split, porting_order.deleted: `event_type` enums of
 *     components.schemas.PortingEvent{StatusChangedEvent,NewCommentEvent,MessagingChangedPayload,
 *     SplitEvent,DeletedPayload} (oneOf/discriminator of PortingEvent; filter of GET /porting/events;
 *     porting_order.deleted also in reference/porting-in.md)
 *   - porting_order.loa_updated, porting_order.sharing_token_expired: `event_type` enum of
 *     components.schemas.PortingEventWithoutWebhook (same oneOf, discriminator and filter)
 *   - portout.status_changed, portout.new_comment, portout.foc_date_changed: `event_type` enums of
 *     components.schemas.WebhookPortout{StatusChanged,NewComment,FocDateChanged} (PortoutEvent
 *     discriminator; filter of GET /portouts/events; reference/porting-out.md)
 *   - number_order.complete: `data.event_type` example of components.schemas.NumberOrderWebhookEvent,
 *     the body of the `numberOrderStatusUpdate` webhook (a plain string there, no enum, so the
 *     current generator misses it)
 *   - number.order.status.update: reference/numbers.md, "Other Webhook Events", given as the
 *     `data.event_type` of `numberOrderStatusUpdate`
 *   - message.link_click: reference/messaging.md, "Other Webhook Events", given as the
 *     `data.event_type` of `replacedLinkClick` (the spec's payload carries no event_type)
 *   - call.sip_info.received: "Expected Webhooks" of POST /calls/{call_control_id}/actions/send_sip_info
 *   - email.scheduled, email.sandbox, email.queued, email.sending, email.sent, email.delivered,
 *     email.deferred, email.bounced, email.failed, email.complained, email.opened, email.clicked,
 *     email.unsubscribed, email.received, email_domain.created, email_domain.verified,
 *     email_domain.degraded, email_domain.suspended, email_domain.deleted:
 *     components.schemas.EmailWebhookEvent, the event types an email domain webhook
 *     (POST /email_domains/{domain_id}/webhooks) subscribes to
 *
 * Left out on purpose: RCSEvent's IS_TYPING/READ/TYPE_UNSPECIFIED (events an RCS agent sends, not
 * webhooks), EmailBlockEvent's created/removed/expired/override_used (history entries of an email
 * suppression, read through the API), webhook.command and call_initiated (placeholder examples in
 * webhook_delivery and GET /webhook_deliveries), and the naming examples of seeds/003
 * (resource.created, message.created, message.deleted, message.delivered,
 * porting_sub_request.ported, porting_sub_request.closed) that illustrate a convention rather
 * than name events Telnyx sends. The `campaignStatusUpdate` webhook (10DLC) carries no event type.
 *
 * - 7 are ours: texml.call.{initiated,ringing,answered,completed} and
 *   texml.recording.{in_progress,completed,absent}. TeXML status callbacks are Twilio-style forms
 *   without an event type (the spec's TeXML fields StatusCallback / StatusCallbackEvent and
 *   RecordingStatusCallbackEvent name what is sent; Telnyx's callback reference, the
 *   TexmlCall*Webhook and TexmlRecording*Webhook pages, shows the forms). The trigger names each
 *   by its CallStatus or RecordingStatus (nodes/shared/webhooks/texmlCallback.ts); conference
 *   callbacks become texml.conference.<StatusCallbackEvent>, taken with More Event Types.
 */

/** Names for webhook event types in the Telnyx Trigger's event list, in our own words. */
export interface EventCopy {
	/** Short Title Case name, 2–4 words: "Message Received", "Call Answered", "Fax Delivered". */
	name: string;
	/** One sentence (no final period) saying when Telnyx sends it, in plain words. */
	description: string;
	/** Rank within its group: 1 = what most users want first (message.received = 1 in Messaging). Lower first. */
	rank: number;
}

/** Product groups in the order the list shows them, each with the event type prefixes it owns. */
export const EVENT_GROUPS: Array<{ name: string; prefixes: string[] }> = [
	{ name: 'Messaging', prefixes: ['message.'] },
	{ name: 'Calls', prefixes: ['call.'] },
	{ name: 'Conferences', prefixes: ['conference.'] },
	{ name: 'Fax', prefixes: ['fax.'] },
	{ name: 'Email', prefixes: ['email.', 'email_domain.'] },
	{ name: 'Media Streaming', prefixes: ['streaming.'] },
	{ name: 'SIPREC', prefixes: ['siprec.'] },
	{ name: 'TeXML', prefixes: ['texml.'] },
	{ name: 'Number Orders', prefixes: ['number_order.', 'number.order.'] },
	{ name: 'Porting In', prefixes: ['porting_order.'] },
	{ name: 'Porting Out', prefixes: ['portout.'] },
	{ name: 'Hosted Messaging', prefixes: ['messaging_hosted_numbers_orders.'] },
];

export const EVENT_COPY: Record<string, EventCopy> = {
	// Messaging
	'message.received': {
		name: 'Message Received',
		description: 'An SMS or MMS arrives at one of your numbers',
		rank: 1,
	},
	'message.finalized': {
		name: 'Message Delivery Result',
		description:
			'A message you sent reaches its final state: delivered, failed, expired or left unconfirmed by the carrier',
		rank: 2,
	},
	'message.sent': {
		name: 'Message Sent',
		description: 'A message you sent has left Telnyx and been handed to the carrier',
		rank: 3,
	},
	'message.link_click': {
		name: 'Message Link Clicked',
		description: 'A recipient opens a shortened link that Telnyx put in a message you sent',
		rank: 4,
	},

	// Calls
	'call.initiated': {
		name: 'Call Initiated',
		description: 'A call begins: someone dials one of your numbers, or a call you placed starts ringing out',
		rank: 1,
	},
	'call.answered': { name: 'Call Answered', description: 'A call is picked up', rank: 2 },
	'call.hangup': {
		name: 'Call Ended',
		description: 'A call ends, whichever side hung up and for whatever reason',
		rank: 3,
	},
	'call.dtmf.received': {
		name: 'DTMF Digit Received',
		description: "The person on the call presses a key on their phone's keypad",
		rank: 4,
	},
	'call.gather.ended': {
		name: 'Digit Gathering Ended',
		description: 'Collecting keypad digits from the caller is over, with the digits entered or because time ran out',
		rank: 5,
	},
	'call.recording.saved': {
		name: 'Call Recording Saved',
		description: 'A recording of a call is finished and its audio file can be downloaded',
		rank: 6,
	},
	'call.speak.ended': {
		name: 'Call Speech Ended',
		description: 'Text you had read aloud on a call with text-to-speech finishes or is stopped',
		rank: 7,
	},
	'call.playback.ended': {
		name: 'Call Playback Ended',
		description: 'An audio file you had played on a call finishes or is stopped',
		rank: 8,
	},
	'call.bridged': {
		name: 'Calls Bridged',
		description: 'Two calls are joined together so the people on them can talk to each other',
		rank: 9,
	},
	'call.machine.detection.ended': {
		name: 'Machine Detection Ended',
		description: 'Telnyx has worked out whether an outgoing call was answered by a person or by an answering machine',
		rank: 10,
	},
	'call.machine.greeting.ended': {
		name: 'Machine Greeting Ended',
		description: 'An answering machine finishes its greeting, so a voicemail can be left after the beep',
		rank: 11,
	},
	'call.speak.started': {
		name: 'Call Speech Started',
		description: 'Telnyx starts reading your text aloud on a call with text-to-speech',
		rank: 12,
	},
	'call.playback.started': {
		name: 'Call Playback Started',
		description: 'An audio file starts playing on a call',
		rank: 13,
	},
	'call.recording.transcription.saved': {
		name: 'Call Recording Transcribed',
		description: 'The written transcript of a call recording is ready',
		rank: 14,
	},
	'call.recording.error': {
		name: 'Call Recording Failed',
		description: 'A call recording could not be saved, for example because your own storage refused the credentials',
		rank: 15,
	},
	'call.transcription': {
		name: 'Live Transcript Received',
		description: 'A new piece of text arrives while what is said on a call is being transcribed live',
		rank: 16,
	},
	'call.enqueued': { name: 'Call Queued', description: 'A call is put in a queue to wait its turn', rank: 17 },
	'call.dequeued': {
		name: 'Call Left Queue',
		description: 'A call leaves a queue because it was connected, hung up, timed out or was taken out',
		rank: 18,
	},
	'call.hold': { name: 'Call Put on Hold', description: 'A call is put on hold', rank: 19 },
	'call.unhold': { name: 'Call Taken Off Hold', description: 'A call that was on hold is resumed', rank: 20 },
	'call.cost': {
		name: 'Call Cost Calculated',
		description: 'Telnyx has worked out what a finished call cost, with a breakdown by part',
		rank: 21,
	},
	'call.refer.started': {
		name: 'SIP Transfer Started',
		description: 'Telnyx asks the far end of a SIP call to transfer it elsewhere (a SIP REFER)',
		rank: 22,
	},
	'call.refer.completed': {
		name: 'SIP Transfer Completed',
		description: 'A transfer requested with a SIP REFER goes through',
		rank: 23,
	},
	'call.refer.failed': {
		name: 'SIP Transfer Failed',
		description: 'A transfer requested with a SIP REFER is refused or does not go through',
		rank: 24,
	},
	'call.ai_gather.ended': {
		name: 'AI Gather Ended',
		description: 'A voice AI assistant has finished collecting the details you asked it to get from the caller',
		rank: 25,
	},
	'call.conversation.ended': {
		name: 'AI Conversation Ended',
		description: 'A conversation between a caller and an AI assistant on the call comes to an end',
		rank: 26,
	},
	'call.conversation_insights.generated': {
		name: 'AI Conversation Insights Ready',
		description: 'The insights you set up for AI assistant conversations have been produced for a finished call',
		rank: 27,
	},
	'call.ai_gather.partial_results': {
		name: 'AI Gather Partial Results',
		description: 'A voice AI assistant that is still collecting details from the caller reports what it has so far',
		rank: 28,
	},
	'call.ai_gather.message_history_updated': {
		name: 'AI Gather History Updated',
		description:
			'A new turn is added to the conversation between the caller and a voice AI assistant collecting details',
		rank: 29,
	},
	'call.machine.premium.detection.ended': {
		name: 'Premium Machine Detection Ended',
		description:
			'Premium answering machine detection has decided whether a person, a business, a machine or a fax answered an outgoing call',
		rank: 30,
	},
	'call.machine.premium.greeting.ended': {
		name: 'Premium Machine Greeting Ended',
		description: "Premium answering machine detection hears the end of a machine's greeting, with or without a beep",
		rank: 31,
	},
	'call.deepfake_detection.result': {
		name: 'Deepfake Detection Result',
		description: 'Telnyx has judged whether the voice on a call is a real person or generated by AI',
		rank: 32,
	},
	'call.deepfake_detection.error': {
		name: 'Deepfake Detection Failed',
		description: 'Checking the voice on a call for AI generation could not be completed',
		rank: 33,
	},
	'call.fork.started': {
		name: 'Media Fork Started',
		description: "Telnyx starts sending a live copy of a call's audio to the target you gave",
		rank: 34,
	},
	'call.fork.stopped': {
		name: 'Media Fork Stopped',
		description: "Telnyx stops sending the live copy of a call's audio",
		rank: 35,
	},
	'call.sip_info.received': {
		name: 'SIP INFO Received',
		description: 'A SIP INFO message arrives on a call leg, such as one sent from another leg',
		rank: 36,
	},

	// Conferences
	'conference.participant.joined': { name: 'Participant Joined', description: 'A call joins a conference', rank: 1 },
	'conference.participant.left': {
		name: 'Participant Left',
		description: 'A call leaves a conference or is removed from it',
		rank: 2,
	},
	'conference.created': { name: 'Conference Created', description: 'A new conference is set up', rank: 3 },
	'conference.ended': { name: 'Conference Ended', description: 'A conference comes to an end', rank: 4 },
	'conference.recording.saved': {
		name: 'Conference Recording Saved',
		description: 'A recording of a conference is finished and its audio file can be downloaded',
		rank: 5,
	},
	'conference.floor.changed': {
		name: 'Active Speaker Changed',
		description: 'Someone else in a conference takes the floor and becomes the one being heard',
		rank: 6,
	},
	'conference.speak.ended': {
		name: 'Conference Speech Ended',
		description: 'Text read aloud to a conference with text-to-speech finishes or is stopped',
		rank: 7,
	},
	'conference.playback.ended': {
		name: 'Conference Playback Ended',
		description: 'An audio file played to a conference finishes or is stopped',
		rank: 8,
	},
	'conference.speak.started': {
		name: 'Conference Speech Started',
		description: 'Telnyx starts reading text aloud to a conference with text-to-speech',
		rank: 9,
	},
	'conference.playback.started': {
		name: 'Conference Playback Started',
		description: 'An audio file starts playing to a conference',
		rank: 10,
	},
	'conference.participant.speak.ended': {
		name: 'Participant Speech Ended',
		description: 'Text read aloud to a particular conference participant finishes',
		rank: 11,
	},
	'conference.participant.playback.ended': {
		name: 'Participant Playback Ended',
		description: 'An audio file played to a particular conference participant finishes',
		rank: 12,
	},
	'conference.participant.speak.started': {
		name: 'Participant Speech Started',
		description: 'Telnyx starts reading text aloud to a particular conference participant',
		rank: 13,
	},
	'conference.participant.playback.started': {
		name: 'Participant Playback Started',
		description: 'An audio file starts playing to a particular conference participant',
		rank: 14,
	},

	// TeXML (status callbacks)
	'texml.call.completed': {
		name: 'TeXML Call Completed',
		description: 'A call of your TeXML application ends: completed, busy, not answered, failed or canceled (see CallStatus)',
		rank: 1,
	},
	'texml.call.answered': {
		name: 'TeXML Call Answered',
		description: 'A call of your TeXML application is answered (CallStatus in-progress)',
		rank: 2,
	},
	'texml.call.initiated': {
		name: 'TeXML Call Initiated',
		description: 'A call of your TeXML application starts',
		rank: 3,
	},
	'texml.call.ringing': {
		name: 'TeXML Call Ringing',
		description: 'A call of your TeXML application is ringing at the far end',
		rank: 4,
	},
	'texml.recording.completed': {
		name: 'TeXML Recording Completed',
		description: 'A recording made by TeXML is ready, with its RecordingUrl',
		rank: 5,
	},
	'texml.recording.in_progress': {
		name: 'TeXML Recording Started',
		description: 'TeXML starts recording a call',
		rank: 6,
	},
	'texml.recording.absent': {
		name: 'TeXML Recording Absent',
		description: 'A TeXML recording ended without any audio in it',
		rank: 7,
	},
	// Fax
	'fax.delivered': {
		name: 'Fax Delivered',
		description: 'A fax goes through in full to the other side',
		rank: 1,
	},
	'fax.failed': {
		name: 'Fax Failed',
		description: 'A fax could not be sent, for example because the other side refused it',
		rank: 2,
	},
	'fax.queued': { name: 'Fax Queued', description: 'A fax you asked to send is waiting its turn to go out', rank: 3 },
	'fax.media.processed': {
		name: 'Fax Document Ready',
		description: 'The document of a fax has been fetched and converted, ready to be sent',
		rank: 4,
	},
	'fax.sending.started': { name: 'Fax Sending Started', description: 'Telnyx starts transmitting a fax', rank: 5 },

	// Email
	'email.delivered': {
		name: 'Email Delivered',
		description: "An email you sent is accepted by the recipient's mail server",
		rank: 1,
	},
	'email.bounced': {
		name: 'Email Bounced',
		description: "The recipient's mail server turns an email you sent away",
		rank: 2,
	},
	'email.received': { name: 'Email Received', description: 'An email arrives at one of your email domains', rank: 3 },
	'email.opened': { name: 'Email Opened', description: 'A recipient opens an email you sent', rank: 4 },
	'email.clicked': {
		name: 'Email Link Clicked',
		description: 'A recipient clicks a link in an email you sent',
		rank: 5,
	},
	'email.failed': { name: 'Email Failed', description: 'An email you asked to send could not be sent', rank: 6 },
	'email.complained': {
		name: 'Email Marked as Spam',
		description: 'A recipient reports an email you sent as spam',
		rank: 7,
	},
	'email.unsubscribed': {
		name: 'Email Recipient Unsubscribed',
		description: 'A recipient unsubscribes through an email you sent',
		rank: 8,
	},
	'email.sent': { name: 'Email Sent', description: 'An email leaves Telnyx on its way to the recipient', rank: 9 },
	'email.deferred': {
		name: 'Email Delayed',
		description: "The recipient's mail server puts an email off for now, and delivery will be tried again",
		rank: 10,
	},
	'email.queued': {
		name: 'Email Queued',
		description: 'An email you asked to send is waiting its turn to go out',
		rank: 11,
	},
	'email.sending': {
		name: 'Email Sending Started',
		description: 'Telnyx starts handing an email over for delivery',
		rank: 12,
	},
	'email.scheduled': {
		name: 'Email Scheduled',
		description: 'An email is accepted to be sent later, at the time you chose',
		rank: 13,
	},
	'email.sandbox': {
		name: 'Sandbox Email Accepted',
		description: 'An email sent in sandbox mode is accepted without being delivered to anyone',
		rank: 14,
	},
	'email_domain.verified': {
		name: 'Email Domain Verified',
		description: 'The DNS records of one of your email domains check out, so it can be used',
		rank: 15,
	},
	'email_domain.degraded': {
		name: 'Email Domain Degraded',
		description: 'One of your email domains develops a problem, such as DNS records that no longer check out',
		rank: 16,
	},
	'email_domain.suspended': {
		name: 'Email Domain Suspended',
		description: 'One of your email domains is blocked from sending',
		rank: 17,
	},
	'email_domain.created': {
		name: 'Email Domain Added',
		description: 'An email domain is added to your account',
		rank: 18,
	},
	'email_domain.deleted': {
		name: 'Email Domain Deleted',
		description: 'An email domain is removed from your account',
		rank: 19,
	},

	// Media Streaming
	'streaming.started': {
		name: 'Media Stream Started',
		description: "Telnyx starts streaming a call's audio to your WebSocket or Dialogflow",
		rank: 1,
	},
	'streaming.stopped': {
		name: 'Media Stream Stopped',
		description: "Streaming a call's audio ends, because you stopped it or the call ended",
		rank: 2,
	},
	'streaming.failed': {
		name: 'Media Stream Failed',
		description: "Streaming a call's audio could not start or broke off",
		rank: 3,
	},

	// SIPREC
	'siprec.started': {
		name: 'SIPREC Session Started',
		description: 'Telnyx starts sending a call to your external recorder over SIPREC',
		rank: 1,
	},
	'siprec.stopped': {
		name: 'SIPREC Session Stopped',
		description: 'Sending a call to your external recorder over SIPREC ends',
		rank: 2,
	},
	'siprec.failed': {
		name: 'SIPREC Session Failed',
		description: 'Sending a call to your external recorder over SIPREC could not start or broke off',
		rank: 3,
	},

	// Number Orders
	'number_order.complete': {
		name: 'Number Order Completed',
		description: 'An order for phone numbers has finished processing, successfully or not',
		rank: 1,
	},
	'number.order.status.update': {
		name: 'Number Order Status Changed',
		description: 'The status of an order for phone numbers changes',
		rank: 2,
	},

	// Porting In
	'porting_order.status_changed': {
		name: 'Port-In Status Changed',
		description: 'An order to bring numbers over to Telnyx moves to a new status',
		rank: 1,
	},
	'porting_order.new_comment': {
		name: 'Port-In Comment Added',
		description: 'Someone adds a comment to an order to bring numbers over to Telnyx',
		rank: 2,
	},
	'porting_order.messaging_changed': {
		name: 'Port-In Messaging Changed',
		description:
			'Whether or how far the texting service of the numbers in a port-in order moves along with them changes',
		rank: 3,
	},
	'porting_order.split': {
		name: 'Port-In Order Split',
		description: 'Some numbers of a port-in order are moved out into a new port-in order',
		rank: 4,
	},
	'porting_order.loa_updated': {
		name: 'Port-In Authorization Updated',
		description: 'The letter authorizing a port-in order is changed',
		rank: 5,
	},
	'porting_order.sharing_token_expired': {
		name: 'Port-In Share Link Expired',
		description: 'A link you handed out to let someone else view or fill in a port-in order stops working',
		rank: 6,
	},
	'porting_order.deleted': { name: 'Port-In Order Deleted', description: 'A port-in order is deleted', rank: 7 },

	// Porting Out
	'portout.status_changed': {
		name: 'Port-Out Status Changed',
		description: 'A request to move your numbers away to another carrier moves to a new status',
		rank: 1,
	},
	'portout.foc_date_changed': {
		name: 'Port-Out Date Changed',
		description: 'The date your numbers are due to move to the other carrier is set or changed',
		rank: 2,
	},
	'portout.new_comment': {
		name: 'Port-Out Comment Added',
		description: 'Someone adds a comment to a request to move your numbers away',
		rank: 3,
	},

	// Hosted Messaging
	'messaging_hosted_numbers_orders.updated': {
		name: 'Hosted Number Order Updated',
		description: 'An order to send and receive texts on numbers kept with another carrier changes, such as its status',
		rank: 1,
	},
	'messaging_hosted_numbers_orders.created': {
		name: 'Hosted Number Order Created',
		description: 'An order to send and receive texts on numbers kept with another carrier is placed',
		rank: 2,
	},
	'messaging_hosted_numbers_orders.deleted': {
		name: 'Hosted Number Order Deleted',
		description: 'A hosted messaging order is deleted',
		rank: 3,
	},
	'messaging_hosted_numbers_orders.internal_transfer_detected': {
		name: 'Internal Transfer Detected',
		description: 'Numbers in a hosted messaging order turn out to be in use on another Telnyx account already',
		rank: 4,
	},
	'messaging_hosted_numbers_orders.internal_transfer_approval_requested': {
		name: 'Internal Transfer Needs Approval',
		description: 'The Telnyx account that has the numbers of a hosted messaging order is asked to let them go',
		rank: 5,
	},
	'messaging_hosted_numbers_orders.internal_transfer_approved': {
		name: 'Internal Transfer Approved',
		description: 'The Telnyx account that has the numbers of a hosted messaging order agrees to let them go',
		rank: 6,
	},
	'messaging_hosted_numbers_orders.internal_transfer_rejected': {
		name: 'Internal Transfer Rejected',
		description: 'The Telnyx account that has the numbers of a hosted messaging order refuses to let them go',
		rank: 7,
	},
	'messaging_hosted_numbers_orders.internal_transfer_auto_approved': {
		name: 'Internal Transfer Auto-Approved',
		description:
			'Moving the numbers of a hosted messaging order from another Telnyx account is approved because that account did not answer in time',
		rank: 8,
	},
};
