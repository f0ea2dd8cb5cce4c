import type { Random } from './random.js';

export interface Person {
  name: string;
  email: string;
  /** share of the history (0..1) during which they commit */
  from: number;
  to: number;
  weight: number;
  tz: string;
  /** from this share of history on, some of their commits carry a Claude co-author trailer */
  aiFrom: number | null;
  aiShare: number;
}

// Pinned so that reports on synthetic repos are comparable run to run. to < 1: departed.
export const PEOPLE: Person[] = [
  { name: 'Alice Nguyen', email: 'alice.nguyen@example.com', from: 0, to: 1, weight: 5, tz: '-0800', aiFrom: 0.7, aiShare: 0.35 },
  { name: 'Bruno Keller', email: 'bruno.keller@example.com', from: 0, to: 0.45, weight: 4, tz: '+0100', aiFrom: null, aiShare: 0 },
  { name: 'Chloé Durand', email: 'chloe.durand@example.com', from: 0.05, to: 1, weight: 3, tz: '+0100', aiFrom: 0.8, aiShare: 0.5 },
  { name: 'Dmitri Volkov', email: 'dmitri.volkov@example.com', from: 0.1, to: 0.6, weight: 3, tz: '+0300', aiFrom: null, aiShare: 0 },
  { name: 'Emeka Obi', email: 'emeka.obi@example.com', from: 0.2, to: 1, weight: 2, tz: '+0100', aiFrom: 0.6, aiShare: 0.2 },
  { name: 'Fatima Zahra', email: 'fatima.zahra@example.com', from: 0, to: 0.3, weight: 2, tz: '+0000', aiFrom: null, aiShare: 0 },
  { name: 'Gustavo Lima', email: 'gustavo.lima@example.com', from: 0.35, to: 1, weight: 3, tz: '-0300', aiFrom: 0.75, aiShare: 0.6 },
  { name: 'Hana Sato', email: 'hana.sato@example.com', from: 0.5, to: 1, weight: 2, tz: '+0900', aiFrom: null, aiShare: 0 },
  { name: 'Ivan Petrov', email: 'ivan.petrov@example.com', from: 0.15, to: 0.75, weight: 2, tz: '+0200', aiFrom: null, aiShare: 0 },
  { name: 'Julia Schmidt', email: 'julia.schmidt@example.com', from: 0.6, to: 1, weight: 2, tz: '+0100', aiFrom: 0.65, aiShare: 0.3 },
  { name: 'Kwame Mensah', email: 'kwame.mensah@example.com', from: 0.7, to: 1, weight: 1, tz: '+0000', aiFrom: 0.7, aiShare: 0.4 },
  { name: 'Lena Fischer', email: 'lena.fischer@example.com', from: 0.25, to: 0.88, weight: 2, tz: '+0100', aiFrom: null, aiShare: 0 },
];

export const DEPENDABOT: Person = {
  name: 'dependabot[bot]',
  email: '49699333+dependabot[bot]@users.noreply.github.com',
  from: 0.2,
  to: 1,
  weight: 0,
  tz: '+0000',
  aiFrom: null,
  aiShare: 0,
};

export const CLAUDE_TRAILER = 'Co-authored-by: Claude <noreply@anthropic.com>';

export function pickAuthor(progress: number, rng: Random): Person {
  const active = PEOPLE.filter((p) => p.from <= progress && progress <= p.to);
  let roll = rng.next() * active.reduce((sum, p) => sum + p.weight, 0);
  for (const person of active) {
    roll -= person.weight;
    if (roll < 0) return person;
  }
  return active[active.length - 1]!;
}

export function usesClaude(person: Person, progress: number, rng: Random): boolean {
  return person.aiFrom !== null && progress >= person.aiFrom && rng.chance(person.aiShare);
}
