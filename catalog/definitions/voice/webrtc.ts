import type { ResourceDefinition } from '../types';

/**
 * WebRTC and the Voice SDKs: the SIP credentials a browser or app signs in with (and the
 * short-lived tokens made from them), push credentials for incoming calls on phones, and the
 * SDK's call quality reports.
 */
export const telephonyCredential: ResourceDefinition = {
	name: 'Telephony Credential',
	plural: 'telephony credentials',
	path: '/telephony_credentials',
	locator: { labelField: 'name', searchParam: 'filter[name]', placeholder: 'e.g. c215ade3-0d39-418e-94be-c5f780760199' },
	operations: {
		getAll: { description: 'List the SIP credentials WebRTC and SDK clients sign in with, by name, tag or status' },
		get: { description: 'Get a telephony credential with its SIP user name' },
		create: {
			description: 'Create a SIP credential on a credential connection, for a WebRTC or SDK client to sign in with',
			upFront: ['name', 'expires_at'],
		},
		update: { description: 'Rename, re-tag or move a telephony credential, or change when it expires' },
		delete: { description: 'Delete a telephony credential; clients signed in with it can no longer call' },
		createToken: {
			endpoint: 'POST /telephony_credentials/{id}/token',
			kind: 'action',
			name: 'Create Token',
			action: 'Create an access token for a telephony credential',
			description: 'Make a short-lived JWT a WebRTC or SDK client signs in with, instead of the SIP password',
		},
	},
};

export const pushCredential: ResourceDefinition = {
	name: 'Push Credential',
	plural: 'push credentials',
	path: '/mobile_push_credentials',
	locator: { labelField: 'alias', searchParam: 'filter[alias]', placeholder: 'e.g. 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0' },
	operations: {
		getAll: { description: 'List the APNs and Firebase credentials that wake your apps for incoming calls' },
		get: { description: 'Get a push credential' },
		// the spec's body is one of two shapes: one operation each
		create: {
			name: 'Create for iOS',
			action: 'Create a push credential for APNS',
			description: 'Store the APNs certificate and private key that wake your iOS app for incoming calls',
			bodyAlternative: 0,
		},
		createAndroid: {
			endpoint: 'POST /mobile_push_credentials',
			kind: 'create',
			name: 'Create for Android',
			action: 'Create a push credential for FCM',
			description: 'Store the Firebase service account that wakes your Android app for incoming calls',
			bodyAlternative: 1,
		},
		delete: { description: 'Delete a push credential' },
	},
};

export const voiceSdkCallReport: ResourceDefinition = {
	name: 'Voice SDK Call Report',
	plural: 'voice SDK call reports',
	path: '/voice_sdk_call_reports',
	operations: {
		getAll: { description: 'List the call quality reports WebRTC and SDK clients sent, newest first' },
		get: { description: 'Get the report of one SDK call: its quality figures and what happened' },
	},
};
