import type { ResourceDefinition } from '../types';
import { UUID_PLACEHOLDER } from './shared';

const phones = ['phoneNumbers.phoneNumber', 'businessContactPhone'];
/** "Required from January 2026" in the spec, which still marks them optional. */
const registration = ['businessRegistrationNumber', 'businessRegistrationType', 'businessRegistrationCountry'];

export const tollFreeVerification: ResourceDefinition = {
	name: 'Toll-Free Verification',
	// n8n's lint wants actions in sentence case, which has no hyphens: "toll free" there
	plural: 'toll free verification requests',
	path: '/messaging_tollfree/verification/requests',
	locator: { labelField: 'businessName', placeholder: UUID_PLACEHOLDER },
	operations: {
		create: {
			action: 'Submit a toll free verification request',
			description: 'Submit a business and its use case so that its toll-free numbers may send messages',
			e164: phones,
			upFront: registration,
		},
		delete: {
			action: 'Delete a toll free verification request',
			description: 'Delete a verification request, which Telnyx allows only once it is rejected',
		},
		get: { action: 'Get a toll free verification request' },
		getStatusHistory: {
			endpoint: 'GET /messaging_tollfree/verification/requests/{id}/status_history',
			kind: 'list',
			name: 'Get Status History',
			action: 'Get the status history of a toll free verification request',
			description: 'List every status a verification request went through, with the reasons given',
		},
		update: {
			action: 'Update a toll free verification request',
			description: 'Resubmit a verification request with corrected details',
			e164: phones,
			upFront: registration,
		},
	},
};
