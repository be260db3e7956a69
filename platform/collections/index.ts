export { CollectionRegistry, CollectionsError, type Collection } from './CollectionRegistry.js';
