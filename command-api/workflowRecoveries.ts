import type { WorkflowRecovery } from '../core/workflow/index.js';
import type { CommandApiDeps } from './CommandApiDeps.js';
import { emailClaimRecovery } from './claimEmail.js';
import { erasureRecovery } from './eraseUser.js';
import { identityClaimRecovery, unlinkRecovery } from './identityClaimRecovery.js';
import { removedDeviceRecovery, replacedSessionRecovery } from './sessionRecoveries.js';

/** Every flow of the command side the `workflows` worker finishes from the log after a crash. */
export function workflowRecoveries(
  deps: Pick<CommandApiDeps, 'store' | 'revocations' | 'personalData'>,
): WorkflowRecovery[] {
  return [
    emailClaimRecovery(deps.store),
    identityClaimRecovery(deps.store),
    unlinkRecovery(deps.store),
    replacedSessionRecovery(deps),
    removedDeviceRecovery(deps),
    erasureRecovery(deps),
  ];
}
