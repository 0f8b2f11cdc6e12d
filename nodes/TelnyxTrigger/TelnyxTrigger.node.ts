import {
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type IHookFunctions,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';
import { loadCatalog } from '../shared/catalog/load';
import type { NodeCatalog } from '../shared/catalog/types';
import { buildListSearchMethods } from '../shared/methods/listSearch';
import { TELNYX_CREDENTIAL } from '../shared/transport/telnyxRequest';
import { isRegistered, register, requireTargetId, unregister } from '../shared/webhooks/registration';
import { rememberEvent } from '../shared/webhooks/seenEvents';
import { readSignedDelivery } from '../shared/webhooks/signedDelivery';
import { matchesEventFilter, withCallFields } from '../shared/webhooks/telnyxEvent';
import { DEFAULT_TOLERANCE_SECONDS } from '../shared/webhooks/verifyTelnyxSignature';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- data files: gulp copies them into dist, tsc does not compile them
const catalog: NodeCatalog = loadCatalog(require('./TelnyxTrigger.catalog.json'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const eventTypes = require('./TelnyxTrigger.events.json') as Array<{ value: string; group: string; name: string; description: string }>;
const MANUAL = 'manual';

/** Dropdowns list their options alphabetically, as n8n's rules ask. */
function byName(a: { name: string }, b: { name: string }): number {
	return a.name.localeCompare(b.name);
}

/** Resource locator for the resource that should send events here. */
function targetLocator(resource: NodeCatalog['resources'][number]): INodeProperties {
	return {
		displayName: resource.name,
		name: `${resource.value}Id`,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: `The ${resource.name.toLowerCase()} whose events start this workflow. On activation its webhook URL is set to this trigger; on deactivation the previous URL is restored.`,
		displayOptions: { show: { source: [resource.value] } },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: resource.locator?.listPlaceholder ?? `Select ${resource.name}...`,
				typeOptions: { searchListMethod: `search${resource.value.charAt(0).toUpperCase()}${resource.value.slice(1)}`, searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: resource.locator?.placeholder ?? '' },
		],
	};
}

export class TelnyxTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Telnyx Trigger',
		name: 'telnyxTrigger',
		icon: { light: 'file:../../icons/telnyx.svg', dark: 'file:../../icons/telnyx.dark.svg' },
		group: ['trigger'],
		// version 2 puts a call's ids, numbers and decoded client state at the top of call events
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		description: 'Starts the workflow when Telnyx sends an event: a message received, a call answered, a recording saved…',
		documentationUrl: 'https://www.npmjs.com/package/n8n-nodes-telnyx#telnyx-trigger',
		defaults: { name: 'Telnyx Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: TELNYX_CREDENTIAL, required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName: 'Send Events From',
				name: 'source',
				type: 'options',
				noDataExpression: true,
				default: MANUAL,
				description:
					'Which Telnyx resource should send its events to this trigger. The trigger sets (and later restores) its webhook URL.',
				options: [
					{ name: 'Manual (Paste the URL in the Telnyx Portal)', value: MANUAL },
					...catalog.resources.map((r) => ({ name: r.name, value: r.value })),
				].sort(byName),
			},
			{
				displayName:
					'Copy the webhook URL shown above into the Telnyx portal (for example as the webhook URL of a messaging profile or connection)',
				name: 'manualNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { source: [MANUAL] } },
			},
			...catalog.resources.map(targetLocator),
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				default: ['*'],
				description: 'Which events start the workflow; others are acknowledged and dropped',
				// by product, the common events of each first (not alphabetical: see scripts/lint-descriptions.ts)
				options: [
					{ name: 'All Events', value: '*', description: 'Every event the resource sends' },
					...eventTypes.map((e) => ({ name: e.name, value: e.value, description: `${e.group}: ${e.description} (${e.value})` })),
				],
			},
			{
				displayName: 'More Event Types',
				name: 'moreEvents',
				type: 'string',
				default: '',
				placeholder: 'e.g. call.*, porting_order.status_changed',
				description:
					'Other event types, comma-separated. A type ending in .* matches every event under it (call.* is every call event).',
			},
			{
				displayName: 'Verify Signature',
				name: 'verifySignature',
				type: 'boolean',
				default: true,
				description:
					'Whether to accept only events signed by Telnyx, checked with the Webhook Public Key of the credential',
			},
			{
				displayName:
					'Signature checking is off: anyone who knows this URL can start the workflow. Use this only for local testing.',
				name: 'unverifiedNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { verifySignature: [false] } },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Ignore Repeated Deliveries',
						name: 'deduplicate',
						type: 'boolean',
						default: true,
						description:
							'Whether an event Telnyx delivers again (same event ID) is dropped instead of starting another execution. Best effort: n8n saves the remembered IDs last-writer-wins, so under concurrent deliveries a repeat can get through. For a guarantee (queue mode too), claim the event ID in Redis; see the README.',
					},
					{
						displayName: 'Include Raw Body and Headers',
						name: 'includeRaw',
						type: 'boolean',
						default: false,
						description: 'Whether to add the body and headers exactly as received',
					},
					{
						displayName: 'Timestamp Tolerance (Seconds)',
						name: 'toleranceSeconds',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: DEFAULT_TOLERANCE_SECONDS,
						description: 'How far the signed time may be from now; older deliveries are refused as possible replays',
					},
				],
			},
		],
	};

	methods = { listSearch: buildListSearchMethods(catalog) };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				toleranceOf(this);
				const target = readTarget(this);
				if (!target) return true;
				return await isRegistered.call(this, catalog, target, this.getNodeWebhookUrl('default') as string);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				toleranceOf(this);
				const target = readTarget(this);
				if (target) await register.call(this, catalog, target, this.getNodeWebhookUrl('default') as string);
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				await unregister.call(this, catalog);
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject();
		const response = this.getResponseObject();
		const reject = (status: number, error: string): IWebhookResponseData => {
			response.status(status).json({ error });
			return { noWebhookResponse: true };
		};
		const acknowledge = (note: IDataObject): IWebhookResponseData => {
			response.status(200).json({ received: true, ...note });
			return { noWebhookResponse: true };
		};

		const verify = this.getNodeParameter('verifySignature', true) as boolean;
		let toleranceSeconds: number | undefined;
		if (verify) {
			try {
				toleranceSeconds = toleranceOf(this);
			} catch (error) {
				return reject(500, (error as Error).message);
			}
		}
		const delivery = await readSignedDelivery(this, { verify, toleranceSeconds });
		if (!delivery.ok) return reject(delivery.status, delivery.error);
		const { event, rawBody } = delivery;

		const wanted = [
			...((this.getNodeParameter('events', []) as string[]) ?? []),
			...String(this.getNodeParameter('moreEvents', '') ?? '').split(','),
		].filter((w) => w.trim());
		if (!matchesEventFilter(event.event_type, wanted)) return acknowledge({ ignored: 'event type not selected' });

		const options = this.getNodeParameter('options', {}) as IDataObject;
		if (options.deduplicate !== false && rememberEvent(this.getWorkflowStaticData('node'), event.id)) {
			return acknowledge({ ignored: 'already delivered' });
		}
		const json: IDataObject = this.getNode().typeVersion >= 2 ? withCallFields(event) : { ...event };
		if (options.includeRaw === true) {
			json.rawBody = rawBody.toString('utf8');
			json.headers = request.headers as IDataObject;
		}
		// answered here rather than by n8n's default, whose body varies between n8n versions
		return { ...acknowledge({}), workflowData: [[{ json }]] };
	}
}

/**
 * The replay window, in seconds. Anything but a positive number is refused: an expression that
 * gives text would otherwise disable the timestamp check altogether.
 */
function toleranceOf(context: IHookFunctions | IWebhookFunctions): number {
	const raw = (context.getNodeParameter('options', {}) as IDataObject).toleranceSeconds;
	if (raw === undefined || raw === null) return DEFAULT_TOLERANCE_SECONDS;
	const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
	if (!Number.isFinite(value) || value <= 0) {
		throw new NodeOperationError(
			context.getNode(),
			`"Timestamp Tolerance (Seconds)" must be a positive number of seconds, not ${describeValue(raw)}`,
			{ description: `Leave it out for the default of ${DEFAULT_TOLERANCE_SECONDS} seconds, or give a number such as 300.` },
		);
	}
	return value;
}

function describeValue(value: unknown): string {
	const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The resource chosen to send events, or undefined for manual setup. */
function readTarget(context: IHookFunctions): { resource: string; id: string } | undefined {
	const resource = context.getNodeParameter('source', MANUAL) as string;
	if (resource === MANUAL) return undefined;
	const id = requireTargetId(context, context.getNodeParameter(`${resource}Id`, '', { extractValue: true }));
	return { resource, id };
}
