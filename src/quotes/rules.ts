// The attribution rules, in the order they are tried, kept as data: each row names itself, shows the
// news pattern it reads, and says what it found. The first rule that answers decides; a rule may also
// stop the search (a speech verb whose subject is no speaker we can read). Each quote records the rule
// and the cue that gave it its speaker, so an evaluation can report per rule and a newcomer can add a row.
// When no rule applies, the quote stays unattributed: a wrong speaker is worse than none.
import {
  cueBefore,
  isTitle,
  nextSentenceAttribution,
  postposed,
  splitQuoteAttribution,
  standsAlone,
  tailAttribution,
  type Found,
} from './attribute.ts';
import { dashCredit, transcriptLabel } from './credits.ts';
import type { NameKnowledge } from './mentions.ts';
import type { ParagraphInfo, SentenceInfo } from './paragraph.ts';
import { possessiveBase, type Token } from './tokens.ts';

/** Where a rule looks: quote token `q` of sentence `si` of a paragraph. */
export interface RuleInput {
  para: ParagraphInfo;
  si: number;
  sentence: SentenceInfo;
  tokens: readonly Token[];
  q: number;
  /** The quote's words, without the marks. */
  inner: string;
  know: NameKnowledge;
}

/** A speaker and its cue; `continuation` (goes on from the quote before); `stop` (no speaker); null (rule does not apply). */
export type RuleResult = Found | 'continuation' | 'stop' | null;

export interface AttributionRule {
  name: string;
  /** The pattern it reads, as news copy writes it. */
  example: string;
  apply(input: RuleInput): RuleResult;
}

export type Attribution =
  | { kind: 'mention'; mention: Mention; rule: string; cue: string }
  /** The quote stands alone as a sentence: it goes on from the quote before it. */
  | { kind: 'continuation'; rule: string }
  | { kind: 'none' };

type Mention = Found['mention'];
const NONE: Attribution = { kind: 'none' };
const orStop = (r: Found | 'blocked' | null): RuleResult => (r === 'blocked' ? 'stop' : r);

export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  {
    name: 'not-speech',
    example: '“Morning Joe”, Rubio’s “plan”: a title, or a quote someone owns, is no speech',
    apply: ({ inner, tokens, q }) => (isTitle(inner) || possessiveBase(tokens[q - 1]?.text ?? '') !== null ? 'stop' : null),
  },
  { name: 'transcript-label', example: '“PENCE: Well, look, …”', apply: transcriptLabel },
  { name: 'quote-then-cue', example: '“…,” Delgado said / “…,” said Delgado / “…,” according to X', apply: ({ tokens, q, inner, know }) => orStop(postposed(tokens, q, inner, know)) },
  { name: 'dash-credit', example: '“…” ― Francisco Herrero', apply: dashCredit },
  { name: 'between-halves', example: '“And,” she continued, “I need …”', apply: ({ tokens, q, know }) => splitQuoteAttribution(tokens, q, know) },
  { name: 'cue-before', example: 'X said the closure “…” / X’s statement: “…” / as X put it, “…”', apply: ({ tokens, q, know }) => orStop(cueBefore(tokens, q, know)) },
  {
    name: 'colon-after-subject',
    example: 'She ruled it out: “…”',
    apply: ({ tokens, q, sentence }) => (tokens[q - 1]?.text === ':' && sentence.subject ? { mention: sentence.subject, cue: ':' } : null),
  },
  { name: 'tail-clause', example: 'The plan, which is “reckless,” will fail, Delgado said.', apply: ({ tokens, q, know }) => tailAttribution(tokens, q, know) },
  { name: 'next-sentence', example: '“Why now?” Delgado asked.', apply: ({ para, si, q, inner, know }) => nextSentenceAttribution(para, si, q, inner, know) },
  { name: 'continuation', example: '“…,” she said. “And another thing.”', apply: ({ tokens, q }) => (standsAlone(tokens, q) ? 'continuation' : null) },
];

/** Who says the quote that is token `q` of sentence `si`, as far as this paragraph tells, and by which rule. */
export function attributeQuote(para: ParagraphInfo, si: number, q: number, know: NameKnowledge): Attribution {
  const sentence = para.sentences[si]!;
  const span = para.spans[sentence.tokens[q]!.span!]!;
  const input: RuleInput = { para, si, sentence, tokens: sentence.tokens, q, inner: para.passage.text.slice(span.innerStart, span.innerEnd), know };
  for (const rule of ATTRIBUTION_RULES) {
    const result = rule.apply(input);
    if (result === null) continue;
    if (result === 'stop') return NONE;
    if (result === 'continuation') return { kind: 'continuation', rule: rule.name };
    return { kind: 'mention', mention: result.mention, rule: rule.name, cue: result.cue };
  }
  return NONE;
}
