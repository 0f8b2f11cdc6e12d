import type { ResourceDefinition } from '../types';

export const connectionLocator = {
	labelField: 'connection_name',
	searchParam: 'filter[connection_name][contains]',
	placeholder: 'e.g. 1293384261075731499',
};

export const connection: ResourceDefinition = {
	name: 'Connection',
	plural: 'connections',
	path: '/connections',
	locator: connectionLocator,
	operations: {
		get: { description: 'Get the common settings of a connection of any type' },
		getAll: { description: 'List connections of every type' },
	},
};

export const credentialConnection: ResourceDefinition = {
	name: 'Credential Connection',
	plural: 'credential connections',
	path: '/credential_connections',
	locator: connectionLocator,
	operations: {
		checkRegistrationStatus: {
			action: 'Check the registration status of a credential connection',
			description: 'Ask whether the SIP endpoint behind a credential connection is registered',
			idempotent: true,
		},
	},
};

export const fqdnConnection: ResourceDefinition = {
	name: 'FQDN Connection',
	plural: 'FQDN connections',
	article: 'an',
	path: '/fqdn_connections',
	locator: connectionLocator,
};

export const ipConnection: ResourceDefinition = {
	name: 'IP Connection',
	plural: 'IP connections',
	article: 'an',
	path: '/ip_connections',
	locator: connectionLocator,
	// the spec requires nothing, but a connection is found by its name everywhere
	operations: { create: { upFront: ['connection_name'] } },
};
