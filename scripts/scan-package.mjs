#!/usr/bin/env node
/**
 * n8n's own gate for community packages, offline: @n8n/scan-community-package (a dev dependency,
 * pinned) lints the package as n8n does before verifying it.
 *
 *   node scripts/scan-package.mjs          # after `npm run build`; exit 1 on any problem
 *   node scripts/scan-package.mjs --json   # the same as JSON (used by test/package/scanner.test.ts)
 *
 * The scanner's CLI downloads a published version from the registry; its exported
 * `analyzePackage(dir, patterns)` lints a folder. Two runs, as n8n's verification does them:
 *   - tarball: `npm pack` of the built package, unpacked, every .js, .ts and .json file in it
 *     (stricter than the gate's own tarball leg, which takes .js and package.json only);
 *   - source: the repository files the gate lints from the commit the npm provenance points at
 *     (package.json, nodes/ and credentials/).
 * Problems are listed as file:line:column, rule and message.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCANNER_DIR = join(ROOT, 'node_modules', '@n8n', 'scan-community-package');
const SCANNER_VERSION = JSON.parse(readFileSync(join(SCANNER_DIR, 'package.json'), 'utf8')).version;

// eslint-plugin-n8n-nodes-base behaves differently under NODE_ENV=test (jest sets it): its
// filename rules then report every node file. n8n's gate runs without it; so do we.
delete process.env.NODE_ENV;
// the scanner makes a temporary folder when it is loaded: have it removed when we exit
createRequire(join(SCANNER_DIR, 'scanner', 'scanner.mjs'))('tmp').setGracefulCleanup();
const { analyzePackage, SOURCE_FILE_PATTERNS } = await import(join(SCANNER_DIR, 'scanner', 'scanner.mjs'));

/** ESLint's "stylish" report (what analyzePackage returns) as one record per problem. */
function problemsOf(details, dir) {
	const problems = [];
	let file;
	for (const line of (details ?? '').split('\n')) {
		const problem = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.*?)\s{2,}(\S+)\s*$/.exec(line);
		if (problem && file) {
			const [, row, column, severity, message, rule] = problem;
			problems.push({ file, line: Number(row), column: Number(column), severity, rule, message });
		} else if (/^\S/.test(line) && !line.startsWith('✖')) {
			file = relative(dir, line.trim());
		}
	}
	return problems;
}

async function scan(name, dir, patterns) {
	const result = await analyzePackage(dir, patterns);
	const problems = problemsOf(result.details, dir);
	if (!result.passed && problems.length === 0) {
		// not a lint finding (the scan itself failed): report it as one problem
		problems.push({ file: '', line: 0, column: 0, severity: 'error', rule: 'scanner', message: `${result.message}${result.details ? `\n${result.details}` : ''}` });
	}
	return { name, passed: Boolean(result.passed), problems };
}

function packTarball() {
	const work = mkdtempSync(join(tmpdir(), 'n8n-telnyx-scan-'));
	const [packed] = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
	);
	const dir = join(work, 'package');
	mkdirSync(dir);
	execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', dir, '--strip-components=1']);
	return { work, dir, files: packed.files.map((file) => file.path) };
}

const tarball = packTarball();
try {
	if (!tarball.files.some((file) => file.startsWith('dist/'))) throw new Error('The packed package has no dist/: run `npm run build` first');
	const results = [
		await scan('packed tarball', tarball.dir, ['**/*.js', '**/*.ts', '**/*.json']),
		await scan('source (as the gate lints it from the provenance commit)', ROOT, SOURCE_FILE_PATTERNS),
	];
	const report = { scanner: `@n8n/scan-community-package@${SCANNER_VERSION}`, files: tarball.files, results };
	if (process.argv.includes('--json')) {
		process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
	} else {
		for (const { name, passed, problems } of results) {
			process.stdout.write(`${passed ? '✅' : '❌'} ${report.scanner}, ${name}: ${passed ? 'passed' : `${problems.length} problem(s)`}\n`);
			for (const p of problems) process.stdout.write(`  ${p.file}:${p.line}:${p.column}  ${p.rule}  ${p.message}\n`);
		}
	}
	process.exitCode = results.every((result) => result.passed) ? 0 : 1;
} finally {
	rmSync(tarball.work, { recursive: true, force: true });
}
