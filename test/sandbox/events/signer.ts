import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'undici';

type Json = Record<string, unknown>;

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** Example bodies per event type, generated from the reference's webhook schemas. */
function loadExamples(): Record<string, Json> {
	return JSON.parse(readFileSync(join(__dirname, 'examples.json'), 'utf8')) as Record<string, Json>;
}

/**
 * The sandbox's own webhook signing key pair, used the way Telnyx uses its account key:
 * Ed25519 over `"{timestamp}|{body}"`, base64 in `telnyx-signature-ed25519`.
 */
export class EventSigner {
	private readonly privateKey: KeyObject;
	/** The public key as Telnyx shows it in the portal: base64 of the raw 32 bytes. */
	readonly publicKey: string;
	private examples?: Record<string, Json>;

	/** A fixed 32-byte seed (hex) gives the same key pair on every start, for demos. */
	constructor(seedHex?: string) {
		if (seedHex) {
			const seed = Buffer.from(seedHex, 'hex');
			if (seed.length !== 32) throw new Error('the signing seed must be 32 bytes of hex');
			this.privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
		} else {
			this.privateKey = generateKeyPairSync('ed25519').privateKey;
		}
		this.publicKey = createPublicKey(this.privateKey).export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64');
	}

	/** Headers for a body, signed at `timestamp` (Unix seconds, now by default). */
	sign(body: string | Buffer, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
		const message = Buffer.concat([Buffer.from(`${timestamp}|`), Buffer.from(body)]);
		return {
			'content-type': 'application/json',
			'telnyx-timestamp': String(timestamp),
			'telnyx-signature-ed25519': sign(null, message, this.privateKey).toString('base64'),
		};
	}

	/** An event body of the given type, shaped as the reference shows it, with a fresh id. */
	event(type: string, options: { id?: string; payload?: Json; deliveredTo?: string } = {}): Json {
		this.examples ??= loadExamples();
		const example = this.examples[type] ?? this.examples['message.received'];
		const body = structuredClone(example);
		const data = (body.data && typeof body.data === 'object' ? body.data : body) as Json;
		data.event_type = type;
		data.id = options.id ?? randomUUID();
		data.occurred_at = new Date().toISOString();
		if (options.payload) data.payload = { ...((data.payload as Json) ?? {}), ...options.payload };
		if (body.meta && typeof body.meta === 'object' && options.deliveredTo) {
			(body.meta as Json).delivered_to = options.deliveredTo;
		}
		return body;
	}

	/** Every delivery made, in the order the answers came: what a test of repeats and order reads. */
	readonly sent: Array<{ url: string; type: string; id: string; status: number; sentAt: number; answeredAt: number }> = [];

	/** Signs and POSTs an event to a URL, as Telnyx delivers it. */
	async send(
		url: string,
		body: Json | string,
		options: { timestamp?: number; headers?: Record<string, string> } = {},
	): Promise<{ status: number; body: string }> {
		const text = typeof body === 'string' ? body : JSON.stringify(body);
		const sentAt = Date.now();
		const response = await request(url, {
			method: 'POST',
			body: text,
			headers: { ...this.sign(text, options.timestamp), ...options.headers },
		});
		const answer = await response.body.text();
		const data = (typeof body === 'string' ? undefined : ((body.data as Json | undefined) ?? body)) as Json | undefined;
		this.sent.push({ url, type: String(data?.event_type ?? ''), id: String(data?.id ?? ''), status: response.statusCode, sentAt, answeredAt: Date.now() });
		return { status: response.statusCode, body: answer };
	}

	/**
	 * Signs and POSTs a form, as TeXML sends its status callbacks (Twilio's fields, Telnyx's
	 * signature over the form's bytes).
	 */
	async sendForm(url: string, fields: Record<string, string>, options: { timestamp?: number } = {}): Promise<{ status: number; body: string }> {
		const text = new URLSearchParams(fields).toString();
		const sentAt = Date.now();
		const response = await request(url, {
			method: 'POST',
			body: text,
			headers: { ...this.sign(text, options.timestamp), 'content-type': 'application/x-www-form-urlencoded' },
		});
		const answer = await response.body.text();
		const type = `texml:${fields.RecordingStatus ?? fields.CallStatus ?? ''}`;
		this.sent.push({ url, type, id: String(fields.CallSid ?? ''), status: response.statusCode, sentAt, answeredAt: Date.now() });
		return { status: response.statusCode, body: answer };
	}

	eventTypes(): string[] {
		this.examples ??= loadExamples();
		return Object.keys(this.examples);
	}
}
