/**
 * Where each field goes in the editor, decided once here: the description builds the form from
 * it and the execution reads values from the same place.
 */
import { editorKind } from '../../nodes/shared/catalog/editorKind';
import type { CatalogField, Container, OperationKind } from '../../nodes/shared/catalog/types';

export type Place = 'path' | 'query' | 'body';

export interface PlacementRules {
	kind: OperationKind;
	/** Wire names the definition wants at the top although the API calls them optional. */
	upFront: Set<string>;
	/** The node version from which up-front fields are at the top; earlier versions keep them in their collection. */
	upFrontSince?: number;
	/** Versions of the node, oldest first. */
	versions: number[];
}

/** The collection optional body fields go in: "Update Fields" for updates, "Additional Fields" otherwise. */
export function bodyCollection(kind: OperationKind): Container {
	return kind === 'update' || kind === 'replace' ? 'updateFields' : 'additionalFields';
}

export function place(
	field: Omit<CatalogField, 'container' | 'editor'>,
	where: Place,
	rules: PlacementRules,
): CatalogField {
	const editor = editorKind(field.schema);
	const collection: Container =
		where === 'path' ? 'top' : where === 'query' ? (field.name.startsWith('filter') ? 'filters' : 'options') : bodyCollection(rules.kind);
	if (where === 'path' || field.required) return { ...field, editor, container: 'top' };
	const wanted = rules.upFront.has(field.name) || rules.upFront.has(field.wirePath?.join('.') ?? '');
	if (!wanted) return { ...field, editor, container: collection };
	const since = rules.upFrontSince ?? rules.versions[0];
	const earlier = rules.versions.filter((version) => version < since);
	return {
		...field,
		editor,
		container: 'top',
		...(earlier.length ? { containers: Object.fromEntries(earlier.map((version) => [String(version), collection])) } : {}),
	};
}
