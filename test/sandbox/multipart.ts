export interface MultipartPart {
	name: string;
	filename?: string;
	contentType?: string;
	data: Buffer;
}

/** Parses a multipart/form-data body (RFC 7578) into its parts. */
export function parseMultipart(body: Buffer, contentType: string): MultipartPart[] {
	const boundary = contentType.match(/boundary="?([^";]+)"?/i)?.[1];
	if (!boundary) throw new Error('multipart body without a boundary');
	const delimiter = Buffer.from(`--${boundary}`);
	const parts: MultipartPart[] = [];
	let position = body.indexOf(delimiter);
	while (position !== -1) {
		const start = position + delimiter.length;
		if (body.slice(start, start + 2).toString() === '--') break;
		const next = body.indexOf(delimiter, start);
		if (next === -1) break;
		const chunk = body.slice(start + 2, next - 2); // skip CRLF after the delimiter and before the next
		const headerEnd = chunk.indexOf('\r\n\r\n');
		if (headerEnd !== -1) {
			const headers = chunk.slice(0, headerEnd).toString('utf8');
			const disposition = headers.match(/content-disposition:([^\r\n]*)/i)?.[1] ?? '';
			parts.push({
				name: disposition.match(/\bname="([^"]*)"/i)?.[1] ?? '',
				filename: disposition.match(/filename="([^"]*)"/i)?.[1],
				contentType: headers.match(/content-type:\s*([^\r\n]*)/i)?.[1]?.trim(),
				data: chunk.slice(headerEnd + 4),
			});
		}
		position = next;
	}
	return parts;
}
