import type { IDataObject, INode } from 'n8n-workflow';
import { telnyxNetworkError } from './telnyxError';

/** A page is known by its size and its first and last records: cheap, and enough to tell a repeat. */
function fingerprint(records: IDataObject[]): string {
	return `${records.length}:${JSON.stringify(records[0])}:${JSON.stringify(records[records.length - 1])}`;
}

/**
 * The pages of one list read so far, in order. A page equal to an earlier one means the server
 * ignores the page parameter: reading on would only collect the same records again, for ever.
 */
export class PageLog {
	private readonly seen = new Map<string, number>();
	/** Pages read, empty ones included. */
	count = 0;

	constructor(
		private readonly node: INode,
		private readonly itemIndex?: number,
	) {}

	/** Whether these records repeat a page already added (nothing is recorded). */
	repeats(records: IDataObject[]): boolean {
		return records.length > 0 && this.seen.has(fingerprint(records));
	}

	/** Records the next page; throws when it repeats an earlier one. */
	add(records: IDataObject[]): void {
		this.count += 1;
		if (!records.length) return;
		const key = fingerprint(records);
		const earlier = this.seen.get(key);
		if (earlier !== undefined) {
			throw telnyxNetworkError(
				this.node,
				`Telnyx returned the same page twice (page ${this.count} repeats page ${earlier})`,
				'Telnyx (or a proxy in between) ignores the page number, so Return All stopped instead of returning the same records again. Use Limit, or filters that fit in one page.',
				{ itemIndex: this.itemIndex },
			);
		}
		this.seen.set(key, this.count);
	}
}

/** A list longer than Return All reads: it says so rather than return a part as if it were all. */
export function tooManyPages(node: INode, maxPages: number, itemIndex?: number, claimed?: number) {
	const max = maxPages.toLocaleString('en-US');
	return telnyxNetworkError(
		node,
		claimed !== undefined
			? `Telnyx says the list has ${claimed.toLocaleString('en-US')} pages, more than Return All reads (${max})`
			: `The list goes on past ${max} pages, more than Return All reads`,
		'Narrow the list with filters, or use Limit.',
		{ itemIndex },
	);
}
