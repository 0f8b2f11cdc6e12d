import { sipTrunkingCopy } from '../../copy/sipTrunking';
import type { NodeDefinition } from '../types';
import { accessIpRange, ip, fqdn, outboundVoiceProfile } from './addressing';
import { connection, credentialConnection, fqdnConnection, ipConnection } from './connections';

export const sipTrunking: NodeDefinition = {
	node: 'telnyxSipTrunking',
	displayName: 'Telnyx SIP Trunking',
	description:
		'Manage Telnyx SIP connections, IPs, FQDNs, outbound voice profiles and access IP ranges',
	aliases: ['SIP', 'SIP Trunk', 'Trunking', 'VoIP', 'PBX', 'Credential Connection', 'Outbound Voice Profile'],
	categories: ['Communication', 'Development'],
	docs: 'telnyx-sip-trunking',
	versions: [
		{ version: 1, legacyDefaults: true },
		{ version: 2, defaults: { resource: 'connection' } },
	],
	upFrontSince: 2,
	copy: sipTrunkingCopy,
	resources: { credentialConnection, connection, fqdnConnection, ipConnection, fqdn, ip, outboundVoiceProfile, accessIpRange },
};
