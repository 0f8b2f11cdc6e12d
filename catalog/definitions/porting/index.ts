import { portingCopy } from '../../copy/porting';
import type { NodeDefinition } from '../types';
import { requirementGroup } from './lists';
import { document, loaConfiguration, phoneNumberConfiguration, portingEvent, portingReport, ukCarrier } from './loa';
import {
	actionRequirement,
	additionalDocument,
	associatedPhoneNumber,
	phoneNumberBlock,
	phoneNumberExtension,
	portingComment,
	verificationCode,
} from './orderDetails';
import { activationJob, exceptionType, portabilityCheck, portingOrder, portingPhoneNumber } from './orders';
import { portout, portoutComment, portoutEvent, portoutReport, supportingDocument } from './portout';

export const porting: NodeDefinition = {
	node: 'telnyxPorting',
	displayName: 'Telnyx Porting',
	description: 'Port phone numbers in from other carriers and follow the orders, and answer requests to port numbers out',
	aliases: [
		'Port', 'Port In', 'Port Number', 'Porting', 'Porting Order', 'Number Porting', 'Number Transfer', 'Transfer Number',
		'Port Out', 'Portout', 'LOA', 'Letter of Authorization', 'FOC', 'Portability', 'Losing Carrier',
	],
	categories: ['Communication'],
	docs: 'telnyx-porting',
	versions: [{ version: 1, defaults: { resource: 'portingOrder', operations: { portingOrder: 'getAll' } } }],
	copy: portingCopy,
	resources: {
		portingOrder,
		portabilityCheck,
		document,
		portingComment,
		activationJob,
		additionalDocument,
		verificationCode,
		actionRequirement,
		phoneNumberBlock,
		phoneNumberExtension,
		associatedPhoneNumber,
		portingPhoneNumber,
		phoneNumberConfiguration,
		exceptionType,
		loaConfiguration,
		portingEvent,
		portingReport,
		ukCarrier,
		portout,
		portoutComment,
		supportingDocument,
		portoutEvent,
		portoutReport,
		requirementGroup,
	},
};
