import { join } from 'node:path';
import { request as undiciRequest } from 'undici';
import { ExecutionLifecycleHooks, LoadOptionsContext, PackageDirectoryLoader, WorkflowExecute } from 'n8n-core';
import {
	NodeHelpers,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeListSearchResult,
	type INodeParameters,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IVersionedNodeType,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { TestCredentialsHelper } from './credentialsHelper';
import { TestItems, type TestFile } from './sourceNode';

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
	/** Binary data of those items, by index: `[{ data: testFile(...) }]`. */
	files?: Array<Record<string, TestFile> | null>;
	credentials: ICredentialDataDecryptedObject;
	onError?: 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput';
	mode?: 'manual' | 'trigger';
	/** Node version to run, default 1 (what workflows saved before version 2 carry). */
	typeVersion?: number;
	/** n8n's "Execute Once" setting: the node runs for the first item only. */
	executeOnce?: boolean;
	/** The execution's custom data before the node runs (as earlier steps would have set it). */
	customData?: Record<string, string>;
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

export function telnyxNode(options: Pick<RunOptions, 'node' | 'parameters' | 'onError' | 'typeVersion' | 'executeOnce'>): INode {
	return {
		id: 'telnyx',
		name: NODE_NAME,
		type: `${PACKAGE_NAME}.${options.node}`,
		typeVersion: options.typeVersion ?? 1,
		position: [200, 0],
		parameters: options.parameters,
		credentials: { telnyxApi: { id: 'cred-1', name: 'Telnyx (sandbox)' } },
		...(options.onError ? { onError: options.onError } : {}),
		...(options.executeOnce ? { executeOnce: true } : {}),
	};
}

export function additionalDataFor(
	credentialsHelper: TestCredentialsHelper,
	hooks?: ExecutionLifecycleHooks,
): IWorkflowExecuteAdditionalData {
	return {
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
}

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
			parameters: {
				items: JSON.stringify(options.items ?? [{}]),
				files: JSON.stringify(options.files ?? []),
				customData: JSON.stringify(options.customData ?? {}),
			},
		},
		telnyxNode(options),
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
	const additionalData = additionalDataFor(credentialsHelper, hooks);

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

/**
 * Calls one of a node's list-search methods (the searchable id dropdowns) the way the
 * editor does, through n8n-core's load-options context.
 */
export async function searchList(options: {
	node: string;
	method: string;
	filter?: string;
	paginationToken?: string;
	parameters?: INodeParameters;
	credentials: ICredentialDataDecryptedObject;
}): Promise<INodeListSearchResult> {
	const { nodeTypes, credentialTypes } = await loadPackage();
	const node = telnyxNode({ node: options.node, parameters: options.parameters ?? {} });
	const workflow = new Workflow({ id: 'wf-test', nodes: [node], connections: {}, active: false, nodeTypes });
	const credentialsHelper = new TestCredentialsHelper(credentialTypes, nodeTypes, { telnyxApi: options.credentials });
	const context = new LoadOptionsContext(workflow, node, additionalDataFor(credentialsHelper), 'parameters');
	const type = nodeTypes.getByNameAndVersion(node.type, 1) as INodeType;
	const method = type.methods?.listSearch?.[options.method];
	if (!method) throw new Error(`${options.node} has no list search method ${options.method}`);
	return await method.call(context, options.filter, options.paginationToken);
}

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
}

/**
 * Runs the credential's declared test as n8n's credential tester does: expressions in the
 * request resolved against the credential, `authenticate` applied, then the response-code
 * rules decide the message.
 */
export async function testCredential(credentials: ICredentialDataDecryptedObject): Promise<CredentialTestResult> {
	const { nodeTypes, credentialTypes } = await loadPackage();
	const type = credentialTypes.telnyxApi;
	const test = type.test;
	if (!test) throw new Error('telnyxApi declares no credential test');
	const node = telnyxNode({ node: 'telnyxSipTrunking', parameters: {} });
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const helper = new TestCredentialsHelper(credentialTypes, nodeTypes, { telnyxApi: credentials });
	const resolve = (value: unknown) => helper.resolve(value, credentials, workflow, node) as string;
	const options = await helper.authenticate(
		credentials,
		'telnyxApi',
		{
			method: test.request.method ?? 'GET',
			url: `${resolve(test.request.baseURL ?? '')}${resolve(test.request.url ?? '')}`,
			headers: {},
		},
		workflow,
		node,
	);
	const response = await undiciRequest(options.url, {
		method: options.method as 'GET',
		headers: options.headers as Record<string, string>,
	});
	await response.body.dump();
	for (const rule of test.rules ?? []) {
		if (rule.type === 'responseCode' && rule.properties.value === response.statusCode) {
			return { status: 'Error', message: rule.properties.message };
		}
	}
	if (response.statusCode >= 200 && response.statusCode < 300) return { status: 'OK', message: 'Connection successful!' };
	return { status: 'Error', message: `Request failed with status code ${response.statusCode}` };
}
