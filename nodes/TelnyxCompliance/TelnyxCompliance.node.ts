import { loadCatalog } from '../shared/catalog/load';
import { catalogNode } from '../shared/node/catalogNode';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the catalog is data: gulp copies it into dist, tsc does not compile it
const catalog = loadCatalog(require('./TelnyxCompliance.catalog.json'));

/** Everything this node offers is in its catalog (generated from catalog/definitions/). */
export class TelnyxCompliance extends catalogNode(catalog) {}
