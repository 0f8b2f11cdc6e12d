import type { ResourceDefinition } from '../types';
import { PROVISIONED, UUID_PLACEHOLDER } from './shared';

export const wireguardInterface: ResourceDefinition = {
	name: 'WireGuard Interface',
	plural: 'wireguard interfaces',
	path: '/wireguard_interfaces',
	locator: { labelField: 'name', placeholder: UUID_PLACEHOLDER },
	operations: {
		create: {
			description: 'Open a WireGuard VPN endpoint into a network',
			locators: { network_id: 'network', region_code: 'region' },
			waitFor: PROVISIONED,
		},
		getAll: { locators: { 'filter[network_id]': 'network' } },
	},
};

export const wireguardPeer: ResourceDefinition = {
	name: 'WireGuard Peer',
	plural: 'wireguard peers',
	path: '/wireguard_peers',
	locator: { labelField: 'public_key', placeholder: UUID_PLACEHOLDER },
	operations: {
		create: { description: 'Add a device that connects to a WireGuard interface' },
		update: { upFront: ['public_key'] },
		getConfig: {
			endpoint: 'GET /wireguard_peers/{id}/config',
			name: 'Get Config',
			action: 'Get the configuration file of a wireguard peer',
			description: 'Download a WireGuard configuration file for the peer, ready for its private key',
			file: { name: 'wireguard-peer-{id}.conf', mimeType: 'text/plain' },
		},
	},
};
