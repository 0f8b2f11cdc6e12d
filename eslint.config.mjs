import { config } from '@n8n/node-cli/eslint';

// n8n's community-node rules for the package itself (nodes, credentials, package.json).
export default config;
