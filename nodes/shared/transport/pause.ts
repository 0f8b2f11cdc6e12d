import { sleep } from 'n8n-workflow';

/**
 * Waits `ms`, or less when the execution is cancelled meanwhile. Resolves false when it was
 * cancelled: the caller stops instead of sending another request.
 */
export async function pause(ms: number, signal?: AbortSignal): Promise<boolean> {
	if (signal?.aborted) return false;
	try {
		await sleep(Math.max(0, ms), signal);
	} catch {
		// n8n-workflow's sleep rejects when the signal aborts
		return false;
	}
	return !signal?.aborted;
}
