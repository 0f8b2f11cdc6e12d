/**
 * Everything catalog/generate.ts writes (catalogs, codex files, event list, sandbox fixtures,
 * docs/operations.md) must be what the definitions and the spec make now: a stale file fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../../catalog/generate';
import { OpenApiSpec, SPEC_FILE, specPresent } from '../../catalog/lib/spec';

const root = join(__dirname, '..', '..');
const describeIfSpec = specPresent() ? describe : describe.skip;

describeIfSpec('generated files', () => {
	const { files, built } = generate(new OpenApiSpec(SPEC_FILE));

	test.each([...files.keys()])('%s is up to date (npm run catalog:generate)', (path) => {
		const file = join(root, path);
		expect(existsSync(file) ? readFileSync(file, 'utf8') === files.get(path) : 'missing').toBe(true);
	});

	test('every field of every shipped node has our own description', () => {
		expect(Object.fromEntries(built.filter((b) => b.missing.size).map((b) => [b.catalog.node, [...b.missing]]))).toEqual({});
	});

	test('docs/operations.md places all 1,156 operations of the spec', () => {
		const index = files.get('docs/operations.md')!;
		const rows = index.split('\n').filter((line) => /^\| (GET|POST|PUT|PATCH|DELETE) \|/.test(line));
		expect(rows).toHaveLength(1156);
		expect(rows.filter((row) => / \| (offered|planned|trigger|left out|excluded) \|/.test(row))).toHaveLength(1156);
		// an exclusion always says why
		expect(rows.filter((row) => / \| excluded \| \|$/.test(row))).toEqual([]);
	});
});
