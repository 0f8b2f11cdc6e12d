import type { FieldCopy } from './types';

/** Field descriptions of the Telnyx Compliance node, in our own words (see ./types.ts for the conventions). */
export const complianceCopy: FieldCopy = {
	// Ids in paths
	requirementGroupId: 'The requirement group to work on: pick one, or enter its ID',
	requirementId: 'The requirement to read',
	requirementTypeId: 'The requirement type to read',
	documentId: 'The document to work on: pick one, or enter its ID',
	addressId: 'The address to work on',
	userAddressId: 'The user address to read',
	bundle_id: 'The billing bundle to read',
	user_bundle_id: 'The user bundle to work on',
	subNumberOrderId: 'The sub number order whose numbers the group answers for',
	numberOrderPhoneNumberId: 'The number of an order the group answers for (its ID in the order)',

	// Requirement groups and requirements
	usedFor: 'What the numbers are for: ordering new numbers, porting them in, or both',
	phone_number_type: 'Kind of number: local, toll-free, mobile, national or shared cost',
	regulatory_requirements: 'Answers to the requirements: which requirement, and its value',
	'regulatory_requirements.requirement_id': 'The requirement answered, as listed by Regulatory Requirement → Get',
	'regulatory_requirements.field_value': 'The answer: the ID of a document or address for those requirements, else the text asked for',
	requirement_group_id: 'The requirement group whose answers apply',
	version: 'Which version of the requirements to read; the one in force when left empty',

	// Documents
	file: 'The document to upload (PDF, JPEG or PNG)',
	'document.create.file': 'The document\'s content, Base64-encoded, instead of a link',
	url: 'Public link Telnyx downloads the document from',
	filename: 'File name of the document, e.g. passport.pdf',

	// Addresses
	first_name: 'First name of the person at the address',
	last_name: 'Last name of the person at the address',
	business_name: 'Name of the business at the address',
	street_address: 'Street and number',
	extended_address: 'Apartment, floor, suite or other extra line',
	locality: 'City or town',
	administrative_area: 'State, province or region, e.g. IL',
	postal_code: 'Postal or ZIP code',
	neighborhood: 'Neighborhood, where the address has one',
	borough: 'Borough, where the address has one (e.g. in New York City)',
	address_book: 'Whether the address shows in your address book in the portal',
	validate_address: 'Whether Telnyx checks the address before saving it (and refuses one it cannot find)',
	skip_address_verification: 'Whether to save the address without Telnyx checking it first',

	// Bundles
	items: 'What to buy: one entry per billing bundle, with how many',
	'items.billing_bundle_id': 'The billing bundle to buy, e.g. as listed by Billing Bundle → Get Many',
	'items.quantity': 'How many of the bundle to buy',
	idempotency_key: 'A new UUID of your choice per purchase: Telnyx buys once for a key it has seen, so a retry does not buy twice',
};
