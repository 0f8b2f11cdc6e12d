import type { ResourceDefinition } from '../types';

/** Queues are named by their callers (`queue_name` in every path), and made on the fly by Enqueue. */
export const queue: ResourceDefinition = {
	name: 'Queue',
	plural: 'queues',
	path: '/queues',
	locator: { labelField: 'name', valueField: 'name', placeholder: 'e.g. support' },
	operations: {
		getAll: { description: 'List the call queues with how many calls wait in each' },
		get: { description: 'Get a queue with its size and average wait time' },
		create: { description: 'Create a named queue that calls can wait in' },
		update: {
			endpoint: 'POST /queues/{queue_name}',
			kind: 'update',
			description: 'Change how many calls a queue holds at most',
			// sets a value, so sending it twice changes nothing
			idempotent: true,
		},
		delete: { description: 'Delete a queue' },
	},
};

/** The calls waiting in a queue. */
export const queuedCall: ResourceDefinition = {
	name: 'Queued Call',
	plural: 'queued calls',
	operations: {
		getAll: {
			endpoint: 'GET /queues/{queue_name}/calls',
			kind: 'list',
			description: 'List the calls waiting in a queue, in their order',
		},
		get: {
			endpoint: 'GET /queues/{queue_name}/calls/{call_control_id}',
			kind: 'get',
			description: 'Get a call waiting in a queue, with its position and wait time',
		},
		update: {
			endpoint: 'PATCH /queues/{queue_name}/calls/{call_control_id}',
			kind: 'update',
			description: 'Change whether a call stays in the queue after it hangs up',
		},
		remove: {
			endpoint: 'DELETE /queues/{queue_name}/calls/{call_control_id}',
			kind: 'delete',
			name: 'Remove',
			action: 'Remove a call from a queue',
			description: 'Take a call out of a queue by force, e.g. one that hung up but was kept',
		},
	},
};
