/**
 * Real n8n with the package installed, the sandbox behind a Telnyx credential, an owner
 * signed in, and Debian's Chromium driving the editor (playwright-core).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { request } from 'undici';
import { ROOT, prepareN8n, type RealN8n } from '../../scripts/n8n/runtime';
import { startSandbox, type RunningSandbox } from '../sandbox/server';

export const OWNER = { email: 'owner@example.com', firstName: 'Demo', lastName: 'Owner', password: 'Telnyx-Demo-Passw0rd' };
export const CREDENTIAL = { id: 'telnyxCredential', name: 'Telnyx' };

/** Noise from running offline (n8n reaching for its CDN and services) and the sign-in probe. */
const OFFLINE_NOISE = [
	/net::ERR_(CERT_AUTHORITY_INVALID|NAME_NOT_RESOLVED|INTERNET_DISCONNECTED|CONNECTION_REFUSED)/,
	/status of 401 \(Unauthorized\)/,
	// the input panel asks every node that has not run for an output schema preview; n8n's own Switch has none
	/status of 404 \(Not Found\) \(http:\/\/127\.0\.0\.1:\d+\/schemas\/n8n-nodes-base\./,
];

export interface EditorSession {
	sandbox: RunningSandbox;
	n8n: RealN8n;
	browser: Browser;
	page: Page;
	/** Console errors that are not offline noise. */
	errors(): string[];
	close(): Promise<void>;
}

/**
 * Opens the node panel of a new workflow and searches it; resolves with the names listed once
 * `expected` is among them (or throws after the timeout, listing what was there).
 */
export async function searchNodePanel(page: Page, baseUrl: string, words: string, expected: string, timeoutMs = 90_000): Promise<string[]> {
	await page.goto(`${baseUrl}/workflow/new`);
	await page.click('[data-test-id=node-creator-plus-button]');
	// fill the field once it is there: keys typed before it has focus are lost
	const search = page.locator('[data-test-id=node-creator-search-bar]');
	await search.waitFor();
	await search.fill(words);
	const names = () => page.$$eval('[data-test-id=node-creator-item-name]', (els) => els.map((e) => e.textContent?.trim() ?? ''));
	for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await page.waitForTimeout(250)) {
		const listed = await names();
		if (listed.includes(expected)) return listed;
	}
	throw new Error(`Searching for "${words}" listed no ${expected}: ${(await names()).join(', ')}`);
}

export async function openEditor(options: { workflows?: object[] } = {}): Promise<EditorSession> {
	execFileSync(join(ROOT, 'scripts', 'browser', 'install.sh'), { stdio: 'inherit' });
	const sandbox = await startSandbox();
	const n8n = await prepareN8n();
	await n8n.importCredentials([
		{ ...CREDENTIAL, type: 'telnyxApi', data: { apiKey: sandbox.apiKey, baseUrl: sandbox.url, publicKey: sandbox.events.publicKey } },
	]);
	for (const workflow of options.workflows ?? []) await n8n.importWorkflow(workflow);
	await n8n.start();
	const setup = await request(`${n8n.baseUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(OWNER),
	});
	await setup.body.dump();
	if (setup.statusCode !== 200) throw new Error(`owner setup answered ${setup.statusCode}`);

	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
	const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
	const consoleErrors: string[] = [];
	page.on('console', (message) => {
		// the URL a failed load was for says what failed
		if (message.type() === 'error') consoleErrors.push(message.location()?.url ? `${message.text()} (${message.location().url})` : message.text());
	});
	page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
	await page.goto(`${n8n.baseUrl}/signin`);
	await page.fill('input[name=emailOrLdapLoginId]', OWNER.email);
	await page.fill('input[name=password]', OWNER.password);
	await page.click('[data-test-id=form-submit-button]');
	await page.waitForURL(/\/home\//);
	return {
		sandbox,
		n8n,
		browser,
		page,
		errors: () => consoleErrors.filter((text) => !OFFLINE_NOISE.some((noise) => noise.test(text))),
		async close() {
			await browser.close();
			await n8n.stop();
			await sandbox.stop();
		},
	};
}
