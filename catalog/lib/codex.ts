/** The codex file n8n reads beside each node: node panel categories, search aliases, documentation links. */

/** Where the package's documentation lives; headings of its README are the anchors. */
export const DOCS_URL = 'https://www.npmjs.com/package/n8n-nodes-telnyx';
/** README heading that explains the Telnyx API credential. */
export const CREDENTIAL_DOCS = 'install-in-n8n';

export interface CodexSource {
	node: string;
	aliases: string[];
	categories: string[];
	docs: string;
}

export function codexOf(source: CodexSource): Record<string, unknown> {
	return {
		node: `n8n-nodes-telnyx.${source.node}`,
		nodeVersion: '1.0',
		codexVersion: '1.0',
		categories: source.categories,
		alias: source.aliases,
		resources: {
			credentialDocumentation: [{ url: `${DOCS_URL}#${CREDENTIAL_DOCS}` }],
			primaryDocumentation: [{ url: `${DOCS_URL}#${source.docs}` }],
		},
	};
}
