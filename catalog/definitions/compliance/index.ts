import { complianceCopy } from '../../copy/compliance';
import type { NodeDefinition } from '../types';
import { address, userAddress } from './addresses';
import { billingBundle, userBundle } from './bundles';
import { document, documentLink } from './documents';
import { numberOrderPhoneNumber, subNumberOrder } from './lists';
import { regulatoryRequirement, requirement, requirementGroup, requirementType } from './requirements';

/**
 * A node of its own: requirement groups, documents and addresses serve number orders, porting
 * and emergency calling alike, and people look for them as "compliance" or "regulatory".
 */
export const compliance: NodeDefinition = {
	node: 'telnyxCompliance',
	displayName: 'Telnyx Compliance',
	description: 'Answer the regulatory requirements of phone numbers: requirement groups, documents, addresses and bundles',
	aliases: [
		'Compliance', 'Regulatory', 'Regulatory Requirements', 'Requirement Group', 'KYC', 'Document', 'Upload Document',
		'Proof of Address', 'Identity', 'Address', 'Bundle', 'User Bundle',
	],
	categories: ['Communication'],
	docs: 'telnyx-compliance',
	versions: [{ version: 1, defaults: { resource: 'requirementGroup', operations: { requirementGroup: 'getAll' } } }],
	copy: complianceCopy,
	resources: {
		requirementGroup,
		document,
		requirement,
		requirementType,
		regulatoryRequirement,
		address,
		userAddress,
		billingBundle,
		userBundle,
		documentLink,
		subNumberOrder,
		numberOrderPhoneNumber,
	},
};
