export type { Decider, DomainCommand, DomainEvent, CommandMetadata } from './Decider.js';
export { DomainError, type DomainErrorCode } from './DomainError.js';
export { claimDecider, type ClaimState } from './claimDecider.js';
export type { Upcaster } from './Upcaster.js';
export { eventsOf, eventTypesOf, isEventOf, type PersonalFields } from './eventTypes.js';
export { canonicalJson, sameJson } from './sameJson.js';
