import type { FieldCopy } from './types';

/** Field descriptions of the Telnyx Networking node, in our own words (see ./types.ts for the conventions). */
export const networkingCopy: FieldCopy = {
	// Ids in paths
	globalIpAssignmentId: 'The Global IP assignment to work on',
	globalIpHealthCheckId: 'The Global IP health check to work on',
	globalIpId: 'The Global IP to work on',
	integration_id: 'The integration to read',
	networkId: 'The network to work on',
	privateWirelessGatewayId: 'The private wireless gateway to work on',
	publicInternetGatewayId: 'The public internet gateway to work on',
	task_id: 'The clustering task to work on',
	user_connection_id: 'The connection between your account and an integration',
	virtualCrossConnectId: 'The virtual cross connect to work on',
	wireguardInterfaceId: 'The WireGuard interface to work on',
	wireguardPeerId: 'The WireGuard peer to work on',

	// Fields shared by networks, interfaces and gateways
	name: 'A name of your choice',
	'network.name': 'A name of your choice that identifies the network',
	'privateWirelessGateway.name': 'A name of your choice that identifies the gateway',
	'publicInternetGateway.name': 'A name of your choice that identifies the gateway',
	'virtualCrossConnect.name': 'A name of your choice that identifies the cross connect',
	'wireguardInterface.name': 'A name of your choice that identifies the interface',
	'globalIp.name': 'A name of your choice that identifies the address',
	network_id: 'The private network this attaches to',
	region_code: 'Telnyx region to deploy in, e.g. ashburn-va; Region › Get Many lists them',
	'filter[name]': 'Only records with exactly this name',
	'filter[network_id]': 'Only those attached to this network',
	'filter[type]': 'Only interfaces of this type, e.g. wireguard_interface or virtual_cross_connect',

	// Private wireless gateways
	'filter[ip_range]': 'Only the gateway handing out addresses from this IP range, e.g. 100.64.1.0/24',
	'filter[region_code]': 'Only gateways deployed in this region',
	'filter[created_at]': 'Only gateways created at this time (ISO 8601)',
	'filter[updated_at]': 'Only gateways last changed at this time (ISO 8601)',

	// WireGuard
	enable_sip_trunking: 'Whether SIP traffic may travel through the VPN interface',
	public_key: 'WireGuard public key of the peer. Leave it out and Telnyx generates a key pair for you.',
	wireguard_interface_id: 'The WireGuard interface the peer connects to',
	'filter[wireguard_interface_id]': 'Only peers of this WireGuard interface',
	wireguard_peer_id: 'The WireGuard peer that traffic is routed to',

	// Virtual cross connects
	bandwidth_mbps: 'Throughput to reserve, in megabits per second; Get Coverage shows what each location offers',
	bgp_asn: 'Autonomous system number (ASN) of your side of the BGP session',
	cloud_provider: 'Cloud provider whose private cloud the cross connect reaches',
	cloud_provider_region: 'Region of the cloud provider where your private cloud runs, e.g. us-east-1',
	primary_bgp_key: 'Authentication key of the BGP session on the primary connection',
	primary_cloud_account_id: 'Your account or project ID at the cloud provider',
	primary_cloud_ip:
		'Address of your side of the primary connection; Telnyx picks one when left out. Leave it out for Google Cloud, which assigns it on acceptance.',
	primary_enabled: 'Whether the primary connection is turned on',
	primary_routing_announcement: 'Whether the route over the primary connection is announced over BGP',
	primary_telnyx_ip:
		'Address of the Telnyx side of the primary connection; Telnyx picks one when left out. Leave it out for Google Cloud.',
	secondary_bgp_key: 'Authentication key of the BGP session on the secondary connection',
	secondary_cloud_account_id: 'Your account or project ID at the cloud provider for the secondary connection; only Google Cloud needs it',
	secondary_cloud_ip:
		'Address of your side of the secondary connection; Telnyx picks one when left out. Leave it out for Google Cloud.',
	secondary_enabled: 'Whether the secondary connection is turned on',
	secondary_routing_announcement: 'Whether the route over the secondary connection is announced over BGP',
	secondary_telnyx_ip:
		'Address of the Telnyx side of the secondary connection; Telnyx picks one when left out. Leave it out for Google Cloud.',
	'filter[cloud_provider]': 'Only locations that reach this cloud provider',
	'filter[cloud_provider_region]': 'Only locations that reach this region of the cloud provider, e.g. us-east-1',
	'filter[location.code]': 'Only the Telnyx location with this code, e.g. chicago-il',
	'filters[available_services]': 'Only locations offering this service',
	'filters[available_services][contains]': 'Only locations whose services include this one (use this or Available Services)',
	'filter[location.pop]': 'Only locations at this point of presence, e.g. CH1',
	'filter[location.region]': 'Only locations in this part of the world, e.g. AMER',
	'filter[location.site]': 'Only locations at this site, e.g. ORD',
	'filters[available_bandwidth]': 'Only locations offering this bandwidth, in Mbps',
	'filters[available_bandwidth][contains]': 'Only locations whose bandwidth choices include this value, in Mbps',

	// Global IPs
	description: 'A note of your choice about the address',
	ports: 'Ports to open on the address, grouped by protocol, e.g. {"tcp": [80, 443], "udp": [5060]}',
	global_ip_id: 'The Global IP this is about',
	is_in_maintenance: 'Whether the assignment is in maintenance, which stops announcing the address over BGP',
	health_check_type: 'Kind of check, e.g. http_status_2xx; Get Types lists the kinds there are',
	health_check_params:
		'Settings of the check, which depend on its kind, e.g. {"path": "/", "port": 8080}. Get Types lists what each kind takes.',
	'filter[global_ip_id]': 'Only figures of this Global IP',
	'filter[global_ip_id][in]': 'Only figures of these Global IPs, as a comma-separated list of IDs',
	'filter[global_ip_assignment_id]': 'Only figures of this Global IP assignment',
	'filter[global_ip_assignment_id][in]': 'Only figures of these Global IP assignments, as a comma-separated list of IDs',

	// Clusters
	bucket: 'Embedded storage bucket whose text is grouped; it must have been embedded already',
	files: 'Only these files of the bucket, as a comma-separated list',
	prefix: 'Only files of the bucket whose names start with this',
	min_cluster_size: 'Fewest related text chunks that make a cluster; clusters are the broad themes',
	min_subcluster_size: 'Fewest related text chunks that make a sub-cluster; sub-clusters are narrower topics within a theme',
	top_n_nodes: 'How many text chunks to return per cluster, the most central first',
	show_subclusters: 'Whether sub-clusters and their text chunks are included',
	cluster_id: 'Draw only this cluster',
	'network.filter[status]': 'Only interfaces in this provisioning state',
};
