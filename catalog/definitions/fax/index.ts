import { faxCopy } from '../../copy/fax';
import type { NodeDefinition } from '../types';
import { fax, faxApplication } from './faxes';

export const faxNode: NodeDefinition = {
	node: 'telnyxFax',
	displayName: 'Telnyx Fax',
	description: 'Send faxes from a file or a URL, follow and download them, and manage fax applications',
	aliases: ['Fax', 'Send Fax', 'eFax', 'Internet Fax', 'Online Fax', 'Programmable Fax', 'T.38', 'PDF'],
	categories: ['Communication'],
	docs: 'telnyx-fax',
	versions: [{ version: 1, defaults: { resource: 'fax', operations: { fax: 'send' } } }],
	copy: faxCopy,
	resources: { fax, faxApplication },
};
