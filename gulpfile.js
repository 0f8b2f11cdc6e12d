// The asset pipeline: everything a build needs besides the compiled TypeScript.
const { src, dest, parallel } = require('gulp');

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

exports['build:assets'] = parallel(copyIcons, copyNodeAssets);
exports.default = exports['build:assets'];
