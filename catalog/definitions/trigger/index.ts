import { triggerCopy } from '../../copy/trigger';
import type { CodexSource } from '../../lib/codex';
import type { NodeDefinition, ResourceDefinition } from '../types';

const connectionLocator = {
	labelField: 'connection_name',
	searchParam: 'filter[connection_name][contains]',
	placeholder: 'e.g. 1293384261075731499',
};

/** A resource whose webhook URL the trigger sets on activation and restores on deactivation. */
function webhookTarget(
	name: string,
	plural: string,
	path: string,
	locator: ResourceDefinition['locator'],
	bodyFields: string[],
	article: 'a' | 'an' = 'a',
): ResourceDefinition {
	return {
		name,
		plural,
		article,
		locator,
		operations: {
			getAll: { endpoint: `GET ${path}`, queryFields: locator?.searchParam ? [locator.searchParam] : [] },
			get: { endpoint: `GET ${path}/{id}` },
			update: { endpoint: `PATCH ${path}/{id}`, bodyFields },
		},
	};
}

/** The Telnyx Trigger node itself, for its codex file. */
export const TRIGGER_NODE: CodexSource = {
	node: 'telnyxTrigger',
	aliases: ['Webhook', 'SMS Received', 'Inbound SMS', 'Incoming Call', 'Call Event', 'Fax Received', 'Event'],
	categories: ['Communication', 'Development'],
	docs: 'telnyx-trigger',
};

/**
 * What the Telnyx Trigger reads and changes to register itself: the resources that send
 * webhooks, and their URL fields. Not an action node: the catalog feeds the trigger's
 * searchable lists, its registration requests and the sandbox.
 */
export const trigger: NodeDefinition = {
	node: 'telnyxTrigger',
	displayName: 'Telnyx Trigger',
	description: 'Starts a workflow when Telnyx sends an event',
	aliases: TRIGGER_NODE.aliases,
	categories: TRIGGER_NODE.categories,
	docs: TRIGGER_NODE.docs,
	versions: [{ version: 1, legacyDefaults: true }],
	internal: true,
	copy: triggerCopy,
	resources: {
		messagingProfile: webhookTarget(
			'Messaging Profile',
			'messaging profiles',
			'/messaging_profiles',
			{ labelField: 'name', searchParam: 'filter[name][contains]', placeholder: 'e.g. 16fd2706-8baf-433b-82eb-8c7fada847da' },
			['webhook_url', 'webhook_failover_url'],
		),
		credentialConnection: webhookTarget(
			'Credential Connection',
			'credential connections',
			'/credential_connections',
			connectionLocator,
			['webhook_event_url', 'webhook_event_failover_url'],
		),
		fqdnConnection: webhookTarget(
			'FQDN Connection',
			'FQDN connections',
			'/fqdn_connections',
			connectionLocator,
			['webhook_event_url', 'webhook_event_failover_url'],
			'an',
		),
		ipConnection: webhookTarget(
			'IP Connection',
			'IP connections',
			'/ip_connections',
			connectionLocator,
			['webhook_event_url', 'webhook_event_failover_url'],
			'an',
		),
		callControlApplication: webhookTarget(
			'Call Control Application',
			'call control applications',
			'/call_control_applications',
			{ labelField: 'application_name', searchParam: 'filter[application_name][contains]', placeholder: 'e.g. 1293384261075731499' },
			['application_name', 'webhook_event_url', 'webhook_event_failover_url'],
		),
		// TeXML applications send Twilio-style status callbacks (forms) to their status callback URL
		texmlApplication: webhookTarget(
			'TeXML Application',
			'TeXML applications',
			'/texml_applications',
			{ labelField: 'friendly_name', searchParam: 'filter[friendly_name]', placeholder: 'e.g. 1293384261075731499' },
			['friendly_name', 'voice_url', 'status_callback', 'status_callback_method'],
		),
		faxApplication: webhookTarget(
			'Fax Application',
			'fax applications',
			'/fax_applications',
			{ labelField: 'application_name', searchParam: 'filter[application_name][contains]', placeholder: 'e.g. 1293384261075731499' },
			['application_name', 'webhook_event_url', 'webhook_event_failover_url'],
		),
		// a porting order sends its status changes, comments and other events to its own webhook URL
		portingOrder: webhookTarget(
			'Porting Order',
			'porting orders',
			'/porting_orders',
			{ labelField: 'customer_reference', placeholder: 'e.g. 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0' },
			['webhook_url'],
		),
		rcsAgent: webhookTarget(
			'RCS Agent',
			'RCS agents',
			'/messaging/rcs/agents',
			{ labelField: 'agent_name', valueField: 'agent_id', placeholder: 'e.g. my_agent_id' },
			['webhook_url', 'webhook_failover_url'],
			'an',
		),
	},
};
