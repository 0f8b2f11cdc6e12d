import { randomUUID } from 'node:crypto';

export type SandboxRecord = Record<string, unknown>;

/** In-memory state of the sandbox: records per collection path, in creation order. */
export class Store {
	private readonly collections = new Map<string, Map<string, SandboxRecord>>();
	private sequence = 1_293_384_261_075_731_000n;
	/** Records created through the API (not seeded), per collection: what a client really made. */
	readonly created = new Map<string, number>();

	list(collection: string): SandboxRecord[] {
		return [...(this.collections.get(collection)?.values() ?? [])];
	}

	get(collection: string, id: string): SandboxRecord | undefined {
		return this.collections.get(collection)?.get(id);
	}

	put(collection: string, id: string, record: SandboxRecord): void {
		let records = this.collections.get(collection);
		if (!records) {
			records = new Map();
			this.collections.set(collection, records);
		}
		records.set(id, record);
	}

	delete(collection: string, id: string): SandboxRecord | undefined {
		const record = this.get(collection, id);
		this.collections.get(collection)?.delete(id);
		return record;
	}

	countCreated(collection: string): void {
		this.created.set(collection, (this.created.get(collection) ?? 0) + 1);
	}

	/** Numeric ids where the reference shows them (connections, profiles), UUIDs elsewhere. */
	newId(style: 'numeric' | 'uuid'): string {
		if (style === 'numeric') {
			this.sequence += 1n;
			return this.sequence.toString();
		}
		return randomUUID();
	}

	clear(): void {
		this.collections.clear();
		this.created.clear();
	}

	collectionNames(): string[] {
		return [...this.collections.keys()];
	}
}
