import type { FieldCopy } from './types';

/** Field descriptions of the Telnyx Fax node, in our own words (see ./types.ts for the conventions). */
export const faxCopy: FieldCopy = {
	// Ids in paths
	faxId: 'The fax to work on',
	faxApplicationId: 'The fax application to work on',

	// Sending
	connection_id: 'The fax application that sends the fax',
	from: 'Your Telnyx number the fax is sent from, in E.164 form such as +13125550001',
	to: 'The fax number to send to, in E.164 form, or a SIP URI',
	media_url: 'Link to the document Telnyx fetches and faxes (PDF, TIFF, JPEG, PNG, DOC, DOCX, RTF or TXT)',
	media_name: 'Name of a document you uploaded to Telnyx media storage, instead of a link',
	contents: 'The document to fax',
	from_display_name: 'Caller ID name shown to the receiving fax machine, where it supports one',
	quality: 'How finely the document is scanned: higher qualities take longer to send',
	monochrome: 'Whether to send in true black and white instead of grayscale',
	black_threshold: 'For black-and-white faxes: how dark a pixel must be (1 to 100 percent) to print as black',
	t38_enabled: 'Whether the T.38 fax protocol is used; turn it off for machines that fail with it',
	store_media: 'Whether Telnyx keeps the document at a temporary link (not with a stored media name)',
	store_preview: 'Whether Telnyx keeps a preview image of the fax at a temporary link',
	preview_format: 'File format of the preview image',
	client_state: 'Text of your choice, Base64-encoded, sent back in every event of this fax',
	webhook_url: 'Where Telnyx sends this fax\'s events, instead of the fax application\'s URL',

	// Fax applications
	application_name: 'A name of your choice for the fax application',
	active: 'Whether the application can send and receive faxes',
	anchorsite_override:
		'Media site that handles the faxes. "Latency" picks the site closest to your endpoint by round-trip time.',
	webhook_event_url: 'Where Telnyx sends the events of faxes sent and received with this application',
	webhook_event_failover_url: 'Where fax events go when the webhook URL does not answer',
	webhook_timeout_secs: 'How long Telnyx waits for your webhook URL to answer, in seconds',
	tags: 'Labels for organizing your applications, as a comma-separated list',
	inbound: 'How faxes to your numbers reach this application',
	'inbound.channel_limit': 'Most faxes received at the same time',
	'inbound.sip_subdomain':
		'Subdomain of sip.telnyx.com that reaches this application like a phone number, e.g. "example" for example.sip.telnyx.com',
	'inbound.sip_subdomain_receive_settings': 'Who may send faxes to the SIP subdomain',
	outbound: 'How faxes are sent from this application',
	'outbound.channel_limit': 'Most faxes sent at the same time',
	'outbound.outbound_voice_profile_id': 'The outbound voice profile that sets where faxes may go and at what cost',
	fax_email_recipient: 'An email address that also receives incoming faxes as attachments',
};
