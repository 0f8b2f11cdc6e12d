import { messagingCopy } from '../copy/messaging';
import type { NodeDefinition } from './types';

const UUID_PLACEHOLDER = 'e.g. 4001767e-ce0f-4cae-9d5f-0d5e636e7809';

export const messaging: NodeDefinition = {
	node: 'telnyxMessaging',
	displayName: 'Telnyx Messaging',
	description: 'Send SMS, MMS and RCS with Telnyx and manage hosted numbers, toll-free verification and messaging profiles',
	copy: messagingCopy,
	resources: {
		message: {
			name: 'Message',
			plural: 'messages',
			operations: {
				send: {
					endpoint: 'POST /messages',
					kind: 'create',
					name: 'Send',
					action: 'Send an SMS or MMS message',
					description: 'Send a text (SMS) or a message with media (MMS) to one phone number',
					phoneOrShortCode: ['to'],
					locators: { messaging_profile_id: 'messagingProfile' },
				},
				sendRcs: {
					endpoint: 'POST /messages/rcs',
					kind: 'create',
					name: 'Send RCS',
					action: 'Send an RCS message',
					description: 'Send a rich message from an RCS agent, with optional SMS or MMS fallback',
					e164: ['to'],
					locators: { agent_id: 'rcsAgent', messaging_profile_id: 'messagingProfile' },
				},
				sendRcsText: {
					endpoint: 'POST /messages/rcs',
					kind: 'create',
					name: 'Send RCS Text',
					action: 'Send a plain RCS text message',
					description: 'Send a text from an RCS agent without building the message JSON, with optional SMS or MMS fallback',
					e164: ['to'],
					locators: { agent_id: 'rcsAgent', messaging_profile_id: 'messagingProfile' },
					bodyFields: ['agent_id', 'messaging_profile_id', 'to', 'mms_fallback', 'sms_fallback', 'type', 'webhook_url'],
					shortcuts: [{ path: 'agent_message.content_message.text', required: true }],
				},
				get: {
					endpoint: 'GET /messages/{id}',
					description: 'Get a sent or received message with its delivery status and cost',
				},
			},
		},
		messagingProfile: {
			name: 'Messaging Profile',
			plural: 'messaging profiles',
			locator: {
				labelField: 'name',
				searchParam: 'filter[name][contains]',
				placeholder: UUID_PLACEHOLDER,
			},
			operations: {
				get: { endpoint: 'GET /messaging_profiles/{id}' },
				getAll: { endpoint: 'GET /messaging_profiles' },
			},
		},
		rcsAgent: {
			name: 'RCS Agent',
			plural: 'RCS agents',
			article: 'an',
			locator: { labelField: 'agent_name', valueField: 'agent_id', placeholder: 'e.g. Agent007' },
			operations: {
				checkCapabilities: {
					endpoint: 'GET /messaging/rcs/capabilities/{agent_id}/{phone_number}',
					name: 'Check Capabilities',
					action: 'Check the RCS capabilities of a phone number',
					description: 'Ask which RCS features a phone number supports when reached from an agent',
					locators: { agent_id: 'rcsAgent' },
					e164: ['phone_number'],
				},
				checkCapabilitiesBulk: {
					endpoint: 'POST /messaging/rcs/bulk_capabilities',
					name: 'Check Capabilities in Bulk',
					action: 'Check the RCS capabilities of many phone numbers',
					description: 'Ask which RCS features each of several phone numbers supports, one item per number',
					locators: { agent_id: 'rcsAgent' },
					e164: ['phone_numbers'],
					idempotent: true,
				},
				generateDeeplink: {
					endpoint: 'GET /messages/rcs/deeplinks/{agent_id}',
					name: 'Generate Deeplink',
					action: 'Generate a deeplink to start an RCS conversation',
					description: 'Get a link that opens a conversation with an RCS agent, optionally with a prefilled message',
					locators: { agent_id: 'rcsAgent' },
					e164: ['phone_number'],
				},
				get: { endpoint: 'GET /messaging/rcs/agents/{id}' },
				getAll: { endpoint: 'GET /messaging/rcs/agents' },
				inviteTestNumber: {
					endpoint: 'PUT /messaging/rcs/test_number_invite/{id}/{phone_number}',
					name: 'Invite Test Number',
					action: 'Invite a test number to an RCS agent',
					description: 'Let a phone number receive messages from an agent that is not launched yet',
					e164: ['phone_number'],
					idempotent: false,
				},
				update: {
					endpoint: 'PATCH /messaging/rcs/agents/{id}',
					locators: { profile_id: 'messagingProfile' },
				},
			},
		},
		hostedNumberOrder: {
			name: 'Hosted Number Order',
			plural: 'hosted number orders',
			locator: { labelField: 'status', placeholder: UUID_PLACEHOLDER },
			operations: {
				checkEligibility: {
					endpoint: 'POST /messaging_hosted_number_orders/eligibility_numbers_check',
					name: 'Check Eligibility',
					action: 'Check whether numbers can be hosted for messaging',
					description: 'Ask, number by number, whether Telnyx can host messaging for numbers kept at another carrier',
					e164: ['phone_numbers'],
					itemsAt: 'phone_numbers',
					idempotent: true,
				},
				create: {
					endpoint: 'POST /messaging_hosted_number_orders',
					description: 'Order messaging for numbers whose voice service stays with another carrier',
					e164: ['phone_numbers'],
					locators: { messaging_profile_id: 'messagingProfile' },
				},
				delete: {
					endpoint: 'DELETE /messaging_hosted_number_orders/{id}',
					description: 'Delete a hosted number order and all of its numbers',
				},
				get: { endpoint: 'GET /messaging_hosted_number_orders/{id}' },
				getAll: { endpoint: 'GET /messaging_hosted_number_orders' },
				sendVerificationCodes: {
					endpoint: 'POST /messaging_hosted_number_orders/{id}/verification_codes',
					name: 'Send Verification Codes',
					action: 'Send verification codes to the numbers of an order',
					description: 'Have Telnyx text or call each number with a code that proves you own it',
					e164: ['phone_numbers'],
				},
				uploadDocuments: {
					endpoint: 'POST /messaging_hosted_number_orders/{id}/actions/file_upload',
					name: 'Upload Documents',
					action: 'Upload the LOA and bill of a hosted number order',
					description: 'Send the signed letter of authorization and a recent bill as PDF files',
					contentType: 'multipart',
				},
				validateVerificationCodes: {
					endpoint: 'POST /messaging_hosted_number_orders/{id}/validation_codes',
					name: 'Validate Verification Codes',
					action: 'Validate the verification codes of an order',
					description: 'Check the codes the numbers received, which proves ownership of those numbers',
					e164: ['verification_codes.phone_number'],
				},
			},
		},
		hostedNumber: {
			name: 'Hosted Number',
			plural: 'hosted numbers',
			operations: {
				delete: {
					endpoint: 'DELETE /messaging_hosted_numbers/{id}',
					description: 'Remove one number from its hosted number order',
				},
			},
		},
		tollFreeVerification: {
			name: 'Toll-Free Verification',
			// n8n's lint wants actions in sentence case, which has no hyphens: "toll free" there
			plural: 'toll free verification requests',
			locator: { labelField: 'businessName', placeholder: UUID_PLACEHOLDER },
			operations: {
				create: {
					endpoint: 'POST /messaging_tollfree/verification/requests',
					action: 'Submit a toll free verification request',
					description: 'Submit a business and its use case so that its toll-free numbers may send messages',
					e164: ['phoneNumbers.phoneNumber', 'businessContactPhone'],
				},
				delete: {
					endpoint: 'DELETE /messaging_tollfree/verification/requests/{id}',
					action: 'Delete a toll free verification request',
					description: 'Delete a verification request, which Telnyx allows only once it is rejected',
				},
				get: {
					endpoint: 'GET /messaging_tollfree/verification/requests/{id}',
					action: 'Get a toll free verification request',
				},
				getAll: { endpoint: 'GET /messaging_tollfree/verification/requests' },
				getStatusHistory: {
					endpoint: 'GET /messaging_tollfree/verification/requests/{id}/status_history',
					kind: 'list',
					name: 'Get Status History',
					action: 'Get the status history of a toll free verification request',
					description: 'List every status a verification request went through, with the reasons given',
				},
				update: {
					endpoint: 'PATCH /messaging_tollfree/verification/requests/{id}',
					action: 'Update a toll free verification request',
					description: 'Resubmit a verification request with corrected details',
					e164: ['phoneNumbers.phoneNumber', 'businessContactPhone'],
				},
			},
		},
		urlDomain: {
			name: 'URL Domain',
			plural: 'URL domains',
			operations: {
				getAll: {
					endpoint: 'GET /messaging_url_domains',
					description: 'List the domains registered for links in messages',
				},
			},
		},
	},
};
