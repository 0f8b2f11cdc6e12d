import { sandboxErrors } from '../errors';
import { applyFilters, applySort, renderPage } from '../paging';
import type { SandboxRecord } from '../store';
import type { RouteContext, SandboxHooks } from './types';

/** Every connection type is also listed and read through /connections. */
const CONNECTION_COLLECTIONS = ['/credential_connections', '/fqdn_connections', '/ip_connections'];

function allConnections(context: RouteContext): SandboxRecord[] {
	return CONNECTION_COLLECTIONS.flatMap((collection) => context.api.store.list(collection));
}

/** SIP trunking: the union of connection types, and registration checks. */
export const sipTrunkingHooks: SandboxHooks = {
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

