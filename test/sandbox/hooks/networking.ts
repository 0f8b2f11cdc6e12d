import { randomBytes, randomUUID } from 'node:crypto';
import { sandboxErrors } from '../errors';
import { applyFilters, applySort, renderPage } from '../paging';
import type { SandboxRecord } from '../store';
import type { ApiResponse, RouteContext, SandboxHook, SandboxHooks } from './types';

/*
 * Telnyx Networking as the reference describes it:
 * - interfaces, gateways, cross connects and Global IP assignments are provisioned after the
 *   create answers: a record created through the API starts `provisioning`, is still so on its
 *   first read and `provisioned` from the second read on (private wireless gateways keep the
 *   status in `status.value`); deleting answers with `deleting` (`decommissioning`);
 * - a network has at most one default gateway, kept under /networks/{id}/default_gateway;
 * - a network's interfaces are the WireGuard interfaces, public internet gateways and virtual
 *   cross connects that name it;
 * - metrics (latency, usage, health) are computed for the Global IPs and assignments in store;
 * - regions, cross-connect coverage, health check types, ports, protocols and integrations are
 *   reference lists: seeded records when there are any, Telnyx's list otherwise;
 * - clustering tasks run pending → running → completed, one step per read;
 * - a peer's configuration file is rendered from the peer and its interface.
 */

const NETWORKS = '/networks';
const WIREGUARD_INTERFACES = '/wireguard_interfaces';
const WIREGUARD_PEERS = '/wireguard_peers';
const PUBLIC_INTERNET_GATEWAYS = '/public_internet_gateways';
const VIRTUAL_CROSS_CONNECTS = '/virtual_cross_connects';
const GLOBAL_IPS = '/global_ips';
const GLOBAL_IP_ASSIGNMENTS = '/global_ip_assignments';
const CLUSTERS = '/ai/clusters';
const INTEGRATIONS = '/ai/integrations';
const INTEGRATION_CONNECTIONS = '/ai/integrations/connections';

/** Collections whose records are interfaces of the network they name. */
const INTERFACE_COLLECTIONS = [WIREGUARD_INTERFACES, PUBLIC_INTERNET_GATEWAYS, VIRTUAL_CROSS_CONNECTS];

// ---------------------------------------------------------------------------------------------
// Reference lists

const REGIONS: SandboxRecord[] = [
	region('ashburn-va', 'Ashburn', ['wireguard_interface', 'public_internet_gateway', 'virtual_cross_connect']),
	region('chicago-il', 'Chicago', ['wireguard_interface', 'public_internet_gateway', 'virtual_cross_connect']),
	region('silicon_valley-ca', 'Silicon Valley', ['wireguard_interface', 'virtual_cross_connect']),
	region('amsterdam-nl', 'Amsterdam', ['wireguard_interface', 'public_internet_gateway', 'virtual_cross_connect']),
	region('frankfurt-de', 'Frankfurt', ['wireguard_interface', 'virtual_cross_connect']),
	region('sydney-au', 'Sydney', ['wireguard_interface']),
];

function region(code: string, name: string, supported: string[]): SandboxRecord {
	return {
		code,
		name,
		record_type: 'region',
		supported_interfaces: supported,
		created_at: '2020-06-01T00:00:00.000Z',
		updated_at: '2020-06-01T00:00:00.000Z',
	};
}

const LOCATIONS = {
	ashburn: { code: 'ashburn-va', name: 'Ashburn VA, US', pop: 'DC2', region: 'AMER', site: 'IAD' },
	chicago: { code: 'chicago-il', name: 'Chicago IL, US', pop: 'CH1', region: 'AMER', site: 'ORD' },
	siliconValley: { code: 'silicon_valley-ca', name: 'Silicon Valley CA, US', pop: 'SV1', region: 'AMER', site: 'SJC' },
	amsterdam: { code: 'amsterdam-nl', name: 'Amsterdam, NL', pop: 'AM1', region: 'EMEA', site: 'AMS' },
	frankfurt: { code: 'frankfurt-de', name: 'Frankfurt, DE', pop: 'FR5', region: 'EMEA', site: 'FRA' },
};

