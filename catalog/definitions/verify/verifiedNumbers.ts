import type { ResourceDefinition } from '../types';

/** Numbers you own elsewhere, verified so that calls from Telnyx may show them as caller ID. */
export const verifiedNumber: ResourceDefinition = {
	name: 'Verified Number',
	plural: 'verified numbers',
	path: '/verified_numbers',
	locator: { labelField: 'phone_number', valueField: 'phone_number', placeholder: 'e.g. +15551234567' },
	operations: {
		getAll: { description: 'List the numbers you verified as yours, to use as caller ID' },
		create: {
			description: 'Send a code by SMS or call to a number you own elsewhere, to verify it is yours',
			e164: ['phone_number'],
		},
		get: { description: 'Get a verified number and when it was verified', e164: ['phone_number'], locators: { phone_number: 'verifiedNumber' } },
		delete: { description: 'Stop using a verified number as caller ID', e164: ['phone_number'], locators: { phone_number: 'verifiedNumber' } },
		verify: {
			action: 'Verify a number with its code',
			description: 'Give the code the number received, to finish verifying it',
			e164: ['phone_number'],
		},
	},
};
