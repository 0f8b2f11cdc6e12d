export const UUID_PLACEHOLDER = 'e.g. 6a09cdc3-8948-47f0-aa62-74ac943d6c58';

/** Interfaces, gateways and assignments report `status`: created → provisioning → provisioned (→ deleting). */
export const PROVISIONED = { done: ['provisioned'] };
