import { numbersCopy } from '../../copy/numbers';
import type { NodeDefinition } from '../types';
import { csvDownload, messagingBulkUpdate, phoneNumberBlockJob, phoneNumberJob } from './bulk';
import { connection, messagingProfile } from './lists';
import {
	advancedOrder,
	comment,
	inexplicitNumberOrder,
	numberBlockOrder,
	numberOrder,
	numberOrderPhoneNumber,
	numberReservation,
	subNumberOrder,
	subNumberOrderReport,
} from './orders';
import { mobilePhoneNumber, phoneNumber, voicemail } from './phoneNumbers';
import { availablePhoneNumber, countryCoverage, inventoryCoverage } from './search';
import { customerServiceRecord, dynamicEmergencyAddress, dynamicEmergencyEndpoint, mobileNetworkOperator, voiceChannel } from './services';

export const numbers: NodeDefinition = {
	node: 'telnyxNumbers',
	displayName: 'Telnyx Numbers',
	description: 'Search, reserve and buy phone numbers, set up their voice and messaging, and release them',
	aliases: [
		'Phone Number', 'Buy Number', 'Buy Phone Number', 'Number Search', 'Search Numbers', 'Available Numbers', 'Order Number',
		'Number Order', 'Reserve Number', 'DID', 'DDI', 'Local Number', 'Toll Free Number', 'Mobile Number', 'Area Code',
		'Release Number', 'Port', 'Porting', 'CNAM', 'Call Forwarding', 'E911', 'Emergency Address', 'Emergency Calling', 'Voicemail',
		'Inventory', 'Number Report',
	],
	categories: ['Communication'],
	docs: 'telnyx-numbers',
	versions: [{ version: 1, defaults: { resource: 'availablePhoneNumber', operations: { availablePhoneNumber: 'search', mobilePhoneNumber: 'getMessagingSettings' } } }],
	copy: numbersCopy,
	resources: {
		availablePhoneNumber,
		numberOrder,
		phoneNumber,
		numberReservation,
		csvDownload,
		phoneNumberJob,
		messagingBulkUpdate,
		subNumberOrder,
		numberOrderPhoneNumber,
		comment,
		subNumberOrderReport,
		numberBlockOrder,
		advancedOrder,
		inexplicitNumberOrder,
		phoneNumberBlockJob,
		mobilePhoneNumber,
		voicemail,
		voiceChannel,
		customerServiceRecord,
		dynamicEmergencyAddress,
		dynamicEmergencyEndpoint,
		mobileNetworkOperator,
		countryCoverage,
		inventoryCoverage,
		messagingProfile,
		connection,
	},
};
