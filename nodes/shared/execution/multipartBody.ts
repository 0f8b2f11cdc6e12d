import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { encodeMultipart, type MultipartPart } from '../transport/multipart';
import type { FileField } from './readParameters';
import { InputError } from './toWireValue';

/**
 * A multipart/form-data body from an item: its text fields as form values and its files read
 * from the item's binary data. Arrays repeat their field, objects go as JSON text.
 */
export async function multipartBody(
	this: IExecuteFunctions,
	itemIndex: number,
	body: IDataObject | undefined,
	files: FileField[],
): Promise<{ body: Buffer; contentType: string }> {
	const parts: MultipartPart[] = [];
	for (const [name, value] of Object.entries(body ?? {})) {
		if (value === null || value === undefined) continue;
		const values = Array.isArray(value) ? value : [value];
		for (const entry of values) {
			parts.push({ name, value: typeof entry === 'object' ? JSON.stringify(entry) : String(entry) });
		}
	}
	const item = this.getInputData()[itemIndex];
	for (const { field, binaryProperty } of files) {
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
		const file = await this.helpers.getBinaryDataBuffer(itemIndex, binaryProperty);
		parts.push({
			name: field.name,
			file,
			fileName: binary.fileName ?? field.name,
			mimeType: binary.mimeType || 'application/octet-stream',
		});
	}
	return encodeMultipart(parts);
}
