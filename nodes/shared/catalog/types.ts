/**
 * The operation catalog: one entry per Telnyx endpoint the package offers.
 * Generated from the OpenAPI description (see catalog/ at the repository root) and
 * read by the node descriptions, the generic execute and the test sandbox alike.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A trimmed JSON schema: just what the UI, the validator and the sandbox need. */
export interface FieldSchema {
	type?: SchemaType | SchemaType[];
	enum?: Array<string | number | boolean | null>;
	/** Dropdown labels for `enum`, in the same order. */
	enumLabels?: string[];
	format?: string;
	minimum?: number;
	maximum?: number;
	minLength?: number;
	maxLength?: number;
	minItems?: number;
	maxItems?: number;
	pattern?: string;
	default?: unknown;
	items?: FieldSchema;
	properties?: Record<string, FieldSchema>;
	required?: string[];
	additionalProperties?: boolean | FieldSchema;
	oneOf?: FieldSchema[];
	/** For `oneOf`: the property whose value picks the alternative, and value → index in `oneOf`. */
	discriminator?: { propertyName: string; mapping: Record<string, number> };
	/** Our own words, shown in the editor. */
	description?: string;
	/** Title-cased label for the editor. */
	displayName?: string;
	/**
	 * Sent Base64-encoded: text as it is, an object or list as JSON text (Call Control's
	 * `client_state`, which Telnyx returns in every event of the call).
	 */
	encode?: 'base64';
	/**
	 * A check beyond JSON schema: `e164` phone numbers (+ and up to 15 digits), or those or a
	 * short code; `xml` markup (TeXML) that must be well-formed.
	 */
	check?: 'e164' | 'e164OrShortCode' | 'xml';
	/**
	 * In a shipped catalog file only: the id of a schema kept once in `NodeCatalog.schemas`,
	 * standing for this whole schema. Expanded when the catalog is loaded.
	 */
	$ref?: string;
}

export type SchemaType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

/** How a field is edited: decided by the generator, read by the description and the value reader. */
export type EditorKind =
	| 'options'
	| 'multiOptions'
	| 'boolean'
	| 'number'
	| 'dateTime'
	| 'string'
	| 'list'
	| 'collection'
	| 'fixedList'
	| 'binaryFile'
	| 'json';

/** Where a field sits in the editor: at the top, or inside one of the operation's collections. */
export type Container = 'top' | 'additionalFields' | 'updateFields' | 'filters' | 'options';

/** A field sent in a request: a body property, a query parameter or a path parameter. */
export interface CatalogField {
	/** The name on the wire: `connection_name`, `filter[fqdn]`, `id`. */
	name: string;
	/** The editor parameter (or collection option) name: `connectionName`, `fqdn`, `credentialConnectionId`. */
	param: string;
	displayName: string;
	description?: string;
	/** Required by the API: the request is refused without it. */
	required: boolean;
	schema: FieldSchema;
	editor: EditorKind;
	/** Where the current node version shows it. */
	container: Container;
	/** Where earlier node versions show it, when that differs: `{ "1": "additionalFields" }`. */
	containers?: Record<string, Container>;
	/** Ids picked from a searchable list: the resource (of the same node) whose list feeds it. */
	locator?: string;
	/**
	 * A shortcut to a value deep inside the body (`agent_message.content_message.text`): one
	 * plain field for the common case of a structure that is otherwise edited as JSON.
	 */
	wirePath?: string[];
}

/**
 * The shapes list endpoints use. `pageNumber` covers `page[number]`/`page[size]`,
 * `page_number`/`page_size` and `page`/`page_size`; `cursor` covers `page[after]`-style cursors;
 * `nextUri` follows a link to the next page (TeXML's `next_page_uri`).
 */
export interface ListShape {
	style: 'pageNumber' | 'cursor' | 'nextUri' | 'unpaged';
	/** Query parameter carrying the page number (pageNumber) or the cursor (cursor). */
	pageParam?: string;
	/** Query parameter carrying the page size. */
	sizeParam?: string;
	/** Number of the first page when it is not 1 (some lists count from 0). */
	firstPage?: number;
	/** Largest page size the endpoint allows. */
	maxPageSize?: number;
	/** Where the records are in the response body: `data`, `records`, `log_messages`. */
	itemsPath: string;
	/** Where the number of pages is: `meta.total_pages`. */
	totalPagesPath?: string;
	/** Where the number of records is: `total_records`, `meta.total_results`. */
	totalItemsPath?: string;
	/** Where the next cursor is (`meta.cursors.after`), or the link to the next page (`next_page_uri`). */
	nextCursorPath?: string;
	/**
	 * An unpaged list that takes a number of results (`filter[limit]`, a number search): Limit
	 * sends it; Return All leaves it out, so the API answers with as many as it gives.
	 */
	limitParam?: string;
}

/** What an operation does, so that the editor, the execution and the sandbox treat it alike. */
export type OperationKind = 'list' | 'create' | 'get' | 'update' | 'replace' | 'delete' | 'action';

/** How the answer is read: JSON, a file (binary or text), nothing, or a stream of server-sent events. */
export type ResponseKind = 'json' | 'binary' | 'text' | 'empty' | 'events';

/** How the request body is encoded. */
export type BodyEncoding = 'json' | 'multipart' | 'form';

/** Named special behaviour, implemented once in nodes/shared/execution/behaviours. */
export type BehaviourName =
	| 'multipartBody'
	| 'formBody'
	| 'fileAnswer'
	| 'eventStream'
	| 'downloadFromRecord'
	| 'waitForCompletion'
	| 'commandId'
	| 'awaitCallEvent';

