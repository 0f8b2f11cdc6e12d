import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Imported first by the secrets test: n8n's logger reads its settings when it is first built.
// Everything it logs, at debug level, goes to this file for the test to read.
export const LOG_FILE = join(mkdtempSync(join(tmpdir(), 'n8n-telnyx-logs-')), 'n8n.log');
process.env.N8N_LOG_LEVEL = 'debug';
process.env.N8N_LOG_OUTPUT = 'file';
process.env.N8N_LOG_FILE_LOCATION = LOG_FILE;
