import type { ResourceDefinition } from '../types';
import { UUID_PLACEHOLDER } from './shared';

/**
 * A porting order can take its documents and requirements from a requirement group: listed
 * here so its ID is picked from a list (Telnyx Compliance manages requirement groups).
 */
export const requirementGroup: ResourceDefinition = {
	name: 'Requirement Group',
	plural: 'requirement groups',
	locator: { labelField: 'customer_reference', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: {
			endpoint: 'GET /requirement_groups',
			kind: 'list',
			description: 'List your requirement groups (Telnyx Compliance manages them)',
		},
	},
};
