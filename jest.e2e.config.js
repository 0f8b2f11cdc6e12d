/**
 * End-to-end suites: real n8n (Node 24, installed into .n8n-cache/ by scripts/n8n/install.sh)
 * driven over HTTP. `npm start`'s suite runs first (test/e2e/sequencer.js). N8N_VERSION=newest
 * (or an exact version) runs them against another n8n than the pinned one.
 */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.ts'],
	testSequencer: '<rootDir>/test/e2e/sequencer.js',
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', diagnostics: false }],
	},
	testTimeout: 120_000,
	maxWorkers: 1,
};
