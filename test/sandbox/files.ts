/**
 * Files the sandbox hands out by link, as Telnyx does with recordings (pre-signed storage
 * URLs): served under /__files/ without the API key, like a storage bucket would.
 */
export const FILES_ROOT = '/__files/';

export interface StoredFile {
	data: Buffer;
	mimeType: string;
}

export class FileStore {
	private readonly files = new Map<string, StoredFile>();
	/** Set by the server once it listens: `http://127.0.0.1:PORT`. */
	origin = '';

	/** Stores a file and returns the link to it. */
	put(name: string, data: Buffer | string, mimeType: string): string {
		this.files.set(name, { data: Buffer.from(data), mimeType });
		return `${this.origin}${FILES_ROOT}${encodeURIComponent(name)}`;
	}

	get(name: string): StoredFile | undefined {
		return this.files.get(name);
	}

	clear(): void {
		this.files.clear();
	}
}
