// Resolves a pronoun speaker (`he later told interviewers`, `her response`) to someone named in the
// same sentence, earlier in the paragraph or in the paragraph before. Ambiguity leaves it unresolved.
import { familyKey, fold } from './fold.ts';
import { sameRole } from './lexicon.ts';
import type { ArticleKnowledge } from './knowledge.ts';
import type { Mention } from './mentions.ts';
import type { ParagraphInfo, SentenceInfo } from './paragraph.ts';

/** Where the pronoun is, and the speakers already resolved for earlier sentences (`topic(p, s)`). */
export interface Discourse {
  paragraphs: readonly ParagraphInfo[];
  /** Asked only of sentences before the pronoun's. */
  topic(p: number, s: number): Mention | null;
  /** Index in `paragraphs` of the pronoun's paragraph; the one before counts only if it is the same article. */
  p: number;
  s: number;
}

export function resolvePronoun(pronoun: Mention, at: Discourse, know: ArticleKnowledge): Mention | null {
  const fits = (m: Mention | null | undefined): m is Mention => !!m && compatible(m, pronoun, know);
  const sentence = at.paragraphs[at.p]!.sentences[at.s]!;
  const named = sentence.subject?.kind === 'unnamed' ? [...sentence.people, sentence.subject] : sentence.people;
  const here = distinct(named.filter((m) => m.last < pronoun.first && fits(m)));
  // `Sen. Claire McCaskill scolded him: “…,” she said`: one fitting person in the sentence itself is nearer than any before it.
  if (here.length === 1 && here[0]!.kind === 'person') return here[0]!;
  const earlier = earlierAntecedent(pronoun, at, fits);
  const candidates = distinct([...here, ...(earlier ? [earlier] : [])]);
  if (candidates.length === 1) return candidates[0]!;
  // Several people fit: only a gender the corpus has shown can choose.
  const sure = candidates.filter((m) => m.kind === 'person' && genderOf(m, know) === pronoun.gender);
  return sure.length === 1 ? sure[0]! : null;
}

/** The nearest earlier sentence with someone who fits: its quoted speaker, else its subject, else its only person. */
function earlierAntecedent(pronoun: Mention, at: Discourse, fits: (m: Mention | null | undefined) => m is Mention): Mention | null {
  const samePronoun = (x: SentenceInfo) => x.subject?.kind === 'pronoun' && x.subject.gender === pronoun.gender;
  for (const [p, s] of earlierSentences(at, samePronoun)) {
    const sentence = at.paragraphs[p]!.sentences[s]!;
    const topic = at.topic(p, s);
    // `He notes that the Commission on Presidential Debates announced …`: a sentence whose subject is
    // the same pronoun is about the same person; the others it names (or reports) are not who `he` is.
    if (samePronoun(sentence)) continue;
    if (fits(topic)) return topic;
    if (fits(sentence.subject)) return sentence.subject;
    const people = distinct(sentence.people.filter(fits));
    if (people.length > 0) return people.length === 1 ? people[0]! : null;
    // Someone we cannot read is this sentence's subject: the pronoun may well be them.
    if (sentence.unknownSubject) return null;
  }
  return null;
}

function* earlierSentences(at: Discourse, passes: (s: SentenceInfo) => boolean): Generator<[number, number]> {
  for (let s = at.s - 1; s >= 0; s--) yield [at.p, s];
  // The paragraph before, and the one before that when the nearer one names nobody (`He laughs at
  // the memory. …` between a quote and `“…,” he said`) or only in sentences about the same `he`.
  for (let p = at.p - 1; p >= Math.max(0, at.p - 2); p--) {
    const prev = at.paragraphs[p]!;
    if (prev.passage.source !== at.paragraphs[at.p]!.passage.source) return;
    for (let s = prev.sentences.length - 1; s >= 0; s--) yield [p, s];
    if (prev.sentences.some((s) => !passes(s) && (s.people.length > 0 || s.unknownSubject))) return;
  }
}

function compatible(m: Mention, pronoun: Mention, know: ArticleKnowledge): boolean {
  if (pronoun.gender === 'n') return m.kind === 'org';
  if (m.kind === 'unnamed') return !/[^s]s$/.test(m.text);
  if (m.kind !== 'person') return false;
  const g = genderOf(m, know);
  return g === undefined || g === pronoun.gender;
}

const surname = (m: Mention): string => (m.name.length > 0 ? familyKey(m.name) : fold(m.text));

/** The gender the corpus shows for this person: by full name first, for people who share a surname. */
const genderOf = (m: Mention, know: ArticleKnowledge) => (m.name.length > 1 ? know.genderOf(fold(m.name.join(' '))) : undefined) ?? know.genderOf(surname(m));

function distinct(mentions: readonly Mention[]): Mention[] {
  const seen = new Map<string, Mention>();
  for (const m of mentions) {
    const key = m.kind === 'person' ? `p:${surname(m)}` : `o:${fold(m.text)}`;
    // Keep the fullest form of each person (`Claudia Sheinbaum` over `Sheinbaum`).
    const had = seen.get(key);
    if (!had || m.name.length > had.name.length) seen.set(key, m);
  }
  return [...seen.values()];
}

/**
 * `the minister said`: the one person the article so far has given that role (`railways minister
 * Huw Merriman`); null when none or several have it.
 */
export function resolveRole(role: Mention, paragraphs: readonly ParagraphInfo[], p: number, s: number): Mention | null {
  const wanted = role.roles?.[0];
  const source = paragraphs[p]!.passage.source;
  const found: Mention[] = [];
  for (let k = p; k >= 0 && paragraphs[k]!.passage.source === source; k--) {
    paragraphs[k]!.sentences.forEach((sentence, i) => {
      if (k === p && i > s) return;
      const before = (m: Mention) => !(k === p && i === s) || m.last < role.first;
      found.push(...sentence.people.filter((m) => m.kind === 'person' && before(m) && (m.roles ?? []).some((r) => sameRole(r, wanted ?? ''))));
    });
  }
  // `the Mexican president` among several presidents: the one the text qualified the same way.
  const qualifiers = role.qualifiers ?? [];
  const people = distinct(found.filter((m) => qualifiers.every((q) => (m.qualifiers ?? []).some((c) => sameStem(c, q)))));
  return people.length === 1 ? people[0]! : null;
}

/** `mexican` and `mexico`, `defence` and `defense` (5 letters in common): the same qualifier. */
function sameStem(a: string, b: string): boolean {
  return a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5)) || a.replace(/c/g, 's') === b.replace(/c/g, 's');
}

/**
 * `the source`, `the official`: the unnamed source with that head noun the article quoted or
 * named as a subject most recently (`Another highly placed source alleged …`); itself when none.
 */
export function resolveDefinite(m: Mention, at: Discourse): Mention {
  if (!/^the\s/i.test(m.text) || !m.head) return m;
  const source = at.paragraphs[at.p]!.passage.source;
  for (let k = at.p; k >= 0 && at.paragraphs[k]!.passage.source === source; k--) {
    const sentences = at.paragraphs[k]!.sentences;
    for (let i = (k === at.p ? at.s : sentences.length) - 1; i >= 0; i--) {
      const earlier = [at.topic(k, i), sentences[i]!.subject].find((c) => c?.kind === m.kind && c.head === m.head && c.text !== m.text);
      if (earlier) return earlier;
    }
  }
  return m;
}
