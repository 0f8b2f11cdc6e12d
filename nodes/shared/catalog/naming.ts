/** Names shared by the generator, the editor description and the execution. */

/**
 * camelCase editor name for a wire name; bracketed filters drop the `filter` prefix:
 * `filter[connection_name][contains]` → `connectionNameContains`, `ani_number_format` → `aniNumberFormat`.
 */
export function parameterNameFor(name: string): string {
	const parts = name.match(/[^[\]]+/g) ?? [name];
	const segments = parts[0] === 'filter' && parts.length > 1 ? parts.slice(1) : parts;
	const words = segments.flatMap((segment) => segment.split(/[^A-Za-z0-9]+/)).filter(Boolean);
	return words
		.map((word, index) =>
			index === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : word.charAt(0).toUpperCase() + word.slice(1),
		)
		.join('');
}

/** Option value standing for JSON `null` in dropdowns (n8n option values cannot be null). */
export const NULL_OPTION = '__null__';
