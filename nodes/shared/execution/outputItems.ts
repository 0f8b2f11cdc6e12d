import type { IBinaryData, IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { CatalogOperation } from '../catalog/types';
import type { TelnyxResponse } from '../transport/telnyxRequest';

/** JSON output items of one response: the records in the envelope, one item each. */
export function jsonItems(operation: CatalogOperation, body: unknown): IDataObject[] {
	if (body === undefined || body === null || body === '') return [{ success: true }];
	const { itemsPath } = operation.response;
	if (itemsPath && typeof body === 'object') {
		const records = itemsPath.split('.').reduce<unknown>((node, key) => (node as IDataObject | undefined)?.[key], body);
		if (Array.isArray(records)) return records.map((entry) => asObject(entry));
	}
	const envelope = operation.response.envelope;
	const content =
		envelope && typeof body === 'object' && !Array.isArray(body) && envelope in (body as IDataObject)
			? (body as IDataObject)[envelope]
			: body;
	if (Array.isArray(content)) return content.map((entry) => asObject(entry));
	if (content !== body) return [{ ...scalarsBeside(body as IDataObject, envelope!), ...asObject(content) }];
	return [asObject(content)];
}

/**
 * Plain values a record answer keeps beside its envelope (custom storage credentials name their
 * `connection_id` there): kept on the item, so the answer's facts are not lost.
 */
function scalarsBeside(body: IDataObject, envelope: string): IDataObject {
	const beside: IDataObject = {};
	for (const [key, value] of Object.entries(body)) {
		if (key === envelope || key === 'meta' || key === 'errors') continue;
		if (value === null || typeof value !== 'object') beside[key] = value;
	}
	return beside;
}

function asObject(value: unknown): IDataObject {
	if (value && typeof value === 'object' && !Array.isArray(value)) return value as IDataObject;
	return { value: value as IDataObject[string] };
}

/** A file answer becomes n8n binary data, with a file name from the headers or the request. */
export async function binaryItem(
	this: IExecuteFunctions,
	response: TelnyxResponse<Buffer>,
	options: { propertyName: string; fallbackName: string; mimeType?: string },
): Promise<{ json: IDataObject; binary: Record<string, IBinaryData> }> {
	const headerType = headerValue(response.headers['content-type'])?.split(';')[0].trim();
	const mimeType = headerType && headerType !== 'application/octet-stream' ? headerType : options.mimeType;
	const fileName = fileNameFromDisposition(headerValue(response.headers['content-disposition'])) ?? options.fallbackName;
	const binary = await this.helpers.prepareBinaryData(response.body, fileName, mimeType);
	return {
		json: { fileName: binary.fileName ?? fileName, mimeType: binary.mimeType, fileSize: response.body.length },
		binary: { [options.propertyName]: binary },
	};
}

function headerValue(value: string | string[] | undefined): string | undefined {
	return Array.isArray(value) ? value[0] : value;
}

export function fileNameFromDisposition(disposition: string | undefined): string | undefined {
	if (!disposition) return undefined;
	const encoded = disposition.match(/filename\*=(?:UTF-8'')?([^;]+)/i);
	if (encoded) {
		try {
			return decodeURIComponent(encoded[1].trim().replace(/^"|"$/g, ''));
		} catch {
			// fall through to the plain form
		}
	}
	const plain = disposition.match(/filename="?([^";]+)"?/i);
	return plain?.[1]?.trim() || undefined;
}
