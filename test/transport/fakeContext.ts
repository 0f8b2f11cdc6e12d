import type { IDataObject, IHttpRequestOptions, INode } from 'n8n-workflow';
import type { TelnyxContext } from '../../nodes/shared/transport/telnyxRequest';

export interface FakeResponse {
	statusCode: number;
	headers?: Record<string, string>;
	body?: unknown;
}

/**
 * A minimal execution context for transport unit tests: answers each request with the
 * given function (or throws what it throws) and records what was asked.
 */
export function fakeContext(answer: (options: IHttpRequestOptions) => FakeResponse | Promise<FakeResponse>) {
	const requests: IHttpRequestOptions[] = [];
	const node: INode = {
		id: 'n',
		name: 'Telnyx',
		type: 'n8n-nodes-telnyx.telnyxSipTrunking',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const context = {
		getNode: () => node,
		getCredentials: async () => ({ apiKey: 'KEYSECRET', baseUrl: 'http://telnyx.test/v2/' }) as IDataObject,
		helpers: {
			httpRequestWithAuthentication: async (_credential: string, options: IHttpRequestOptions) => {
				requests.push(structuredClone(options));
				const response = await answer(options);
				return { headers: {}, ...response };
			},
		},
	} as unknown as TelnyxContext;
	return { context, requests };
}
