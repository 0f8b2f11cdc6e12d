import type { IHttpRequestOptions, NodeApiError, NodeOperationError } from 'n8n-workflow';
import { classifyThrown } from './failures';
import { header, type Failure, type ResponseHeaders } from './retryPolicy';
import { collectBody, MAX_ANSWER_BYTES, type ResponseKind } from './responseBody';
import type { TelnyxContext } from './telnyxRequest';

export interface RawResponse {
	statusCode: number;
	headers: ResponseHeaders;
	body: unknown;
}

export type AttemptOutcome =
	| { raw: RawResponse }
	| { failure: Failure | NodeOperationError | NodeApiError }
	| { cancelled: true };

export interface AttemptOptions {
	/** Sent without the credential (a download link outside the API). */
	external: boolean;
	credential: string;
	kind: ResponseKind;
	/** The whole attempt, answer body included, must end within this. */
	timeoutMs: number;
	cancel?: AbortSignal;
	itemIndex?: number;
}

/**
 * One request, body read to the end, within an overall deadline: axios's own timeout only
 * notices a connection gone quiet, so an answer trickling in byte by byte would never end.
 */
export async function sendAttempt(
	this: TelnyxContext,
	options: IHttpRequestOptions,
	how: AttemptOptions,
): Promise<AttemptOutcome> {
	const deadline = AbortSignal.timeout(how.timeoutMs);
	const signal = how.cancel ? AbortSignal.any([how.cancel, deadline]) : deadline;
	const sent: IHttpRequestOptions = { ...options, abortSignal: signal };
	try {
		const raw = (
			how.external
				? await this.helpers.httpRequest(sent)
				: await this.helpers.httpRequestWithAuthentication.call(withCancelSignal(this, signal), how.credential, sent)
		) as RawResponse;
		const limit = how.kind === 'binary' ? Infinity : MAX_ANSWER_BYTES;
		raw.body = await collectBody(raw.body, header(raw.headers ?? {}, 'content-length'), limit);
		return { raw };
	} catch (error) {
		if (how.cancel?.aborted) return { cancelled: true };
		if (deadline.aborted) return { failure: { kind: 'network', code: 'ETIMEDOUT' } };
		return { failure: classifyThrown(this.getNode(), error, how.itemIndex) };
	}
}

/**
 * n8n's authenticated request replaces the request's abort signal with the execution's cancel
 * signal; handing it a context whose cancel signal is ours (cancellation and deadline in one)
 * keeps both.
 */
function withCancelSignal(context: TelnyxContext, signal: AbortSignal): TelnyxContext {
	return Object.create(context, { getExecutionCancelSignal: { value: () => signal } }) as TelnyxContext;
}
