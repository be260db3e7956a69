import type { NotificationSender } from '../../../domain/notification/index.js';
import type { AppServerCaller } from '../../apiKeys/index.js';

/**
 * Whether a caller may see or cancel a notification: an admin any, an API key only those it sent
 * (another key's notification answers as a missing one).
 */
export function mayHandle(caller: AppServerCaller, sender: NotificationSender): boolean {
  return caller.type === 'admin' || (sender.type === 'apiKey' && sender.apiKeyId === caller.apiKeyId);
}
