export const DEFAULT_BASE_URL = 'https://api.telnyx.com/v2';

/**
 * How the credential's Base URL is read, the same by the nodes and by the credential test:
 * spaces around it, a query string or fragment (they would end up inside every path), a user
 * name and password (axios would send them as Basic auth in place of the API key) and trailing
 * slashes are dropped; empty means Telnyx's own API.
 */
const STEPS: ReadonlyArray<[RegExp, string]> = [
	[/[?#].*$/, ''],
	[/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1'],
	[/\/+$/, ''],
];

export function normaliseBaseUrl(value: unknown): string {
	let url = typeof value === 'string' ? value.trim() : '';
	for (const [pattern, replacement] of STEPS) url = url.replace(pattern, replacement);
	return url || DEFAULT_BASE_URL;
}

/** The same steps as an n8n expression over `$credentials.baseUrl`, for the credential test. */
export const BASE_URL_EXPRESSION = `={{ String($credentials.baseUrl || "").trim()${STEPS.map(
	([pattern, replacement]) => `.replace(${String(pattern)}, ${JSON.stringify(replacement)})`,
).join('')} || ${JSON.stringify(DEFAULT_BASE_URL)} }}`;
