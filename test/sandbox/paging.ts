import type { ListShape } from '../../nodes/shared/catalog/types';
import type { SandboxRecord } from './store';

const DEFAULT_PAGE_SIZE = 20;
const OPERATORS = new Set(['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'contains', 'startswith', 'starts_with', 'endswith', 'ends_with']);

/** Applies `filter[...]` parameters the way the reference describes them. */
export function applyFilters(records: SandboxRecord[], query: URLSearchParams): SandboxRecord[] {
	const filters: Array<{ path: string[]; op: string; value: string }> = [];
	for (const [key, value] of query) {
		if (!key.startsWith('filter[')) continue;
		const segments = key.match(/\[([^\]]*)\]/g)?.map((s) => s.slice(1, -1)).filter(Boolean) ?? [];
		const last = segments[segments.length - 1];
		const op = OPERATORS.has(last) && segments.length > 1 ? last : 'eq';
		const path = (op === 'eq' && last !== 'eq' ? segments : segments.slice(0, -1)).flatMap((s) => s.split('.'));
		filters.push({ path, op, value });
	}
	if (!filters.length) return records;
	return records.filter((record) => filters.every((f) => matches(lookup(record, f.path), f.op, f.value)));
}

/** A field at a path, or one level down (filters name nested fields by their own name). */
function lookup(record: SandboxRecord, path: string[]): unknown {
	let current: unknown = record;
	for (const key of path) current = current && typeof current === 'object' ? (current as SandboxRecord)[key] : undefined;
	if (current !== undefined || path.length !== 1) return current;
	for (const value of Object.values(record)) {
		if (value && typeof value === 'object' && !Array.isArray(value) && path[0] in (value as SandboxRecord)) {
			return (value as SandboxRecord)[path[0]];
		}
	}
	return undefined;
}

function matches(actual: unknown, op: string, expected: string): boolean {
	if (expected === 'null') return actual === null || actual === undefined;
	if (actual === undefined || actual === null) return false;
	const text = String(actual);
	switch (op) {
		case 'eq':
			return Array.isArray(actual) ? actual.map(String).includes(expected) : text === expected;
		case 'ne':
			return text !== expected;
		case 'contains':
			return text.toLowerCase().includes(expected.toLowerCase());
		case 'startswith':
		case 'starts_with':
			return text.startsWith(expected);
		case 'endswith':
		case 'ends_with':
			return text.endsWith(expected);
		default: {
			const [a, b] = comparable(text, expected);
			if (op === 'gt') return a > b;
			if (op === 'gte') return a >= b;
			if (op === 'lt') return a < b;
			return a <= b;
		}
	}
}

function comparable(a: string, b: string): [number, number] {
	const numbers = [Number(a), Number(b)];
	if (numbers.every(Number.isFinite)) return numbers as [number, number];
	return [Date.parse(a), Date.parse(b)];
}

export function applySort(records: SandboxRecord[], query: URLSearchParams): SandboxRecord[] {
	const keys = [...query.getAll('sort'), ...query.getAll('sort[]')].filter(Boolean);
	if (!keys.length) return records;
	return [...records].sort((x, y) => {
		for (const key of keys) {
			const desc = key.startsWith('-');
			const field = desc ? key.slice(1) : key;
			const a = String(x[field] ?? '');
			const b = String(y[field] ?? '');
			const order = a.localeCompare(b, undefined, { numeric: true });
			if (order !== 0) return desc ? -order : order;
		}
		return 0;
	});
}

/** Cuts one page out of the records and wraps it in the shape the endpoint uses. */
export function renderPage(shape: ListShape, records: SandboxRecord[], query: URLSearchParams): SandboxRecord {
	const body: SandboxRecord = {};
	const max = shape.maxPageSize ?? 250;
	const requested = shape.sizeParam ? Number(query.get(shape.sizeParam)) : NaN;
	const size = Math.min(Math.max(Number.isFinite(requested) && requested > 0 ? requested : DEFAULT_PAGE_SIZE, 1), max);

	if (shape.style === 'cursor') {
		const start = shape.pageParam && query.get(shape.pageParam) ? decodeCursor(query.get(shape.pageParam)!) : 0;
		const slice = records.slice(start, start + size);
		setAt(body, shape.itemsPath, slice);
		const next = start + size < records.length ? encodeCursor(start + size) : null;
		if (shape.nextCursorPath) setAt(body, shape.nextCursorPath, next);
		return body;
	}
	if (shape.style === 'nextUri') {
		// TeXML: 0-based Page, a PageToken that must come back with it, and a link to the next page
		const page = Number(query.get('Page') ?? 0) || 0;
		if (page > 0 && query.get('PageToken') !== encodeCursor(page * size)) {
			throw new Error(`PageToken for page ${page} is missing or wrong`);
		}
		setAt(body, shape.itemsPath, records.slice(page * size, (page + 1) * size));
		body.page = page;
		body.page_size = size;
		const more = (page + 1) * size < records.length;
		body.next_page_uri = more ? `/v2/texml/Accounts/AC/List.json?Page=${page + 1}&PageSize=${size}&PageToken=${encodeCursor((page + 1) * size)}` : null;
		return body;
	}
	if (shape.style === 'unpaged' || !shape.pageParam) {
		if (shape.itemsPath === '') return records as unknown as SandboxRecord;
		setAt(body, shape.itemsPath, records);
		return body;
	}
	const first = shape.firstPage ?? 1;
	const asked = query.get(shape.pageParam);
	// page numbers as the endpoint counts them, from 0 or from 1
	const askedNumber = asked === null || asked === '' ? first : Number(asked);
	const page = Number.isFinite(askedNumber) ? Math.max(1, askedNumber - first + 1) : 1;
	const slice = records.slice((page - 1) * size, page * size);
	setAt(body, shape.itemsPath, slice);
	const totalPages = Math.ceil(records.length / size);
	if (shape.totalPagesPath?.startsWith('meta.') || shape.totalItemsPath?.startsWith('meta.')) {
		body.meta = { page_number: page - 1 + first, page_size: size, total_pages: totalPages, total_results: records.length };
	}
	if (shape.totalPagesPath) setAt(body, shape.totalPagesPath, totalPages);
	if (shape.totalItemsPath) setAt(body, shape.totalItemsPath, records.length);
	return body;
}

function encodeCursor(index: number): string {
	return Buffer.from(`offset:${index}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
	const match = Buffer.from(cursor, 'base64url').toString('utf8').match(/^offset:(\d+)$/);
	return match ? Number(match[1]) : 0;
}

export function setAt(target: SandboxRecord, path: string, value: unknown): void {
	const keys = path.split('.');
	let current = target;
	for (const key of keys.slice(0, -1)) {
		if (!current[key] || typeof current[key] !== 'object') current[key] = {};
		current = current[key] as SandboxRecord;
	}
	current[keys[keys.length - 1]] = value;
}
