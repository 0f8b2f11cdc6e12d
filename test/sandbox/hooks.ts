import type { ApiResponse, RouteContext } from './api';
import { sandboxErrors } from './errors';
import { applyFilters, applySort, renderPage } from './paging';
import type { SandboxRecord } from './store';

/**
 * Named behaviour for endpoints whose answer is more than the default of their kind.
 * Keyed by `METHOD path` as in the catalog; returning undefined falls back to the default.
 */
export type SandboxHook = (context: RouteContext) => ApiResponse | undefined;

/** Every connection type is also listed and read through /connections. */
const CONNECTION_COLLECTIONS = ['/credential_connections', '/fqdn_connections', '/ip_connections'];

function allConnections(context: RouteContext): SandboxRecord[] {
	return CONNECTION_COLLECTIONS.flatMap((collection) => context.api.store.list(collection));
}

export const SANDBOX_HOOKS: Record<string, SandboxHook> = {
	'GET /connections': (context) => {
		const { query } = context.request;
		const records = applySort(applyFilters(allConnections(context), query), query);
		return { status: 200, body: renderPage(context.operation.list!, records, query) };
	},
	'GET /connections/{id}': (context) => {
		const record = allConnections(context).find((r) => r.id === context.params.id);
		if (!record) throw sandboxErrors.notFound();
		return context.api.respond(context.operation, record);
	},
	'POST /credential_connections/{id}/actions/check_registration_status': (context) => {
		const record = context.api.store.get('/credential_connections', context.params.id);
		if (!record) throw sandboxErrors.notFound();
		const status = context.api.example(context.operation) as SandboxRecord;
		return context.api.respond(context.operation, {
			...status,
			sip_username: record.user_name,
			status: record.active === false ? 'Not Applicable' : 'Registered',
		});
	},
};

/**
 * Endpoints outside every node's catalog that the package still calls: the credential test
 * reads the balance, as Telnyx's own CLI does to check a key.
 */
export const ACCOUNT_ROUTES: Record<string, () => ApiResponse> = {
	'GET /balance': () => ({
		status: 200,
		body: {
			data: {
				record_type: 'balance',
				balance: '300.00',
				credit_limit: '100.00',
				available_credit: '400.00',
				pending: '10.00',
				currency: 'USD',
			},
		},
	}),
};
