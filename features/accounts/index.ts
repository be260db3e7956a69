export { accountsModule } from './accountsModule.js';