const COVERAGE: SandboxRecord[] = [
	coverage('aws', 'us-east-1', LOCATIONS.ashburn, [50, 100, 200, 500, 1000]),
	coverage('azure', 'eastus', LOCATIONS.ashburn, [50, 100, 200, 500, 1000]),
	coverage('gce', 'us-east4', LOCATIONS.ashburn, [50, 100, 200, 500]),
	coverage('aws', 'us-east-2', LOCATIONS.chicago, [50, 100, 200, 500]),
	coverage('azure', 'northcentralus', LOCATIONS.chicago, [50, 100, 200]),
	coverage('gce', 'us-central1', LOCATIONS.chicago, [50, 100, 200, 500]),
	coverage('aws', 'us-west-1', LOCATIONS.siliconValley, [50, 100, 200, 500, 1000]),
	coverage('gce', 'us-west2', LOCATIONS.siliconValley, [50, 100]),
	coverage('aws', 'eu-west-1', LOCATIONS.amsterdam, [50, 100, 200]),
	coverage('azure', 'westeurope', LOCATIONS.amsterdam, [50, 100, 200, 500]),
	coverage('aws', 'eu-central-1', LOCATIONS.frankfurt, [50, 100, 200, 500, 1000]),
	coverage('gce', 'europe-west3', LOCATIONS.frankfurt, [50, 100, 200]),
];

function coverage(provider: string, providerRegion: string, location: object, bandwidth: number[]): SandboxRecord {
	return {
		available_bandwidth: bandwidth,
		cloud_provider: provider,
		cloud_provider_region: providerRegion,
		location: { ...location },
		record_type: 'virtual_cross_connects_coverage',
	};
}

const HEALTH_CHECK_TYPES: SandboxRecord[] = [
	{
		health_check_params: { health_check_params: { path: 'str', port: 'int' } },
		health_check_type: 'http_status_2xx',
		record_type: 'global_ip_health_check_type',
	},
];

const PROTOCOLS: SandboxRecord[] = [
	{ code: 'tcp', name: 'TCP', record_type: 'global_ip_protocol' },
	{ code: 'udp', name: 'UDP', record_type: 'global_ip_protocol' },
];

const ALLOWED_PORTS: SandboxRecord[] = [
	{ id: 'b1f2a0d2-4c4e-4f5e-9a37-1a2b3c4d5e01', name: 'TCP Registered', protocol_code: 'tcp', first_port: 1024, last_port: 49151, record_type: 'global_ip_allowed_port' },
	{ id: 'b1f2a0d2-4c4e-4f5e-9a37-1a2b3c4d5e02', name: 'TCP Well Known', protocol_code: 'tcp', first_port: 80, last_port: 443, record_type: 'global_ip_allowed_port' },
	{ id: 'b1f2a0d2-4c4e-4f5e-9a37-1a2b3c4d5e03', name: 'UDP Registered', protocol_code: 'udp', first_port: 1024, last_port: 49151, record_type: 'global_ip_allowed_port' },
];

const INTEGRATION_LIST: SandboxRecord[] = [
	integration('4c1f4f0e-5b8d-4a4e-9a8e-2b7f3c1d9e01', 'hubspot', 'HubSpot', 'Look up and update contacts and deals in your CRM', ['get_contact', 'create_contact', 'update_deal']),
	integration('4c1f4f0e-5b8d-4a4e-9a8e-2b7f3c1d9e02', 'salesforce', 'Salesforce', 'Read and write Salesforce records during a conversation', ['query_records', 'create_record']),
	integration('4c1f4f0e-5b8d-4a4e-9a8e-2b7f3c1d9e03', 'zendesk', 'Zendesk', 'Open and look up support tickets', ['create_ticket', 'get_ticket']),
];

