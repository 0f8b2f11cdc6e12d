import type { FieldSchema, ListShape } from '../../nodes/shared/catalog/types';
import type { FlatQueryParam } from './parameters';

/** The Telnyx documentation's general upper bound for page sizes. */
const DOCUMENTED_MAX_PAGE_SIZE = 250;

/**
 * Works out how a list endpoint pages from its query parameters and response schema.
 * Returns undefined when the response holds no array of records.
 */
export function detectListShape(query: FlatQueryParam[], response: FieldSchema | undefined): ListShape | undefined {
	// a bare array as the answer (GET /requirement_groups): one unpaged list, itemsPath ''
	if (response && hasType(response, 'array')) return { style: 'unpaged', itemsPath: '' };
	const props = response?.properties ?? {};
	const itemsPath = ['data', 'records', 'log_messages', 'items', 'results'].find(
		(key) => props[key] && hasType(props[key], 'array'),
	) ?? Object.keys(props).find((key) => hasType(props[key], 'array'));
	if (!itemsPath) return undefined;

	const names = new Set(query.map((q) => q.name));
	const sizeParam = ['page[size]', 'page_size', 'per_page', 'recordsPerPage', 'PageSize', 'page[limit]', 'limit'].find((n) => names.has(n));
	const numberParam = ['page[number]', 'page_number', 'page'].find((n) => names.has(n));
	const cursorParam = ['page[after]', 'page_cursor', 'cursor'].find((n) => names.has(n));
	const meta = props.meta?.properties ?? {};
	const maxPageSize = sizeParam ? maxOf(query.find((q) => q.name === sizeParam)?.schema) : undefined;

	const totalPagesPath = meta.total_pages ? 'meta.total_pages' : undefined;
	const totalItemsPath = props.total_records
		? 'total_records'
		: props.totalRecords
			? 'totalRecords'
			: meta.total_results
				? 'meta.total_results'
				: undefined;

	// TeXML answers with a link to the next page, which carries Page and PageToken
	if (props.next_page_uri && (names.has('PageToken') || names.has('Page'))) {
		const maxPageSize = sizeParam ? maxOf(query.find((q) => q.name === sizeParam)?.schema) : undefined;
		return { style: 'nextUri', sizeParam, maxPageSize, itemsPath, nextCursorPath: 'next_page_uri' };
	}
	if (numberParam && (totalPagesPath || totalItemsPath || !cursorParam)) {
		const firstPage = query.find((q) => q.name === numberParam)?.schema.default === 0 ? 0 : undefined;
		return {
			style: 'pageNumber',
			pageParam: numberParam,
			sizeParam,
			...(firstPage === 0 ? { firstPage } : {}),
			maxPageSize,
			itemsPath,
			totalPagesPath,
			totalItemsPath,
		};
	}
	if (cursorParam) {
		const cursors = meta.cursors?.properties ?? {};
		const nextCursorPath = cursors.after
			? 'meta.cursors.after'
			: meta.page_cursor
				? 'meta.page_cursor'
				: meta.cursor
					? 'meta.cursor'
					: meta.next
						? 'meta.next'
						: undefined;
		return { style: 'cursor', pageParam: cursorParam, sizeParam, maxPageSize, itemsPath, nextCursorPath };
	}
	const limitParam = ['filter[limit]', 'limit'].find((n) => names.has(n));
	return { style: 'unpaged', itemsPath, ...(limitParam ? { limitParam } : {}) };
}

function hasType(schema: FieldSchema, type: string): boolean {
	return schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type as never));
}

function maxOf(schema: FieldSchema | undefined): number {
	return typeof schema?.maximum === 'number' ? schema.maximum : DOCUMENTED_MAX_PAGE_SIZE;
}
