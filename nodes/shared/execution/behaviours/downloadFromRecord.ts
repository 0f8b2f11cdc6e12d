import { NodeOperationError, type IDataObject } from 'n8n-workflow';
import { PARAM } from '../../catalog/constants';
import { valueAt } from '../../transport/pagination';
import { telnyxRequest } from '../../transport/telnyxRequest';
import { expandFileName, mimeTypeForExtension, withExtension } from '../fileNames';
import { binaryItem, jsonItems } from '../outputItems';
import { binaryPropertyOf } from './fileAnswer';
import type { Behaviour } from './types';

/**
 * Reads one record, then fetches the file its URL points at (a recording's MP3 or WAV). The
 * link leads outside the API, so it is fetched without the API key.
 */
export const downloadFromRecord: Behaviour = {
	prepare({ node, itemIndex }, outgoing) {
		binaryPropertyOf(node, itemIndex);
		return { ...outgoing, responseKind: 'json' };
	},
	async send(context, outgoing) {
		const { node, operation, itemIndex, timeoutMs } = context;
		const { urlPath, formats, fallbackPaths = [] } = operation.downloadFrom!;
		const recordResponse = await telnyxRequest.call(node, outgoing);
		const record = jsonItems(operation, recordResponse.body)[0] ?? {};
		const format = formats?.length ? (node.getNodeParameter(PARAM.fileFormat, itemIndex, formats[0]) as string) : undefined;
		const located = [urlPath, ...fallbackPaths].map((path) => valueAt(record, path)).find((value) => value) ?? valueAt(record, urlPath);
		const url = format && located && typeof located === 'object' ? (located as IDataObject)[format] : located;
		if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) {
			const what = format ? `${format.toUpperCase()} download link` : 'download link';
			throw new NodeOperationError(node.getNode(), `The record has no ${what} (${urlPath}${format ? `.${format}` : ''})`, {
				itemIndex,
				description: formats?.length
					? `Links present: ${Object.keys((located as IDataObject | undefined) ?? {}).join(', ') || 'none'}. Choose another File Format.`
					: 'Telnyx may still be processing the file; try again later.',
			});
		}
		const file = await telnyxRequest.call(node, {
			method: 'GET',
			path: '',
			externalUrl: url,
			responseKind: 'binary',
			itemIndex,
			timeoutMs,
		});
		return { ...file, record, format } as typeof file & { record: IDataObject; format?: string };
	},
	async shape({ node, operation, itemIndex, request }, response) {
		const { record, format } = response as typeof response & { record: IDataObject; format?: string };
		const fileName = withExtension(expandFileName(operation.response.fileName ?? 'download', request.pathValues), format);
		const item = await binaryItem.call(node, response as never, {
			propertyName: binaryPropertyOf(node, itemIndex),
			fallbackName: fileName,
			mimeType: mimeTypeForExtension(fileName),
		});
		return [{ json: { ...item.json, record }, binary: item.binary }];
	},
};
