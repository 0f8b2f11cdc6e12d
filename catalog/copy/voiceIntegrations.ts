import type { FieldCopy } from './types';

/** Field descriptions of the Telnyx Voice Integrations node, in our own words (see ./types.ts for the conventions). */
export const voiceIntegrationsCopy: FieldCopy = {
	// Ids in paths
	'customStorageCredential.connection_id': 'The Call Control, TeXML or SIP connection whose recordings go to this bucket',
	'dialogflowConnection.connection_id': 'The Call Control application that talks to the Dialogflow agent',
	connector_name: 'The name the SIPREC connector was created with',
	externalConnectionId: 'The external connection to work on',
	externalConnectionCivicAddressId: 'The external connection the civic address belongs to',
	externalConnectionLocationId: 'The external connection the location belongs to',
	externalConnectionLogMessageId: 'The log message to work on',
	externalConnectionPhoneNumberId: 'The external connection the phone number is assigned to',
	externalConnectionReleaseId: 'The external connection the numbers were released from',
	externalConnectionUploadId: 'The external connection the numbers are uploaded to',
	address_id: 'The civic address to read',
	'externalConnectionLocation.location_id': 'The location to give a new emergency address',
	phone_number_id: 'The Telnyx ID of the phone number (not the number itself)',
	recording_id: 'The call recording to work on',
	recording_transcription_id: 'The transcription to work on',
	release_id: 'The release request to read',
	ticket_id: 'The ticket ID Telnyx returned when the upload was requested',

	// Call recordings
	ids: 'IDs of the call recordings to delete, as a comma-separated list',
	'filter[call_control_id]': 'Only recordings of the call with this Call Control ID',
	'filter[call_leg_id]': 'Only recordings of this call leg',
	'filter[call_session_id]': 'Only recordings of this call session',
	'filter[conference_id]': 'Only recordings of this conference',
	'filter[conference_region]': 'Only recordings of conferences held in this region',
	'filter[connection_id]': 'Only recordings made on this connection (case-sensitive)',
	'filter[created_at][gte]': 'Only records created at or after this time (ISO 8601)',
	'filter[created_at][lte]': 'Only records created at or before this time (ISO 8601)',
	'filter[end_time][gte]': 'Only recordings that ended at or after this time (ISO 8601)',
	'filter[end_time][lte]': 'Only recordings that ended at or before this time (ISO 8601)',
	'filter[from]': 'Only recordings of calls from this number or SIP URI (case-sensitive)',
	'filter[sip_call_id]': 'Only recordings of the call with this SIP Call-ID header (case-sensitive)',
	'filter[start_time][gte]': 'Only recordings that started at or after this time (ISO 8601)',
	'filter[start_time][lte]': 'Only recordings that started at or before this time (ISO 8601)',
	'filter[to]': 'Only recordings of calls to this number or SIP URI (case-sensitive)',
	'filter[recording_id]': 'Only transcriptions of this call recording',

	// Custom storage credentials
	backend: 'Cloud storage provider that receives the recordings',
	configuration: 'Bucket and access details for the chosen provider',
	'configuration.backend': 'The provider these details are for; it must be the same as Backend',
	'configuration.bucket': 'Bucket (or Azure container) the recording files are written to',
	'configuration.credentials': 'Google Cloud service account credentials that may write to the bucket',
	'configuration.aws_access_key_id': 'Access key ID of an AWS user allowed to write to the bucket',
	'configuration.aws_secret_access_key': 'Secret that goes with the AWS access key ID',
	'configuration.region': 'AWS region the bucket lives in, such as us-east-1',
	'configuration.account_name': 'Azure storage account that holds the container',
	'configuration.account_key': 'Access key of the Azure storage account',

	// Dialogflow connections
	service_account:
		'Contents of the Google service account key file (JSON) that gives Telnyx access to your Dialogflow agent',
	dialogflow_api: 'Which Dialogflow edition the agent is built with: CX or ES',
	conversation_profile_id: 'ID of the conversation profile set up in Dialogflow. Needed for Dialogflow CX.',
	environment: 'Dialogflow environment of the agent to use',
	location: 'Region the Dialogflow agent runs in, such as global. Needed for Dialogflow CX.',

	// External connections
	external_sip_connection: 'Service that places and receives calls over this connection',
	'externalConnection.active': 'Whether the connection can carry calls',
	inbound: 'Settings for calls coming in from the service',
	'inbound.channel_limit': 'Most incoming calls allowed at the same time on numbers of this connection',
	'inbound.outbound_voice_profile_id': 'Outbound voice profile applied to incoming calls',
	outbound: 'Settings for calls going out to the service',
	'outbound.channel_limit': 'Most outgoing calls allowed at the same time on numbers of this connection',
	'outbound.outbound_voice_profile_id': 'Outbound voice profile that decides where and how calls may be placed',
	tags: 'Labels for organizing your connections, as a comma-separated list',
	webhook_event_url: 'Where call events for this connection are sent',
	webhook_event_failover_url: 'Where call events go when the webhook URL does not answer',
	webhook_timeout_secs: 'How long Telnyx waits for your webhook URL to answer, in seconds (at most 30)',
	'filter[connection_name][contains]': 'Only connections whose name contains this text (at least 3 characters, any case)',
	'filter[created_at]': 'Only connections created on this day (YYYY-MM-DD)',
	'filter[external_sip_connection]': 'Only connections for this service',
	'filter[id]': 'Only the connection with this ID',
	'externalConnection.filter[phone_number][contains]':
		'Only connections that have this phone number; despite the name, give the whole number in E.164 format',

	// Log messages
	'filter[external_connection_id]': 'Only messages about this external connection. Enter null for messages about none.',
	'filter[telephone_number][contains]': 'Only messages about numbers containing these digits (3 to 15 of them)',
	'filter[telephone_number][eq]': 'Only messages about this number in E.164 format. Enter null for messages about none.',

	// Civic addresses, locations, phone numbers, releases and uploads of external connections
	'filter[country]': 'Only addresses in these countries, as two-letter ISO codes separated by commas',
	static_emergency_address_id: 'ID of the emergency address that replaces the current one for this location',
	'externalConnectionPhoneNumber.location_id': 'The location (from the civic addresses of the connection) to put the number at',
	'filter[civic_address_id][eq]': 'Only entries for this civic address',
	'filter[location_id][eq]': 'Only entries for this location',
	'filter[phone_number][contains]': 'Only entries whose phone number contains this text',
	'filter[phone_number][eq]': 'Only entries for this exact phone number',
	'filter[status][eq]': 'Only requests in one of these states',
	number_ids: 'Telnyx IDs of the phone numbers to upload, as a comma-separated list',
	usage: 'What the numbers are uploaded for. Toll-free numbers cannot be used for calling user assignment.',
	additional_usages: 'Further uses of the numbers; all supported uses apply when none is picked',
	civic_address_id: 'Civic address every uploaded number is assigned to',
	'externalConnectionUpload.location_id': 'Location every uploaded number is assigned to',

	// Media storage
	media_name: 'The unique name of the media file in your account; new files without one get a generated name',
	media_url: 'Public URL Telnyx downloads the file from (20 MB at most)',
	media: 'The file to store, 20 MB at most',
	ttl_secs: 'How many seconds Telnyx keeps the file before deleting it: 2 days unless set, 20 years at most',
	'filter[content_type]': 'Only files of these content types, such as audio/mpeg, separated by commas',

	// SIPREC connectors
	name: 'A name of your choice that identifies the connector',
	host: 'Hostname or IPv4 address of the SIPREC recording server (SRS)',
	port: 'Port the SIPREC recording server listens on',
	app_subdomain: 'Subdomain that routes the recorded calls when the Telnyx SRS receives them; not needed for other servers',
};
