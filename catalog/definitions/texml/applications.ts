import type { ResourceDefinition } from '../types';

/** The application TeXML calls run with: the URL its TeXML instructions come from, and where call progress goes. */
export const texmlApplication: ResourceDefinition = {
	name: 'TeXML Application',
	plural: 'applications',
	// n8n's actions are in sentence case, which "TeXML" is not: they say "application"
	article: 'an',
	path: '/texml_applications',
	locator: {
		labelField: 'friendly_name',
		searchParam: 'filter[friendly_name]',
		placeholder: 'e.g. 1293384261075731499',
	},
	operations: {
		getAll: { action: 'Get many applications', description: 'List your TeXML applications, optionally by name' },
		get: { action: 'Get an application', description: 'Get a TeXML application with its URLs and settings' },
		create: {
			action: 'Create an application',
			description: 'Create the application that fetches TeXML instructions from your URL for its calls',
			upFront: ['status_callback'],
		},
		update: { action: 'Update an application', description: 'Change a TeXML application: its name and voice URL are always sent' },
		delete: { action: 'Delete an application', description: 'Delete a TeXML application' },
	},
};
