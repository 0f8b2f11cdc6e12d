import type { ApiResponse, RouteContext } from '../api';

export type { ApiResponse, RouteContext };

/**
 * Named behaviour for endpoints whose answer is more than the default of their kind.
 * Returning undefined falls back to the default.
 */
export type SandboxHook = (context: RouteContext) => ApiResponse | undefined;

/** Hooks of one node, keyed by `METHOD path` as in the catalog. */
export type SandboxHooks = Record<string, SandboxHook>;
