export { deadLetterRoutes } from './deadLetterRoutes.js';
