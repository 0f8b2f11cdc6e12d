import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';
import { BASE_URL_EXPRESSION, DEFAULT_BASE_URL } from '../nodes/shared/transport/baseUrl';

export class TelnyxApi implements ICredentialType {
	name = 'telnyxApi';

	displayName = 'Telnyx API';

	icon: Icon = { light: 'file:../icons/telnyx.svg', dark: 'file:../icons/telnyx.dark.svg' };

	documentationUrl = 'https://developers.telnyx.com/development/api-fundamentals/create-api-keys';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			placeholder: 'KEY0123456789ABCDEF...',
			description: 'An API key from the Telnyx portal (Account → API Keys)',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: DEFAULT_BASE_URL,
			description:
				'Where API requests go. Keep the default unless you use a regional endpoint, a proxy or a local test server. Spaces, a query string and a user name or password in it are ignored: the API key is what signs in.',
		},
		{
			displayName: 'Webhook Public Key',
			name: 'publicKey',
			type: 'string',
			default: '',
			placeholder: 'e.g. 2wB0A8Q0...=',
			description:
				'The public key Telnyx signs webhooks with (Account → Keys & Credentials → Public Key), in base64. The Telnyx Trigger uses it to check that events really come from Telnyx.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.apiKey.trim()}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: BASE_URL_EXPRESSION,
			url: '/balance',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'Telnyx rejected the API key. Copy it again from the portal (Account → API Keys).',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message: 'The API key is valid but not allowed to read the account balance; check its permissions.',
				},
			},
		],
	};
}
