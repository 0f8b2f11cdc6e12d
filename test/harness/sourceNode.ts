import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

/** A test-only start node that emits the items given in its `items` parameter (a JSON array). */
export class TestItems implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Test Items',
		name: 'testItems',
		group: ['input'],
		version: 1,
		description: 'Emits fixed items',
		defaults: { name: 'Input' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{ displayName: 'Items', name: 'items', type: 'json', default: '[{}]' },
			{ displayName: 'Files', name: 'files', type: 'json', default: '[]' },
			{ displayName: 'Custom Data', name: 'customData', type: 'json', default: '{}' },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const raw = this.getNodeParameter('items', 0) as string | object[];
		const items = (typeof raw === 'string' ? JSON.parse(raw) : raw) as object[];
		const files = JSON.parse((this.getNodeParameter('files', 0, '[]') as string) || '[]') as Array<
			Record<string, TestFile> | null
		>;
		// the execution's custom data as an earlier step of the workflow would have left it
		const customData = JSON.parse((this.getNodeParameter('customData', 0, '{}') as string) || '{}') as Record<string, string>;
		for (const [key, value] of Object.entries(customData)) this.customData.set(key, value);
		const out: INodeExecutionData[] = [];
		for (const [index, json] of items.entries()) {
			const item: INodeExecutionData = { json: json as INodeExecutionData['json'] };
			for (const [property, file] of Object.entries(files[index] ?? {})) {
				item.binary ??= {};
				item.binary[property] = await this.helpers.prepareBinaryData(
					Buffer.from(file.base64, 'base64'),
					file.fileName,
					file.mimeType,
				);
			}
			out.push(item);
		}
		return [out];
	}
}

/** A file put on an input item's binary data, for upload tests. */
export interface TestFile {
	base64: string;
	fileName: string;
	mimeType: string;
}

export function testFile(content: Buffer | string, fileName: string, mimeType: string): TestFile {
	return { base64: Buffer.from(content).toString('base64'), fileName, mimeType };
}
