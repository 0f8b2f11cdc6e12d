import type { ICredentialDataDecryptedObject, IDataObject, INodeListSearchResult, INodeParameters } from 'n8n-workflow';
import { runNode, searchList, type RunOptions, type RunResult } from './harness/n8nHarness';
import { startSandbox, type LoggedRequest, type RunningSandbox, type SandboxOptions } from './sandbox/server';

export function sandboxCredentials(sandbox: RunningSandbox, overrides: IDataObject = {}): ICredentialDataDecryptedObject {
	return { apiKey: sandbox.apiKey, baseUrl: sandbox.url, publicKey: '', ...overrides };
}

/** A sandbox started before the tests of a file and stopped after them, reset between tests. */
export function useSandbox(options: SandboxOptions = {}): () => RunningSandbox {
	let sandbox: RunningSandbox | undefined;
	beforeAll(async () => {
		sandbox = await startSandbox(options);
	});
	beforeEach(() => sandbox?.reset());
	afterAll(async () => {
		await sandbox?.stop();
	});
	return () => {
		if (!sandbox) throw new Error('sandbox not started');
		return sandbox;
	};
}

/** Runs one node with sandbox credentials. */
export function runWithSandbox(
	sandbox: RunningSandbox,
	node: string,
	parameters: INodeParameters,
	options: Omit<RunOptions, 'node' | 'parameters' | 'credentials'> & { credentials?: IDataObject } = {},
): Promise<RunResult> {
	const { credentials, ...rest } = options;
	return runNode({ node, parameters, credentials: sandboxCredentials(sandbox, credentials), ...rest });
}

/** API requests (not control calls) the sandbox received, optionally for one method and path prefix. */
export function apiRequests(sandbox: RunningSandbox, method?: string, path?: string | RegExp): LoggedRequest[] {
	return sandbox.requests.filter(
		(r) =>
			(!method || r.method === method) &&
			(!path || (typeof path === 'string' ? r.path === path : path.test(r.path))),
	);
}

export function locator(value: string, mode: 'id' | 'list' = 'id'): INodeParameters {
	return { __rl: true, mode, value };
}

/**
 * What a node's test file needs: a sandbox for the file and, against it, runs of that node
 * (`run` throws the node's error, `runFailing` returns it), the one request a run sent, and the
 * node's searchable lists.
 */
export function nodeUnderTest(node: string, options: SandboxOptions = {}) {
	const sandbox = useSandbox(options);
	return {
		sandbox,
		async run(parameters: INodeParameters, items?: object[]): Promise<RunResult> {
			const result = await runWithSandbox(sandbox(), node, parameters, { items: items as never });
			if (result.error) throw result.error;
			return result;
		},
		async runFailing(parameters: INodeParameters): Promise<NonNullable<RunResult['error']>> {
			const result = await runWithSandbox(sandbox(), node, parameters);
			expect(result.error).toBeDefined();
			return result.error!;
		},
		only(method: string, path: string | RegExp): LoggedRequest {
			const requests = apiRequests(sandbox(), method, path);
			expect(requests).toHaveLength(1);
			return requests[0];
		},
		search(method: string, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
			return searchList({ node, method, filter, paginationToken, credentials: sandboxCredentials(sandbox()) });
		},
	};
}
