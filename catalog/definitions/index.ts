import { compliance } from './compliance';
import { faxNode } from './fax';
import { messaging } from './messaging';
import { networking } from './networking';
import { numbers } from './numbers';
import { porting } from './porting';
import { sipTrunking } from './sipTrunking';
import { texml } from './texml';
import { trigger } from './trigger';
import { verify } from './verify';
import { voice } from './voice';
import { voiceIntegrations } from './voiceIntegrations';
import type { NodeDefinition } from './types';

/** Every node the package ships, in the order the catalog lists them. */
export const NODE_DEFINITIONS: NodeDefinition[] = [
	sipTrunking,
	networking,
	voiceIntegrations,
	messaging,
	verify,
	faxNode,
	voice,
	numbers,
	texml,
	porting,
	compliance,
	trigger,
];
