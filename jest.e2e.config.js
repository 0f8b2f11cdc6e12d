/** End-to-end suites: real n8n (Node 24, installed by scripts/n8n/install.sh) driven over HTTP. */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', diagnostics: false }],
	},
	testTimeout: 120_000,
	maxWorkers: 1,
};
