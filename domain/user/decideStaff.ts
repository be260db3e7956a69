import { DomainError } from '../shared/index.js';
import type { ChangeRole, EraseUser, ForceSignOut, SuspendUser, UnsuspendUser } from './commands.js';
import type { Role, UserEvent } from './events.js';
import type { ActiveUser, UserState } from './state.js';

const forbidden = (message: string) => new DomainError('forbidden', 'forbidden', message);

function target(state: UserState): ActiveUser {
  if (state.status !== 'active') throw new DomainError('not_found', 'user_not_found', 'User not found');
  return state;
}

/**
 * Who may act on whom: support acts on plain users only; an admin on anyone; nobody on
 * themselves (an admin cannot lock themselves out or demote the last admin by accident).
 */
function mayModerate(actorRole: Role, actorId: string | undefined, user: ActiveUser): void {
  if (actorRole === 'user') throw forbidden('Staff only');
  if (actorId === user.userId) throw forbidden('Staff cannot do this to their own account');
  if (actorRole === 'support' && user.role !== 'user') throw forbidden('Only an admin can act on staff');
}

function actor(command: { metadata: { userId?: string } }): string {
  const id = command.metadata.userId;
  if (!id) throw forbidden('A signed-in staff member is required');
  return id;
}

export function changeRole(command: ChangeRole, state: UserState): UserEvent[] {
  const user = target(state);
  const { role, actorRole } = command.data;
  const system = actorRole === null;
  if (!system) {
    if (actorRole !== 'admin') throw forbidden('Only an admin can change roles');
    if (command.metadata.userId === user.userId) throw forbidden('Admins cannot change their own role');
  }
  if (user.role === role) return [];
  return [
    {
      type: 'UserRoleChanged',
      data: {
        userId: user.userId,
        role,
        previousRole: user.role,
        by: system ? null : actor(command),
        at: command.metadata.now,
      },
    },
  ];
}

/** Suspension also ends every session: refresh fails at once and access tokens are refused. */
export function suspend(command: SuspendUser, state: UserState): UserEvent[] {
  const user = target(state);
  const by = actor(command);
  mayModerate(command.data.actorRole, by, user);
  if (user.suspended) return [];
  const at = command.metadata.now;
  return [
    { type: 'UserSuspended', data: { userId: user.userId, by, reason: command.data.reason, at } },
    { type: 'UserSignedOutEverywhere', data: { userId: user.userId, at, by } },
  ];
}

export function unsuspend(command: UnsuspendUser, state: UserState): UserEvent[] {
  const user = target(state);
  const by = actor(command);
  mayModerate(command.data.actorRole, by, user);
  if (!user.suspended) return [];
  return [{ type: 'UserUnsuspended', data: { userId: user.userId, by, at: command.metadata.now } }];
}

export function forceSignOut(command: ForceSignOut, state: UserState): UserEvent[] {
  const user = target(state);
  const by = actor(command);
  mayModerate(command.data.actorRole, by, user);
  return [{ type: 'UserSignedOutEverywhere', data: { userId: user.userId, at: command.metadata.now, by } }];
}

/**
 * Erasure: by the user with their password, or by an admin (not of themselves). Erasing twice
 * changes nothing, so a retry after a crash can finish the job (key deletion, email release).
 */
export function erase(command: EraseUser, state: UserState): UserEvent[] {
  if (state.status === 'erased') return [];
  const user = target(state);
  const { actorRole, passwordMatches } = command.data;
  const actorId = command.metadata.userId;
  if (actorRole === null) {
    if (actorId !== user.userId) throw forbidden('Only the user or an admin may erase an account');
    if (!passwordMatches)
      throw new DomainError('invalid_credentials', 'invalid_credentials', 'The password is wrong');
  } else {
    if (actorRole !== 'admin') throw forbidden('Only an admin can erase another account');
    if (actorId === user.userId) throw forbidden('Admins erase their own account as users do');
  }
  return [
    {
      type: 'UserErased',
      data: { userId: user.userId, at: command.metadata.now, by: actorRole === null ? null : actor(command) },
    },
  ];
}
