import { messagingCopy } from '../../copy/messaging';
import type { NodeDefinition } from '../types';
import { hostedNumber, hostedNumberOrder } from './hostedNumbers';
import { message } from './message';
import { messagingProfile, rcsAgent, urlDomain } from './profiles';
import { tollFreeVerification } from './tollFree';

export const messaging: NodeDefinition = {
	node: 'telnyxMessaging',
	displayName: 'Telnyx Messaging',
	description: 'Send SMS, MMS and RCS with Telnyx and manage hosted numbers, toll-free verification and messaging profiles',
	aliases: ['SMS', 'MMS', 'RCS', 'Text Message', 'Send Message', 'Send SMS', 'Message', 'Toll Free', 'Messaging Profile'],
	categories: ['Communication', 'Marketing'],
	docs: 'telnyx-messaging',
	versions: [
		// version 1 opened Hosted Number on Delete, its only operation then
		{ version: 1, legacyDefaults: true, defaults: { resource: 'hostedNumber', operations: { hostedNumber: 'delete' } } },
		{ version: 2, defaults: { resource: 'message', operations: { message: 'send' } } },
	],
	upFrontSince: 2,
	copy: messagingCopy,
	resources: { message, messagingProfile, rcsAgent, hostedNumberOrder, hostedNumber, tollFreeVerification, urlDomain },
};
