// The asset pipeline: everything a build needs besides the compiled TypeScript.
const { src, dest, parallel } = require('gulp');
const { Transform } = require('node:stream');

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

exports['build:assets'] = parallel(copyIcons, copyNodeAssets, copyNodeData);
exports.default = exports['build:assets'];
