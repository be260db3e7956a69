import type { UserEvent } from './events.js';

export type UserState =
  | { status: 'unregistered' }
  | {
      status: 'active';
      userId: string;
      email: string;
      displayName: string;
      passwordHash: string;
      /** Sessions started before this time are over. */
      signedOutAt: string | null;
    };

export const initialUserState = (): UserState => ({ status: 'unregistered' });

export function evolveUser(state: UserState, event: UserEvent): UserState {
  switch (event.type) {
    case 'UserRegistered':
      return {
        status: 'active',
        userId: event.data.userId,
        email: event.data.email,
        displayName: event.data.displayName,
        passwordHash: event.data.passwordHash,
        signedOutAt: null,
      };
    case 'UserProfileUpdated':
      return state.status === 'active' ? { ...state, displayName: event.data.displayName } : state;
    case 'UserSignedOutEverywhere':
      return state.status === 'active' ? { ...state, signedOutAt: event.data.at } : state;
    case 'UserSignedIn':
      return state;
  }
}
