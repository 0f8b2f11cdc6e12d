/** Jest runs real workflows in-process with n8n-core against the local Telnyx sandbox. */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', diagnostics: false }],
	},
	setupFiles: ['<rootDir>/test/setup/env.ts'],
	testTimeout: 60_000,
	maxWorkers: 2,
};
