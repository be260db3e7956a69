export { loadConfig, configSchema, ConfigError, requireForSplitProcess, type Config } from './config.js';
export { startProcess, type Role, type RunningProcess } from './startProcess.js';
export { openInfrastructure, type Infrastructure } from './openInfrastructure.js';
export { WORKER_NAMES, PUSH_SENDER, SCHEDULER } from './runProjectors.js';
export { allProjections, allRecoveries, feedSources, personalFields } from './moduleParts.js';
export { featureModules } from './featureModules.js';
