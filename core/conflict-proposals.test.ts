import { describe, expect, it } from 'vitest';
import { type ProposalInput, proposeConflicts } from './conflict-proposals.ts';

type Interest = ProposalInput['interests'][number];

function interest(
  interestId: string,
  userId: string,
  organisationId: string,
  period: Partial<Pick<Interest, 'periodStart' | 'periodEnd'>> = {},
): Interest {
  return {
    interestId,
    userId,
    organisationId,
    periodStart: period.periodStart ?? null,
    periodEnd: period.periodEnd ?? null,
  };
}

function input(overrides: Partial<ProposalInput> = {}): ProposalInput {
  return {
    meetingDate: '2026-03-12',
    cases: [
      {
        caseId: 'c1',
        sources: [
          { id: 'field:background', label: 'Bakgrunn', text: 'Innspill fra Kreftforeningen.' },
          { id: 'stakeholders', label: 'Berørte parter', text: 'LMI, Helse Vest' },
          {
            id: 'attachment:a1',
            label: 'Vedlegg 1: Høringssvar',
            text: 'Kreftforeningens høringssvar',
          },
        ],
      },
      {
        caseId: 'c2',
        sources: [{ id: 'field:background', label: 'Bakgrunn', text: 'Saken gjelder LMI.' }],
      },
    ],
    members: [
      { userId: 'u1', name: 'Øyvind Berg' },
      { userId: 'u2', name: 'Åse Dahl' },
      { userId: 'u3', name: 'Zara Ali' },
      { userId: 'u4', name: 'Anne Lie' },
    ],
    organisations: [
      { organisationId: 'kreft', terms: ['Kreftforeningen'] },
      { organisationId: 'lmi', terms: ['Legemiddelindustrien', 'LMI'] },
      { organisationId: 'vest', terms: ['Helse Vest'] },
      { organisationId: 'sintef', terms: ['Sintef'] },
    ],
    interests: [],
    ...overrides,
  };
}

const key = (p: { caseId: string; userId: string; interestId: string }) =>
  `${p.caseId}/${p.userId}/${p.interestId}`;

describe('proposeConflicts', () => {
  it('proposes a conflict where a case mentions an organisation a member has an interest in', () => {
    const proposals = proposeConflicts(input({ interests: [interest('i1', 'u1', 'kreft')] }));
    expect(proposals).toHaveLength(1);
    const [p] = proposals;
    expect(p).toMatchObject({
      caseId: 'c1',
      userId: 'u1',
      interestId: 'i1',
      organisationId: 'kreft',
    });
    expect(p?.hits.map((h) => [h.sourceId, h.sourceLabel, h.matched])).toEqual([
      ['field:background', 'Bakgrunn', 'Kreftforeningen'],
      ['attachment:a1', 'Vedlegg 1: Høringssvar', 'Kreftforeningens'],
    ]);
  });

  it('proposes nothing for an organisation no case mentions', () => {
    expect(proposeConflicts(input({ interests: [interest('i1', 'u1', 'sintef')] }))).toEqual([]);
  });

  it('proposes one per case, member and interest', () => {
    const proposals = proposeConflicts(
      input({
        interests: [
          interest('i1', 'u1', 'lmi'),
          interest('i2', 'u1', 'lmi'), // e.g. both employer and board member
          interest('i3', 'u2', 'lmi'),
        ],
      }),
    );
    expect(proposals.map(key)).toEqual([
      'c1/u1/i1',
      'c1/u1/i2',
      'c1/u2/i3',
      'c2/u1/i1',
      'c2/u1/i2',
      'c2/u2/i3',
    ]);
  });

  it('leaves out interests not active on the meeting date, with inclusive ends', () => {
    const proposals = proposeConflicts(
      input({
        interests: [
          interest('ended', 'u1', 'kreft', { periodEnd: '2026-03-11' }),
          interest('future', 'u1', 'kreft', { periodStart: '2026-03-13' }),
          interest('ends-today', 'u1', 'kreft', {
            periodStart: '2020-01-01',
            periodEnd: '2026-03-12',
          }),
          interest('starts-today', 'u1', 'kreft', { periodStart: '2026-03-12' }),
        ],
      }),
    );
    expect(proposals.map((p) => p.interestId)).toEqual(['ends-today', 'starts-today']);
  });

  it('leaves out interests of people who are not among the members', () => {
    expect(proposeConflicts(input({ interests: [interest('i1', 'stranger', 'kreft')] }))).toEqual(
      [],
    );
  });

  it('orders by case as given, then member name in Norwegian order, then organisation', () => {
    const proposals = proposeConflicts(
      input({
        cases: [...input().cases].reverse(),
        interests: [
          interest('a', 'u2', 'lmi'),
          interest('b', 'u1', 'vest'),
          interest('c', 'u1', 'lmi'),
          interest('d', 'u1', 'kreft'),
          interest('e', 'u3', 'kreft'),
          interest('f', 'u4', 'lmi'),
        ],
      }),
    );
    // Z before Ø before Å in Norwegian; Helse Vest, Kreftforeningen, Legemiddelindustrien.
    expect(proposals.map(key)).toEqual([
      'c2/u4/f',
      'c2/u1/c',
      'c2/u2/a',
      'c1/u4/f',
      'c1/u3/e',
      'c1/u1/b',
      'c1/u1/d',
      'c1/u1/c',
      'c1/u2/a',
    ]);
  });

  it('gives each proposal its own list of hits', () => {
    const proposals = proposeConflicts(
      input({ interests: [interest('i1', 'u1', 'lmi'), interest('i2', 'u2', 'lmi')] }),
    );
    expect(proposals[0]?.hits).not.toBe(proposals[1]?.hits);
    expect(proposals[0]?.hits).toEqual(proposals[1]?.hits);
  });

  it('returns nothing without active interests', () => {
    expect(proposeConflicts(input())).toEqual([]);
  });
});