export interface CatalogOperation {
	resource: string;
	operation: string;
	kind: OperationKind;
	method: HttpMethod;
	/** The path as in the reference, relative to the base URL: `/credential_connections/{id}`. */
	path: string;
	/** Option label in the editor: "Create", "Get Many", "Check Registration Status". */
	name: string;
	/** Sentence-case action shown in the node panel: "Create a credential connection". */
	action: string;
	description: string;
	pathParams: CatalogField[];
	query: CatalogField[];
	body?: {
		contentType: BodyEncoding;
		/** The API wants a body even when no field is set: `{}` is sent then. */
		required?: boolean;
		fields: CatalogField[];
	};
	/**
	 * Groups of fields of which at least one must be set (wire names): Send Message needs `from`
	 * or `messaging_profile_id`. Checked before sending.
	 */
	oneOf?: string[][];
	/**
	 * Alternatives of which only one may be used, each a list of wire names: a filter sent
	 * either as `filter[cidr_block]` or as `filter[cidr_block][contains]`…, not both.
	 */
	exclusive?: string[][][];
	list?: ListShape;
	response: {
		kind: ResponseKind;
		/** The key that wraps the resource in JSON responses (`data`), absent when the body is the resource. */
		envelope?: string;
		/** MIME type of binary and text responses. */
		mimeType?: string;
		/** Success status the API answers with. */
		status: number;
		/** `record_type` of the returned resource, when the reference names one. */
		recordType?: string;
		/** Path of the records in the answer when they are not in the envelope: one output item each. */
		itemsPath?: string;
		/** File name of binary and text answers, with `{param}` placeholders: `wireguard-peer-{id}.conf`. */
		fileName?: string;
	};
	/** Behaviours beyond "send the request, output the answer", in the order they apply. */
	behaviours?: BehaviourName[];
	/** Work Telnyx finishes after answering: the editor offers "Wait for Completion". */
	waitFor?: WaitForCompletion;
	/** A file fetched from a URL inside the record this operation reads (recording downloads). */
	downloadFrom?: DownloadFrom;
	/** A call command that can pause the execution until the call's next event: "Wait for Event". */
	awaitEvent?: AwaitCallEvent;
	/** Operations that may be repeated without side effects are retried on 5xx and timeouts. */
	idempotent: boolean;
}

export interface WaitForCompletion {
	/** Operation of the same resource that reads the record's status (usually `get`). */
	operation: string;
	/** Field of the answer that holds the id to poll with: `id`, `task_id`. */
	idField: string;
	/** Path of the status field in the record: `status`. */
	statusField: string;
	/** Statuses that mean the work is finished. */
	done: string[];
	/** Statuses that mean the work failed. */
	failed: string[];
	/**
	 * Where a failed record says why (`error_message`, `failed_operations[].errors[].detail`):
	 * `[]` reads every entry of a list, skipping entries whose own status is done.
	 */
	reasons?: string[];
	/** Poll the record the request's path names (the answer is another record, e.g. an activation job). */
	fromPath?: boolean;
}

/**
 * The event a call command ends with (Answer: `call.answered`, Speak: `call.speak.ended`).
 * With "Wait for Event" on, the execution waits for it (or for `call.hangup`) and goes on with
 * it as the node's output.
 */
export interface AwaitCallEvent {
	/** Event types that end the wait, besides `call.hangup`. */
	events: string[];
	/** What the wait is for, completing "Wait until …": "the call is answered". */
	until: string;
	/**
	 * The command can send the call's later events to a URL of our choosing (`webhook_url`,
	 * with retries per event type): Dial and Answer. Later waits on the call rely on it.
	 */
	routesEvents?: boolean;
}

export interface DownloadFrom {
	/** Path of the URL (or of an object of URLs keyed by format) in the record: `download_urls`. */
	urlPath: string;
	/** Where else the URL may be, in order, when `urlPath` holds none (`stored_media_url`). */
	fallbackPaths?: string[];
	/** Formats the user picks from, keys of the object at `urlPath`: `mp3`, `wav`. */
	formats?: string[];
}

export interface CatalogResource {
	value: string;
	name: string;
	/** How ids of this resource are searched in resource locators. */
	locator?: {
		/** Operation (of this resource) that lists the records. */
		listOperation: string;
		/** Field shown as the label of each record. */
		labelField: string;
		/** Query parameter used to search by text, when the API has one. */
		searchParam?: string;
		/** Field whose value is the id (default `id`). */
		valueField?: string;
		/** Placeholder for the id mode. */
		placeholder?: string;
		/** Placeholder for the list mode: "Select a credential connection...". */
		listPlaceholder: string;
	};
}

/** What a node version shows first: its default resource and each resource's default operation. */
export interface NodeDefaults {
	resource: string;
	operations: Record<string, string>;
	/**
	 * `alphabetical` (version 1): resources and operations by name. `curated`: resources in the
	 * catalog's order, the most used first, so the node panel lists their actions first.
	 */
	order: 'alphabetical' | 'curated';
}

export interface NodeCatalog {
	node: string;
	displayName: string;
	description: string;
	/** The README heading about this node: the editor's Docs link opens it as it is. */
	documentationUrl: string;
	/** Node versions, oldest first; the last is what new nodes get. */
	versions: number[];
	/** Defaults per version (`"1"`, `"2"`): changing a default would change saved workflows. */
	defaults: Record<string, NodeDefaults>;
	/** Resources in the order the editor lists them. */
	resources: CatalogResource[];
	/** Operations grouped by resource, each group in the order the editor lists it. */
	operations: CatalogOperation[];
	/** Schemas used in several places, kept once in the shipped file (see FieldSchema.$ref). */
	schemas?: Record<string, FieldSchema>;
}
