/**
 * Runs the Telnyx sandbox until Ctrl-C.
 *
 *   npm run sandbox -- [--port 4010] [--latency 50] [--rate-limit 100/1000] [--api-key KEY...]
 */
import { startSandbox, type SandboxOptions } from './server';

function parseArgs(argv: string[]): SandboxOptions {
	const options: SandboxOptions = { port: Number(process.env.SANDBOX_PORT ?? 4010) };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=');
		const value = inline ?? argv[++i];
		switch (flag) {
			case '--port':
				options.port = Number(value);
				break;
			case '--host':
				options.host = value;
				break;
			case '--latency':
				options.latencyMs = Number(value);
				break;
			case '--rate-limit': {
				const [limit, windowMs = '1000'] = value.split('/');
				options.rateLimit = { limit: Number(limit), windowMs: Number(windowMs) };
				break;
			}
			case '--api-key':
				options.apiKey = value;
				break;
			default:
				throw new Error(`Unknown option ${flag}`);
		}
	}
	return options;
}

async function main(): Promise<void> {
	const sandbox = await startSandbox(parseArgs(process.argv.slice(2)));
	const lines = [
		'Telnyx sandbox is running (loopback only; nothing reaches the internet).',
		`  Base URL:  ${sandbox.url}`,
		`  API key:   ${sandbox.apiKey}`,
		`  Control:   ${sandbox.origin}/__sandbox/{requests,faults,seed,config,reset,stats}`,
		'Put the base URL and API key in a "Telnyx API" credential. Ctrl-C stops it.',
	];
	process.stdout.write(`${lines.join('\n')}\n`);
	const stop = () => {
		void sandbox.stop().then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
	process.exit(1);
});
