export { KafkaBus } from './KafkaBus.js';
export type { KafkaBusOptions } from './KafkaBus.js';
