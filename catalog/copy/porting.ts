import type { FieldCopy } from './types';

/** Field descriptions of the Telnyx Porting node, in our own words (see ./types.ts for the conventions). */
export const portingCopy: FieldCopy = {
	// Ids in paths
	portingOrderId: 'The porting order to work on: pick one, or enter its ID',
	porting_order_id: 'The porting order to work on',
	activationJobId: 'The activation of the porting order to work on',
	additional_document_id: 'The additional document to take off the order',
	associatedPhoneNumberId: 'The associated number range to work on',
	phoneNumberBlockId: 'The number range to work on',
	phoneNumberExtensionId: 'The extension range to work on',
	actionRequirementId: 'The action requirement to start',
	documentId: 'The uploaded document to work on',
	loaConfigurationId: 'The LOA configuration to work on',
	portingEventId: 'The porting event to work on',
	portingReportId: 'The report to read',
	portoutId: 'The port-out request to work on',
	portout_id: 'The port-out request whose rejection codes to list',
	portoutEventId: 'The port-out event to work on',
	portoutReportId: 'The report to read',

	// Portability and porting orders
	'portabilityCheck.phone_numbers': 'The numbers to check, in E.164 form, separated by commas',
	'portingOrder.phone_numbers': 'The numbers to port in, in E.164 form, separated by commas (from the same carrier where you can)',
	customer_group_reference: 'Your own reference for a group of orders, e.g. the orders of one customer',
	'filter[activation_settings][fast_port_eligible]': 'Whether to list only orders that can be fast ported, or only the others',
	'filter[verified]': 'Whether to list only codes that were verified, or only the others',
	include_phone_numbers: 'Whether to include the numbers of each order in the answer',
	'sort[value]': 'Order the results by creation date, newest first (-created_at) or oldest first (created_at)',
	activation_settings: 'When the numbers should move to Telnyx',
	'activation_settings.foc_datetime_requested':
		'The date and time you ask the numbers to move to Telnyx (the FOC date); see Get Allowed FOC Windows',
	documents: 'IDs of the uploaded LOA and invoice',
	'PortingOrderDocuments.loa': 'The signed letter of authorization, uploaded with Document → Upload',
	'PortingOrderDocuments.invoice': 'A recent invoice of the losing carrier, uploaded with Document → Upload',
	loaDocument: 'The signed letter of authorization (LOA): pick an uploaded document, or enter its ID',
	invoiceDocument: 'A recent invoice of the losing carrier: pick an uploaded document, or enter its ID',
	end_user: 'Who owns the numbers at the losing carrier: the account holder, its address and account details',
	messaging: 'Whether text messaging is ported too',
	'messaging.enable_messaging': 'Whether messaging moves to Telnyx with the numbers; otherwise it stays with its current provider',
	misc: 'How the order is handled: full or partial port, and what happens to the numbers left at the losing carrier',
	'PortingOrderMisc.type': 'Whether every number of the account is ported (full) or only some (partial)',
	'PortingOrderMisc.remaining_numbers_action': 'For a partial port: whether the numbers left at the losing carrier stay in service or are disconnected',
	'PortingOrderMisc.new_billing_phone_number': 'For a partial port: the number of the account that becomes its billing number at the losing carrier',
	phone_number_configuration: 'How the numbers are set up once ported',
	'PortingOrderPhoneNumberConfiguration.emergency_address_id': 'The emergency address the numbers get once ported',
	requirement_group_id: 'Requirement group whose documents and answers the order takes over (once; later changes to the group do not apply)',
	requirements: 'Answers to the order\'s requirements: which requirement type, and its value',
	'UpdatePortingOrderRequirement.requirement_type_id': 'The requirement answered, as listed by Get Requirements',
	'UpdatePortingOrderRequirement.field_value': 'The answer: the ID of an uploaded document, or the text asked for',
	user_feedback: 'How porting went for you, once it is done',
	'PortingOrderUserFeedback.user_rating': 'Your rating of the porting experience',
	'PortingOrderUserFeedback.user_comment': 'What you want to say about the porting experience',
	'portingOrder.webhook_url': 'Where Telnyx sends this order\'s events (status changes, comments…)',
	expires_in_seconds: 'How long the token works, in seconds (up to two days)',
	permissions: 'What the token allows: reading the order\'s documents, or updating them too',
	loa_configuration_id: 'LOA configuration whose company details fill in the template; your default when left empty',

	// Activation jobs
	activate_at: 'When the numbers should move to Telnyx, within one of the activation windows',

	// Comments
	body: 'The text of the comment',

	// Additional documents
	additional_documents: 'The uploaded documents to attach, each with its kind',
	'additional_documents.document_id': 'The uploaded document, as returned by Document → Upload',
	'additional_documents.document_type': 'What the document is: an LOA, an invoice, a customer service record (CSR) or other',

	// Number blocks, extensions and associated numbers
	phone_number_range: 'The range of numbers: its first and last number',
	'phone_number_range.start_at': 'The first number of the range, in E.164 form',
	'phone_number_range.end_at': 'The last number of the range, in E.164 form',
	activation_ranges: 'The parts of the range that are in the order (activated when it is ported)',
	'activation_ranges.start_at': 'The first number of the part, in E.164 form',
	'activation_ranges.end_at': 'The last number of the part, in E.164 form',
	porting_phone_number_id: 'The number of the order the extensions belong to (its ID in the order)',
	extension_range: 'The extension numbers: the first and the last',
	'extension_range.start_at': 'The first extension of the range',
	'extension_range.end_at': 'The last extension of the range',
	numbersAction: 'What happens to the numbers: kept at the losing carrier, or disconnected',

	// Action requirements
	params: 'The details the step needs',
	'AUIdVerificationParams.first_name': 'First name of the person whose identity is checked',
	'AUIdVerificationParams.last_name': 'Last name of the person whose identity is checked',

	// Verification codes
	'verificationCode.phone_numbers': 'The numbers of the order to send codes to, in E.164 form, separated by commas',
	verification_method: 'How the codes are sent: by SMS or by a call',
	verification_codes: 'The codes received, one entry per number',
	'verification_codes.code': 'The code the number received',
	'verification_codes.phone_number': 'The number that received the code, in E.164 form',

	// Phone number configurations
	phone_number_configurations: 'The numbers being ported and the user bundle each goes into',
	'phone_number_configurations.porting_phone_number_id': 'The number being ported (its ID in the order)',
	'phone_number_configurations.user_bundle_id': 'The user bundle to put the number in',

	// LOA configurations
	company_name: 'Name of the company printed on the LOA',
	address: 'Address of the company printed on the LOA',
	'address.street_address': 'Street and number',
	'address.extended_address': 'Floor, suite or other extra line',
	'address.city': '',
	'address.state': 'State, province or region of the company',
	'address.zip_code': 'Postal code',
	'address.country_code': 'Two-letter code of the country, such as US',
	contact: 'Who to contact about the LOA',
	'contact.email': 'Email address of the contact',
	'contact.phone_number': 'Phone number of the contact, in E.164 form',
	logo: 'Logo printed on the LOA',
	'logo.document_id': 'The uploaded image of the logo, as returned by Document → Upload',

	// Documents
	file: 'The document to upload (PDF, JPEG or PNG)',
	url: 'Public link Telnyx downloads the document from',
	filename: 'File name of the document, e.g. invoice.pdf',
	'document.customer_reference': 'Your own reference for the document, returned with it',

	// Reports
	report_type: 'Which report to make',

	// Port-out requests
	status: 'Authorize the port-out (the numbers leave), or reject it pending (with a reason)',
	reason: 'Why you reject the request; Telnyx passes it to the other carrier',
	host_messaging: 'Whether messaging stays with Telnyx after the numbers leave',
	'supportingDocument.documents': 'The uploaded documents to attach (up to 10), each with its kind',
	'documents.document_id': 'The uploaded document, as returned by Document → Upload',
	'documents.type': 'What the document is: an LOA or an invoice',
};
