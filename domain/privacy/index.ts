export { PERSONAL_FIELDS, ERASED, erasedValue } from './personalFields.js';
export { collectPersonalFields } from './collectPersonalFields.js';
