/** Audio and other types a download link may carry without saying so. */
const MIME_BY_EXTENSION: Record<string, string> = {
	mp3: 'audio/mpeg',
	wav: 'audio/wav',
	png: 'image/png',
	jpg: 'image/jpeg',
	conf: 'text/plain',
	txt: 'text/plain',
	pdf: 'application/pdf',
};

/** Fills `{param}` placeholders of a file name template from the path parameters. */
export function expandFileName(template: string, values: Record<string, string>): string {
	const name = template.replace(/\{([^}]+)\}/g, (_match, key: string) => values[key] ?? key);
	// keep it a plain file name, whatever the ids contain
	return name.replace(/[/\\]/g, '_');
}

export function withExtension(fileName: string, extension: string | undefined): string {
	if (!extension || /\.[a-z0-9]{2,5}$/i.test(fileName)) return fileName;
	return `${fileName}.${extension}`;
}

export function mimeTypeForExtension(fileName: string): string | undefined {
	const extension = fileName.match(/\.([a-z0-9]+)$/i)?.[1]?.toLowerCase();
	return extension ? MIME_BY_EXTENSION[extension] : undefined;
}
