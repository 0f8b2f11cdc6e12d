import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; Telnyx hands out the bare 32-byte key. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export const DEFAULT_TOLERANCE_SECONDS = 300;

export interface SignedDelivery {
	/** The request body exactly as received. */
	rawBody: Buffer;
	/** `telnyx-signature-ed25519` header (base64). */
	signature: string | undefined;
	/** `telnyx-timestamp` header (Unix seconds). */
	timestamp: string | undefined;
}

export type VerificationResult =
	| { valid: true }
	| { valid: false; status: 400 | 401 | 403; reason: string };

/** The account public key from the credential: base64 of the raw key, or a PEM block. */
export function telnyxPublicKey(text: string): KeyObject {
	const trimmed = text.trim();
	if (trimmed.startsWith('-----BEGIN')) return createPublicKey(trimmed);
	const raw = Buffer.from(trimmed, 'base64');
	if (raw.length !== 32) throw new Error(`expected a 32-byte Ed25519 key in base64, got ${raw.length} bytes`);
	return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

/**
 * Checks a delivery as Telnyx signs it: Ed25519 over `"{timestamp}|{raw body}"`, and a
 * timestamp within the tolerance window so that a captured request cannot be replayed later.
 */
export function verifyTelnyxSignature(
	delivery: SignedDelivery,
	publicKey: KeyObject,
	options: { toleranceSeconds?: number; nowSeconds?: number } = {},
): VerificationResult {
	const { signature, timestamp, rawBody } = delivery;
	if (!signature || !timestamp) {
		return { valid: false, status: 401, reason: 'missing telnyx-signature-ed25519 or telnyx-timestamp header' };
	}
	if (!/^\d{1,12}$/.test(timestamp.trim())) {
		return { valid: false, status: 400, reason: 'telnyx-timestamp is not a Unix time in seconds' };
	}
	const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
	// NaN would make every timestamp pass the comparison below: fail closed instead
	if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance <= 0) {
		return { valid: false, status: 403, reason: 'the timestamp tolerance is not a positive number of seconds' };
	}
	const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
	if (Math.abs(now - Number(timestamp)) > tolerance) {
		return { valid: false, status: 403, reason: `timestamp is more than ${tolerance} seconds away from now` };
	}
	const signatureBytes = Buffer.from(signature.trim(), 'base64');
	if (signatureBytes.length !== 64) {
		return { valid: false, status: 401, reason: 'signature is not a base64 Ed25519 signature' };
	}
	const message = Buffer.concat([Buffer.from(`${timestamp.trim()}|`, 'utf8'), rawBody]);
	let ok = false;
	try {
		ok = verify(null, message, publicKey, signatureBytes);
	} catch {
		ok = false;
	}
	return ok ? { valid: true } : { valid: false, status: 403, reason: 'signature does not match the body' };
}
