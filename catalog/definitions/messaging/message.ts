import type { ResourceDefinition } from '../types';
import { LATER } from './shared';

export const message: ResourceDefinition = {
	name: 'Message',
	plural: 'messages',
	path: '/messages',
	without: { delete: LATER },
	operations: {
		send: {
			endpoint: 'POST /messages',
			kind: 'create',
			name: 'Send',
			action: 'Send an SMS or MMS message',
			description: 'Send a text (SMS) or a message with media (MMS) to one phone number',
			phoneOrShortCode: ['to'],
			// the spec requires only `to`; Telnyx refuses a message without a sender and content
			upFront: ['from', 'text'],
			oneOf: [
				['from', 'messaging_profile_id'],
				['text', 'media_urls'],
			],
		},
		sendRcs: {
			endpoint: 'POST /messages/rcs',
			kind: 'create',
			name: 'Send RCS',
			action: 'Send an RCS message',
			description: 'Send a rich message from an RCS agent, with optional SMS or MMS fallback',
			e164: ['to'],
			locators: { agent_id: 'rcsAgent' },
		},
		sendRcsText: {
			endpoint: 'POST /messages/rcs',
			kind: 'create',
			name: 'Send RCS Text',
			action: 'Send a plain RCS text message',
			description: 'Send a text from an RCS agent without building the message JSON, with optional SMS or MMS fallback',
			e164: ['to'],
			locators: { agent_id: 'rcsAgent' },
			bodyFields: ['agent_id', 'messaging_profile_id', 'to', 'mms_fallback', 'sms_fallback', 'type', 'webhook_url'],
			shortcuts: [{ path: 'agent_message.content_message.text', required: true }],
		},
		get: { description: 'Get a sent or received message with its delivery status and cost' },
	},
};
