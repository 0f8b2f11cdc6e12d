/** Queue mode: Redis (scripts/queue/install.sh), n8n main and two workers (scripts/n8n/install.sh). */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/queue'],
	testMatch: ['**/*.e2e.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', diagnostics: false }],
	},
	testTimeout: 300_000,
	maxWorkers: 1,
};
