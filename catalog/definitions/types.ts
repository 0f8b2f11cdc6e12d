import type { BodyEncoding, OperationKind } from '../../nodes/shared/catalog/types';
import type { FieldCopy } from '../copy/types';

/**
 * What cannot be read from the OpenAPI description: how endpoints group into nodes and
 * resources, the words for actions, which ids are picked from lists, what a user must fill
 * in although the spec calls it optional, waits and files. Everything else is derived.
 */
export interface OperationDefinition {
	/**
	 * `METHOD /path` exactly as in the OpenAPI description. Leave it out for an operation the
	 * resource's `path` already derives (`create`, `get`, `cancel`…): then the entry only adds to it.
	 */
	endpoint?: string;
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
	/** Fields that take XML markup (TeXML), checked as well-formed XML before sending. */
	xml?: string[];
	/**
	 * Optional body or query fields shown at the top of the form, because a request needs them
	 * in practice (Send Message: `from`, `text`). Only from the node version in `upFrontSince`.
	 */
	upFront?: string[];
	/** Groups of fields of which at least one must be set, checked before sending. */
	oneOf?: string[][];
	/**
	 * Alternatives of which only one may be used: each a list of fields
	 * (`[["media_url"], ["media_name"]]`). Filters that take several shapes are found by themselves.
	 */
	exclusive?: string[][][];
	/** POST actions that are safe to repeat (read-only checks), or PUT actions that are not. */
	idempotent?: boolean;
	/**
	 * The media type to read the answer as when the spec offers several (`text/event-stream`
	 * beside `application/json`, `text/csv` beside JSON); the first otherwise.
	 */
	answerAs?: string;
	/** Request body encoding when the endpoint accepts several. */
	contentType?: BodyEncoding;
	/** Where the records are in the answer when it is not `data` (`phone_numbers`): one item each. */
	itemsAt?: string;
	/**
	 * Labels of body fields whose derived label would not do, e.g. because it is the label of a
	 * path parameter too (Bridge: the other call's `call_control_id`). The editor name and the
	 * copy key follow the label ("Other Call Control ID" → `otherCallControlId`).
	 */
	displayNames?: Record<string, string>;
	/** A body that is one of several shapes (iOS or Android push credentials): the one this operation sends. */
	bodyAlternative?: number;
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
		/** Where a failed record says why; `[]` reads each entry of a list (see WaitForCompletion). */
		reasons?: string[];
		/**
		 * Poll the record the request's path names, not the one answered: the action answers with
		 * another record (Activate a porting order answers with an activation job).
		 */
		fromPath?: boolean;
	};
	/**
	 * Download a file whose URL is in the record this operation reads (a GET of one record):
	 * `urlPath` is where the URL is, or an object of URLs keyed by the `formats` offered.
	 * The file is fetched without the API key, since the URL points outside the API.
	 */
	downloadFrom?: { urlPath: string; fallbackPaths?: string[]; formats?: string[]; fileName: string };
	/**
	 * A call command whose outcome is an event: offer "Wait for Event", which pauses the
	 * execution until one of `events` (or `call.hangup`) arrives for the call. `routesEvents`:
	 * the command takes `webhook_url`, so it sends the call's events to the waiting execution.
	 */
	awaitEvent?: { events: string[]; until: string; routesEvents?: boolean };
}

export interface ResourceDefinition {
	/** Singular title-cased name: "Credential Connection". */
	name: string;
	/** Plural lower-case noun for actions: "credential connections". */
	plural: string;
	/** Article for the singular action text ("a" / "an"). */
	article?: 'a' | 'an';
	/**
	 * The collection path whose standard endpoints (list, create, get, update, delete and
	 * `/actions/…`) this resource offers: `/credential_connections`.
	 */
	path?: string;
	/**
	 * Call Control commands (calls, conferences). Each POST whose body takes a `command_id` gets
	 * one per item (behaviour `commandId`): Telnyx ignores a repeated one, so the command is safe
	 * to retry. `client_state` takes an object or text and is sent Base64-encoded.
	 */
	commands?: boolean;
	/**
	 * Derived operations not offered, with the reason (kept in docs/operations.md); endpoints the
	 * path does not derive are named as `METHOD /path`.
	 */
	without?: Record<string, string>;
	locator?: {
		labelField: string;
		searchParam?: string;
		valueField?: string;
		placeholder?: string;
	};
	/** Additions to derived operations, and operations of other endpoints, keyed by operation. */
	operations?: Record<string, OperationDefinition>;
}

/** One node version and what it shows first. */
export interface NodeVersionDefinition {
	version: number;
	/**
	 * Default resource, and default operation per resource where the rule's pick (Get Many,
	 * else Get, else the first harmless one) does not fit.
	 */
	defaults?: { resource: string; operations?: Record<string, string> };
	/**
	 * Version 1's rule instead: the first resource by name; `get` or the first operation by
	 * name. Kept so that workflows saved with version 1 read the same; `defaults.operations`
	 * pins a resource whose operations have grown since.
	 */
	legacyDefaults?: boolean;
}

export interface NodeDefinition {
	/** Node type name without the package prefix: `telnyxSipTrunking`. */
	node: string;
	displayName: string;
	description: string;
	/** Words people type in n8n's node panel to find the node ("SMS", "phone number"). */
	aliases: string[];
	/** n8n's node panel categories (codex). */
	categories: string[];
	/** README heading (its anchor) the node's documentation link lands on. */
	docs: string;
	/** Versions, oldest first. A change to what saved workflows read needs a new one. */
	versions: NodeVersionDefinition[];
	/** The node version from which `upFront` fields are shown at the top (earlier: in their collection). */
	upFrontSince?: number;
	/** Field descriptions in our words (catalog/copy/<node>.ts). */
	copy: FieldCopy;
	/** Resources in the order the editor lists them (the most used first). */
	resources: Record<string, ResourceDefinition>;
	/** Not an action node: its catalog feeds a trigger's lists and registration. */
	internal?: boolean;
}
