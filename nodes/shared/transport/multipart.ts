import { randomBytes } from 'node:crypto';

/** One part of a multipart/form-data body: a text value or a file. */
export type MultipartPart =
	| { name: string; value: string }
	| { name: string; file: Buffer; fileName: string; mimeType: string };

/**
 * Encodes a multipart/form-data body (RFC 7578) as bytes, so the one transport can send it
 * (and send it again on a retry) like any other body.
 */
export function encodeMultipart(parts: MultipartPart[]): { body: Buffer; contentType: string } {
	const boundary = `----n8nTelnyx${randomBytes(12).toString('hex')}`;
	const chunks: Buffer[] = [];
	for (const part of parts) {
		const name = quote(part.name);
		if ('file' in part) {
			chunks.push(
				Buffer.from(
					`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${quote(part.fileName)}"\r\n` +
						`Content-Type: ${part.mimeType}\r\n\r\n`,
				),
				part.file,
				Buffer.from('\r\n'),
			);
		} else {
			chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${part.value}\r\n`));
		}
	}
	chunks.push(Buffer.from(`--${boundary}--\r\n`));
	return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Quotes and line breaks would end the header early. */
function quote(text: string): string {
	return text.replace(/[\r\n]+/g, ' ').replace(/"/g, '%22');
}
