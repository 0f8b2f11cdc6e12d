import type { OperationDefinition, ResourceDefinition } from '../types';

/** The four ways of sending a code share their fields: the number to verify and the profile. */
function send(endpoint: string, name: string, action: string, description: string): OperationDefinition {
	return { endpoint, kind: 'create', name, action, description, e164: ['phone_number'] };
}

export const verification: ResourceDefinition = {
	name: 'Verification',
	plural: 'verifications',
	path: '/verifications',
	operations: {
		sendSms: send(
			'POST /verifications/sms',
			'Send by SMS',
			'Send a verification code by SMS',
			'Text a one-time code to a phone number, using the settings of a verify profile',
		),
		sendCall: send(
			'POST /verifications/call',
			'Send by Call',
			'Send a verification code by phone call',
			'Call a phone number and read a one-time code out loud',
		),
		sendFlashCall: send(
			'POST /verifications/flashcall',
			'Send by Flash Call',
			'Send a verification by flash call',
			'Ring a phone number once from a number whose last digits are the code; the call is not meant to be answered',
		),
		sendWhatsApp: send(
			'POST /verifications/whatsapp',
			'Send by WhatsApp',
			// n8n's lint wants actions in sentence case, which has no capitals inside words
			'Send a verification code by whatsapp',
			'Send a one-time code to a phone number as a WhatsApp message',
		),
		checkCode: {
			endpoint: 'POST /verifications/by_phone_number/{phone_number}/actions/verify',
			name: 'Check Code',
			action: 'Check a verification code',
			description: 'Check the code a user entered against the latest verification sent to their phone number',
			e164: ['phone_number'],
		},
		checkCodeById: {
			endpoint: 'POST /verifications/{verification_id}/actions/verify',
			name: 'Check Code by Verification ID',
			action: 'Check a verification code by verification ID',
			description: 'Check the code a user entered against one verification, or accept or reject it yourself',
			upFront: ['code'],
			oneOf: [['code', 'status']],
			exclusive: [[['code'], ['status']]],
		},
		get: { description: 'Get a verification and whether it was accepted, is still pending or expired' },
		getAll: {
			endpoint: 'GET /verifications/by_phone_number/{phone_number}',
			kind: 'list',
			description: 'List the verifications sent to a phone number',
			e164: ['phone_number'],
		},
	},
};
