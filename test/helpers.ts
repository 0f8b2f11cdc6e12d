import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';
import { runNode, type RunOptions, type RunResult } from './harness/n8nHarness';
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
