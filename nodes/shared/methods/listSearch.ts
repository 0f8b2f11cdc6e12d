import type { ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';
import { expandPath } from '../catalog';
import type { NodeCatalog } from '../catalog/types';
import { searchMethodName } from '../description/fieldProperty';
import { fetchPage, maxPageSize } from '../transport/pagination';

type ListSearchMethod = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;

/** Server-side text filters that Telnyx only applies from this many characters on. */
const MIN_SERVER_SEARCH_LENGTH = 3;
const SEARCH_PAGE_SIZE = 100;

/**
 * One search method per resource with a locator in the catalog: lists records a page at a
 * time, searching on the server where the API has a text filter and within the page otherwise.
 */
export function buildListSearchMethods(catalog: NodeCatalog): Record<string, ListSearchMethod> {
	const methods: Record<string, ListSearchMethod> = {};
	for (const resource of catalog.resources) {
		const locator = resource.locator;
		const list = catalog.operations.find(
			(op) => op.resource === resource.value && op.operation === locator?.listOperation,
		);
		if (!locator || !list?.list) continue;
		const shape = list.list;
		methods[searchMethodName(resource.value)] = async function (this: ILoadOptionsFunctions, filter, token) {
			const text = filter?.trim() ?? '';
			const serverSearch = Boolean(locator.searchParam && text.length >= MIN_SERVER_SEARCH_LENGTH);
			// lists below a parent (an external connection's phone numbers) need the parent chosen first
			const pathValues: Record<string, string> = {};
			for (const field of list.pathParams) {
				const value = this.getCurrentNodeParameter(field.param, { extractValue: true });
				if (typeof value !== 'string' && typeof value !== 'number') return { results: [] };
				if (String(value).trim() === '') return { results: [] };
				pathValues[field.name] = String(value).trim();
			}
			const page = await fetchPage.call(
				this,
				{ path: expandPath(list.path, pathValues), qs: serverSearch ? { [locator.searchParam!]: text } : {}, shape },
				Math.min(SEARCH_PAGE_SIZE, maxPageSize(shape)),
				token,
			);
			const valueField = locator.valueField ?? 'id';
			const results: INodeListSearchItems[] = [];
			for (const record of page.records) {
				const value = String(record[valueField] ?? '');
				const label = record[locator.labelField];
				const name = label ? `${String(label)} (${value})` : value;
				if (!value) continue;
				if (!serverSearch && text && !name.toLowerCase().includes(text.toLowerCase())) continue;
				results.push({ name, value });
			}
			return { results, paginationToken: page.next };
		};
	}
	return methods;
}
