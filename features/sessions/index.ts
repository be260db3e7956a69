export { sessionsModule } from './sessionsModule.js';
