import { networkingCopy } from '../copy/networking';
import type { NodeDefinition } from './types';

const UUID_PLACEHOLDER = 'e.g. 6a09cdc3-8948-47f0-aa62-74ac943d6c58';

/** Interfaces, gateways and assignments report `status`: created → provisioning → provisioned (→ deleting). */
const PROVISIONED = { done: ['provisioned'] };

export const networking: NodeDefinition = {
	node: 'telnyxNetworking',
	displayName: 'Telnyx Networking',
	description: 'Manage Telnyx private networks, gateways, WireGuard, virtual cross connects and Global IPs, plus AI clusters and integrations',
	copy: networkingCopy,
	resources: {
		cluster: {
			name: 'Cluster',
			plural: 'clusters',
			locator: { labelField: 'bucket', valueField: 'task_id', placeholder: 'e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6' },
			operations: {
				create: {
					endpoint: 'POST /ai/clusters',
					action: 'Compute clusters',
					description: 'Start grouping the text of an embedded storage bucket into clusters of related topics',
					waitFor: { idField: 'task_id', done: ['completed'], failed: ['failed'] },
				},
				delete: { endpoint: 'DELETE /ai/clusters/{task_id}' },
				get: { endpoint: 'GET /ai/clusters/{task_id}', description: 'Get the clusters a task found, with their text' },
				getAll: { endpoint: 'GET /ai/clusters', description: 'List the clustering tasks and their status' },
				getGraph: {
					endpoint: 'GET /ai/clusters/{task_id}/graph',
					name: 'Get Graph',
					action: 'Get the graph of a cluster',
					description: 'Download a PNG picture of the clusters a task found',
					locators: { task_id: 'cluster' },
					file: { name: 'cluster-{task_id}.png', mimeType: 'image/png' },
				},
			},
		},
		globalIp: {
			name: 'Global IP',
			plural: 'global IP addresses',
			locator: { labelField: 'ip_address', placeholder: UUID_PLACEHOLDER },
			operations: {
				create: { endpoint: 'POST /global_ips', description: 'Reserve a Global IP address' },
				delete: { endpoint: 'DELETE /global_ips/{id}' },
				get: { endpoint: 'GET /global_ips/{id}' },
				getAll: { endpoint: 'GET /global_ips' },
				getAllowedPorts: {
					endpoint: 'GET /global_ip_allowed_ports',
					kind: 'list',
					name: 'Get Allowed Ports',
					action: 'Get the ports a global IP may open',
					description: 'List the port ranges that can be opened on a Global IP, per protocol',
				},
				getLatency: {
					endpoint: 'GET /global_ip_latency',
					kind: 'list',
					name: 'Get Latency',
					action: 'Get the latency of global IP addresses',
					description: 'Get latency measured from probe locations to your Global IPs',
					locators: { 'filter[global_ip_id]': 'globalIp' },
				},
				getProtocols: {
					endpoint: 'GET /global_ip_protocols',
					kind: 'list',
					name: 'Get Protocols',
					action: 'Get the protocols global IP ports support',
					description: 'List the protocols Global IP ports can be opened for',
				},
				getUsage: {
					endpoint: 'GET /global_ip_usage',
					kind: 'list',
					name: 'Get Usage',
					action: 'Get the traffic of global IP addresses',
					description: 'Get the data received and sent through your Global IPs',
					locators: { 'filter[global_ip_id]': 'globalIp' },
				},
			},
		},
		globalIpAssignment: {
			name: 'Global IP Assignment',
			plural: 'global IP assignments',
			locator: { labelField: 'global_ip_id', placeholder: UUID_PLACEHOLDER },
			operations: {
				create: {
					endpoint: 'POST /global_ip_assignments',
					description: 'Route a Global IP to a WireGuard peer',
					locators: { global_ip_id: 'globalIp', wireguard_peer_id: 'wireguardPeer' },
					waitFor: PROVISIONED,
				},
				delete: { endpoint: 'DELETE /global_ip_assignments/{id}' },
				get: { endpoint: 'GET /global_ip_assignments/{id}' },
				getAll: { endpoint: 'GET /global_ip_assignments' },
				getHealth: {
					endpoint: 'GET /global_ip_assignment_health',
					kind: 'list',
					name: 'Get Health',
					action: 'Get the health of global IP assignments',
					description: 'Get how many health checks of your Global IP assignments passed and failed',
					locators: { 'filter[global_ip_id]': 'globalIp', 'filter[global_ip_assignment_id]': 'globalIpAssignment' },
				},
				getUsage: {
					endpoint: 'GET /global_ip_assignments_usage',
					kind: 'list',
					name: 'Get Usage',
					action: 'Get the traffic of global IP assignments',
					description: 'Get the data received and sent through your Global IP assignments',
					locators: { 'filter[global_ip_id]': 'globalIp', 'filter[global_ip_assignment_id]': 'globalIpAssignment' },
				},
				update: { endpoint: 'PATCH /global_ip_assignments/{id}' },
			},
		},
		globalIpHealthCheck: {
			name: 'Global IP Health Check',
			plural: 'global IP health checks',
			locator: { labelField: 'health_check_type', placeholder: UUID_PLACEHOLDER },
			operations: {
				create: {
					endpoint: 'POST /global_ip_health_checks',
					description: 'Start checking whether the service behind a Global IP answers',
					locators: { global_ip_id: 'globalIp' },
				},
				delete: { endpoint: 'DELETE /global_ip_health_checks/{id}' },
				get: { endpoint: 'GET /global_ip_health_checks/{id}' },
				getAll: { endpoint: 'GET /global_ip_health_checks' },
				getTypes: {
					endpoint: 'GET /global_ip_health_check_types',
					kind: 'list',
					name: 'Get Types',
					action: 'Get the kinds of global IP health check',
					description: 'List the kinds of health check available and the settings each one takes',
				},
			},
		},
		integration: {
			name: 'Integration',
			plural: 'integrations',
			article: 'an',
			locator: { labelField: 'display_name', placeholder: 'e.g. hubspot' },
			operations: {
				get: { endpoint: 'GET /ai/integrations/{integration_id}' },
				getAll: {
					endpoint: 'GET /ai/integrations',
					description: 'List the third-party services AI assistants can use as tools',
				},
			},
		},
		integrationConnection: {
			name: 'Integration Connection',
			plural: 'integration connections',
			article: 'an',
			locator: { labelField: 'integration_id', placeholder: 'e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6' },
			operations: {
				delete: {
					endpoint: 'DELETE /ai/integrations/connections/{user_connection_id}',
					description: 'Disconnect your account from an integration',
				},
				get: { endpoint: 'GET /ai/integrations/connections/{user_connection_id}' },
				getAll: {
					endpoint: 'GET /ai/integrations/connections',
					description: 'List the integrations your account is connected to',
				},
			},
		},
		network: {
			name: 'Network',
			plural: 'networks',
			locator: { labelField: 'name', placeholder: UUID_PLACEHOLDER },
			operations: {
				create: { endpoint: 'POST /networks', description: 'Create a private network' },
				createDefaultGateway: {
					endpoint: 'POST /networks/{id}/default_gateway',
					name: 'Create Default Gateway',
					action: 'Create the default gateway of a network',
					description: 'Send the internet traffic of a network out through a WireGuard peer',
					locators: { wireguard_peer_id: 'wireguardPeer' },
					waitFor: { operation: 'getDefaultGateway', idField: 'network_id', done: ['provisioned'] },
				},
				delete: { endpoint: 'DELETE /networks/{id}' },
				deleteDefaultGateway: {
					endpoint: 'DELETE /networks/{id}/default_gateway',
					name: 'Delete Default Gateway',
					action: 'Delete the default gateway of a network',
				},
				get: { endpoint: 'GET /networks/{id}' },
				getAll: { endpoint: 'GET /networks' },
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
				update: { endpoint: 'PATCH /networks/{id}' },
			},
		},
		privateWirelessGateway: {
			name: 'Private Wireless Gateway',
			plural: 'private wireless gateways',
			locator: { labelField: 'name', placeholder: UUID_PLACEHOLDER },
			operations: {
				create: {
					endpoint: 'POST /private_wireless_gateways',
					description: 'Connect the SIM cards of a network to your private network',
					locators: { network_id: 'network', region_code: 'region' },
					waitFor: { statusField: 'status.value', done: ['provisioned'], failed: ['failed'] },
				},
				delete: { endpoint: 'DELETE /private_wireless_gateways/{id}' },
				get: { endpoint: 'GET /private_wireless_gateways/{id}' },
				getAll: {
					endpoint: 'GET /private_wireless_gateways',
					locators: { 'filter[region_code]': 'region' },
				},
			},
		},
		publicInternetGateway: {
			name: 'Public Internet Gateway',
			plural: 'public internet gateways',
			locator: { labelField: 'name', placeholder: UUID_PLACEHOLDER },
			operations: {
				create: {
					endpoint: 'POST /public_internet_gateways',
					description: 'Give a network a way out to the internet with a public IP',
					locators: { network_id: 'network', region_code: 'region' },
					waitFor: PROVISIONED,
				},
				delete: { endpoint: 'DELETE /public_internet_gateways/{id}' },
				get: { endpoint: 'GET /public_internet_gateways/{id}' },
				getAll: {
					endpoint: 'GET /public_internet_gateways',
					locators: { 'filter[network_id]': 'network' },
				},
			},
		},
		region: {
			name: 'Region',
			plural: 'regions',
			locator: { labelField: 'name', valueField: 'code', placeholder: 'e.g. ashburn-va' },
			operations: {
				getAll: {
					endpoint: 'GET /regions',
					description: 'List the regions networking interfaces can be deployed in',
				},
			},
		},
		virtualCrossConnect: {
			name: 'Virtual Cross Connect',
			plural: 'virtual cross connects',
			locator: { labelField: 'name', placeholder: UUID_PLACEHOLDER },
			operations: {
				create: {
					endpoint: 'POST /virtual_cross_connects',
					description: 'Connect a network privately to a cloud provider',
					locators: { network_id: 'network', region_code: 'region' },
					waitFor: PROVISIONED,
				},
				delete: { endpoint: 'DELETE /virtual_cross_connects/{id}' },
				get: { endpoint: 'GET /virtual_cross_connects/{id}' },
				getAll: {
					endpoint: 'GET /virtual_cross_connects',
					locators: { 'filter[network_id]': 'network' },
				},
				getCoverage: {
					endpoint: 'GET /virtual_cross_connects_coverage',
					kind: 'list',
					name: 'Get Coverage',
					action: 'Get the cloud coverage of virtual cross connects',
					description: 'List which cloud regions can be reached from which Telnyx locations, and at what bandwidth',
				},
				update: { endpoint: 'PATCH /virtual_cross_connects/{id}' },
			},
		},
		wireguardInterface: {
			name: 'WireGuard Interface',
			plural: 'wireguard interfaces',
			locator: { labelField: 'name', placeholder: UUID_PLACEHOLDER },
			operations: {
				create: {
					endpoint: 'POST /wireguard_interfaces',
					description: 'Open a WireGuard VPN endpoint into a network',
					locators: { network_id: 'network', region_code: 'region' },
					waitFor: PROVISIONED,
				},
				delete: { endpoint: 'DELETE /wireguard_interfaces/{id}' },
				get: { endpoint: 'GET /wireguard_interfaces/{id}' },
				getAll: {
					endpoint: 'GET /wireguard_interfaces',
					locators: { 'filter[network_id]': 'network' },
				},
			},
		},
		wireguardPeer: {
			name: 'WireGuard Peer',
			plural: 'wireguard peers',
			locator: { labelField: 'public_key', placeholder: UUID_PLACEHOLDER },
			operations: {
				create: {
					endpoint: 'POST /wireguard_peers',
					description: 'Add a device that connects to a WireGuard interface',
					locators: { wireguard_interface_id: 'wireguardInterface' },
				},
				delete: { endpoint: 'DELETE /wireguard_peers/{id}' },
				get: { endpoint: 'GET /wireguard_peers/{id}' },
				getAll: {
					endpoint: 'GET /wireguard_peers',
					locators: { 'filter[wireguard_interface_id]': 'wireguardInterface' },
				},
				getConfig: {
					endpoint: 'GET /wireguard_peers/{id}/config',
					name: 'Get Config',
					action: 'Get the configuration file of a wireguard peer',
					description: 'Download a WireGuard configuration file for the peer, ready for its private key',
					file: { name: 'wireguard-peer-{id}.conf', mimeType: 'text/plain' },
				},
				update: { endpoint: 'PATCH /wireguard_peers/{id}' },
			},
		},
	},
};
