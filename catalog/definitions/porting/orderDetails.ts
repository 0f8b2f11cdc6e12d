import type { ResourceDefinition } from '../types';
import { UUID_PLACEHOLDER } from './shared';

export const portingComment: ResourceDefinition = {
	name: 'Porting Comment',
	plural: 'porting comments',
	path: '/porting_orders/{id}/comments',
	operations: {
		getAll: { description: 'List the conversation with Telnyx about a porting order' },
		create: { description: 'Write to Telnyx about a porting order', upFront: ['body'], oneOf: [['body']] },
	},
};

export const additionalDocument: ResourceDefinition = {
	name: 'Additional Document',
	plural: 'additional documents',
	article: 'an',
	path: '/porting_orders/{id}/additional_documents',
	locator: { labelField: 'filename', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: { description: 'List the documents attached to a porting order besides its LOA and invoice' },
		create: {
			description: 'Attach uploaded documents (another LOA, an invoice, a CSR…) to a porting order',
			upFront: ['additional_documents'],
			oneOf: [['additional_documents']],
		},
		delete: {
			endpoint: 'DELETE /porting_orders/{id}/additional_documents/{additional_document_id}',
			description: 'Take a document off a porting order',
		},
	},
};

export const phoneNumberBlock: ResourceDefinition = {
	name: 'Phone Number Block',
	plural: 'phone number blocks',
	path: '/porting_orders/{porting_order_id}/phone_number_blocks',
	locator: { labelField: 'country_code', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: { description: 'List the ranges of consecutive numbers a porting order ports' },
		create: { description: 'Port a range of consecutive numbers, with the numbers of the range that are in the order' },
		delete: { description: 'Take a range of numbers off a porting order' },
	},
};

export const phoneNumberExtension: ResourceDefinition = {
	name: 'Phone Number Extension',
	plural: 'phone number extensions',
	path: '/porting_orders/{porting_order_id}/phone_number_extensions',
	locator: { labelField: 'porting_phone_number_id', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: { description: 'List the extension ranges that come with the numbers of a porting order' },
		create: { description: 'Port extension numbers that belong to a number of the order' },
		delete: { description: 'Take an extension range off a porting order' },
	},
};

export const associatedPhoneNumber: ResourceDefinition = {
	name: 'Associated Phone Number',
	plural: 'associated phone numbers',
	article: 'an',
	path: '/porting_orders/{porting_order_id}/associated_phone_numbers',
	locator: { labelField: 'action', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: { description: 'List the numbers on the same account that stay with the losing carrier or are ported with the order' },
		create: {
			description: 'Say what happens to numbers on the same account at the losing carrier that are not in the order',
			// a field named "action" reads as an operation to n8n's rules
			displayNames: { action: 'Numbers Action' },
		},
		delete: { description: 'Take an associated number range off a porting order' },
	},
};

export const actionRequirement: ResourceDefinition = {
	name: 'Action Requirement',
	plural: 'action requirements',
	article: 'an',
	path: '/porting_orders/{porting_order_id}/action_requirements',
	locator: { labelField: 'requirement_type_id', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: { description: 'List the steps (such as an identity check) a porting order waits for you to take' },
		initiate: {
			endpoint: 'POST /porting_orders/{porting_order_id}/action_requirements/{id}/initiate',
			name: 'Initiate',
			action: 'Initiate an action requirement',
			description: 'Start a step a porting order needs, such as the identity check of the end user',
		},
	},
};

export const verificationCode: ResourceDefinition = {
	name: 'Verification Code',
	plural: 'verification codes',
	operations: {
		getAll: {
			endpoint: 'GET /porting_orders/{id}/verification_codes',
			kind: 'list',
			description: 'List the verification codes sent for the numbers of a porting order, and whether each was verified',
		},
		send: {
			endpoint: 'POST /porting_orders/{id}/verification_codes/send',
			name: 'Send',
			action: 'Send verification codes for a porting order',
			description: 'Send a code by SMS or call to numbers of the order, to prove they are yours',
			e164: ['phone_numbers'],
			upFront: ['phone_numbers', 'verification_method'],
		},
		verify: {
			endpoint: 'POST /porting_orders/{id}/verification_codes/verify',
			name: 'Verify',
			action: 'Verify codes for a porting order',
			description: 'Give the codes the numbers received, to prove they are yours',
			upFront: ['verification_codes'],
		},
	},
};
