import { userAttributesPersonalFields } from '../../domain/audience/index.js';
import { defineModule } from '../FeatureModule.js';
import { attributeCommandRoutes } from './attributeCommandRoutes.js';
import { attributeQueryRoutes } from './attributeQueryRoutes.js';
import { userAttributesProjection } from './userAttributesProjection.js';

const ATTRIBUTES_PATH = '/v1/me/attributes';

/**
 * Audiences: who a campaign reaches. Users' custom attributes (set by the app for its user, or
 * by the app's servers), kept in a read model that segments query.
 */
export const audienceModule = defineModule({
  name: 'audience',
  personalFields: [userAttributesPersonalFields],
  commands: ({ deps, registry }) => ({
    routes: [{ path: ATTRIBUTES_PATH, handlers: [attributeCommandRoutes(deps, registry)] }],
  }),
  queries: ({ deps, registry }) => ({
    routes: [{ path: ATTRIBUTES_PATH, handlers: [attributeQueryRoutes(deps, registry)] }],
  }),
  projections: [userAttributesProjection],
});
