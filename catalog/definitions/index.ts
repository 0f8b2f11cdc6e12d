import { sipTrunking } from './sipTrunking';
import type { NodeDefinition } from './types';

/** Every node the package ships, in the order the catalog lists them. */
export const NODE_DEFINITIONS: NodeDefinition[] = [sipTrunking];
