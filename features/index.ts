export {
  defineModule,
  type FeatureModule,
  type HttpContext,
  type HttpPart,
  type ProjectionFactory,
  type RecoveryContext,
  type RouteMount,
  type SettingsOf,
  type Stoppable,
  type WorkerContext,
  type WorkerSpec,
} from './FeatureModule.js';
