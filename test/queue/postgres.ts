import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitFor } from '../../scripts/n8n/runtime';

/** A throwaway PostgreSQL server on loopback (Debian's package), for n8n in queue mode. */
export interface Postgres {
	port: number;
	query(sql: string): string;
	stop(): Promise<void>;
}

const BIN = join('/usr/lib/postgresql', readdirSync('/usr/lib/postgresql').sort().pop()!, 'bin');
const asRoot = process.getuid?.() === 0;

/** PostgreSQL refuses to run as root: run its programs as the postgres user then. */
function command(program: string, args: string[]): [string, string[]] {
	return asRoot ? ['runuser', ['-u', 'postgres', '--', join(BIN, program), ...args]] : [join(BIN, program), args];
}

export async function startPostgres(): Promise<Postgres> {
	const dir = mkdtempSync(join(tmpdir(), 'n8n-telnyx-pg-'));
	chmodSync(dir, 0o777);
	const data = join(dir, 'data');
	const port = await freePort();
	const [initdb, initArgs] = command('initdb', ['-D', data, '-A', 'trust', '-U', 'n8n', '--no-sync']);
	execFileSync(initdb, initArgs, { stdio: 'ignore' });
	const [postgres, args] = command('postgres', ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off']);
	const server: ChildProcess = spawn(postgres, args, { stdio: 'ignore' });
	const psql = (database: string, sql: string) =>
		execFileSync(join(BIN, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'n8n', '-d', database, '-At', '-c', sql], {
			encoding: 'utf8',
			// while the server starts, refusals are expected: keep them out of the test output
			stdio: ['ignore', 'pipe', 'pipe'],
		});
	await waitFor(async () => {
		try {
			psql('postgres', 'select 1');
			return true;
		} catch {
			return false;
		}
	}, 30_000);
	psql('postgres', 'create database n8n');
	return {
		port,
		query: (sql) => psql('n8n', sql),
		stop: async () => {
			// pg_ctl's fast shutdown does not wait for clients to leave, and works through runuser
			const [pgCtl, stopArgs] = command('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
			if (server.exitCode === null) execFileSync(pgCtl, stopArgs, { stdio: 'ignore' });
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
