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
import catalogJson from './TelnyxMessaging.catalog.json';

const catalog = catalogJson as unknown as NodeCatalog;

export class TelnyxMessaging implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Telnyx Messaging',
		name: 'telnyxMessaging',
		icon: { light: 'file:../../icons/telnyx.svg', dark: 'file:../../icons/telnyx.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Send SMS, MMS and RCS with Telnyx and manage hosted numbers, toll-free verification and messaging profiles',
		defaults: { name: 'Telnyx Messaging' },
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
