import type { ResourceDefinition } from '../types';
import { LATER, UUID_PLACEHOLDER } from './shared';

export const messagingProfile: ResourceDefinition = {
	name: 'Messaging Profile',
	plural: 'messaging profiles',
	path: '/messaging_profiles',
	locator: { labelField: 'name', searchParam: 'filter[name][contains]', placeholder: UUID_PLACEHOLDER },
	without: { create: LATER, update: LATER, delete: LATER, regenerateSecret: LATER },
};

export const rcsAgent: ResourceDefinition = {
	name: 'RCS Agent',
	plural: 'RCS agents',
	article: 'an',
	path: '/messaging/rcs/agents',
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
		inviteTestNumber: {
			endpoint: 'PUT /messaging/rcs/test_number_invite/{id}/{phone_number}',
			name: 'Invite Test Number',
			action: 'Invite a test number to an RCS agent',
			description: 'Let a phone number receive messages from an agent that is not launched yet',
			e164: ['phone_number'],
			// a PUT, but each one sends the number an invitation again
			idempotent: false,
		},
		update: { locators: { profile_id: 'messagingProfile' } },
	},
};

export const urlDomain: ResourceDefinition = {
	name: 'URL Domain',
	plural: 'URL domains',
	path: '/messaging_url_domains',
	operations: { getAll: { description: 'List the domains registered for links in messages' } },
};
