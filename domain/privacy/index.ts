export { PERSONAL_FIELDS, ERASED, erasedValue } from './personalFields.js';
