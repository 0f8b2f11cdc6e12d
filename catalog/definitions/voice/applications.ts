import type { ResourceDefinition } from '../types';

/** The application calls are placed and answered with: where their events go, and how media flows. */
export const callControlApplication: ResourceDefinition = {
	name: 'Call Control Application',
	plural: 'call control applications',
	path: '/call_control_applications',
	locator: {
		labelField: 'application_name',
		searchParam: 'filter[application_name][contains]',
		placeholder: 'e.g. 1293384261075731499',
	},
	operations: {
		// the spec gives this list the filters of call events and conferences as well
		getAll: { queryFields: ['filter[application_name][contains]', 'filter[outbound.outbound_voice_profile_id]', 'sort'] },
		create: { description: 'Create the application that places and answers calls, with the URL its call events go to' },
	},
};
