import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import type { NodeCatalog } from '../shared/catalog/types';
import { buildNodeProperties } from '../shared/description/buildNodeProperties';
import { executeCatalogNode } from '../shared/execution/executeCatalogNode';
import { buildListSearchMethods } from '../shared/methods/listSearch';
import catalogJson from './TelnyxNetworking.catalog.json';

const catalog = catalogJson as unknown as NodeCatalog;

export class TelnyxNetworking implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Telnyx Networking',
		name: 'telnyxNetworking',
		icon: { light: 'file:../../icons/telnyx.svg', dark: 'file:../../icons/telnyx.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage Telnyx private networks, gateways, WireGuard, virtual cross connects and Global IPs, plus AI clusters and integrations',
		defaults: { name: 'Telnyx Networking' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'telnyxApi', required: true }],
		properties: buildNodeProperties(catalog),
	};

	methods = { listSearch: buildListSearchMethods(catalog) };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return executeCatalogNode.call(this, catalog);
	}
}
