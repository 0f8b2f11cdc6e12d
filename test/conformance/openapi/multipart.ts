/** A small multipart/form-data parser (RFC 7578), enough to judge what our nodes send. */

export interface Part {
	name: string;
	filename?: string;
	contentType?: string;
	data: Buffer;
}

/** The boundary parameter of a Content-Type header, quoted or not. */
export function boundaryOf(contentType: string): string | undefined {
	const found = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
	return found ? (found[1] ?? found[2]) : undefined;
}

/** Splits a body into parts; returns an error message when the framing is broken. */
export function parseMultipart(body: Buffer, boundary: string): Part[] | string {
	const delimiter = Buffer.from(`--${boundary}`);
	const parts: Part[] = [];
	let at = body.indexOf(delimiter);
	if (at < 0) return `no "--${boundary}" delimiter in the body`;
	for (;;) {
		at += delimiter.length;
		if (body.subarray(at, at + 2).toString() === '--') return parts;
		if (body.subarray(at, at + 2).toString() !== '\r\n') return 'a multipart delimiter is not followed by CRLF';
		const headersEnd = body.indexOf('\r\n\r\n', at); // from the CRLF above: a part may have no headers
		if (headersEnd < 0) return 'a multipart part has no blank line after its headers';
		const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headersEnd + 4);
		if (next < 0) return `the body does not end with "--${boundary}--"`;
		const part = readHeaders(body.subarray(Math.min(at + 2, headersEnd), headersEnd).toString('utf8'));
		if (typeof part === 'string') return part;
		parts.push({ ...part, data: body.subarray(headersEnd + 4, next) });
		at = next + 2;
	}
}

function readHeaders(text: string): Omit<Part, 'data'> | string {
	let disposition: string | undefined;
	let contentType: string | undefined;
	for (const line of text.split('\r\n')) {
		const colon = line.indexOf(':');
		const name = line.slice(0, colon).trim().toLowerCase();
		if (name === 'content-disposition') disposition = line.slice(colon + 1).trim();
		if (name === 'content-type') contentType = line.slice(colon + 1).trim();
	}
	if (!disposition || !/^form-data\b/i.test(disposition)) return 'a multipart part has no "Content-Disposition: form-data"';
	const name = parameter(disposition, 'name');
	if (name === undefined) return 'a multipart part has no name';
	return { name, filename: parameter(disposition, 'filename'), contentType };
}

function parameter(header: string, key: string): string | undefined {
	const found = new RegExp(`;\\s*${key}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, 'i').exec(header);
	if (!found) return undefined;
	return found[1] !== undefined ? found[1].replace(/\\(.)/g, '$1') : found[2];
}

/** A file part (filename, or a non-text content type) is binary; other parts are text. */
export const isFile = (part: Part): boolean =>
	part.filename !== undefined || (!!part.contentType && !/^text\/|json/i.test(part.contentType));
