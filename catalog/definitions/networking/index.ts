import { networkingCopy } from '../../copy/networking';
import type { NodeDefinition } from '../types';
import { cluster, integration, integrationConnection } from './ai';
import { globalIp, globalIpAssignment, globalIpHealthCheck } from './globalIps';
import { network, privateWirelessGateway, publicInternetGateway, region, virtualCrossConnect } from './networks';
import { wireguardInterface, wireguardPeer } from './wireguard';

export const networking: NodeDefinition = {
	node: 'telnyxNetworking',
	displayName: 'Telnyx Networking',
	description: 'Manage Telnyx private networks, gateways, WireGuard, virtual cross connects and Global IPs, plus AI clusters and integrations',
	aliases: ['Network', 'VPN', 'WireGuard', 'Gateway', 'Global IP', 'Cross Connect', 'Private Network', 'Cloud VPN'],
	categories: ['Development', 'Communication'],
	docs: 'telnyx-networking',
	versions: [
		// Region → Get Coverage sorts before Get Many: version 1 keeps opening on Get Many
		{ version: 1, legacyDefaults: true, defaults: { resource: 'cluster', operations: { region: 'getAll' } } },
		{ version: 2, defaults: { resource: 'network' } },
	],
	upFrontSince: 2,
	copy: networkingCopy,
	resources: {
		network,
		wireguardInterface,
		wireguardPeer,
		publicInternetGateway,
		privateWirelessGateway,
		virtualCrossConnect,
		region,
		globalIp,
		globalIpAssignment,
		globalIpHealthCheck,
		cluster,
		integration,
		integrationConnection,
	},
};
