import type { FieldCopy } from './types';

/**
 * Filters that pick phone numbers, where an operation works on the numbers they match (a CSV
 * download of them, a background job on them) rather than on its own records.
 */
const NUMBER_FILTERS: FieldCopy = {
	'filter[status]': 'Only numbers with this status',
	'filter[connection_id]': 'Only numbers on this connection',
	'filter[customer_reference]': 'Only numbers with this customer reference',
	'filter[voice.connection_name][eq]': 'Only numbers on the connection with this name',
	'filter[voice.connection_name][contains]': 'Only numbers on a connection whose name contains this text (at least three characters)',
	'filter[voice.connection_name][starts_with]': 'Only numbers on a connection whose name starts with this text (at least three characters)',
	'filter[voice.connection_name][ends_with]': 'Only numbers on a connection whose name ends with this text (at least three characters)',
	'filter[voice.usage_payment_method]': 'Only numbers billed this way: per minute, or on voice channels',
};

function forNumbersOf(...resources: string[]): FieldCopy {
	return Object.fromEntries(resources.flatMap((resource) => Object.entries(NUMBER_FILTERS).map(([key, text]) => [`${resource}.${key}`, text])));
}

/** Field descriptions of the Telnyx Numbers node, in our own words (see ./types.ts for the conventions). */
export const numbersCopy: FieldCopy = {
	...forNumbersOf('csvDownload', 'phoneNumberJob'),

	// Ids in paths
	phoneNumberId: 'The phone number to work on: pick one of yours, or enter its ID',
	phone_number_id: 'The phone number whose voicemail to work on',
	mobilePhoneNumberId: 'The ID of the mobile phone number to read',
	number_order_id: 'The number order to work on',
	number_reservation_id: 'The reservation to work on',
	number_order_phone_number_id: 'The number of an order to work on (its ID within the order, not the phone number)',
	sub_number_order_id: 'The sub number order to work on',
	number_block_order_id: 'The block order to read',
	order_id: 'The advanced order to read',
	'messagingBulkUpdate.order_id': 'The bulk update to read, as returned when it was created',
	'advanced-order-id': 'The advanced order to change',
	inexplicitNumberOrderId: 'The inexplicit number order to read',
	report_id: 'The report to work on',
	commentId: 'The comment to work on',
	csvDownloadId: 'The CSV download to work on',
	phoneNumberJobId: 'The background job to read',
	phoneNumberBlockJobId: 'The block job to read',
	customer_service_record_id: 'The customer service record to read',
	channel_zone_id: 'The zone outside the US, e.g. as listed by Get Many Zones',
	'countryCoverage.country_code': 'Two-letter code of the country, such as US or DE',

	// Search
	'availablePhoneNumber.filter[country_code]': 'Two-letter code of the country to search in, such as US or GB',
	'availablePhoneNumber.filter[national_destination_code]': 'The area code (NPA in the US and Canada) the numbers start with after the country code, e.g. 312',
	'availablePhoneNumber.filter[locality]': 'City the numbers belong to, e.g. Chicago',
	'availablePhoneNumber.filter[administrative_area]': 'US state or Canadian province, as its two-letter code, e.g. IL',
	'availablePhoneNumber.filter[rate_center]': 'Rate center the numbers belong to (US and Canada only), e.g. CHICAGO HEIGHTS',
	'availablePhoneNumber.filter[phone_number_type]': 'Kind of number: local, toll-free, mobile, national or shared cost',
	'availablePhoneNumber.filter[features]': 'Only numbers that support all of these features',
	'availablePhoneNumber.filter[phone_number][starts_with]':
		'Digits the number starts with (after the area code when one is given), e.g. 555 for vanity numbers',
	'availablePhoneNumber.filter[phone_number][ends_with]': 'Digits the number ends with, e.g. 1234',
	'availablePhoneNumber.filter[phone_number][contains]': 'Digits the number contains anywhere (after the area code when one is given)',
	'availablePhoneNumber.filter[best_effort]':
		'Whether numbers close to what you asked for (e.g. from a nearby area code) may be included when there are not enough exact matches (US and Canada)',
	'availablePhoneNumber.filter[quickship]': 'Whether to leave out toll-free numbers that take extra time to activate after purchase',
	'availablePhoneNumber.filter[reservable]': 'Whether to list only numbers you can reserve before ordering',
	'availablePhoneNumber.filter[exclude_held_numbers]': 'Whether to leave out numbers you have reserved already',
	'availablePhoneNumber.phone_numbers': 'Phone numbers to check, in E.164 form, separated by commas',

	// Inventory coverage
	'inventoryCoverage.filter[country_code]': 'Country to count numbers in; the US when left empty',
	'inventoryCoverage.filter[phone_number_type]': 'Only numbers of this kind',
	'inventoryCoverage.filter[administrative_area]': 'Only numbers of this US state or Canadian province, e.g. IL',
	'filter[groupBy]': 'How to group the counts: by city, by area code (NPA) or by national destination code',
	'filter[npa]': 'Only this area code (US and Canada), e.g. 312',
	'filter[nxx]': 'Only this exchange, the three digits after the area code',
	'filter[count]': 'Whether to say how many numbers each group has',
	'inventoryCoverage.filter[features]': 'Only numbers that support these features; the answer then lists the features too',

	// Reservations and orders
	'numberReservation.phone_numbers': 'The numbers to hold, each in E.164 form, e.g. as found by Search',
	'numberOrder.phone_numbers': 'The numbers to buy, each in E.164 form, e.g. as found by Search or reserved',
	'phone_numbers.bundle_id': 'Compliance bundle the number is bought with, where its country requires one',
	'phone_numbers.requirement_group_id': 'Requirement group that answers the number\'s regulatory requirements, where its country has them',
	'numberOrder.messaging_profile_id': 'Messaging profile the numbers are assigned to once bought, so they can send and receive messages',
	'numberOrder.connection_id': 'Connection calls to the numbers go to once they are bought',
	regulatory_requirements: 'Answers to the regulatory requirements of the numbers: which requirement, and its value',
	'UpdateRegulatoryRequirement.requirement_id': 'The requirement answered, as listed on the order\'s numbers',
	'UpdateRegulatoryRequirement.field_value':
		'The answer: the ID of an address or document for those requirements, else the text asked for',
	starting_number: 'The first number of the block, in E.164 form, e.g. as found by Search Blocks',
	range: 'How many consecutive numbers the block has, starting with the first',
	'numberBlockOrder.messaging_profile_id': 'Messaging profile the numbers of the block are assigned to once bought',
	'numberBlockOrder.connection_id': 'Connection calls to the block\'s numbers go to once they are bought',

	// Advanced and inexplicit orders
	area_code: 'Area code the numbers should have, e.g. 312',
	quantity: 'How many numbers you want',
	phone_number_type: 'Kind of number: local, toll-free, mobile, national, shared cost or landline',
	'advancedOrder.features': 'Features the numbers must support, e.g. SMS or voice',
	comments: 'Anything Telnyx should know to fulfil the order',
	requirement_group_id: 'Requirement group that answers the regulatory requirements of the numbers',
	ordering_groups: 'What to buy: one entry per set of criteria, with how many numbers of it',
	'ordering_groups.count_requested': 'How many numbers of this group to buy',
	'ordering_groups.country_iso': 'Country of the numbers: US or CA',
	'ordering_groups.phone_number_type': 'Kind of number, e.g. local or toll_free',
	'ordering_groups.administrative_area': 'US state or Canadian province the numbers should be in',
	'ordering_groups.locality': 'City, region or rate center the numbers should be in',
	'ordering_groups.national_destination_code': 'Area code the numbers should have',
	'ordering_groups.features': 'Features the numbers must support, e.g. voice',
	'ordering_groups.exclude_held_numbers': 'Whether to leave out numbers you have reserved',
	'ordering_groups.quickship': 'Whether to leave out toll-free numbers that take extra time to activate',
	'ordering_groups.strategy':
		'What to do when fewer numbers are in stock than asked for: buy what there is ("always") or buy none ("never")',
	'ordering_groups.phone_number.starts_with': 'Digits the numbers should start with',
	'ordering_groups.phone_number.ends_with': 'Digits the numbers should end with',
	'ordering_groups.phone_number.contains': 'Digits the numbers should contain',
	'inexplicitNumberOrder.messaging_profile_id': 'Messaging profile the bought numbers are assigned to',
	'inexplicitNumberOrder.connection_id': 'Connection calls to the bought numbers go to',
	'inexplicitNumberOrder.billing_group_id': 'Billing group the bought numbers are charged to',

	'numberOrder.filter[requirements_met]': 'Whether to list only orders whose requirements are all met, or only the others',

	// Reports and comments
	order_request_id: 'Only sub number orders of this number order',
	created_at_gt: 'Only sub number orders created after this time (ISO 8601)',
	created_at_lt: 'Only sub number orders created before this time (ISO 8601)',
	'subNumberOrderReport.status': 'Only sub number orders with this status',
	'subNumberOrderReport.country_code': 'Only sub number orders for this country (two-letter code)',
	'subNumberOrderReport.customer_reference': 'Only sub number orders with this customer reference',
	body: 'The text of the comment',
	comment_record_type: 'What the comment is about: a sub number order or a requirement group',
	comment_record_id: 'The ID of the sub number order or requirement group the comment is about',

	// Phone numbers
	'phoneNumber.connection_id': 'Connection calls to the number go to (SIP trunk, call control or TeXML application)',
	address_id: 'The address registered for the number',
	external_pin:
		'PIN another carrier must give to port the number away from Telnyx; where the carrier checks it, this protects the number from unwanted ports',
	hd_voice_enabled: 'Whether HD voice is on for the number (a paid feature)',
	'phoneNumber.tags': 'Labels for organizing your numbers; they replace the number\'s current tags',
	handle_messaging_profile_error:
		'Whether to still list numbers when their messaging profile cannot be read, instead of failing',
	include_connection: 'Whether to include each number\'s connection (needed to filter by connection name)',
	include_tags: 'Whether to include each number\'s tags (needed to filter by tag)',
	'filter[tag]': 'Only numbers with this tag',
	'filter[phone_number]': 'Only numbers containing these digits (at least three)',
	'filter[without_tags]': 'Whether to list only numbers that have no tags ("true") or only numbers with tags ("false")',
	'filter[number_type][eq]': 'Only numbers of this kind',
	'filter[country_iso_alpha2]': 'Only numbers of this country (two-letter code, such as US)',
	'filter[source]': 'Only numbers bought from Telnyx ("purchased") or brought from another carrier ("ported")',
	'filter[billing_group_id]': 'Only numbers of this billing group; "null" for numbers without one',
	'filter[emergency_address_id]': 'Only numbers with this emergency address; "null" for numbers without one',
	'filter[has_bundle]': 'Only numbers in a compliance bundle ("true") or outside one ("false")',
	'filter[messaging_profile_id]': 'Only numbers assigned to this messaging profile',
	'phoneNumber.filter[type]': 'Only numbers of this kind',
	'mobilePhoneNumber.filter[type]': 'Only numbers of this kind',
	'phoneNumberJob.filter[type]': 'Only jobs of this kind: updates, emergency settings or releases',
	'phoneNumberBlockJob.filter[type]': 'Only jobs of this kind',
	'phoneNumber.filter[phone_number][contains]': 'Only numbers containing these digits',
	'subNumberOrder.filter[include_phone_numbers]': 'Whether to include the numbers of the sub number order in the answer',
	'subNumberOrder.filter[country_code]': 'Only sub number orders for this country (two-letter code)',
	'subNumberOrder.filter[phone_number_type]': 'Only sub number orders for this kind of number',
	'numberOrderPhoneNumber.filter[country_code]': 'Only numbers of this country (two-letter code)',
	'sort[phone_number]': 'Order the numbers by phone number, ascending or descending',
	'sort[value]': 'Newest first (-created_at) or oldest first (created_at)',
	emergency_enabled: 'Whether emergency calling is on for the numbers',
	'phoneNumber.emergency_enabled': 'Whether emergency calling is on for the number',
	emergency_address_id: 'The address emergency services are sent to; needed when emergency calling is turned on',
	bundle_id: 'The compliance bundle to put the number in; leave empty to take it out of its bundle',
	'phoneNumber.phone_numbers': 'Phone numbers to check, in E.164 form, separated by commas',

	// Voice settings
	call_forwarding: 'Where calls to the number are forwarded, and when',
	'CallForwarding.call_forwarding_enabled': 'Whether calls are forwarded once a number to forward to and a forwarding type are set',
	'CallForwarding.forwards_to': 'The number calls are forwarded to, in E.164 form; leave empty to forward nothing',
	'CallForwarding.forwarding_type': 'Forward every call ("always"), or only calls that cannot be delivered ("on-failure")',
	call_recording: 'Whether calls to the number are recorded, and how',
	'CallRecording.inbound_call_recording_enabled': 'Whether every call to the number is recorded',
	'CallRecording.inbound_call_recording_channels':
		'"single" records both sides together; "dual" records them as the two channels of a stereo file',
	'CallRecording.inbound_call_recording_format': 'File format of the recordings',
	cnam_listing: 'The caller name (CNAM) listed for the number, shown to people it calls',
	'CnamListing.cnam_listing_enabled': 'Whether the number has a caller name listing; needs the listing details too',
	'CnamListing.cnam_listing_details': 'The caller name to list: up to 15 letters, digits or spaces',
	caller_id_name_enabled: 'Whether calls to the number show the caller\'s name where it is known',
	inbound_call_screening:
		'What happens to calls that look fraudulent: let them through ("disabled"), refuse them, or mark them (a paid feature)',
	media_features: 'How the audio of calls to the number is handled',
	'MediaFeatures.accept_any_rtp_packets_enabled':
		'Whether call audio is accepted from any address and port of yours, not only the ones Telnyx sends to',
	'MediaFeatures.rtp_auto_adjust_enabled': 'Whether Telnyx sends call audio back to where your audio comes from (helps behind NAT)',
	'MediaFeatures.t38_fax_gateway_enabled': 'Whether Telnyx accepts a switch to T.38 fax during a call to this number',
	tech_prefix_enabled: 'Whether calls to the number carry the technical prefix of its connection',
	translated_number: 'A number (or any text) that replaces the dialled number before the call reaches you',
	usage_payment_method: 'How calls are billed: per minute, or on your voice channels',
	voice: 'Voice settings to set on every number',

	// Messaging settings
	'phoneNumber.messaging_profile_id':
		'Messaging profile the number sends and receives messages with; leave empty to keep the current one',
	'phoneNumber.assignMessagingProfile.messaging_profile_id': 'Messaging profile the number sends and receives messages with',
	messaging_product: 'Messaging product the number uses, such as P2P or A2P; leave empty to keep the current one',
	'phoneNumber.updateMessagingSettings.tags': 'Labels for organizing your numbers; they replace the number\'s current tags',

	// Background jobs and bulk updates
	'phoneNumberJob.phone_numbers': 'The numbers to change, as E.164 numbers or phone number IDs (up to 1,000), separated by commas',
	'phoneNumberJob.deleteNumbers.phone_numbers':
		'The numbers to release, as E.164 numbers or phone number IDs (up to 1,000), separated by commas',
	'phoneNumberJob.connection_id': 'Connection calls to the numbers go to',
	'phoneNumberJob.tags': 'Labels for organizing your numbers; they replace the numbers\' current tags',
	deletion_lock_enabled: 'Whether the numbers are locked against being released, by the API or in the portal',
	phone_number_block_id: 'The block whose numbers to release',
	numbers: 'The numbers to assign, in E.164 form, separated by commas',
	'messagingBulkUpdate.messaging_profile_id': 'Messaging profile to assign the numbers to; leave empty to unassign them',
	assign_only: 'Whether to only assign the numbers, leaving their other messaging settings as they are',
	csv_format: 'Layout of the CSV file; V1 is the original one',

	// Voicemail and voice channels
	'voicemail.enabled': 'Whether voicemail is on for the number',
	'voicemail.pin': 'The PIN that opens the mailbox',
	channels: 'How many calls can be answered at the same time',

	// Customer service records
	'customerServiceRecord.phone_number': 'The US number to ask about, in E.164 form',
	'customerServiceRecord.webhook_url': 'Where Telnyx sends the result when the carrier has answered',
	'customerServiceRecord.phone_numbers': 'The numbers to check, in E.164 form, separated by commas',
	additional_data: 'Account details of the number\'s current carrier that help it find the record',
	'CustomerServiceRecordAdditionalData.account_number': 'The account number at the current carrier',
	'CustomerServiceRecordAdditionalData.customer_code': 'The customer code at the current carrier',
	'CustomerServiceRecordAdditionalData.name': 'Name on the account at the current carrier',
	'CustomerServiceRecordAdditionalData.pin': 'The account PIN at the current carrier',
	'CustomerServiceRecordAdditionalData.authorized_person_name': 'Name of the person allowed to act on the account',
	'CustomerServiceRecordAdditionalData.billing_phone_number': 'The main (billing) number of the account',
	'CustomerServiceRecordAdditionalData.address_line_1': 'Street address of the account',
	'CustomerServiceRecordAdditionalData.city': 'City of the account\'s address',
	'CustomerServiceRecordAdditionalData.state': 'State of the account\'s address',
	'CustomerServiceRecordAdditionalData.zip_code': 'ZIP code of the account\'s address',

	// Dynamic emergency addresses and endpoints
	dynamicEmergencyAddressId: 'The dynamic emergency address to work on',
	dynamicEmergencyEndpointId: 'The dynamic emergency endpoint to work on',
	'dynamicEmergencyAddress.house_number': 'The number of the building on its street, e.g. 311',
	'dynamicEmergencyAddress.house_suffix': 'A letter or fraction after the building number, e.g. A or 1/2',
	'dynamicEmergencyAddress.street_name': 'Name of the street, without its number, e.g. Superior',
	'dynamicEmergencyAddress.street_pre_directional': 'Direction before the street name, e.g. W in "W Superior St"',
	'dynamicEmergencyAddress.street_post_directional': 'Direction after the street name, e.g. NW in "Main St NW"',
	'dynamicEmergencyAddress.street_suffix': 'Kind of street, e.g. St, Ave or Blvd',
	'dynamicEmergencyAddress.extended_address': 'Apartment, floor, suite or other extra line',
	'dynamicEmergencyAddress.locality': 'City or town',
	'dynamicEmergencyAddress.administrative_area': 'State, province or territory, as its two-letter code, e.g. IL',
	'dynamicEmergencyAddress.postal_code': 'ZIP or postal code',
	'dynamicEmergencyAddress.country_code': 'Country of the address: the US, Canada or Puerto Rico',
	dynamic_emergency_address_id: 'The address emergency services are sent to for calls from this endpoint: pick one, or enter its ID',
	callback_number: 'The number emergency services call back, in E.164 form',
	caller_name: 'The name emergency services see for the caller',

	// Mobile phone numbers
	'call_forwarding.call_forwarding_enabled': 'Whether calls to the number are forwarded',
	'call_forwarding.forwarding_type': 'Forward every call, or only calls the number does not take',
	'call_forwarding.forwards_to': 'The number calls are forwarded to, in E.164 form',
	'call_recording.inbound_call_recording_enabled': 'Whether calls to the number are recorded',
	'call_recording.inbound_call_recording_channels': 'Record both sides on one channel, or each side on its own',
	'call_recording.inbound_call_recording_format': 'File format of the recordings',
	'cnam_listing.cnam_listing_enabled': 'Whether the number has a caller ID name listing',
	'cnam_listing.cnam_listing_details': 'The caller ID name to list, up to 15 characters',
	'mobilePhoneNumber.inbound': 'What happens with calls to the number',
	'mobilePhoneNumber.inbound.interception_app_id': 'The call control or TeXML application that takes calls to the number first',
	'mobilePhoneNumber.outbound': 'What happens with calls from the number',
	'mobilePhoneNumber.outbound.interception_app_id': 'The call control or TeXML application that takes calls from the number first',
	'mobilePhoneNumber.noise_suppression': 'Whether to reduce background noise on calls to and from the number',
	'mobileNetworkOperator.filter[network_preferences_enabled]': 'Whether to list only the networks whose preference can be set on SIM cards (or only the others)',
};
