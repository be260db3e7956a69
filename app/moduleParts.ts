import type { WorkflowRecovery } from '../core/workflow/index.js';
import { collectPersonalFields } from '../domain/privacy/index.js';
import type { FeatureModule, RecoveryContext } from '../features/index.js';
import type { FeedSource, Projection } from '../projectors/index.js';
import { featureModules } from './featureModules.js';

const modules: readonly FeatureModule[] = featureModules;

/** The read-model projections of every module: rebuildable by replay, runnable offline. */
export const allProjections: readonly Projection[] = modules.flatMap((m) =>
  (m.projections ?? []).filter((p): p is Projection => !('create' in p)),
);

/** The collections of the delta feed, in a stable order. */
export const feedSources: readonly FeedSource[] = modules.flatMap((m) => m.feedSources ?? []);

/** Every name `--only=` accepts: projections (built or not) and workers that run on their own. */
export const moduleWorkerNames: readonly string[] = modules.flatMap((m) => [
  ...(m.projections ?? []).map((p) => p.name),
  ...(m.workers ?? []).filter((w) => !w.alongside).map((w) => w.name),
]);

/** Every module's workflow recoveries: what the `workflows` worker finishes from the log. */
export function allRecoveries(context: RecoveryContext): WorkflowRecovery[] {
  return modules.flatMap((m) => m.recoveries?.(context) ?? []);
}

/** The personal fields every module declares: the encrypting event store seals these. */
export const personalFields = collectPersonalFields(modules.flatMap((m) => m.personalFields ?? []));
