/** The multipart encoder, read back by the sandbox's own parser (written apart from it). */
import { encodeMultipart } from '../../nodes/shared/transport/multipart';
import { parseMultipart } from '../sandbox/multipart';

test('text fields and files survive the trip byte for byte', () => {
	const bytes = Buffer.from([0, 1, 2, 0x0d, 0x0a, 0x2d, 0x2d, 255]);
	const { body, contentType } = encodeMultipart([
		{ name: 'media_name', value: 'hold music' },
		{ name: 'ttl_secs', value: '600' },
		{ name: 'media', file: bytes, fileName: 'hold.mp3', mimeType: 'audio/mpeg' },
	]);
	expect(contentType).toMatch(/^multipart\/form-data; boundary=----n8nTelnyx[0-9a-f]{24}$/);
	const parts = parseMultipart(body, contentType);
	expect(parts.map((p) => [p.name, p.filename, p.contentType])).toEqual([
		['media_name', undefined, undefined],
		['ttl_secs', undefined, undefined],
		['media', 'hold.mp3', 'audio/mpeg'],
	]);
	expect(parts[0].data.toString()).toBe('hold music');
	expect(parts[2].data.equals(bytes)).toBe(true);
});

test('quotes and line breaks in names cannot break the headers', () => {
	const { body, contentType } = encodeMultipart([
		{ name: 'file', file: Buffer.from('x'), fileName: 'a"b\r\nc.pdf', mimeType: 'application/pdf' },
	]);
	const [part] = parseMultipart(body, contentType);
	expect(part.filename).toBe('a%22b c.pdf');
	expect(part.data.toString()).toBe('x');
});

test('each body gets its own boundary', () => {
	const a = encodeMultipart([{ name: 'x', value: '1' }]).contentType;
	const b = encodeMultipart([{ name: 'x', value: '1' }]).contentType;
	expect(a).not.toBe(b);
});
