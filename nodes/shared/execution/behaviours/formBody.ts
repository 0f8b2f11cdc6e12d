import type { IDataObject } from 'n8n-workflow';
import type { Behaviour } from './types';

/**
 * `application/x-www-form-urlencoded` bodies (TeXML): fields as `name=value` pairs, lists as
 * repeated names, objects as JSON text. Encoded here so the transport sends (and resends) bytes.
 */
export const formBody: Behaviour = {
	prepare(_context, outgoing) {
		const params = new URLSearchParams();
		for (const [name, value] of Object.entries((outgoing.body as IDataObject | undefined) ?? {})) {
			if (value === null || value === undefined) continue;
			for (const entry of Array.isArray(value) ? value : [value]) {
				params.append(name, typeof entry === 'object' ? JSON.stringify(entry) : String(entry));
			}
		}
		return {
			...outgoing,
			body: Buffer.from(params.toString(), 'utf8'),
			headers: { ...outgoing.headers, 'Content-Type': 'application/x-www-form-urlencoded' },
		};
	},
};