function integration(id: string, name: string, displayName: string, description: string, tools: string[]): SandboxRecord {
	return {
		id,
		name,
		display_name: displayName,
		description,
		logo_url: `https://cdn.example.com/integrations/${name}.png`,
		available_tools: tools,
		status: 'disconnected',
	};
}

/** Seeded records of a reference list when there are any, the built-in list otherwise. */
function referenceList(context: RouteContext, collection: string, defaults: SandboxRecord[]): SandboxRecord[] {
	const seeded = context.api.store.list(collection);
	return seeded.length ? seeded : defaults.map((record) => structuredClone(record));
}

function regionObject(context: RouteContext, code: unknown): SandboxRecord | undefined {
	if (typeof code !== 'string') return undefined;
	const found = referenceList(context, '/regions', REGIONS).find((r) => r.code === code);
	return { code, name: found?.name ?? code, record_type: 'region' };
}

// ---------------------------------------------------------------------------------------------
// Helpers

function body(context: RouteContext): SandboxRecord {
	const value = context.request.body;
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as SandboxRecord) : {};
}

function invalidReference(field: string, detail: string) {
	return sandboxErrors.invalid([{ code: '10015', title: 'Invalid value', detail, source: { pointer: `/${field}` } }]);
}

/** A referenced record must exist: 422 on the field otherwise (what Telnyx answers for a bad id in a body). */
function requireReference(context: RouteContext, field: string, collection: string, what: string): SandboxRecord | undefined {
	const id = body(context)[field];
	if (id === undefined || id === null) return undefined;
	const record = context.api.store.get(collection, String(id));
	if (!record) throw invalidReference(field, `No ${what} with ID ${String(id)}.`);
	return record;
}

function listAnswer(context: RouteContext, records: SandboxRecord[]): ApiResponse {
	const { query } = context.request;
	const filtered = applySort(applyFilters(records, query), query);
	return { status: context.operation.response.status, body: renderPage(context.operation.list!, filtered, query) };
}

/** Records created through the API that have not been read yet: their first read still shows them provisioning. */
const unread = new WeakSet<SandboxRecord>();

function startProvisioning(record: SandboxRecord, statusPath: 'status' | 'status.value'): void {
	if (statusPath === 'status') record.status = 'provisioning';
	else record.status = { value: 'provisioning', error_code: null, error_description: null };
	unread.add(record);
}

/** One read of a provisioning record: the first shows it as it is, later ones find it provisioned. */
function advance(record: SandboxRecord, statusPath: 'status' | 'status.value', onDone?: (r: SandboxRecord) => void): void {
	if (unread.has(record)) {
		unread.delete(record);
		return;
	}
	const current = statusPath === 'status' ? record.status : (record.status as SandboxRecord | undefined)?.value;
	if (current !== 'provisioning' && current !== 'created') return;
	if (statusPath === 'status') record.status = 'provisioned';
	else record.status = { ...(record.status as SandboxRecord), value: 'provisioned' };
	record.updated_at = new Date().toISOString();
	onDone?.(record);
}

/** Get hook of a provisioned resource: the record, one read further along. */
function provisionedGet(statusPath: 'status' | 'status.value', onDone?: (r: SandboxRecord) => void): SandboxHook {
	return (context) => {
		const { record } = context.api.existing(context);
		advance(record, statusPath, onDone);
		return context.api.respond(context.operation, record);
	};
}

/** Delete hook of a provisioned resource: it goes away, answering with its last state. */
function deprovisioningDelete(status: (record: SandboxRecord) => SandboxRecord): SandboxHook {
	return (context) => {
		const { collection, id, record } = context.api.existing(context);
		context.api.store.delete(collection, id);
		return context.api.respond(context.operation, { ...record, ...status(record), updated_at: new Date().toISOString() });
	};
}

