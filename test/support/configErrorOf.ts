import { loadConfig } from '../../app/config.js';

/** The message of the ConfigError that loading `env` throws ('no error' when it loads). */
export function configErrorOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
}
