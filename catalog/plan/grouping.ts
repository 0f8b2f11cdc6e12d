/**
 * The whole API, grouped into the product nodes users will recognise: for every tag of the
 * OpenAPI description, the node its operations belong to. Nodes the package ships take their
 * operations from their definitions; for the others this is the plan (docs/operations.md).
 */
export const PLANNED_NODES: Record<string, { displayName: string; tags: string[]; why?: string }> = {
	telnyxSipTrunking: {
		displayName: 'Telnyx SIP Trunking',
		tags: ['Connections', 'Credential Connections', 'FQDN Connections', 'FQDNs', 'IP Connections', 'IPs', 'Outbound Voice Profiles', 'IP Ranges', 'IP Addresses', 'UAC Connections'],
	},
	telnyxNetworking: {
		displayName: 'Telnyx Networking',
		tags: ['Networks', 'Private Wireless Gateways', 'Public Internet Gateways', 'Regions', 'Virtual Cross Connects', 'WireGuard Interfaces', 'Global IPs', 'Clusters', 'Integrations', 'Coverage'],
	},
	telnyxVoiceIntegrations: {
		displayName: 'Telnyx Voice Integrations',
		tags: ['Call Recordings', 'Media Storage API', 'Dialogflow Integration', 'External Connections', 'SIPREC Connectors'],
	},
	telnyxMessaging: {
		displayName: 'Telnyx Messaging',
		tags: ['Messages', 'Messaging', 'Profiles', 'Hosted Numbers', 'RCS', 'Verification Requests', 'Messaging URL Domains', 'Opt-Out Management', 'Short Codes'],
	},
	telnyxVerify: { displayName: 'Telnyx Verify', tags: ['Verify', 'Number Lookup', 'Verified Numbers'] },
	telnyxFax: { displayName: 'Telnyx Fax', tags: ['Programmable Fax Commands', 'Programmable Fax Applications'] },
	telnyxVoice: {
		displayName: 'Telnyx Voice',
		tags: ['Call Commands', 'Call Information', 'Conference Commands', 'Queue Commands', 'Call Control Applications', 'Text To Speech Commands', 'Voice SDK Stats', 'Credentials', 'Access Tokens', 'Push Credentials', 'Debugging', 'Mobile Voice Connections'],
	},
	telnyxTexml: { displayName: 'Telnyx TeXML', tags: ['TeXML Applications', 'TeXML REST Commands'] },
	telnyxNumbers: {
		displayName: 'Telnyx Numbers',
		tags: [
			'Phone Numbers', 'Phone Number Search', 'Phone Number Orders', 'Phone Number Reservations', 'Phone Number Configurations',
			'Phone Number Batches', 'Phone Number Block Orders', 'Phone Number Blocks Background Jobs', 'Advanced Number Orders',
			'Inexplicit Number Orders', 'Inventory Level', 'Country Coverage', 'numbers features', 'Bulk Phone Number Operations',
			'CSV Downloads', 'Voicemail', 'Voice Channels', 'Dynamic Emergency Addresses', 'Dynamic Emergency Endpoints',
			'Customer Service Record', 'Comments', 'Mobile Phone Numbers', 'Number Settings', 'Mobile Number Settings',
		],
	},
	telnyxBrandedCalling: {
		displayName: 'Telnyx Branded Calling',
		tags: ['Enterprises', 'Display Identity Records', 'DIR References', 'Email Verification', 'Infringement Claims', 'Reputation'],
		why:
			'Decided with the numbers issue: enterprises, their display identity records (the name, logo and call reason shown on ' +
			'outgoing calls) and number reputation (spam-label monitoring of the numbers an enterprise calls from) are a product of ' +
			'their own, bought and vetted per enterprise, with their own documents, claims and reviews; they are not settings of a ' +
			'number. Batches of numbers and the reference data of call reasons and DIR document types belong to it.',
	},
	telnyxCompliance: {
		displayName: 'Telnyx Compliance',
		// bundles are bought for the compliance of numbers (a country's price for numbers and usage), so they sit here too
		tags: [
			'Requirements', 'Requirement Groups', 'Requirement Types', 'Documents', 'Addresses', 'UserAddresses', 'Regulatory Requirements',
			'Reference Data', 'Bundles', 'User Bundles',
		],
	},
	telnyxPorting: { displayName: 'Telnyx Porting', tags: ['Porting Orders', 'Number Portout', 'Phone Number Porting'] },
	telnyx10dlc: {
		displayName: 'Telnyx 10DLC',
		tags: ['Brands', 'Campaign', 'Shared Campaigns', 'Phone Number Campaigns', 'Bulk Phone Number Campaigns', 'Enum'],
	},
	telnyxWhatsApp: {
		displayName: 'Telnyx WhatsApp',
		tags: ['Whatsapp Business Accounts', 'Whatsapp Message Templates', 'Whatsapp Phone Numbers', 'Whatsapp messaging'],
	},
	telnyxAi: {
		displayName: 'Telnyx AI',
		tags: [
			'Assistants', 'Chat', 'Embeddings', 'Conversations', 'Conversation Histories', 'Fine Tuning', 'MCP Servers', 'Missions',
			'OpenAI Chat', 'OpenAI Embeddings', 'Anthropic Messages', 'Audio', 'Voice Clones', 'Voice Designs', 'Pronunciation Dictionaries',
			'Integration Secrets', 'Speech To Text Capabilities', 'Speech To Text over WebSockets', 'Session Analysis',
		],
	},
	telnyxIot: {
		displayName: 'Telnyx IoT',
		tags: [
			'SIM Cards', 'SIM Card Actions', 'SIM Card Groups', 'SIM Card Group Actions', 'SIM Card Orders', 'Wireless Blocklists',
			'Wireless Regions', 'OTA updates', 'Mobile Network Operators', 'Traffic Policy Profiles', 'Reporting',
		],
	},
	telnyxVideo: {
		displayName: 'Telnyx Video',
		tags: ['Rooms', 'Room Compositions', 'Room Participants', 'Room Recordings', 'Room Sessions', 'Rooms Client Tokens'],
	},
	telnyxStorage: {
		displayName: 'Telnyx Storage',
		tags: ['cloudfs filesystems', 'kv keys', 'kv namespaces', 'Bucket SSL Certificate', 'Bucket Usage', 'Presigned Object URLs', 'Data Migration'],
	},
	telnyxEmail: {
		displayName: 'Telnyx Email',
		tags: [
			'Email Domains', 'Email Domain DNS Records', 'Email Messages', 'Email Events', 'Email Suppressions', 'Email Suppression Imports',
			'Email Templates', 'Email Unsubscribe Groups', 'Email Validations', 'Email Webhooks',
		],
	},
	telnyxAccount: {
		displayName: 'Telnyx Account',
		tags: [
			'Billing', 'Billing Groups', 'Managed Accounts', 'Organization Users', 'Audit Logs', 'AutoRechargePreferences', 'Notifications',
			'Reports', 'CDR Reports', 'CDR Usage Reports', 'MDR Detail Reports', 'MDR Detailed Reports', 'MDR Usage Reports',
			'Usage Reports (BETA)', 'Detail Records', 'WDR Detail Reports', 'Telco Data Usage Reports', 'Speech to Text Batch Reports',
			'Speech to text Usage Reports', 'Stored Payment Transactions', 'x402 Payment Transactions', 'Terms of Service', 'User Tags',
			'Authentication Providers', 'Webhooks', 'OAuth Clients', 'OAuth Grants', 'OAuth Protocol', 'OAuth Discovery', 'SETI Observability',
		],
	},
};

/** Operations whose tag is shared with another product, by path. */
const BY_PATH: Record<string, string> = {
	'/call_reasons': 'telnyxBrandedCalling',
	'/call_reasons/validate': 'telnyxBrandedCalling',
};

/** Paths below a display identity record, whatever their tag (Comments, Phone Number Batches…). */
const BY_PREFIX: Array<[string, string]> = [['/dir', 'telnyxBrandedCalling']];

/** Operations without a tag, by path. */
export const UNTAGGED: Record<string, string> = {
	'/charges_breakdown': 'telnyxAccount',
	'/charges_summary': 'telnyxAccount',
	'/invoices': 'telnyxAccount',
	'/invoices/{id}': 'telnyxAccount',
};

export function plannedNodeOf(tag: string | undefined, path: string): string | undefined {
	const byPath = BY_PATH[path] ?? BY_PREFIX.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`))?.[1];
	if (byPath) return byPath;
	if (!tag) return UNTAGGED[path];
	return Object.entries(PLANNED_NODES).find(([, node]) => node.tags.includes(tag))?.[0];
}
