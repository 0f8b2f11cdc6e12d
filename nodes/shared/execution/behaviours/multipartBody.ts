import type { IDataObject } from 'n8n-workflow';
import { encodeMultipart, type MultipartPart } from '../../transport/multipart';
import { InputError } from '../toWireValue';
import type { Behaviour } from './types';

/**
 * multipart/form-data bodies: the item's text fields as form values (arrays repeat their
 * field, objects go as JSON text) and its files read from the item's binary data.
 */
export const multipartBody: Behaviour = {
	async prepare({ node, itemIndex, request }, outgoing) {
		const parts: MultipartPart[] = [];
		for (const [name, value] of Object.entries((outgoing.body as IDataObject | undefined) ?? {})) {
			if (value === null || value === undefined) continue;
			for (const entry of Array.isArray(value) ? value : [value]) {
				parts.push({ name, value: typeof entry === 'object' ? JSON.stringify(entry) : String(entry) });
			}
		}
		const item = node.getInputData()[itemIndex];
		for (const { field, binaryProperty } of request.files) {
			const binary = item?.binary?.[binaryProperty];
			if (!binary) {
				const available = Object.keys(item?.binary ?? {});
				throw new InputError(
					`"${field.displayName}" (${field.name}): the input item has no binary field "${binaryProperty}"`,
					available.length
						? `Binary fields on this item: ${available.join(', ')}.`
						: 'This item carries no file; read or download one first (e.g. Read/Write Files from Disk, HTTP Request).',
				);
			}
			const file = await node.helpers.getBinaryDataBuffer(itemIndex, binaryProperty);
			parts.push({
				name: field.name,
				file,
				fileName: binary.fileName ?? field.name,
				mimeType: binary.mimeType || 'application/octet-stream',
			});
		}
		const encoded = encodeMultipart(parts);
		return { ...outgoing, body: encoded.body, headers: { ...outgoing.headers, 'Content-Type': encoded.contentType } };
	},
};
