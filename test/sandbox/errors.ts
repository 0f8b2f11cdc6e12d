/** Telnyx-shaped error bodies, with the codes from the reference's error table. */

export interface SandboxErrorEntry {
	code: string;
	title: string;
	detail: string;
	source?: { pointer: string };
}

export class SandboxError extends Error {
	constructor(
		readonly status: number,
		readonly errors: SandboxErrorEntry[],
		readonly headers: Record<string, string> = {},
	) {
		super(errors[0]?.title ?? 'error');
	}
}

export const sandboxErrors = {
	unauthorized: () =>
		new SandboxError(401, [
			{
				code: '10009',
				title: 'Authentication failed',
				detail: 'The required authentication headers were either invalid or not included in the request.',
			},
		]),
	notFound: (detail = 'The requested resource or URL could not be found.') =>
		new SandboxError(404, [{ code: '10005', title: 'Resource not found', detail }]),
	missing: (pointer: string) =>
		new SandboxError(422, [
			{
				code: '10004',
				title: 'Missing required parameter',
				detail: `The '${pointer}' parameter is required.`,
				source: { pointer: `/${pointer}` },
			},
		]),
	invalid: (entries: SandboxErrorEntry[]) => new SandboxError(422, entries),
	tooManyRequests: (headers: Record<string, string>) =>
		new SandboxError(
			429,
			[
				{
					code: '10011',
					title: 'Too many requests',
					detail: 'You have exceeded the maximum number of allowed requests.',
				},
			],
			headers,
		),
	badJson: () =>
		new SandboxError(400, [{ code: '10023', title: 'Invalid JSON', detail: 'The supplied JSON is invalid.' }]),
	server: (status: number) =>
		new SandboxError(status, [{ code: '10007', title: 'Unexpected error', detail: 'An unexpected error occured.' }]),
};
