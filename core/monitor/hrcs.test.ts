import { describe, expect, it } from 'vitest';
import {
  activityGroupOf,
  findHealthCategory,
  findResearchActivity,
  GENERIC_HEALTH_CATEGORY,
  HEALTH_CATEGORIES,
  healthCategory,
  RESEARCH_ACTIVITIES,
  RESEARCH_ACTIVITY_GROUPS,
  researchActivity,
} from './hrcs.ts';

describe('HRCS reference data', () => {
  it('has the 21 health categories, ids unique and lower case', () => {
    expect(HEALTH_CATEGORIES).toHaveLength(21);
    const codes = HEALTH_CATEGORIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(21);
    for (const code of codes) expect(code).toMatch(/^[a-z_]+$/);
    expect(codes.slice(-2)).toEqual([GENERIC_HEALTH_CATEGORY, 'other']);
  });

  it('names the categories in bokmål and in HRCS English', () => {
    expect(healthCategory('cancer')).toEqual({
      code: 'cancer',
      label: 'Kreft',
      labelEn: 'Cancer and neoplasms',
    });
    expect(healthCategory('cardiovascular')?.label).toBe('Hjerte og kar');
    expect(healthCategory('generic')?.label).toBe('Generell helserelevans');
    expect(healthCategory('generic')?.labelEn).toBe('Generic health relevance');
    expect(healthCategory('other')?.labelEn).toBe('Disputed aetiology and other');
    expect(new Set(HEALTH_CATEGORIES.map((c) => c.label)).size).toBe(21);
    expect(healthCategory('Kreft')).toBeUndefined();
  });

  it('has 48 research activity codes in 8 groups of 5, 6, 5, 5, 9, 9, 4 and 5', () => {
    expect(RESEARCH_ACTIVITIES).toHaveLength(48);
    expect(RESEARCH_ACTIVITY_GROUPS.map((g) => g.id)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ]);
    expect(RESEARCH_ACTIVITY_GROUPS.map((g) => g.codes.length)).toEqual([5, 6, 5, 5, 9, 9, 4, 5]);
    expect(new Set(RESEARCH_ACTIVITIES.map((a) => a.code)).size).toBe(48);
  });

  it('puts every code in the group its number names, numbered from .1 without gaps', () => {
    for (const group of RESEARCH_ACTIVITY_GROUPS) {
      group.codes.forEach((activity, i) => {
        expect(activity.code).toBe(`${group.id}.${i + 1}`);
        expect(activity.group).toBe(group.id);
        expect(activityGroupOf(activity.code)?.id).toBe(group.id);
      });
      // Every group ends with its resources and infrastructure code.
      expect(group.codes[group.codes.length - 1]?.labelEn).toMatch(/^Resources and infrastructure/);
    }
  });

  it('names the groups as HRCS does', () => {
    expect(RESEARCH_ACTIVITY_GROUPS.map((g) => g.labelEn)).toEqual([
      'Underpinning research',
      'Aetiology',
      'Prevention of disease and conditions, and promotion of well-being',
      'Detection, screening and diagnosis',
      'Development of treatments and therapeutic interventions',
      'Evaluation of treatments and therapeutic interventions',
      'Management of diseases and conditions',
      'Health and social care services research',
    ]);
    expect(researchActivity('1.1')?.labelEn).toBe('Normal biological development and functioning');
    expect(researchActivity('3.4')?.label).toBe('Vaksiner');
    expect(researchActivity('8.2')?.labelEn).toBe('Health and welfare economics');
    expect(activityGroupOf('6.1')?.label).toBe(
      'Evaluering av behandling og terapeutiske intervensjoner',
    );
  });

  it('has no code outside the 48', () => {
    for (const code of ['0.1', '1.6', '2.7', '7.5', '9.1', '2', '21', '']) {
      expect(researchActivity(code)).toBeUndefined();
      expect(activityGroupOf(code)).toBeUndefined();
    }
  });
});

describe('findHealthCategory', () => {
  it('accepts the id, the Norwegian and the English name in any case', () => {
    expect(findHealthCategory('cancer')?.code).toBe('cancer');
    expect(findHealthCategory('KREFT')?.code).toBe('cancer');
    expect(findHealthCategory('Cancer and Neoplasms')?.code).toBe('cancer');
    expect(findHealthCategory(' hjerte og kar ')?.code).toBe('cardiovascular');
    expect(findHealthCategory('Cardiovascular')?.code).toBe('cardiovascular');
    expect(findHealthCategory('generell helserelevans')?.code).toBe('generic');
    expect(findHealthCategory('Generic Health Relevance')?.code).toBe('generic');
    expect(findHealthCategory('mental_health')?.code).toBe('mental_health');
  });

  it('finds every category by each of its three names', () => {
    for (const c of HEALTH_CATEGORIES) {
      expect(findHealthCategory(c.code)).toBe(c);
      expect(findHealthCategory(c.label.toUpperCase())).toBe(c);
      expect(findHealthCategory(c.labelEn.toLowerCase())).toBe(c);
    }
  });

  it('accepts the spellings funders use: "&", hyphens, HRCS short names', () => {
    expect(findHealthCategory('Hjerte- og karsykdommer')?.code).toBe('cardiovascular');
    expect(findHealthCategory('Hjerte & kar')?.code).toBe('cardiovascular');
    expect(findHealthCategory('Oral & Gastrointestinal')?.code).toBe('oral_gastrointestinal');
    expect(findHealthCategory('Munnhule, mage-tarm')?.code).toBe('oral_gastrointestinal');
    expect(findHealthCategory('Inflammatory and Immune System')?.code).toBe('inflammatory_immune');
    expect(findHealthCategory('Reproduction')?.code).toBe('reproductive_health');
    expect(findHealthCategory('Mental helse')?.code).toBe('mental_health');
    expect(findHealthCategory('Other')?.code).toBe('other');
  });

  it('finds nothing for an unknown name', () => {
    expect(findHealthCategory('Tannhelse og kreft')).toBeUndefined();
    expect(findHealthCategory('')).toBeUndefined();
    expect(findHealthCategory('2.1')).toBeUndefined();
  });
});

describe('findResearchActivity', () => {
  it('accepts the code in the forms of funders’ exports', () => {
    expect(findResearchActivity('2.1')?.code).toBe('2.1');
    expect(findResearchActivity(' 5,1 ')?.code).toBe('5.1');
    expect(findResearchActivity('HRCS_RA_6_1')?.code).toBe('6.1');
    expect(findResearchActivity('2.1 Biological and endogenous factors')?.code).toBe('2.1');
    expect(findResearchActivity('6.6 Psykologiske og atferdsrettede tiltak')?.code).toBe('6.6');
  });

  it('does not guess from a name alone, or from a code with more after it', () => {
    expect(findResearchActivity('Pharmaceuticals')).toBeUndefined();
    expect(findResearchActivity('2.10')).toBeUndefined();
    expect(findResearchActivity('2.1:50')).toBeUndefined();
    expect(findResearchActivity('9.1')).toBeUndefined();
  });
});
