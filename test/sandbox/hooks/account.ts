import type { ApiResponse } from '../api';

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
