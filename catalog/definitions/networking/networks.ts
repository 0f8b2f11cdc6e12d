import type { ResourceDefinition } from '../types';
import { PROVISIONED, UUID_PLACEHOLDER } from './shared';

export const network: ResourceDefinition = {
	name: 'Network',
	plural: 'networks',
	path: '/networks',
	locator: { labelField: 'name', placeholder: UUID_PLACEHOLDER },
	operations: {
		create: { description: 'Create a private network' },
		createDefaultGateway: {
			endpoint: 'POST /networks/{id}/default_gateway',
			name: 'Create Default Gateway',
			action: 'Create the default gateway of a network',
			description: 'Send the internet traffic of a network out through a WireGuard peer',
			locators: { wireguard_peer_id: 'wireguardPeer' },
			upFront: ['wireguard_peer_id'],
			waitFor: { operation: 'getDefaultGateway', idField: 'network_id', done: ['provisioned'] },
		},
		deleteDefaultGateway: {
			endpoint: 'DELETE /networks/{id}/default_gateway',
			name: 'Delete Default Gateway',
			action: 'Delete the default gateway of a network',
		},
		getDefaultGateway: {
			endpoint: 'GET /networks/{id}/default_gateway',
			name: 'Get Default Gateway',
			action: 'Get the default gateway of a network',
			description: 'Get the default gateway of a network and its provisioning status',
		},
		getInterfaces: {
			endpoint: 'GET /networks/{id}/network_interfaces',
			kind: 'list',
			name: 'Get Interfaces',
			action: 'Get the interfaces of a network',
			description: 'List the WireGuard interfaces, gateways and cross connects attached to a network',
		},
	},
};

const inNetwork = { network_id: 'network', region_code: 'region' };

export const privateWirelessGateway: ResourceDefinition = {
	name: 'Private Wireless Gateway',
	plural: 'private wireless gateways',
	path: '/private_wireless_gateways',
	locator: { labelField: 'name', placeholder: UUID_PLACEHOLDER },
	operations: {
		create: {
			description: 'Connect the SIM cards of a network to your private network',
			locators: inNetwork,
			waitFor: { statusField: 'status.value', done: ['provisioned'], failed: ['failed'] },
		},
		getAll: { locators: { 'filter[region_code]': 'region' } },
	},
};

export const publicInternetGateway: ResourceDefinition = {
	name: 'Public Internet Gateway',
	plural: 'public internet gateways',
	path: '/public_internet_gateways',
	locator: { labelField: 'name', placeholder: UUID_PLACEHOLDER },
	operations: {
		create: {
			description: 'Give a network a way out to the internet with a public IP',
			locators: inNetwork,
			upFront: ['network_id', 'region_code'],
			waitFor: PROVISIONED,
		},
		getAll: { locators: { 'filter[network_id]': 'network' } },
	},
};

export const region: ResourceDefinition = {
	name: 'Region',
	plural: 'regions',
	path: '/regions',
	locator: { labelField: 'name', valueField: 'code', placeholder: 'e.g. ashburn-va' },
	operations: {
		getAll: { description: 'List the regions networking interfaces can be deployed in' },
		getCoverage: {
			endpoint: 'GET /network_coverage',
			kind: 'list',
			name: 'Get Coverage',
			action: 'Get the network coverage of locations',
			description: 'List Telnyx network locations with the interfaces and services each supports',
		},
	},
};

export const virtualCrossConnect: ResourceDefinition = {
	name: 'Virtual Cross Connect',
	plural: 'virtual cross connects',
	path: '/virtual_cross_connects',
	locator: { labelField: 'name', placeholder: UUID_PLACEHOLDER },
	operations: {
		create: { description: 'Connect a network privately to a cloud provider', locators: inNetwork, waitFor: PROVISIONED },
		getAll: { locators: { 'filter[network_id]': 'network' } },
		getCoverage: {
			endpoint: 'GET /virtual_cross_connects_coverage',
			kind: 'list',
			name: 'Get Coverage',
			action: 'Get the cloud coverage of virtual cross connects',
			description: 'List which cloud regions can be reached from which Telnyx locations, and at what bandwidth',
		},
	},
};
