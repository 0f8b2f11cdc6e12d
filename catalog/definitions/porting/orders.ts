import type { ResourceDefinition } from '../types';
import { ACTIVATED, SUBMITTED, UUID_PLACEHOLDER } from './shared';

export const portabilityCheck: ResourceDefinition = {
	name: 'Portability Check',
	plural: 'portability checks',
	operations: {
		check: {
			endpoint: 'POST /portability_checks',
			name: 'Check',
			action: 'Check whether phone numbers can be ported',
			description: 'Find out at once whether Telnyx can port each of several numbers in, and whether fast porting applies',
			e164: ['phone_numbers'],
			upFront: ['phone_numbers'],
			oneOf: [['phone_numbers']],
			// a read-only check: safe to repeat
			idempotent: true,
		},
	},
};

export const portingOrder: ResourceDefinition = {
	name: 'Porting Order',
	plural: 'porting orders',
	path: '/porting_orders',
	locator: { labelField: 'customer_reference', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: { description: 'List porting orders, optionally by status, number, reference or date' },
		get: { description: 'Get a porting order with its status, end user, documents and FOC date' },
		create: {
			description: 'Start porting numbers from another carrier: Telnyx opens a draft order (one per carrier and number type)',
			e164: ['phone_numbers'],
		},
		update: {
			description: 'Give a draft order what porting needs: end user, LOA and invoice, FOC date, webhook URL, requirements',
		},
		delete: { description: 'Delete a porting order that is still a draft' },
		setDocuments: {
			endpoint: 'PATCH /porting_orders/{id}',
			name: 'Set Documents',
			action: 'Set the LOA and invoice of a porting order',
			description: 'Attach the signed LOA and a recent invoice of the losing carrier, uploaded with Document → Upload',
			bodyFields: [],
			shortcuts: [{ path: 'documents.loa' }, { path: 'documents.invoice' }],
			locators: { 'documents.loa': 'document', 'documents.invoice': 'document' },
			displayNames: { 'documents.loa': 'LOA Document', 'documents.invoice': 'Invoice Document' },
			upFront: ['documents.loa', 'documents.invoice'],
			oneOf: [['documents.loa', 'documents.invoice']],
		},
		confirm: {
			name: 'Submit',
			action: 'Submit a porting order',
			description: 'Send a complete draft order to Telnyx, which asks the losing carrier to release the numbers',
			waitFor: SUBMITTED,
		},
		activate: {
			action: 'Activate the numbers of a porting order',
			description: 'Move the numbers to Telnyx now (fast port, on the FOC date); Wait for Completion waits until they are ported',
			waitFor: ACTIVATED,
		},
		cancel: {
			action: 'Cancel a porting order',
			description: 'Stop porting the numbers of an order that has not been ported yet',
		},
		share: {
			action: 'Share a porting order',
			description: 'Make a token that lets someone outside Telnyx read or update the order\'s documents',
		},
		getAllowedFocWindows: {
			endpoint: 'GET /porting_orders/{id}/allowed_foc_windows',
			name: 'Get Allowed FOC Windows',
			action: 'Get the allowed FOC dates of a porting order',
			description: 'List the dates and times the numbers can be ported on (the FOC dates you may ask for)',
		},
		downloadLoaTemplate: {
			endpoint: 'GET /porting_orders/{id}/loa_template',
			name: 'Download LOA Template',
			action: 'Download the LOA template of a porting order',
			description: 'Get the letter of authorization for the order, filled in, as a PDF to sign',
			file: { name: 'loa-{id}.pdf', mimeType: 'application/pdf' },
		},
		getRequirements: {
			endpoint: 'GET /porting_orders/{id}/requirements',
			kind: 'list',
			name: 'Get Requirements',
			action: 'Get the requirements of a porting order',
			description: 'List what the order still needs (documents, information) and whether each is met',
		},
		getSubRequest: {
			endpoint: 'GET /porting_orders/{id}/sub_request',
			name: 'Get Sub Request',
			action: 'Get the sub request of a porting order',
			description: 'Get the sub request and port request IDs of the order in Telnyx\'s earlier porting system',
		},
	},
};

export const activationJob: ResourceDefinition = {
	name: 'Activation Job',
	plural: 'activation jobs',
	article: 'an',
	path: '/porting_orders/{id}/activation_jobs',
	locator: { labelField: 'status', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: { description: 'List the activations of a porting order with their status' },
		get: {
			endpoint: 'GET /porting_orders/{id}/activation_jobs/{activationJobId}',
			description: 'Get an activation of a porting order: when it runs and whether it completed',
			locators: { activationJobId: 'activationJob' },
		},
		update: {
			endpoint: 'PATCH /porting_orders/{id}/activation_jobs/{activationJobId}',
			description: 'Move a scheduled activation to another time within its activation windows',
			locators: { activationJobId: 'activationJob' },
		},
	},
};

export const exceptionType: ResourceDefinition = {
	name: 'Exception Type',
	plural: 'exception types',
	article: 'an',
	path: '/porting_orders/exception_types',
	operations: { getAll: { description: 'List the reasons a porting order can stop at "exception", with their codes' } },
};

export const portingPhoneNumber: ResourceDefinition = {
	name: 'Porting Phone Number',
	plural: 'porting phone numbers',
	path: '/porting_phone_numbers',
	operations: { getAll: { description: 'List every number being ported in, with its order and status' } },
};
