import type { FieldCopy } from './types';

/**
 * Fields that mean the same in every product, described once. A node's own copy wins where
 * it says more (see catalog/lib/copy.ts for the lookup order).
 */
export const SHARED_COPY: FieldCopy = {
	// records
	id: '',
	name: 'A name of your choice for the record',
	tags: 'Labels for organizing your resources, as a comma-separated list',
	customer_reference: 'Your own reference, returned with the record and in its events',
	active: 'Whether the record is in use',
	created_at: 'When the record was created (ISO 8601)',
	updated_at: 'When the record was last changed (ISO 8601)',
	record_type: '',

	// webhooks
	webhook_url: 'Where Telnyx sends events about this record',
	webhook_failover_url: 'Where Telnyx sends events when the webhook URL does not answer',
	webhook_event_url: 'Where Telnyx sends events about this record',
	webhook_event_failover_url: 'Where Telnyx sends events when the webhook URL does not answer',
	webhook_api_version: 'Format of the events sent to the webhook URL',
	webhook_timeout_secs: 'How long Telnyx waits for your webhook URL to answer, in seconds',

	// lists
	sort: 'Which field to order the results by; a leading minus sign sorts in descending order',
	'page[number]': 'Which page of results to return',
	'page[size]': 'How many results per page',

	// phone numbers and connections
	phone_number: 'A phone number in E.164 form, such as +13125550001',
	connection_id: 'The connection (or application) that handles the request',
	to: 'The phone number to reach, in E.164 form such as +13125550001',
	from: 'The phone number it comes from, in E.164 form such as +13125550001',
	timeout_secs: 'How long to wait, in seconds',
	messaging_profile_id: 'The messaging profile whose settings apply to the messages',
	billing_group_id: 'The billing group the charges are listed under on invoices',
	country_code: 'Two-letter country code (ISO 3166-1 alpha-2), such as US',
};
