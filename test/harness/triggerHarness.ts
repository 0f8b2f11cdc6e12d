import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HookContext, WebhookContext } from 'n8n-core';
import {
	Workflow,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type IWebhookData,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { TestCredentialsHelper } from './credentialsHelper';
import { PACKAGE_NAME, additionalDataFor, loadPackage } from './n8nHarness';

const NODE_NAME = 'Telnyx Trigger';
const WEBHOOK_ID = 'c0ffee00-0000-4000-8000-000000000001';

export interface TriggerDelivery {
	status: number;
	body: unknown;
	/** What the trigger handed to n8n to start an execution with, if it started one. */
	started?: INodeExecutionData[][];
}

export interface RunningTrigger {
	/** The production webhook URL Telnyx posts to. */
	url: string;
	/** Every delivery, in order. */
	deliveries: TriggerDelivery[];
	/** Executions started: the items each one began with. */
	executions: INodeExecutionData[][][];
	/** The workflow's static data as n8n would have saved it after each request. */
	staticData: IDataObject;
	activate(): Promise<void>;
	deactivate(): Promise<void>;
	isRegistered(): Promise<boolean>;
	stop(): Promise<void>;
}

/**
 * Serves the Telnyx Trigger's webhook on loopback the way n8n's webhook server does: the raw
 * body kept for signature checks, the node's `webhook()` run through n8n-core's WebhookContext,
 * static data loaded before and saved after each request (as n8n does, also in queue mode),
 * and the lifecycle methods run through HookContext.
 */
export async function startTrigger(options: {
	parameters: INodeParameters;
	credentials: ICredentialDataDecryptedObject;
	/** The trigger's webhook id: another workflow's trigger has another. */
	webhookId?: string;
	/**
	 * The webhook base URL of an n8n instance that several test workflows share; its URLs are
	 * registered with Telnyx but not served. Without it the trigger is served on its own port.
	 */
	webhookBase?: string;
	/** The trigger's version: 1 unless a test is about what version 2 adds. */
	typeVersion?: number;
}): Promise<RunningTrigger> {
	const webhookId = options.webhookId ?? WEBHOOK_ID;
	const { nodeTypes, credentialTypes } = await loadPackage();
	const type = nodeTypes.getByNameAndVersion(`${PACKAGE_NAME}.telnyxTrigger`, 1) as INodeType;
	const helper = new TestCredentialsHelper(credentialTypes, nodeTypes, { telnyxApi: options.credentials });
	let saved: IDataObject = {};
	const deliveries: TriggerDelivery[] = [];
	const executions: INodeExecutionData[][][] = [];

	const server: Server = createServer((req, res) => {
		handle(req)
			.then((delivery) => {
				deliveries.push(delivery);
				if (delivery.started) executions.push(delivery.started);
				res.writeHead(delivery.status, { 'content-type': 'application/json' });
				res.end(JSON.stringify(delivery.body ?? { message: 'Workflow was started' }));
			})
			.catch((error: Error) => {
				res.writeHead(500, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ error: error.message }));
			});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
	const { port } = server.address() as AddressInfo;
	const webhookBase = options.webhookBase ?? `http://127.0.0.1:${port}/webhook`;
	const url = `${webhookBase}/${webhookId}/webhook`;

	const node: INode = {
		id: 'trigger',
		name: NODE_NAME,
		type: `${PACKAGE_NAME}.telnyxTrigger`,
		typeVersion: options.typeVersion ?? 1,
		position: [0, 0],
		webhookId,
		parameters: options.parameters,
		credentials: { telnyxApi: { id: 'cred-1', name: 'Telnyx (sandbox)' } },
	};

	/** A workflow as n8n builds it per request: static data loaded from the database. */
	function loadWorkflow(): Workflow {
		return new Workflow({
			id: 'wf-trigger',
			nodes: [node],
			connections: {},
			active: true,
			nodeTypes,
			staticData: structuredClone(saved),
		});
	}

	function additionalData(extra: Partial<IWorkflowExecuteAdditionalData> = {}): IWorkflowExecuteAdditionalData {
		return { ...additionalDataFor(helper), webhookBaseUrl: webhookBase, ...extra } as IWorkflowExecuteAdditionalData;
	}

	/** n8n saves static data only when it changed. */
	function save(workflow: Workflow): void {
		const data = workflow.staticData as IDataObject & { __dataChanged?: boolean };
		if (data.__dataChanged) {
			const copy = JSON.parse(JSON.stringify(data)) as IDataObject;
			delete copy.__dataChanged;
			saved = copy;
		}
	}

	async function handle(req: IncomingMessage): Promise<TriggerDelivery> {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const rawBody = Buffer.concat(chunks);
		let body: unknown = {};
		try {
			body = rawBody.length ? JSON.parse(rawBody.toString('utf8')) : {};
		} catch {
			body = {};
		}
		const reply: { status: number; body?: unknown } = { status: 200 };
		const response = {
			status(code: number) {
				reply.status = code;
				return response;
			},
			json(value: unknown) {
				reply.body = value;
				return response;
			},
			send(value: unknown) {
				reply.body = value;
				return response;
			},
			end() {
				return response;
			},
		};
		const request = { body, rawBody, headers: req.headers, query: {}, params: {}, method: req.method, url: req.url };
		const workflow = loadWorkflow();
		const webhookData = {
			httpMethod: 'POST',
			node: NODE_NAME,
			path: `${webhookId}/webhook`,
			webhookDescription: type.description.webhooks![0],
			workflowId: 'wf-trigger',
			workflowExecuteAdditionalData: {},
		} as unknown as IWebhookData;
		const context = new WebhookContext(
			workflow,
			node,
			additionalData({ httpRequest: request as never, httpResponse: response as never }),
			'webhook',
			webhookData,
			[],
			null,
		);
		const result = await type.webhook!.call(context);
		save(workflow);
		// as n8n does: the node may answer the request itself and still start a run
		if (result.noWebhookResponse) return { status: reply.status, body: reply.body, started: result.workflowData };
		return { status: 200, body: result.webhookResponse, started: result.workflowData };
	}

	async function hook(method: 'checkExists' | 'create' | 'delete'): Promise<boolean> {
		const workflow = loadWorkflow();
		const context = new HookContext(workflow, node, additionalData(), 'trigger', 'activate', {
			webhookDescription: type.description.webhooks![0],
			isTest: false,
		} as unknown as IWebhookData);
		const outcome = await type.webhookMethods!.default![method]!.call(context);
		save(workflow);
		return outcome;
	}

	return {
		url,
		deliveries,
		executions,
		get staticData() {
			return saved;
		},
		// n8n's activation: create only when checkExists says it is not there yet. When that
		// fails, n8n calls delete with the static data saved before (nothing of this attempt)
		async activate() {
			try {
				if (!(await hook('checkExists'))) await hook('create');
			} catch (error) {
				await hook('delete').catch(() => undefined);
				throw error;
			}
		},
		async deactivate() {
			await hook('delete');
		},
		isRegistered: () => hook('checkExists'),
		stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
