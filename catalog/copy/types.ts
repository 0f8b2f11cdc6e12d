/**
 * Descriptions of request fields, in our own words. Keys are wire names (`connection_name`),
 * nested paths (`inbound.codecs`) or resource-qualified names (`fqdn.port`) where a resource
 * means something of its own by a field. An empty string marks a field whose label says it all.
 *
 * n8n's conventions apply: one sentence without a final period (or several, each ending in
 * one), booleans start with "Whether".
 */
export type FieldCopy = Record<string, string>;
