/**
 * Runs the Telnyx sandbox until Ctrl-C.
 *
 *   npm run sandbox -- [--port 4010] [--latency 50] [--rate-limit 100/1000] [--api-key KEY...] [--signing-seed HEX]
 *   npm run sandbox -- send message.received --to http://localhost:5678/webhook/... [--sandbox http://127.0.0.1:4010]
 *
 * `send` asks a running sandbox to sign an event with its key and deliver it, as Telnyx would.
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
			case '--signing-seed':
				options.signingSeed = value;
				break;
			default:
				throw new Error(`Unknown option ${flag}`);
		}
	}
	return options;
}

async function main(): Promise<void> {
	const sandbox = await startSandbox(parseArgs(args));
	const lines = [
		'Telnyx sandbox is running (loopback only; nothing reaches the internet).',
		`  Base URL:  ${sandbox.url}`,
		`  API key:   ${sandbox.apiKey}`,
		`  Webhook public key (Ed25519): ${sandbox.events.publicKey}`,
		`  Control:   ${sandbox.origin}/__sandbox/{requests,faults,seed,config,reset,stats,public-key,events}`,
		`  Send a signed event: npm run sandbox -- send message.received --to <webhook URL> --sandbox ${sandbox.origin}`,
		'Put the base URL and API key in a "Telnyx API" credential. Ctrl-C stops it.',
	];
	process.stdout.write(`${lines.join('\n')}\n`);
	const stop = () => {
		void sandbox.stop().then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

/** `send TYPE --to URL [--sandbox ORIGIN]`: a signed delivery through a running sandbox. */
async function sendEvent(argv: string[]): Promise<void> {
	const type = argv[0];
	let to = '';
	let origin = `http://127.0.0.1:${process.env.SANDBOX_PORT ?? 4010}`;
	for (let i = 1; i < argv.length; i++) {
		if (argv[i] === '--to') to = argv[++i];
		else if (argv[i] === '--sandbox') origin = argv[++i].replace(/\/+$/, '');
		else throw new Error(`Unknown option ${argv[i]}`);
	}
	if (!type || !to) throw new Error('Usage: npm run sandbox -- send <event type> --to <webhook URL> [--sandbox <origin>]');
	const response = await fetch(`${origin}/__sandbox/events`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ type, to }),
	});
	const result = (await response.json()) as { status?: number; error?: string };
	process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
	if (!response.ok || (result.status ?? 500) >= 300) process.exitCode = 1;
}

const args = process.argv.slice(2);
(args[0] === 'send' ? sendEvent(args.slice(1)) : main()).catch((error) => {
	process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
	process.exit(1);
});
