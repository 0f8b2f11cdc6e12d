import { verifyCopy } from '../../copy/verify';
import type { NodeDefinition } from '../types';
import { messageTemplate, verifyProfile } from './profiles';
import { numberLookup } from './numberLookup';
import { verifiedNumber } from './verifiedNumbers';
import { verification } from './verification';

export const verify: NodeDefinition = {
	node: 'telnyxVerify',
	displayName: 'Telnyx Verify',
	description: 'Send and check one-time verification codes by SMS, call, flash call or WhatsApp, and look up phone numbers',
	aliases: [
		'Verify', 'Verification', 'Verification Code', 'OTP', 'One-Time Password', '2FA', 'Two-Factor Authentication', 'MFA',
		'Phone Verification', 'SMS Verification', 'Flash Call', 'Number Lookup', 'Phone Number Lookup', 'Carrier Lookup',
		'Caller Name', 'CNAM', 'Phone Number',
	],
	categories: ['Communication', 'Utility'],
	docs: 'telnyx-verify',
	versions: [{ version: 1, defaults: { resource: 'verification', operations: { verification: 'sendSms' } } }],
	copy: verifyCopy,
	resources: { verification, numberLookup, verifyProfile, messageTemplate, verifiedNumber },
};
