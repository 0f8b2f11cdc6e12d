#!/usr/bin/env node
/**
 * n8n's own gate for community packages, offline: @n8n/scan-community-package (a dev dependency,
 * pinned) lints the package as n8n does before verifying it. The last step of `npm test`
 * (after jest, so its linting does not compete with timing-sensitive suites); `npm run scan`
 * builds first and runs it alone. Exit 1 on any problem.
 *
 * The scanner's CLI downloads a published version from the registry; its exported
 * `analyzePackage(dir, patterns)` lints a folder. Checked here:
 *   - contents: `npm pack` of the built package holds every node and credential package.json
 *     lists under "n8n", and no .d.ts files;
 *   - tarball: the packed package, unpacked, every .js, .ts and .json file in it (stricter than
 *     the gate's own tarball leg, which takes .js and package.json only);
 *   - source: the repository files the gate lints from the commit the npm provenance points at
 *     (package.json, nodes/ and credentials/).
 * Every problem is listed as file:line:column, rule and message.
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

/** What n8n loads must be in the tarball, and nothing only a compiler needs. */
function contentsProblems(files) {
	const { n8n } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
	const problem = (file, message) => ({ file, line: 0, column: 0, severity: 'error', rule: 'package-contents', message });
	return [
		...[...n8n.nodes, ...n8n.credentials].filter((file) => !files.includes(file)).map((file) => problem(file, 'listed under "n8n" in package.json but not in the packed package')),
		...files.filter((file) => file.endsWith('.d.ts')).map((file) => problem(file, 'type declarations are not shipped (tsconfig.json: "declaration": false)')),
	];
}

const tarball = packTarball();
try {
	const contents = contentsProblems(tarball.files);
	const results = [
		{ name: 'packed package contents', passed: contents.length === 0, problems: contents },
		await scan('packed tarball', tarball.dir, ['**/*.js', '**/*.ts', '**/*.json']),
		await scan('source files the gate lints from the provenance commit', ROOT, SOURCE_FILE_PATTERNS),
	];
	const scanner = `@n8n/scan-community-package@${SCANNER_VERSION}`;
	for (const { name, passed, problems } of results) {
		process.stdout.write(`${passed ? '✅' : '❌'} ${name}: ${passed ? 'passed' : `${problems.length} problem(s)`}\n`);
		for (const p of problems) process.stdout.write(`  ${p.file}:${p.line}:${p.column}  ${p.rule}  ${p.message}\n`);
	}
	const failed = results.filter((result) => !result.passed);
	process.stdout.write(
		failed.length === 0
			? `n8n's scanner (${scanner}) accepts the packed package (${tarball.files.length} files).\n`
			: `n8n's scanner (${scanner}) or the contents check rejects the package: ${failed.map((r) => r.name).join('; ')}.\n`,
	);
	process.exitCode = failed.length === 0 ? 0 : 1;
} finally {
	rmSync(tarball.work, { recursive: true, force: true });
}
