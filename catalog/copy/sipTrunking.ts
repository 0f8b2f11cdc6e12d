/**
 * Descriptions of request fields, in our own words. Keys are wire names (`connection_name`),
 * nested paths (`inbound.codecs`) or resource-qualified names (`fqdn.port`) where a resource
 * means something of its own by a field. An empty string marks a field whose label says it all.
 *
 * n8n's conventions apply: one sentence without a final period (or several, each ending in
 * one), booleans start with "Whether".
 */
import type { FieldCopy } from './types';

export const sipTrunkingCopy: FieldCopy = {
	// Ids in paths
	access_ip_range_id: 'The access IP range to delete',
	connectionId: 'The connection to work on',
	credentialConnectionId: 'The credential connection to work on',
	fqdnConnectionId: 'The FQDN connection to work on',
	fqdnId: 'The FQDN record to work on',
	ipConnectionId: 'The IP connection to work on',
	ipId: 'The IP address record to work on',
	outboundVoiceProfileId: 'The outbound voice profile to work on',

	// Common connection settings
	active: 'Whether the connection can place and receive calls',
	anchorsite_override:
		'Media site that anchors the calls. "Latency" picks the site closest to your endpoint by round-trip time.',
	android_push_credential_id: 'Push credential used to wake Android apps for incoming calls',
	ios_push_credential_id: 'Push credential used to wake iOS apps for incoming calls',
	call_cost_in_webhooks: 'Whether call cost events are sent to the webhook URL',
	connection_name: 'A name of your choice that identifies the connection',
	default_on_hold_comfort_noise_enabled:
		'Whether Telnyx plays comfort noise while a call is on hold, so the media stream does not time out',
	dtmf_type: 'How Telnyx sends DTMF digits to this connection; digits sent to Telnyx are accepted in any format',
	encode_contact_header_enabled: 'Whether the SIP Contact header is encoded, which helps behind NAT or SIP ALG',
	encrypted_media: 'Encrypt media with SRTP. Not available when the transport is TLS.',
	microsoft_teams_sbc:
		'Whether the connection is set up for Microsoft Teams Direct Routing, with an SBC hostname created for it',
	noise_suppression: 'Which direction of audio noise suppression applies to',
	noise_suppression_details: 'Engine and strength of noise suppression; kept even while suppression is disabled',
	'noise_suppression_details.attenuation_limit': 'How strongly noise is reduced, from 0 to 100 in steps of 10',
	'noise_suppression_details.engine': 'The noise suppression engine',
	onnet_t38_passthrough_enabled:
		'Whether fax endpoints that are both on the Telnyx network negotiate T.38 directly with each other',
	password: 'SIP password for the connection, 8 to 128 characters',
	sip_uri_calling_preference:
		'Who may call this connection by its SIP URI (username@sip.telnyx.com): nobody, anyone, or only your other connections',
	tags: 'Labels for organizing your resources, as a comma-separated list',
	transport_protocol: 'SIP transport used to reach IP and FQDN endpoints',
	user_name: 'SIP username for the connection, 4 to 32 letters and digits',
	webhook_api_version: 'Format of the call events sent to the webhook URL. TeXML needs call parking enabled.',
	webhook_event_failover_url: 'Where call events go when the webhook URL does not answer',
	webhook_event_url: 'Where call events for this connection are sent',
	webhook_timeout_secs: 'How long Telnyx waits for your webhook URL to answer, in seconds',

	// Inbound settings
	inbound: 'How calls to your numbers reach this connection',
	'inbound.ani_number_format': "Format of the caller's number on incoming calls",
	'inbound.channel_limit': 'Most incoming calls allowed at the same time on this connection',
	'inbound.codecs': 'Codecs offered on incoming calls, in order of preference, as a comma-separated list',
	'inbound.default_primary_fqdn_id': 'FQDN tried first for incoming calls; it must belong to this connection',
	'inbound.default_secondary_fqdn_id': 'FQDN tried second for incoming calls; it must belong to this connection',
	'inbound.default_tertiary_fqdn_id': 'FQDN tried third for incoming calls; it must belong to this connection',
	'inbound.default_primary_ip_id': 'IP tried first for incoming calls; it must belong to this connection',
	'inbound.default_secondary_ip_id': 'IP tried second for incoming calls; it must belong to this connection',
	'inbound.default_tertiary_ip_id': 'IP tried third for incoming calls; it must belong to this connection',
	'inbound.default_routing_method': 'How incoming calls are spread over the endpoints of the connection',
	'inbound.dnis_number_format': 'Format of the dialed number on incoming calls',
	'inbound.generate_ringback_tone': 'Whether Telnyx plays ringback through early media (183 Session Progress)',
	'inbound.isup_headers_enabled': 'Whether ISUP parameters are passed in SIP headers (TCP and TLS only)',
	'inbound.prack_enabled': 'Whether reliable provisional responses (PRACK, RFC 3262) are used',
	'inbound.shaken_stir_enabled': 'Whether the SHAKEN/STIR Identity header is included in incoming INVITEs',
	'inbound.simultaneous_ringing': 'Whether all registered devices ring at once on an incoming call',
	'inbound.sip_compact_headers_enabled': 'Whether SIP headers are sent in their compact form',
	'inbound.sip_region': 'Region whose SIP servers deliver incoming calls',
	'inbound.sip_subdomain':
		'Subdomain of sip.telnyx.com that reaches this connection like a phone number, e.g. "example" for example.sip.telnyx.com',
	'inbound.sip_subdomain_receive_settings': 'Who may call the SIP subdomain',
	'inbound.timeout_1xx_secs': 'Seconds to wait for the far end to respond before giving up',
	'inbound.timeout_2xx_secs': 'Seconds to wait for an answer before giving up',

	// Outbound settings
	outbound: 'How calls from this connection leave Telnyx',
	'outbound.ani_override': 'Caller ID number shown on outgoing calls instead of the one sent',
	'outbound.ani_override_type': 'Which outgoing calls the caller ID override applies to',
	'outbound.call_parking_enabled':
		'Whether outgoing calls are parked for Call Control commands instead of being connected straight away',
	'outbound.channel_limit': 'Most outgoing calls allowed at the same time on this connection',
	'outbound.encrypted_media': 'Encrypt media of outgoing calls with SRTP',
	'outbound.generate_ringback_tone': 'Whether Telnyx plays ringback through early media (183 Session Progress)',
	'outbound.instant_ringback_enabled': 'Whether ringback starts at once, without waiting for the far end',
	'outbound.ip_authentication_method': 'How outgoing calls from IP endpoints are authenticated',
	'outbound.ip_authentication_token': 'Token that identifies outgoing calls when authenticating by token',
	'outbound.localization':
		'Two-letter country code whose national dialing rules apply, e.g. US lets you dial US numbers without +1',
	'outbound.outbound_voice_profile_id': 'Outbound voice profile that carries and bills the outgoing calls',
	'outbound.t38_reinvite_source': 'Which side sends the T.38 re-INVITE on fax calls',
	'outbound.tech_prefix': 'Four-digit prefix that routes outgoing calls to this connection',
	'outbound.timeout_1xx_secs': 'Seconds to wait for the far end to respond before giving up',
	'outbound.timeout_2xx_secs': 'Seconds to wait for an answer before giving up',

	// RTCP and jitter buffer
	rtcp_settings: 'Reporting of call quality over RTCP',
	'rtcp_settings.capture_enabled': 'Whether RTCP messages are stored to build quality reports in the portal',
	'rtcp_settings.port': 'Whether RTCP uses the RTP port plus one or shares the RTP port',
	'rtcp_settings.report_frequency_secs': 'Seconds between RTCP reports, from 5 to 3000',
	jitter_buffer: 'Buffering of incoming media to smooth out network jitter',
	'jitter_buffer.enable_jitter_buffer': 'Whether the jitter buffer is on',
	'jitter_buffer.jitterbuffer_msec_max': 'Largest buffer in milliseconds, from 40 to 400',
	'jitter_buffer.jitterbuffer_msec_min': 'Smallest buffer in milliseconds, from 40 to 400',

	// Outbound voice profiles
	billing_group_id: 'Billing group the usage of this profile is charged to',
	call_recording: 'Which outgoing calls are recorded, and how',
	'call_recording.call_recording_caller_phone_numbers':
		'Caller numbers (E.164) whose calls are recorded when recording by caller number, as a comma-separated list',
	'call_recording.call_recording_channels': 'Single mixes both sides; dual records each side on its own channel',
	'call_recording.call_recording_format': 'Audio format of the recordings',
	'call_recording.call_recording_type': 'Which calls are recorded',
	calling_window: 'Hours (UTC) during which calls may start, and how often one number may be called',
	'calling_window.calls_per_cld': 'Most calls to the same number within the window',
	'calling_window.end_time': 'Time of day (UTC, HH:MM) after which calls may no longer start',
	'calling_window.start_time': 'Time of day (UTC, HH:MM) from which calls may start',
	concurrent_call_limit: 'Most calls at the same time on this profile, up to your account limit',
	daily_spend_limit: 'Most usage charges allowed per day, in US dollars, e.g. "100.00"',
	daily_spend_limit_enabled: 'Whether new calls are blocked once the daily spend limit is reached',
	enabled: 'Whether connections using this profile may place calls',
	max_destination_rate: 'Highest price per minute a destination may cost to be dialed',
	name: 'A name of your choice that identifies the profile',
	service_plan: 'Which termination regions the profile covers',
	traffic_type: 'Kind of traffic the profile carries',
	usage_payment_method: 'How the cost of calls is worked out',
	whitelisted_destinations: 'Countries that may be called, as two-letter codes in a comma-separated list',

	// FQDNs, IPs and access IP ranges
	connection_id: 'The connection this record belongs to',
	dns_record_type: 'DNS lookup used for the domain: "a" when a port is given, "srv" when it is not',
	fqdn: 'Fully qualified domain name of your SIP endpoint, e.g. sip.example.com',
	port: 'Port your SIP endpoint listens on',
	'fqdn.port': 'Port your SIP endpoint listens on; without one, DNS SRV records are used',
	ip_address: 'IP address of your SIP endpoint',
	'ip.port': 'Port your SIP endpoint listens on, 5060 if empty',
	cidr_block: 'Range of addresses allowed to use the API, in CIDR notation, e.g. 203.0.113.0/24',
	description: 'A note of your choice about this range',

	// List filters and sorting
	sort: 'Order of the results',
	'filter[connection_name][contains]': 'Only connections whose name contains this text (at least 3 characters)',
	'filter[fqdn]': 'Only records with exactly this FQDN',
	'filter[outbound_voice_profile_id]': 'Only connections that use this outbound voice profile',
	'filter[name][contains]': 'Only profiles whose name contains this text',
	'filter[connection_id]': 'Only records that belong to this connection',
	'filter[dns_record_type]': 'Only FQDNs with this DNS record type',
	'filter[port]': 'Only records with this port',
	'filter[ip_address]': 'Only records with exactly this IP address',
	'filter[cidr_block]': 'Only ranges with exactly this CIDR block',
	'filter[cidr_block][contains]': 'Only ranges whose CIDR block contains this text',
	'filter[cidr_block][startswith]': 'Only ranges whose CIDR block starts with this text',
	'filter[cidr_block][endswith]': 'Only ranges whose CIDR block ends with this text',
	'filter[created_at]': 'Only records created at exactly this time',
	'filter[created_at][gt]': 'Only records created after this time',
	'filter[created_at][gte]': 'Only records created at or after this time',
	'filter[created_at][lt]': 'Only records created before this time',
	'filter[created_at][lte]': 'Only records created at or before this time',
};
