/**
 * The fields of each event type that hold personal data. They are stored encrypted with the
 * subject's key (the event's `data.userId`), so erasing a user is deleting that key
 * (crypto-shredding). An event type missing here holds ids and times only.
 */
export const PERSONAL_FIELDS: Readonly<Record<string, readonly string[]>> = {
  UserRegistered: ['email', 'displayName', 'passwordHash'],
  UserProfileUpdated: ['displayName'],
  EmailVerificationRequested: ['email'],
  EmailVerified: ['email'],
  PasswordResetRequested: ['email'],
  PasswordReset: ['passwordHash'],
  PasswordChanged: ['passwordHash'],
  PasswordRehashed: ['passwordHash'],
  SignInCodeRequested: ['email'],
  UserSuspended: ['reason'],
  ProviderLinked: ['subject'],
  ProviderUnlinked: ['subject'],
  DeviceRegistered: ['pushToken', 'model', 'name'],
  DeviceUpdated: ['pushToken', 'model', 'name'],
  // The contents of private documents (space documents carry no userId and stay readable).
  DocumentChanged: ['set'],
};

/**
 * What an erased field reads as: this marker, null for the fields that may be null anyway, and
 * an empty object for a document's fields.
 */
export const ERASED = '[erased]';
const NULLABLE = new Set(['pushToken', 'model', 'name']);
export const erasedValue = (field: string): string | null | Record<string, never> =>
  field === 'set' ? {} : NULLABLE.has(field) ? null : ERASED;
