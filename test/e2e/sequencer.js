/**
 * The start suite runs first: on a fresh clone it is `npm start` that installs Node 24 and n8n
 * (what it must prove), and the suites after it reuse that install. The rest by path.
 */
const Sequencer = require('@jest/test-sequencer').default;

class StartFirst extends Sequencer {
	sort(tests) {
		const rank = (test) => (test.path.endsWith('start.e2e.ts') ? 0 : 1);
		return [...tests].sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
	}
}

module.exports = StartFirst;
