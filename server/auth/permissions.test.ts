import { describe, expect, it } from 'vitest';
import type { CouncilRole } from '../../core/roles.ts';
import {
  type Actor,
  can,
  canReadInterestsOf,
  canRemovePerson,
  canWriteInterestsOf,
  passesRouteGate,
  readableCouncilIds,
} from './permissions.ts';

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

describe('route gates', () => {
  const admin: Actor = { ...actor('root'), isSystemAdmin: true, roles: new Map() };
  const twoCouncils: Actor = {
    ...actor('sigrid'),
    roles: new Map([
      [COUNCIL, ['secretariat']],
      ['c2', ['observer']],
    ]),
  };

  it('list the councils one may read, whatever the role there', () => {
    expect(readableCouncilIds(twoCouncils)).toEqual([COUNCIL, 'c2']);
    // A council listed without any role held there (appointment ended) is not readable.
    expect(readableCouncilIds(actor('nobody'))).toEqual([]);
    expect(readableCouncilIds(actor('hanne', 'observer'))).toEqual([COUNCIL]);
  });

  it('let anyone through a public route, the signed-in through the rest by action', () => {
    expect(passesRouteGate(null, 'public', [])).toBe(true);
    expect(passesRouteGate(null, 'signed_in', [])).toBe(false);
    expect(passesRouteGate(actor('x'), 'signed_in', [])).toBe(true);
    const write = { action: 'case.write' } as const;
    expect(passesRouteGate(twoCouncils, write, [COUNCIL])).toBe(true);
    expect(passesRouteGate(twoCouncils, write, ['c2'])).toBe(false);
    // Every council the path names must allow it; naming none leaves only administrators.
    expect(passesRouteGate(twoCouncils, { action: 'case.read' }, [COUNCIL, 'c2'])).toBe(true);
    expect(passesRouteGate(twoCouncils, write, [COUNCIL, 'c2'])).toBe(false);
    expect(passesRouteGate(twoCouncils, { action: 'council.create' }, [])).toBe(false);
    expect(passesRouteGate(admin, { action: 'council.create' }, [])).toBe(true);
    const conflicts = { anyOf: ['conflict.read_all', 'conflict.declare'] } as const;
    expect(passesRouteGate(actor('ingrid', 'member'), conflicts, [COUNCIL])).toBe(true);
    expect(passesRouteGate(actor('hanne', 'observer'), conflicts, [COUNCIL])).toBe(false);
  });

  it('remove a person only with the right in every council they were in', () => {
    expect(canRemovePerson(twoCouncils, [COUNCIL])).toBe(true);
    expect(canRemovePerson(twoCouncils, [COUNCIL, 'c2'])).toBe(false);
    expect(canRemovePerson(admin, [COUNCIL, 'c2'])).toBe(true);
  });
});
