import { complianceHooks } from './compliance';
import { faxHooks } from './fax';
import { messagingHooks } from './messaging';
import { networkingHooks } from './networking';
import { numbersHooks } from './numbers';
import { portingHooks } from './porting';
import { sipTrunkingHooks } from './sipTrunking';
import { texmlHooks } from './texml';
import type { SandboxHooks } from './types';
import { verifyHooks } from './verify';
import { voiceHooks } from './voice';
import { voiceIntegrationsHooks } from './voiceIntegrations';

export { ACCOUNT_ROUTES } from './account';
export type { SandboxHook, SandboxHooks } from './types';

/** Every node's sandbox hooks, keyed by `METHOD path`. */
export const SANDBOX_HOOKS: SandboxHooks = {
	...sipTrunkingHooks,
	...networkingHooks,
	...voiceIntegrationsHooks,
	...messagingHooks,
	...verifyHooks,
	...faxHooks,
	...voiceHooks,
	...numbersHooks,
	...texmlHooks,
	...portingHooks,
	...complianceHooks,
};
