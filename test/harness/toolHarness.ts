import { SupplyDataContext } from 'n8n-core';
import { makeHandleToolInvocation } from 'n8n-core/dist/execution-engine/node-execution-context/utils/get-input-connection-data';
import {
	NodeConnectionTypes,
	Workflow,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type IExecuteData,
	type INodeParameters,
	type INodeType,
	type IRunExecutionData,
} from 'n8n-workflow';
import { TestCredentialsHelper } from './credentialsHelper';
import { additionalDataFor, loadPackage, telnyxNode } from './n8nHarness';

/**
 * Calls a node the way n8n's AI Agent calls a tool: n8n-core's own tool invocation, which
 * turns a failure into the text the agent reads (`message`, then `Details: description`).
 */
export async function runAsTool(options: {
	node: string;
	parameters: INodeParameters;
	credentials: ICredentialDataDecryptedObject;
	toolArgs?: IDataObject;
}): Promise<{ response?: unknown; error?: Error & { description?: string | null } }> {
	const { nodeTypes, credentialTypes } = await loadPackage();
	const node = telnyxNode({ node: options.node, parameters: options.parameters });
	const workflow = new Workflow({ id: 'wf-tool', nodes: [node], connections: {}, active: false, nodeTypes });
	const helper = new TestCredentialsHelper(credentialTypes, nodeTypes, { telnyxApi: options.credentials });
	const additionalData = additionalDataFor(helper);
	const runExecutionData = { resultData: { runData: {} } } as unknown as IRunExecutionData;
	const executeData: IExecuteData = { node, data: {}, source: null };
	const type = nodeTypes.getByNameAndVersion(node.type, 1) as INodeType;
	const contextFactory = (runIndex: number) =>
		new SupplyDataContext(
			workflow,
			node,
			additionalData,
			'manual',
			runExecutionData,
			runIndex,
			[],
			{ [NodeConnectionTypes.AiTool]: [[{ json: options.toolArgs ?? {} }]] },
			NodeConnectionTypes.AiTool,
			executeData,
			[],
		);
	const invoke = makeHandleToolInvocation(contextFactory, node, type, runExecutionData);
	try {
		return { response: await invoke(options.toolArgs ?? {}) };
	} catch (error) {
		return { error: error as Error & { description?: string | null } };
	}
}
