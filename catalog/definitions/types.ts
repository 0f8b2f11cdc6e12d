import type { OperationKind } from '../../nodes/shared/catalog/types';

/** One operation of a node: which endpoint it calls and, where the defaults do not fit, how it reads. */
export interface OperationDefinition {
	/** `METHOD /path` exactly as in the OpenAPI description. */
	endpoint: string;
	/** Option label for operations other than Create / Delete / Get / Get Many / Update. */
	name?: string;
	/** Sentence-case action ("Check the registration status of a credential connection"). */
	action?: string;
	/** One-line description of what the operation does, in our words. */
	description?: string;
	kind?: OperationKind;
	/** Fields (path, query or body) whose ids are picked from another resource's list. */
	locators?: Record<string, string>;
	/** Fields checked as E.164 phone numbers before sending. */
	e164?: string[];
	/** Named special behaviour, implemented once in nodes/shared/execution/hooks. */
	hooks?: string[];
	/** POST actions that are safe to repeat (read-only checks). */
	idempotent?: boolean;
	/** Request body content type when the endpoint accepts several. */
	contentType?: 'json' | 'multipart';
}

export interface ResourceDefinition {
	/** Singular title-cased name: "Credential Connection". */
	name: string;
	/** Plural lower-case noun for actions: "credential connections". */
	plural: string;
	/** Article for the singular action text ("a" / "an"). */
	article?: 'a' | 'an';
	locator?: {
		labelField: string;
		searchParam?: string;
		valueField?: string;
		placeholder?: string;
	};
	operations: Record<string, OperationDefinition>;
}

export interface NodeDefinition {
	/** Node type name without the package prefix: `telnyxSipTrunking`. */
	node: string;
	displayName: string;
	description: string;
	resources: Record<string, ResourceDefinition>;
}
