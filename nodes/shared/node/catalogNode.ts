import {
	NodeConnectionTypes,
	VersionedNodeType,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeBaseDescription,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';
import type { NodeCatalog } from '../catalog/types';
import { buildNodeProperties, subtitleOf } from '../description/buildNodeProperties';
import { executeCatalogNode } from '../execution/executeCatalogNode';
import { buildListSearchMethods } from '../methods/listSearch';
import { TELNYX_CREDENTIAL } from '../transport/telnyxRequest';
import { CALL_EVENT_WEBHOOKS, callEventWebhook } from '../webhooks/callEventWebhook';

const ICON = { light: 'file:../../icons/telnyx.svg', dark: 'file:../../icons/telnyx.dark.svg' } as const;

/** One version of a catalog-driven node: its description, searchable lists and the shared execute. */
class CatalogNodeVersion implements INodeType {
	description: INodeTypeDescription;

	methods: INodeType['methods'];

	/** n8n calls it with the run's context as `this`, so the catalog is closed over. */
	execute: (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>;

	/** Only where a command can wait for its call's event: the waiting step's restart webhook. */
	webhook?: (this: IWebhookFunctions) => Promise<IWebhookResponseData>;

	constructor(catalog: NodeCatalog, base: INodeTypeBaseDescription, version: number) {
		this.description = {
			...base,
			version,
			subtitle: subtitleOf(catalog),
			defaults: { name: catalog.displayName },
			usableAsTool: true,
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: TELNYX_CREDENTIAL, required: true }],
			properties: buildNodeProperties(catalog, version),
		};
		if (catalog.operations.some((op) => op.awaitEvent)) {
			this.description.webhooks = CALL_EVENT_WEBHOOKS;
			this.webhook = async function (this: IWebhookFunctions) {
				return await callEventWebhook.call(this, catalog);
			};
		}
		this.methods = { listSearch: buildListSearchMethods(catalog) };
		this.execute = async function (this: IExecuteFunctions) {
			return await executeCatalogNode.call(this, catalog);
		};
	}
}

/**
 * The class of a catalog-driven node: every version its catalog lists, each built from the
 * same operations with that version's defaults and layout. New nodes get the newest version;
 * saved workflows keep theirs (n8n's VersionedNodeType).
 */
export function catalogNode(catalog: NodeCatalog): new () => VersionedNodeType {
	const base: INodeTypeBaseDescription = {
		displayName: catalog.displayName,
		name: catalog.node,
		icon: ICON,
		group: ['transform'],
		description: catalog.description,
		// used as it is by the editor's Docs link (the codex link gets tracking added after the anchor)
		documentationUrl: catalog.documentationUrl,
		defaultVersion: catalog.versions[catalog.versions.length - 1],
	};
	return class extends VersionedNodeType {
		constructor() {
			const versions: Record<number, INodeType> = {};
			for (const version of catalog.versions) versions[version] = new CatalogNodeVersion(catalog, base, version);
			super(versions, base);
		}
	};
}
