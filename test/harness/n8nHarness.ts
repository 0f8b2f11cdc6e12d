import { join } from 'node:path';
import { ExecutionLifecycleHooks, PackageDirectoryLoader, WorkflowExecute } from 'n8n-core';
import {
	NodeHelpers,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IVersionedNodeType,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { TestCredentialsHelper } from './credentialsHelper';
import { TestItems } from './sourceNode';

export const PACKAGE_ROOT = join(__dirname, '..', '..');
export const PACKAGE_NAME = 'n8n-nodes-telnyx';

export interface LoadedPackage {
	nodeTypes: INodeTypes;
	credentialTypes: Record<string, ICredentialType>;
	loader: PackageDirectoryLoader;
}

let loaded: Promise<LoadedPackage> | undefined;

/** Loads the built package (dist/) with n8n's own loader, as n8n does at start-up. */
export function loadPackage(): Promise<LoadedPackage> {
	loaded ??= (async () => {
		const loader = new PackageDirectoryLoader(PACKAGE_ROOT);
		await loader.loadAll();
		const types: Record<string, INodeType | IVersionedNodeType> = {};
		for (const [name, entry] of Object.entries(loader.nodeTypes)) types[`${PACKAGE_NAME}.${name}`] = entry.type;
		types['test.items'] = new TestItems();
		const credentialTypes: Record<string, ICredentialType> = {};
		for (const [name, entry] of Object.entries(loader.credentialTypes)) credentialTypes[name] = entry.type;
		const nodeTypes: INodeTypes = {
			getByName: (name) => {
				const type = types[name];
				if (!type) throw new Error(`Unknown node type ${name}`);
				return type;
			},
			getByNameAndVersion: (name, version) => NodeHelpers.getVersionedNodeType(nodeTypes.getByName(name), version),
			getKnownTypes: () => ({}),
		};
		return { nodeTypes, credentialTypes, loader };
	})();
	return loaded;
}

export interface RunOptions {
	/** Node name without the package prefix: `telnyxSipTrunking`. */
	node: string;
	parameters: INodeParameters;
	/** Items fed into the node, one execution of the operation each. */
	items?: IDataObject[];
	credentials: ICredentialDataDecryptedObject;
	onError?: 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput';
	mode?: 'manual' | 'trigger';
}

export interface RunResult {
	/** Items on the main (success) output. */
	items: INodeExecutionData[];
	/** Items on the Error output (with `onError: 'continueErrorOutput'`). */
	errorItems: INodeExecutionData[];
	/** The error that stopped the node, if it did. */
	error?: Error & { description?: string | null; httpCode?: string | null; context?: IDataObject };
	run: IRun;
}

const NODE_NAME = 'Telnyx';

/** Runs a two-node workflow (fixed input items → the Telnyx node) through n8n's engine. */
export async function runNode(options: RunOptions): Promise<RunResult> {
	const { nodeTypes, credentialTypes } = await loadPackage();
	const nodes: INode[] = [
		{
			id: 'input',
			name: 'Input',
			type: 'test.items',
			typeVersion: 1,
			position: [0, 0],
			parameters: { items: JSON.stringify(options.items ?? [{}]) },
		},
		{
			id: 'telnyx',
			name: NODE_NAME,
			type: `${PACKAGE_NAME}.${options.node}`,
			typeVersion: 1,
			position: [200, 0],
			parameters: options.parameters,
			credentials: { telnyxApi: { id: 'cred-1', name: 'Telnyx (sandbox)' } },
			...(options.onError ? { onError: options.onError } : {}),
		},
	];
	const workflow = new Workflow({
		id: 'wf-test',
		name: 'test',
		nodes,
		connections: { Input: { main: [[{ node: NODE_NAME, type: 'main', index: 0 }]] } },
		active: false,
		nodeTypes,
		settings: { executionOrder: 'v1' },
	});

	const hooks = new ExecutionLifecycleHooks('manual', 'exec-1', {
		id: 'wf-test',
		name: 'test',
		nodes,
		connections: workflow.connectionsBySourceNode,
		active: false,
		settings: {},
		createdAt: new Date(),
		updatedAt: new Date(),
	} as never);
	let finished: (run: IRun) => void = () => undefined;
	const done = new Promise<IRun>((resolve) => (finished = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => finished(run));

	const credentialsHelper = new TestCredentialsHelper(credentialTypes, nodeTypes, { telnyxApi: options.credentials });
	const additionalData = {
		hooks,
		credentialsHelper,
		executionId: 'exec-1',
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		currentNodeParameters: undefined,
		executionTimeoutTimestamp: undefined,
		userId: 'user-1',
		variables: {},
		setExecutionStatus: () => undefined,
		logAiEvent: () => undefined,
		getRunExecutionData: async () => undefined,
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not available in tests');
		},
	} as unknown as IWorkflowExecuteAdditionalData;

	const execution = new WorkflowExecute(additionalData, options.mode ?? 'manual');
	await execution.run({ workflow, startNode: workflow.getNode('Input')! });
	const run = await done;

	const task = run.data.resultData.runData[NODE_NAME]?.[0];
	const outputs = task?.data?.main ?? [];
	return {
		items: outputs[0] ?? [],
		errorItems: options.onError === 'continueErrorOutput' ? (outputs[1] ?? []) : [],
		error: (task?.error ?? run.data.resultData.error) as RunResult['error'],
		run,
	};
}
