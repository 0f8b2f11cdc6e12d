/**
 * The registry these machines reach serves only the Linux builds of some optional,
 * platform-specific packages. `npm install` then leaves the other platforms out of
 * package-lock.json, and `npm ci` refuses the lock as "out of sync". This adds the missing
 * entries (version, os, cpu, libc, no download address) so the lock is what a full registry
 * would have produced; npm skips them on a platform they do not match.
 *
 *   node scripts/complete-lockfile.js   # after any npm install that rewrote the lock
 */
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const LOCK = join(__dirname, '..', 'package-lock.json');

/** Platform of a binding package, read from its name (napi-rs naming). */
function platformOf(name) {
	const triple = name.split('/').pop().replace(/^.*?binding-/, '');
	const [os, cpu, abi = ''] = triple.split('-');
	const entry = { os: [os], cpu: [cpu === 'arm' ? 'arm' : cpu] };
	if (os === 'linux') entry.libc = [abi.startsWith('musl') ? 'musl' : 'glibc'];
	return entry;
}

const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const added = [];
for (const [path, pkg] of Object.entries(lock.packages)) {
	for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
		if (!/binding-(android|darwin|freebsd|linux|openharmony|win32)-/.test(name)) continue;
		const parentDir = path ? `${path}/node_modules/` : 'node_modules/';
		const nested = `${parentDir}${name}`;
		const hoisted = `node_modules/${name}`;
		if (lock.packages[nested] || lock.packages[hoisted]) continue;
		const { os, cpu, libc } = platformOf(name);
		lock.packages[hoisted] = {
			version,
			cpu,
			dev: pkg.dev === true || undefined,
			...(libc ? { libc } : {}),
			license: 'MIT',
			optional: true,
			os,
		};
		added.push(`${name}@${version}`);
	}
}
const sorted = Object.fromEntries(
	Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `Added ${added.length} platform entries:\n  ${added.join('\n  ')}` : 'Lockfile already complete.');
