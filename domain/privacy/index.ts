export { ERASED, erasedValue, type PersonalFieldsRegistry } from './personalFields.js';
export { collectPersonalFields } from './collectPersonalFields.js';
