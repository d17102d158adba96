import { describe, expect, it } from 'vitest';
import type { CouncilRole } from '../../core/roles.ts';
import { type Actor, can, canReadInterestsOf, canWriteInterestsOf } from './permissions.ts';

const COUNCIL = 'c1';
const actor = (userId: string, ...roles: CouncilRole[]): Actor => ({
  userId,
  name: userId,
  email: `${userId}@example.no`,
  isSystemAdmin: false,
  roles: new Map([[COUNCIL, roles]]),
});

describe('declared interests', () => {
  const owner = 'ingrid';
  it('are read by their owner, the chair and the secretariat; by all only when public', () => {
    expect(canReadInterestsOf(actor(owner, 'member'), COUNCIL, owner, false)).toBe(true);
    expect(canReadInterestsOf(actor('helge', 'chair'), COUNCIL, owner, false)).toBe(true);
    expect(canReadInterestsOf(actor('sigrid', 'secretariat'), COUNCIL, owner, false)).toBe(true);
    expect(canReadInterestsOf(actor('anders', 'member'), COUNCIL, owner, false)).toBe(false);
    expect(canReadInterestsOf(actor('hanne', 'observer'), COUNCIL, owner, false)).toBe(false);
    expect(canReadInterestsOf(actor('hanne', 'observer'), COUNCIL, owner, true)).toBe(true);
    // Public within the council, not to other councils' people.
    expect(canReadInterestsOf(actor('x', 'member'), 'c2', owner, true)).toBe(false);
  });

  it('are written by their owner (if deciding) and by the secretariat', () => {
    expect(canWriteInterestsOf(actor(owner, 'member'), COUNCIL, owner)).toBe(true);
    expect(canWriteInterestsOf(actor('anders', 'member'), COUNCIL, owner)).toBe(false);
    expect(canWriteInterestsOf(actor('helge', 'chair'), COUNCIL, owner)).toBe(false);
    expect(canWriteInterestsOf(actor('sigrid', 'secretariat'), COUNCIL, owner)).toBe(true);
    expect(canWriteInterestsOf(actor('hanne', 'observer'), COUNCIL, 'hanne')).toBe(false);
  });
});

describe('conflict of interest', () => {
  it('is recorded by the chair and secretariat, declared by those who decide', () => {
    expect(can(actor('helge', 'chair'), 'conflict.assess', COUNCIL)).toBe(true);
    expect(can(actor('ingrid', 'member'), 'conflict.assess', COUNCIL)).toBe(false);
    expect(can(actor('ingrid', 'member'), 'conflict.declare', COUNCIL)).toBe(true);
    expect(can(actor('erik', 'substitute'), 'conflict.declare', COUNCIL)).toBe(true);
    expect(can(actor('hanne', 'observer'), 'conflict.declare', COUNCIL)).toBe(false);
    expect(can(actor('hanne', 'observer'), 'conflict.read_all', COUNCIL)).toBe(false);
  });
});
