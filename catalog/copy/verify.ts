import type { FieldCopy } from './types';

/** Field descriptions of the Telnyx Verify node, in our own words (see ./types.ts for the conventions). */
export const verifyCopy: FieldCopy = {
	// Ids and numbers in paths
	phone_number: 'The phone number to verify, in E.164 form such as +13125550001',
	'numberLookup.phone_number': 'The phone number to look up, in E.164 form such as +13125550001',
	verification_id: 'The verification to work on, as returned when the code was sent',
	verifyProfileId: 'The verify profile to work on',
	verify_profile_id: 'The verify profile whose settings (channels, code length, templates) apply',
	template_id: 'The message template to change',

	// Sending and checking codes
	custom_code: 'A code of your own to send instead of one Telnyx makes up; then you accept or reject it yourself',
	timeout_secs: 'How many seconds the code stays valid; the profile\'s setting applies otherwise',
	extension: 'Digits to dial once the call is answered, to reach an extension: 0-9, A-D, * and #, with w (half a second) and W (a second) as pauses',
	code: 'The code the user typed in',
	status: 'Accept or reject the verification yourself instead of checking a code (only for verifications sent with a custom code)',
	type: 'What to look up: the carrier (network, line type, portability) or the registered caller name (CNAM)',

	// Verify profiles
	name: 'A name of your choice for the verify profile',
	language: 'Language of the messages and calls, such as en-US',
	daily_spend_limit: 'Most the profile may spend per day, in US dollars',
	daily_spend_limit_enabled: 'Whether the daily spend limit is enforced',
	sms: 'How codes are sent by SMS',
	call: 'How codes are sent by phone call',
	flashcall: 'How flash calls are made',
	whatsapp: 'How codes are sent by WhatsApp',
	app_name: 'The name of your app, said or written in the verification message (letters, digits, spaces and dashes, up to 30)',
	code_length: 'How many digits codes have',
	default_verification_timeout_secs: 'How many seconds a code stays valid unless the request says otherwise',
	messaging_template_id: 'The message template used for the text of the messages',
	whitelisted_destinations:
		'Countries codes may be sent to, as two-letter ISO 3166 codes separated by commas (US, CA); * allows every country',
	alpha_sender: 'An alphanumeric sender ID for countries that require one',
	sender_phone_number: 'The number of your WhatsApp Business account that sends the codes',
	waba_id: 'Your WhatsApp Business account ID, to send from your own account',
	'whatsapp.template_id': 'The authentication template approved by Meta that carries the code',

	// Message templates
	text: 'The text of the message, with {{code}} where the code goes and optionally {{app_name}}',

	// Verified numbers
	'verifiedNumber.phone_number': 'The number you own, in E.164 form such as +13125550001',
	'verifiedNumber.verification_method': 'How the code is sent to the number: by SMS or by a call',
	'verifiedNumber.extension': 'Extension to dial after the number, for a call to a desk phone',
	verification_code: 'The code the number received',
};