const deleting = () => ({ status: 'deleting' });

/** Create hook of a network interface: the network must exist; it starts provisioning in its region. */
function interfaceCreate(extra?: (record: SandboxRecord, context: RouteContext) => void): SandboxHook {
	return (context) => {
		context.api.checkBody(context.operation, context.request.body);
		requireReference(context, 'network_id', NETWORKS, 'network');
		const record = context.api.create(context);
		const regionCode = body(context).region_code;
		const regionValue = regionObject(context, regionCode);
		if (regionValue) record.region = regionValue;
		extra?.(record, context);
		startProvisioning(record, 'status');
		return context.api.respond(context.operation, record);
	};
}

function networkOf(context: RouteContext): SandboxRecord {
	const network = context.api.store.get(NETWORKS, context.params.id);
	if (!network) throw sandboxErrors.notFound(`No network ${context.params.id}`);
	return network;
}

function randomKey(): string {
	return randomBytes(32).toString('base64');
}

// ---------------------------------------------------------------------------------------------
// Default gateways: one per network

function defaultGatewayCollection(networkId: string): string {
	return `${NETWORKS}/${networkId}/default_gateway`;
}

function gatewayAnswer(context: RouteContext, records: SandboxRecord[]): ApiResponse {
	return {
		status: context.operation.response.status,
		body: {
			data: records,
			meta: { page_number: 1, page_size: Math.max(records.length, 1), total_pages: 1, total_results: records.length },
		},
	};
}

// ---------------------------------------------------------------------------------------------
// Metrics

function globalIpFilter(query: URLSearchParams, field: string): Set<string> | undefined {
	const ids = [
		...query.getAll(`filter[${field}]`),
		...query.getAll(`filter[${field}][in]`).flatMap((v) => v.split(',')),
	]
		.map((v) => v.trim())
		.filter(Boolean);
	return ids.length ? new Set(ids) : undefined;
}

function timestamp(): string {
	const now = new Date();
	now.setUTCSeconds(0, 0);
	return now.toISOString();
}

/** A stable number per id, so that metrics of one address do not change between reads. */
function spread(id: string, low: number, high: number): number {
	let hash = 0;
	for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
	return low + (hash % (high - low + 1));
}

function amount(value: number, unit: string): SandboxRecord {
	return { amount: value, unit };
}

function selectedGlobalIps(context: RouteContext): SandboxRecord[] {
	const wanted = globalIpFilter(context.request.query, 'global_ip_id');
	return context.api.store.list(GLOBAL_IPS).filter((ip) => !wanted || wanted.has(String(ip.id)));
}

function selectedAssignments(context: RouteContext): SandboxRecord[] {
	const { query } = context.request;
	const ips = globalIpFilter(query, 'global_ip_id');
	const assignments = globalIpFilter(query, 'global_ip_assignment_id');
	return context.api.store
		.list(GLOBAL_IP_ASSIGNMENTS)
		.filter((a) => (!ips || ips.has(String(a.global_ip_id))) && (!assignments || assignments.has(String(a.id))));
}

function assignmentSummary(context: RouteContext, assignment: SandboxRecord): { global_ip: SandboxRecord; global_ip_assignment: SandboxRecord } {
	const ip = context.api.store.get(GLOBAL_IPS, String(assignment.global_ip_id));
	const peer = context.api.store.get(WIREGUARD_PEERS, String(assignment.wireguard_peer_id));
	return {
		global_ip: { id: assignment.global_ip_id, ip_address: ip?.ip_address ?? null },
		global_ip_assignment: {
			id: assignment.id,
			wireguard_peer_id: assignment.wireguard_peer_id,
			wireguard_peer: { name: peer?.name ?? null, ip_address: peer?.ip_address ?? null },
		},
	};
}

function metricsAnswer(context: RouteContext, data: SandboxRecord[]): ApiResponse {
	return { status: context.operation.response.status, body: { data } };
}

