// The asset pipeline: everything a build needs besides the compiled TypeScript.
const { src, dest, parallel } = require('gulp');
const { Transform } = require('node:stream');
const { mkdirSync, readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

/** Node and credential icons, referenced as file:../../icons/… from dist/nodes/<Node>/. */
function copyIcons() {
	return src('icons/**/*.{svg,png}', { encoding: false }).pipe(dest('dist/icons'));
}

/** Codex files (categories, documentation links) n8n reads next to each *.node.js. */
function copyNodeAssets() {
	return src(['nodes/**/*.node.json', 'nodes/**/*.{svg,png}'], { encoding: false, base: 'nodes' }).pipe(
		dest('dist/nodes'),
	);
}

/** Catalogs and event lists are data the nodes load at run time: shipped minified, not compiled. */
function copyNodeData() {
	return src(['nodes/**/*.catalog.json', 'nodes/**/*.events.json'], { base: 'nodes' })
		.pipe(
			new Transform({
				objectMode: true,
				transform(file, _encoding, done) {
					file.contents = Buffer.from(JSON.stringify(JSON.parse(file.contents.toString('utf8'))));
					done(null, file);
				},
			}),
		)
		.pipe(dest('dist/nodes'));
}

/**
 * n8n's output schema previews: what a node's items look like before it has run, read by the
 * editor (and AI agents) from dist/nodes/<Node>/__schema__/v<version>.0.0/<resource>/<operation>.json.
 * One file per operation and node version, from the generated <Node>.outputs.json.
 */
async function writeOutputSchemas() {
	for (const dir of readdirSync('nodes')) {
		let outputs;
		try {
			outputs = JSON.parse(readFileSync(join('nodes', dir, `${dir}.outputs.json`), 'utf8'));
		} catch {
			continue;
		}
		const { versions } = JSON.parse(readFileSync(join('nodes', dir, `${dir}.catalog.json`), 'utf8'));
		for (const version of versions) {
			for (const [key, schema] of Object.entries(outputs)) {
				const [resource, operation] = key.split('/');
				const folder = join('dist', 'nodes', dir, '__schema__', `v${version}.0.0`, resource);
				mkdirSync(folder, { recursive: true });
				writeFileSync(join(folder, `${operation}.json`), JSON.stringify(schema));
			}
		}
	}
}

exports['build:assets'] = parallel(copyIcons, copyNodeAssets, copyNodeData, writeOutputSchemas);
exports.default = exports['build:assets'];
