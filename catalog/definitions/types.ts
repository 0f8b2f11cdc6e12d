import type { OperationKind } from '../../nodes/shared/catalog/types';
import type { FieldCopy } from '../copy/types';

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
	/** Fields that take an E.164 number or a short code (3 to 8 digits), such as a message's `to`. */
	phoneOrShortCode?: string[];
	/** Named special behaviour, implemented once in nodes/shared/execution/hooks. */
	hooks?: string[];
	/** POST actions that are safe to repeat (read-only checks). */
	idempotent?: boolean;
	/** Request body content type when the endpoint accepts several. */
	contentType?: 'json' | 'multipart';
	/** Where the records are in the answer when it is not `data` (`phone_numbers`): one item each. */
	itemsAt?: string;
	/** Only these body fields (the package sets a few fields of a large record, e.g. a webhook URL). */
	bodyFields?: string[];
	/**
	 * Plain fields for values deep in the body (`agent_message.content_message.text`), shown
	 * instead of the structure they live in (leave that structure out with `bodyFields`).
	 */
	shortcuts?: Array<{ path: string; required?: boolean }>;
	/** Only these optional query parameters (the package needs a search filter, not every filter). */
	queryFields?: string[];
	/**
	 * File answers (binary or text): the output file name, with `{param}` placeholders taken
	 * from path parameters (`wireguard-peer-{id}.conf`), and the MIME type when the API's is vague.
	 */
	file?: { name: string; mimeType?: string };
	/** Work Telnyx finishes later: offer "Wait for Completion", polling another operation. */
	waitFor?: {
		/** Operation key of the same resource that reads the status, default `get`. */
		operation?: string;
		/** Field of the first answer holding the id to poll with, default `id`. */
		idField?: string;
		/** Status field of the record, default `status`. */
		statusField?: string;
		done: string[];
		failed?: string[];
	};
	/**
	 * Download a file whose URL is in the record this operation reads (a GET of one record):
	 * `urlPath` is where the URL is, or an object of URLs keyed by the `formats` offered.
	 * The file is fetched without the API key, since the URL points outside the API.
	 */
	downloadFrom?: { urlPath: string; formats?: string[]; fileName: string };
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
	/** Field descriptions in our words (catalog/copy/<node>.ts). */
	copy: FieldCopy;
	resources: Record<string, ResourceDefinition>;
}
