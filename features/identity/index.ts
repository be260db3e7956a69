export { identityModule } from './identityModule.js';