// ---------------------------------------------------------------------------------------------
// Clusters

function findCluster(context: RouteContext, taskId: string): SandboxRecord {
	const record = context.api.store.list(CLUSTERS).find((r) => r.task_id === taskId);
	if (!record) throw sandboxErrors.notFound(`No clustering task ${taskId}`);
	return record;
}

function clusterKey(record: SandboxRecord): string {
	return String(typeof record.id === 'string' ? record.id : record.task_id);
}

/** What a finished task found: one cluster per file prefix of the bucket, as the example shows them. */
function computedClusters(record: SandboxRecord): SandboxRecord[] {
	const bucket = String(record.bucket ?? 'bucket');
	return [1, 2].map((n) => ({
		cluster_id: String(n),
		cluster_header: `Theme ${n} of ${bucket}`,
		cluster_summary: `Text chunks of ${bucket} that share theme ${n}`,
		total_number_of_nodes: Number(record.min_cluster_size ?? 25) + n,
		nodes: [{ filename: `${String(record.prefix ?? '')}document-${n}.txt`, text: `A passage about theme ${n}.` }],
		subclusters: [],
	}));
}

function advanceCluster(record: SandboxRecord): void {
	if (record.status === 'pending' || record.status === 'starting') {
		record.status = 'running';
	} else if (record.status === 'running') {
		record.status = 'completed';
		record.finished_at = new Date().toISOString();
		if (!Array.isArray(record.clusters) || !record.clusters.length) record.clusters = computedClusters(record);
	}
}

function clusterListView(record: SandboxRecord): SandboxRecord {
	const { task_id, bucket, status, created_at, finished_at, min_cluster_size, min_subcluster_size } = record;
	return { task_id, bucket, status, created_at, finished_at: finished_at ?? null, min_cluster_size, min_subcluster_size };
}

/** 1×1 transparent PNG: what the graph of a task is drawn as here. */
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
	'base64',
);

// ---------------------------------------------------------------------------------------------
// Integrations

function integrationsWithStatus(context: RouteContext): SandboxRecord[] {
	const connected = new Set(context.api.store.list(INTEGRATION_CONNECTIONS).map((c) => String(c.integration_id)));
	return referenceList(context, INTEGRATIONS, INTEGRATION_LIST).map((i) => ({
		...i,
		status: connected.has(String(i.id)) ? 'connected' : 'disconnected',
	}));
}

// ---------------------------------------------------------------------------------------------

