import { describe, expect, it } from 'vitest';
import { indexPeople } from '../../analyzer/history/find-person.js';
import { person } from '../score/fixture.js';

// ann commits under her GitHub noreply address; "brc-dd" is also someone else's *name*
const people = [
  person('ann', true, '2024-05-01T00:00:00Z', { name: 'Ann A', email: '1001+AnnA@users.noreply.github.com' }),
  person('bob', true, '2024-05-01T00:00:00Z', { name: 'Bob', email: 'bob@example.com', aliases: [{ name: 'Bob', email: '77+brc-dd@users.noreply.github.com', rule: 'mailmap' }] }),
  person('cy', true, '2024-05-01T00:00:00Z', { name: 'annA', email: 'cy@example.com' }),
];

describe('finding a person named on the command line', () => {
  it('takes a GitHub login with or without its @, as the CODEOWNERS suggestion prints it', () => {
    const index = indexPeople(people);
    expect(index.find('@brc-dd')).toEqual(['bob']);
    expect(index.find('brc-dd')).toEqual(['bob']);
    expect(index.find('BRC-DD')).toEqual(['bob']);
  });

  it('asks the login last: a name that happens to be a login names its own person', () => {
    const index = indexPeople(people);
    // "annA" is cy's name and ann's login: the name wins without the @, the login with it
    expect(index.find('annA')).toEqual(['cy']);
    expect(index.find('@annA')).toEqual(['ann']);
    expect(index.find('nobody')).toEqual([]);
  });
});
