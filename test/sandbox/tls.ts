import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * An HTTPS server on loopback with a fresh self-signed certificate (made by openssl for the
 * test run), started before a file's tests: what a client meets behind a TLS-intercepting
 * proxy or a misconfigured endpoint.
 */
export function tlsServer(): () => { origin: string } {
	let server: Server | undefined;
	let origin = '';
	beforeAll(async () => {
		const dir = mkdtempSync(join(tmpdir(), 'telnyx-tls-'));
		try {
			execFileSync('openssl', [
				'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
				'-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1',
			], { stdio: 'ignore' });
			const options = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
			server = createServer(options, (_req, res) => res.end('{}'));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
		await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
		origin = `https://127.0.0.1:${(server!.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		server?.closeAllConnections();
		await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
	});
	return () => ({ origin });
}
