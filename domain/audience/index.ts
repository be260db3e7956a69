export {
  ATTRIBUTE_NAME,
  attributeProblems,
  MAX_ATTRIBUTE_TEXT,
  MAX_ATTRIBUTES,
  USER_ATTRIBUTES_CATEGORY,
  userAttributesDecider,
  userAttributesPersonalFields,
  type AttributeValue,
  type SetUserAttributes,
  type UserAttributes,
  type UserAttributesEvent,
  type UserAttributesSet,
  type UserAttributesState,
} from './userAttributes.js';
export { compareAppVersions } from './appVersion.js';
export { matchesSegment, regionOf, type DeviceFacts, type Segment } from './segment.js';
export { hundredths, variantOf, type WeightedVariant } from './variantOf.js';
