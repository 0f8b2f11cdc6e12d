import { sipTrunkingHooks } from './sipTrunking';
import type { SandboxHooks } from './types';

export { ACCOUNT_ROUTES } from './account';
export type { SandboxHook, SandboxHooks } from './types';

/** Every node's sandbox hooks, keyed by `METHOD path`. */
export const SANDBOX_HOOKS: SandboxHooks = {
	...sipTrunkingHooks,
};
