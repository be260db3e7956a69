import { DomainError } from '../shared/index.js';
import type { RegisterUser, SignIn, SignOutEverywhere, UpdateProfile, UserCommand } from './commands.js';
import type { UserEvent } from './events.js';
import type { UserState } from './state.js';

const register = (command: RegisterUser, state: UserState): UserEvent[] => {
  if (state.status !== 'unregistered')
    throw new DomainError('conflict', 'user_exists', 'User already registered');
  return [{ type: 'UserRegistered', data: { ...command.data, registeredAt: command.metadata.now } }];
};

const signIn = (command: SignIn, state: UserState): UserEvent[] => {
  // One answer for "no such user" and "wrong password": callers must not learn which.
  if (state.status !== 'active' || !command.data.passwordMatches) {
    throw new DomainError('invalid_credentials', 'invalid_credentials', 'Email or password is wrong');
  }
  return [
    {
      type: 'UserSignedIn',
      data: {
        userId: state.userId,
        method: 'password',
        deviceId: command.metadata.deviceId ?? null,
        at: command.metadata.now,
      },
    },
  ];
};

const updateProfile = (command: UpdateProfile, state: UserState): UserEvent[] => {
  if (state.status !== 'active') throw new DomainError('not_found', 'user_not_found', 'User not found');
  if (state.displayName === command.data.displayName) return [];
  return [{ type: 'UserProfileUpdated', data: command.data }];
};

const signOutEverywhere = (command: SignOutEverywhere, state: UserState): UserEvent[] => {
  if (state.status !== 'active') throw new DomainError('not_found', 'user_not_found', 'User not found');
  return [{ type: 'UserSignedOutEverywhere', data: { userId: state.userId, at: command.metadata.now } }];
};

export function decideUser(command: UserCommand, state: UserState): UserEvent[] {
  switch (command.type) {
    case 'RegisterUser':
      return register(command, state);
    case 'SignIn':
      return signIn(command, state);
    case 'UpdateProfile':
      return updateProfile(command, state);
    case 'SignOutEverywhere':
      return signOutEverywhere(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown command ${(unknown as UserCommand).type}`);
    }
  }
}
