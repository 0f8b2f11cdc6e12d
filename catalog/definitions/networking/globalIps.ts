import type { ResourceDefinition } from '../types';
import { PROVISIONED, UUID_PLACEHOLDER } from './shared';

const byIp = { 'filter[global_ip_id]': 'globalIp' };
const byAssignment = { ...byIp, 'filter[global_ip_assignment_id]': 'globalIpAssignment' };

export const globalIp: ResourceDefinition = {
	name: 'Global IP',
	plural: 'global IP addresses',
	path: '/global_ips',
	locator: { labelField: 'ip_address', placeholder: UUID_PLACEHOLDER },
	operations: {
		create: { description: 'Reserve a Global IP address' },
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
			locators: byIp,
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
			locators: byIp,
		},
	},
};

export const globalIpAssignment: ResourceDefinition = {
	name: 'Global IP Assignment',
	plural: 'global IP assignments',
	path: '/global_ip_assignments',
	locator: { labelField: 'global_ip_id', placeholder: UUID_PLACEHOLDER },
	operations: {
		create: {
			description: 'Route a Global IP to a WireGuard peer',
			upFront: ['global_ip_id', 'wireguard_peer_id'],
			waitFor: PROVISIONED,
		},
		update: { upFront: ['is_in_maintenance'] },
		getHealth: {
			endpoint: 'GET /global_ip_assignment_health',
			kind: 'list',
			name: 'Get Health',
			action: 'Get the health of global IP assignments',
			description: 'Get how many health checks of your Global IP assignments passed and failed',
			locators: byAssignment,
		},
		getUsage: {
			endpoint: 'GET /global_ip_assignments_usage',
			kind: 'list',
			name: 'Get Usage',
			action: 'Get the traffic of global IP assignments',
			description: 'Get the data received and sent through your Global IP assignments',
			locators: byAssignment,
		},
	},
};

export const globalIpHealthCheck: ResourceDefinition = {
	name: 'Global IP Health Check',
	plural: 'global IP health checks',
	path: '/global_ip_health_checks',
	locator: { labelField: 'health_check_type', placeholder: UUID_PLACEHOLDER },
	operations: {
		create: {
			description: 'Start checking whether the service behind a Global IP answers',
			upFront: ['global_ip_id', 'health_check_type', 'health_check_params'],
		},
		getTypes: {
			endpoint: 'GET /global_ip_health_check_types',
			kind: 'list',
			name: 'Get Types',
			action: 'Get the kinds of global IP health check',
			description: 'List the kinds of health check available and the settings each one takes',
		},
	},
};
