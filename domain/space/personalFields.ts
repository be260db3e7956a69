import type { PersonalFields } from '../shared/index.js';
import type { SpaceEvent } from './index.js';

/** Space events name no user's personal data (see domain/privacy). */
export const spacePersonalFields = {
  SpaceCreated: [],
  SpaceMemberSet: [],
  SpaceMemberRemoved: [],
} satisfies PersonalFields<SpaceEvent>;
