import type { IExecuteFunctions } from 'n8n-workflow';
import { PARAM } from '../../catalog/constants';
import { expandFileName, mimeTypeForExtension } from '../fileNames';
import { binaryItem } from '../outputItems';
import { InputError } from '../toWireValue';
import type { Behaviour } from './types';

/** The output binary field an item names, checked before anything is sent. */
export function binaryPropertyOf(node: IExecuteFunctions, itemIndex: number): string {
	const name = String(node.getNodeParameter(PARAM.binaryProperty, itemIndex, 'data')).trim();
	if (!name) throw new InputError('"Put Output File in Field" is empty', 'Enter a binary field name, e.g. data.');
	return name;
}

/** Answers that are files (CSV, PDF, audio, images, configuration files) become n8n binary data. */
export const fileAnswer: Behaviour = {
	prepare({ node, itemIndex }, outgoing) {
		binaryPropertyOf(node, itemIndex);
		return { ...outgoing, responseKind: 'binary' };
	},
	async shape({ node, operation, itemIndex, request }, response) {
		const fileName = expandFileName(operation.response.fileName ?? lastSegment(request.path), request.pathValues);
		return [
			await binaryItem.call(node, response as never, {
				propertyName: binaryPropertyOf(node, itemIndex),
				fallbackName: fileName,
				mimeType: operation.response.mimeType ?? mimeTypeForExtension(fileName),
			}),
		];
	},
};

function lastSegment(path: string): string {
	return decodeURIComponent(path.split('/').filter(Boolean).pop() ?? 'file');
}
