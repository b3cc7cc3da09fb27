import { describe, expect, it } from 'vitest';
import { buildMediaKitQuery, givenFields, mediaKitFileName } from './media-kit-link';
import { translatorFor } from './engine-translator';
import { parseProfileQuery } from './share-link';

function given(query: string) {
  const params = new URLSearchParams(query);
  const { profile, issues } = parseProfileQuery(params, 'en', translatorFor('en', 'validation'));
  return { profile, given: givenFields(params, profile, issues.map((issue) => issue.field)) };
}

describe('which fields a media-kit link gives', () => {
  it('counts a field the link carries, even at its default value', () => {
    expect([...given('followers=23000&engagementRate=5&niche=general').given]).toEqual(['followers', 'engagementRate', 'niche']);
  });

  it('does not count a field that is missing, invalid or empty', () => {
    expect([...given('followers=abc&audience=&name=Sanne&v=2026-11-26').given]).toEqual([]);
  });

  it('keeps a given default in the kit\'s own link, so the page and its PDF still show it', () => {
    const { profile, given: fields } = given('engagementRate=5&followers=23000&country=NL');
    expect(buildMediaKitQuery(profile, fields, '2026-12-03', { name: 'Sanne', handle: 'sanne', bio: '', tiers: true })).toBe(
      'country=NL&followers=23000&engagementRate=5&v=2026-12-03&name=Sanne&handle=sanne&tiers=1',
    );
    expect(buildMediaKitQuery(profile, fields, undefined, undefined, new Set(['country'] as const))).toBe('followers=23000&engagementRate=5');
  });
});

describe('the PDF\'s file name', () => {
  it('is the name in plain letters and dashes', () => {
    expect(mediaKitFileName('media-kit', 'Sanne de Vries')).toBe('media-kit-sanne-de-vries.pdf');
    expect(mediaKitFileName('mediakit', 'Zoë Ölçer')).toBe('mediakit-zoe-olcer.pdf');
  });

  it('is the prefix alone without a usable name', () => {
    expect(mediaKitFileName('media-kit', '')).toBe('media-kit.pdf');
    expect(mediaKitFileName('media-kit', '"; rm -rf /')).toBe('media-kit-rm-rf.pdf');
    expect(mediaKitFileName('media-kit', '李小龙')).toBe('media-kit.pdf');
  });
});
