import type { ResourceDefinition } from '../types';
import { LATER, UUID_PLACEHOLDER } from './shared';

export const hostedNumberOrder: ResourceDefinition = {
	name: 'Hosted Number Order',
	plural: 'hosted number orders',
	path: '/messaging_hosted_number_orders',
	locator: { labelField: 'status', placeholder: UUID_PLACEHOLDER },
	operations: {
		checkEligibility: {
			endpoint: 'POST /messaging_hosted_number_orders/eligibility_numbers_check',
			name: 'Check Eligibility',
			action: 'Check whether numbers can be hosted for messaging',
			description: 'Ask, number by number, whether Telnyx can host messaging for numbers kept at another carrier',
			e164: ['phone_numbers'],
			itemsAt: 'phone_numbers',
			idempotent: true,
		},
		create: {
			description: 'Order messaging for numbers whose voice service stays with another carrier',
			e164: ['phone_numbers'],
			upFront: ['phone_numbers', 'messaging_profile_id'],
		},
		delete: { description: 'Delete a hosted number order and all of its numbers' },
		sendVerificationCodes: {
			endpoint: 'POST /messaging_hosted_number_orders/{id}/verification_codes',
			name: 'Send Verification Codes',
			action: 'Send verification codes to the numbers of an order',
			description: 'Have Telnyx text or call each number with a code that proves you own it',
			e164: ['phone_numbers'],
		},
		uploadDocuments: {
			endpoint: 'POST /messaging_hosted_number_orders/{id}/actions/file_upload',
			name: 'Upload Documents',
			action: 'Upload the LOA and bill of a hosted number order',
			description: 'Send the signed letter of authorization and a recent bill as PDF files',
			contentType: 'multipart',
			upFront: ['loa', 'bill'],
			oneOf: [['loa', 'bill']],
		},
		validateVerificationCodes: {
			endpoint: 'POST /messaging_hosted_number_orders/{id}/validation_codes',
			name: 'Validate Verification Codes',
			action: 'Validate the verification codes of an order',
			description: 'Check the codes the numbers received, which proves ownership of those numbers',
			e164: ['verification_codes.phone_number'],
		},
	},
};

export const hostedNumber: ResourceDefinition = {
	name: 'Hosted Number',
	plural: 'hosted numbers',
	path: '/messaging_hosted_numbers',
	without: { update: LATER },
	// no id picker: version 1 shipped the ID as plain text, and saved workflows keep that
	operations: {
		delete: { description: 'Remove one number from its hosted number order' },
		getAll: { description: 'List the numbers hosted for messaging, from every order' },
	},
};
