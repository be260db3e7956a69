export { startChild } from './childProcess.js';
