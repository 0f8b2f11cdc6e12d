/**
 * n8n's own community-package scanner (@n8n/scan-community-package, the gate for verification)
 * on the package as it is published: `npm pack` of the build, unpacked, and the source files the
 * gate lints. Runs scripts/scan-package.mjs (the scanner is ES modules) and lists every problem
 * as file:line:column, rule and message.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ScanReport {
	scanner: string;
	files: string[];
	results: Array<{
		name: string;
		passed: boolean;
		problems: Array<{ file: string; line: number; column: number; rule: string; message: string }>;
	}>;
}

const ROOT = join(__dirname, '..', '..');
let report: ScanReport;

beforeAll(async () => {
	const scan = spawn(process.execPath, [join(ROOT, 'scripts', 'scan-package.mjs'), '--json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
	const stdout = await new Promise<string>((resolve, reject) => {
		let out = '';
		let err = '';
		scan.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
		scan.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
		scan.once('error', reject);
		// exit 1 means problems found: the report says which
		scan.once('exit', (code) => (code === 0 || code === 1 ? resolve(out) : reject(new Error(`scan-package.mjs exited with ${code}:\n${err}`))));
	});
	report = JSON.parse(stdout) as ScanReport;
}, 180_000);

test('the packed package holds every node and credential n8n is told about, and no type declarations', () => {
	const { n8n } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[]; credentials: string[] } };
	expect(report.files).toEqual(expect.arrayContaining([...n8n.nodes, ...n8n.credentials, 'package.json']));
	expect(report.files.filter((file) => file.endsWith('.d.ts'))).toEqual([]);
});

test.each(['packed tarball', 'source'])("n8n's scanner finds nothing in the %s", (leg) => {
	const result = report.results.find((r) => r.name.startsWith(leg));
	expect(result).toBeDefined();
	const problems = result!.problems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.rule}  ${p.message}`);
	expect({ scanner: report.scanner, problems }).toEqual({ scanner: report.scanner, problems: [] });
	expect(result!.passed).toBe(true);
});
