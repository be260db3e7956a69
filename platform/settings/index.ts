export { int, url } from './settingTypes.js';
