/** Operations no node will offer, and why (listed in docs/operations.md). */

const OAUTH_FLOW =
	'a step of the OAuth authorization flow between a browser, an OAuth client and Telnyx, not a call a workflow makes with an API key';

export const EXCLUDED: Record<string, string> = {
	'GET /oauth/authorize': `${OAUTH_FLOW} (it answers with a browser redirect)`,
	'GET /oauth/consent/{consent_token}': `${OAUTH_FLOW} (it reads the consent screen's token)`,
	'POST /oauth/grants': `${OAUTH_FLOW} (it records the consent a user gave on the consent screen)`,
	'POST /oauth/token': `${OAUTH_FLOW} (OAuth clients authenticate with their own client credentials)`,
	'POST /oauth/introspect': `${OAUTH_FLOW} (OAuth clients authenticate with their own client credentials)`,
	'POST /oauth/register': `${OAUTH_FLOW} (dynamic registration of a new OAuth client, without authentication)`,
	'GET /oauth/jwks': `${OAUTH_FLOW} (the public keys OAuth clients check tokens with)`,
	'GET /.well-known/oauth-authorization-server': `${OAUTH_FLOW} (discovery metadata at the host root, outside the API)`,
	'GET /.well-known/oauth-protected-resource': `${OAUTH_FLOW} (discovery metadata at the host root, outside the API)`,
	'GET /speech-to-text/transcription':
		'a WebSocket endpoint (wss://) that streams audio in and transcripts out for as long as the socket is open; n8n nodes make HTTP requests',
};
