import type { ResourceDefinition } from '../types';

export const UUID_PLACEHOLDER = 'e.g. 12ade33a-21c0-473b-b055-b3c836e1c292';

/** Requirement versions change Telnyx's own regulatory rules, which an account answers but does not set. */
const TELNYX_RULES =
	'schedules or cancels a new version of one of Telnyx\'s regulatory requirements (what a country asks for); accounts answer requirements with requirement groups, they do not define them';

export const requirementGroup: ResourceDefinition = {
	name: 'Requirement Group',
	plural: 'requirement groups',
	path: '/requirement_groups',
	locator: { labelField: 'customer_reference', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: { description: 'List your requirement groups, optionally by country, number type, status or reference' },
		get: { description: 'Get a requirement group with its answers and the status of each' },
		create: {
			description: 'Gather the documents, addresses and text a country asks for to buy or port numbers, to reuse on orders',
			upFront: ['regulatory_requirements', 'customer_reference'],
			// a field named "action" reads as an operation to n8n's rules
			displayNames: { action: 'Used For' },
		},
		update: { description: 'Change the answers or the reference of a requirement group' },
		delete: { description: 'Delete a requirement group' },
		submitForApproval: {
			endpoint: 'POST /requirement_groups/{id}/submit_for_approval',
			name: 'Submit for Approval',
			action: 'Submit a requirement group for approval',
			description: 'Ask Telnyx to review the answers of a requirement group, so orders can use it',
		},
	},
};

export const requirement: ResourceDefinition = {
	name: 'Requirement',
	plural: 'requirements',
	path: '/requirements',
	locator: { labelField: 'country_code', placeholder: UUID_PLACEHOLDER },
	without: {
		'POST /requirements/{id}/versions': TELNYX_RULES,
		'DELETE /requirements/{id}/versions/pending': TELNYX_RULES,
	},
	operations: {
		getAll: { description: 'List what each country asks for (documents, addresses, text) to buy or port numbers of a type' },
		get: { description: 'Get the requirements of a country, number type and action, with the types of each' },
	},
};

export const requirementType: ResourceDefinition = {
	name: 'Requirement Type',
	plural: 'requirement types',
	path: '/requirement_types',
	locator: { labelField: 'name', searchParam: 'filter[name][contains]', placeholder: UUID_PLACEHOLDER },
	operations: {
		getAll: { description: 'List the kinds of information requirements ask for (an address, an ID document, a text)' },
		get: { description: 'Get one requirement type with what it accepts' },
	},
};

export const regulatoryRequirement: ResourceDefinition = {
	name: 'Regulatory Requirement',
	plural: 'regulatory requirements',
	operations: {
		get: {
			endpoint: 'GET /regulatory_requirements',
			kind: 'get',
			name: 'Get',
			action: 'Get the regulatory requirements of a number type',
			description: 'Find out what buying or porting numbers of a country and type asks for, or what a given number asks for',
		},
		getForNumbers: {
			endpoint: 'GET /phone_numbers_regulatory_requirements',
			kind: 'get',
			name: 'Get for Phone Numbers',
			action: 'Get the regulatory requirements of phone numbers',
			description: 'Find out what each of several numbers asks for before you can buy it',
		},
	},
};