export const networkingHooks: SandboxHooks = {
	// Networks: interfaces and the default gateway
	'GET /networks/{id}/network_interfaces': (context) => {
		networkOf(context);
		const records = INTERFACE_COLLECTIONS.flatMap((collection) => context.api.store.list(collection))
			.filter((record) => record.network_id === context.params.id)
			.map((record) => ({
				id: record.id,
				record_type: 'network_interface',
				type: record.record_type,
				name: record.name,
				network_id: record.network_id,
				status: record.status,
				region_code: record.region_code,
				region: record.region ?? regionObject(context, record.region_code),
				created_at: record.created_at,
				updated_at: record.updated_at,
			}));
		return listAnswer(context, records);
	},
	'GET /networks/{id}/default_gateway': (context) => {
		networkOf(context);
		const gateways = context.api.store.list(defaultGatewayCollection(context.params.id));
		for (const gateway of gateways) advance(gateway, 'status');
		return gatewayAnswer(context, gateways);
	},
	'POST /networks/{id}/default_gateway': (context) => {
		networkOf(context);
		context.api.checkBody(context.operation, context.request.body);
		const collection = defaultGatewayCollection(context.params.id);
		if (context.api.store.list(collection).length) {
			throw sandboxErrors.invalid([
				{ code: '10015', title: 'Invalid value', detail: 'This network already has a default gateway.', source: { pointer: '/network_id' } },
			]);
		}
		requireReference(context, 'wireguard_peer_id', WIREGUARD_PEERS, 'WireGuard peer');
		const now = new Date().toISOString();
		const record: SandboxRecord = {
			id: randomUUID(),
			record_type: 'default_gateway',
			network_id: context.params.id,
			wireguard_peer_id: body(context).wireguard_peer_id ?? null,
			created_at: now,
			updated_at: now,
		};
		startProvisioning(record, 'status');
		context.api.store.put(collection, String(record.id), record);
		context.api.store.countCreated(collection);
		return gatewayAnswer(context, [record]);
	},
	'DELETE /networks/{id}/default_gateway': (context) => {
		networkOf(context);
		const collection = defaultGatewayCollection(context.params.id);
		const gateways = context.api.store.list(collection);
		if (!gateways.length) throw sandboxErrors.notFound(`Network ${context.params.id} has no default gateway`);
		for (const gateway of gateways) context.api.store.delete(collection, String(gateway.id));
		return gatewayAnswer(context, gateways.map((g) => ({ ...g, status: 'deleting' })));
	},

	// Interfaces and gateways: provisioned after the create answers
	'POST /wireguard_interfaces': interfaceCreate((record) => {
		record.public_key = randomKey();
		record.endpoint = `203.0.113.${spread(String(record.id), 1, 254)}:51871`;
	}),
	'GET /wireguard_interfaces/{id}': provisionedGet('status'),
	'DELETE /wireguard_interfaces/{id}': deprovisioningDelete(deleting),
	'POST /public_internet_gateways': interfaceCreate((record) => {
		record.public_ip = null;
	}),
	'GET /public_internet_gateways/{id}': provisionedGet('status', (record) => {
		record.public_ip = `198.51.100.${spread(String(record.id), 1, 254)}`;
	}),
	'DELETE /public_internet_gateways/{id}': deprovisioningDelete(deleting),
	'POST /virtual_cross_connects': interfaceCreate(),
	'GET /virtual_cross_connects/{id}': provisionedGet('status'),
	'DELETE /virtual_cross_connects/{id}': deprovisioningDelete(deleting),
	'POST /private_wireless_gateways': (context) => {
		context.api.checkBody(context.operation, context.request.body);
		requireReference(context, 'network_id', NETWORKS, 'network');
		const record = context.api.create(context);
		record.ip_range = null;
		record.assigned_resources = [];
		startProvisioning(record, 'status.value');
		return context.api.respond(context.operation, record);
	},
	'GET /private_wireless_gateways/{id}': provisionedGet('status.value', (record) => {
		record.ip_range = `100.64.${spread(String(record.id), 1, 254)}.0/24`;
	}),
	'DELETE /private_wireless_gateways/{id}': deprovisioningDelete((record) => ({
		status: { ...(record.status as SandboxRecord), value: 'decommissioning' },
	})),

	// Reference lists
	'GET /regions': (context) => listAnswer(context, referenceList(context, '/regions', REGIONS)),
	'GET /virtual_cross_connects_coverage': (context) => {
		const { query } = context.request;
		const exact = query.get('filters[available_bandwidth]');
		const contains = query.get('filters[available_bandwidth][contains]');
		const records = referenceList(context, '/virtual_cross_connects_coverage', COVERAGE).filter((record) => {
			const bandwidth = (record.available_bandwidth as number[] | undefined) ?? [];
			return [exact, contains].every((value) => value === null || bandwidth.includes(Number(value)));
		});
		return listAnswer(context, records);
	},
	'GET /global_ip_health_check_types': (context) =>
		listAnswer(context, referenceList(context, '/global_ip_health_check_types', HEALTH_CHECK_TYPES)),
	'GET /global_ip_protocols': (context) => listAnswer(context, referenceList(context, '/global_ip_protocols', PROTOCOLS)),
	'GET /global_ip_allowed_ports': (context) =>
		listAnswer(context, referenceList(context, '/global_ip_allowed_ports', ALLOWED_PORTS)),

	// WireGuard peers: keys and the configuration file
	'POST /wireguard_peers': (context) => {
		context.api.checkBody(context.operation, context.request.body);
		requireReference(context, 'wireguard_interface_id', WIREGUARD_INTERFACES, 'WireGuard interface');
		const record = context.api.create(context);
		if (body(context).public_key === undefined) {
			record.public_key = randomKey();
			record.private_key = randomKey();
		} else {
			record.private_key = null;
		}
		record.last_seen = null;
		return context.api.respond(context.operation, record);
	},
	'GET /wireguard_peers/{id}/config': (context) => {
		const peer = context.api.store.get(WIREGUARD_PEERS, context.params.id);
		if (!peer) throw sandboxErrors.notFound(`No WireGuard peer ${context.params.id}`);
		const wgInterface = context.api.store.get(WIREGUARD_INTERFACES, String(peer.wireguard_interface_id));
		const octet = spread(String(peer.id), 2, 6);
		const text = [
			'[Interface]',
			`PrivateKey = ${typeof peer.private_key === 'string' && peer.private_key ? peer.private_key : '<! INSERT PEER PRIVATE KEY HERE !>'}`,
			`Address = 198.51.100.${octet}/32`,
			'',
			'[Peer]',
			`PublicKey = ${String(wgInterface?.public_key ?? '')}`,
			'AllowedIPs = 198.51.100.0/29',
			`Endpoint = ${String(wgInterface?.endpoint ?? '')}`,
			'PersistentKeepalive = 25',
			'',
		].join('\n');
		return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text };
	},

	// Global IPs: an address is allocated for each; metrics come from what is in store
	'POST /global_ips': (context) => {
		const record = context.api.create(context);
		const taken = new Set(context.api.store.list(GLOBAL_IPS).map((ip) => ip.ip_address));
		let host = 1;
		while (taken.has(`198.51.100.${host}`) && host < 254) host += 1;
		record.ip_address = `198.51.100.${host}`;
		return context.api.respond(context.operation, record);
	},
	'GET /global_ip_latency': (context) =>
		metricsAnswer(
			context,
			selectedGlobalIps(context).map((ip) => {
				const base = spread(String(ip.id), 10, 60);
				const percentiles: SandboxRecord = {};
				for (const [p, factor] of [[0, 0.6], [25, 0.85], [50, 1], [75, 1.2], [90, 1.5], [99, 2], [100, 2.5]] as const) {
					percentiles[String(p)] = amount(Math.round(base * factor), 'ms');
				}
				return {
					global_ip: { id: ip.id, ip_address: ip.ip_address },
					mean_latency: amount(base, 'ms'),
					percentile_latency: percentiles,
					prober_location: { id: 'a836125b-20b6-452e-9c03-2653f09c7ed7', name: 'Amsterdam', lat: 52.370216, lon: 4.895168 },
					timestamp: timestamp(),
				};
			}),
		),
	'GET /global_ip_usage': (context) =>
		metricsAnswer(
			context,
			selectedGlobalIps(context).map((ip) => ({
				global_ip: { id: ip.id, ip_address: ip.ip_address },
				received: amount(spread(String(ip.id), 1000, 900000), 'B'),
				transmitted: amount(spread(`${String(ip.id)}:tx`, 1000, 900000), 'B'),
				timestamp: timestamp(),
			})),
		),
	'POST /global_ip_assignments': (context) => {
		context.api.checkBody(context.operation, context.request.body);
		requireReference(context, 'global_ip_id', GLOBAL_IPS, 'Global IP');
		requireReference(context, 'wireguard_peer_id', WIREGUARD_PEERS, 'WireGuard peer');
		const record = context.api.create(context);
		record.is_announced = false;
		record.is_connected = false;
		if (record.is_in_maintenance === undefined) record.is_in_maintenance = false;
		startProvisioning(record, 'status');
		return context.api.respond(context.operation, record);
	},
	'GET /global_ip_assignments/{id}': provisionedGet('status', (record) => {
		record.is_announced = record.is_in_maintenance !== true;
		record.is_connected = true;
	}),
	'DELETE /global_ip_assignments/{id}': deprovisioningDelete(deleting),
	'GET /global_ip_assignment_health': (context) =>
		metricsAnswer(
			context,
			selectedAssignments(context).map((assignment) => {
				const fail = assignment.is_connected === false ? 100 : spread(String(assignment.id), 0, 3);
				return { ...assignmentSummary(context, assignment), health: { pass: 100 - fail, fail }, timestamp: timestamp() };
			}),
		),
	'GET /global_ip_assignments_usage': (context) =>
		metricsAnswer(
			context,
			selectedAssignments(context).map((assignment) => ({
				...assignmentSummary(context, assignment),
				received: amount(spread(String(assignment.id), 1000, 900000), 'B'),
				transmitted: amount(spread(`${String(assignment.id)}:tx`, 1000, 900000), 'B'),
				timestamp: timestamp(),
			})),
		),
	'POST /global_ip_health_checks': (context) => {
		context.api.checkBody(context.operation, context.request.body);
		requireReference(context, 'global_ip_id', GLOBAL_IPS, 'Global IP');
		return context.api.respond(context.operation, context.api.create(context));
	},

	// Clusters: tasks keyed by task_id
	'POST /ai/clusters': (context) => {
		context.api.checkBody(context.operation, context.request.body);
		const input = body(context);
		const taskId = randomUUID();
		const record: SandboxRecord = {
			task_id: taskId,
			bucket: input.bucket,
			files: input.files ?? [],
			prefix: input.prefix ?? null,
			min_cluster_size: input.min_cluster_size ?? 25,
			min_subcluster_size: input.min_subcluster_size ?? 5,
			status: 'pending',
			created_at: new Date().toISOString(),
			finished_at: null,
			clusters: [],
		};
		context.api.store.put(CLUSTERS, taskId, record);
		context.api.store.countCreated(CLUSTERS);
		return context.api.respond(context.operation, { task_id: taskId });
	},
	'GET /ai/clusters': (context) => listAnswer(context, context.api.store.list(CLUSTERS).map(clusterListView)),
	'GET /ai/clusters/{task_id}': (context) => {
		const record = findCluster(context, context.params.task_id);
		advanceCluster(record);
		const topN = Number(context.request.query.get('top_n_nodes'));
		const withSubclusters = context.request.query.get('show_subclusters') === 'true';
		const clusters = ((record.clusters as SandboxRecord[] | undefined) ?? []).map((cluster) => ({
			...cluster,
			nodes: Number.isInteger(topN) && topN > 0 ? (cluster.nodes as unknown[]).slice(0, topN) : cluster.nodes,
			subclusters: withSubclusters ? cluster.subclusters : [],
		}));
		return context.api.respond(context.operation, { bucket: record.bucket, status: record.status, clusters });
	},
	'DELETE /ai/clusters/{task_id}': (context) => {
		const record = findCluster(context, context.params.task_id);
		context.api.store.delete(CLUSTERS, clusterKey(record));
		return context.api.respond(context.operation, undefined);
	},
	'GET /ai/clusters/{task_id}/graph': (context) => {
		findCluster(context, context.params.task_id);
		return { status: 200, headers: { 'content-type': 'image/png' }, body: PNG };
	},

	// Integrations: a reference list whose status follows your connections
	'GET /ai/integrations': (context) => listAnswer(context, integrationsWithStatus(context)),
	'GET /ai/integrations/{integration_id}': (context) => {
		const found = integrationsWithStatus(context).find((i) => i.id === context.params.integration_id);
		if (!found) throw sandboxErrors.notFound(`No integration ${context.params.integration_id}`);
		return context.api.respond(context.operation, found);
	},
};
