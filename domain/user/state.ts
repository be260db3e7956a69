import type { UserEvent } from './events.js';

export type UserState =
  | { status: 'unregistered' }
  | { status: 'active'; userId: string; email: string; displayName: string; passwordHash: string };

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
      };
    case 'UserProfileUpdated':
      return state.status === 'active' ? { ...state, displayName: event.data.displayName } : state;
    case 'UserSignedIn':
      return state;
  }
}
