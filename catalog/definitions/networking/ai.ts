import type { ResourceDefinition } from '../types';

export const cluster: ResourceDefinition = {
	name: 'Cluster',
	plural: 'clusters',
	path: '/ai/clusters',
	locator: { labelField: 'bucket', valueField: 'task_id', placeholder: 'e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6' },
	operations: {
		create: {
			action: 'Compute clusters',
			description: 'Start grouping the text of an embedded storage bucket into clusters of related topics',
			waitFor: { idField: 'task_id', done: ['completed'], failed: ['failed'] },
		},
		get: { description: 'Get the clusters a task found, with their text' },
		getAll: { description: 'List the clustering tasks and their status' },
		getGraph: {
			endpoint: 'GET /ai/clusters/{task_id}/graph',
			name: 'Get Graph',
			action: 'Get the graph of a cluster',
			description: 'Download a PNG picture of the clusters a task found',
			locators: { task_id: 'cluster' },
			file: { name: 'cluster-{task_id}.png', mimeType: 'image/png' },
		},
	},
};

export const integration: ResourceDefinition = {
	name: 'Integration',
	plural: 'integrations',
	article: 'an',
	path: '/ai/integrations',
	locator: { labelField: 'display_name', placeholder: 'e.g. hubspot' },
	operations: { getAll: { description: 'List the third-party services AI assistants can use as tools' } },
};

export const integrationConnection: ResourceDefinition = {
	name: 'Integration Connection',
	plural: 'integration connections',
	article: 'an',
	path: '/ai/integrations/connections',
	locator: { labelField: 'integration_id', placeholder: 'e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6' },
	operations: {
		delete: { description: 'Disconnect your account from an integration' },
		getAll: { description: 'List the integrations your account is connected to' },
	},
};
