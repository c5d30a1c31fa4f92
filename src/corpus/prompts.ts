// Recognises reader prompts (sign up, subscribe, share your thoughts) by their call-to-action shape,
// so a news sentence that merely mentions a newsletter is kept.
import { sentenceStarts } from '../text/sentences.ts';
import { lastMark } from './shape.ts';

/** A sentence that opens with an instruction to the reader. */
const IMPERATIVE = new RegExp(
  String.raw`^(?:please\s+|click (?:here|below) to\s+|tap (?:here )?to\s+|be sure to\s+|make sure to\s+)?(?:` +
    [
      String.raw`sign up|subscribe|register (?:now|here|today|for (?:free|our))|log ?in to|create (?:a|your) (?:free )?account`,
      String.raw`join (?:us|our|the (?:conversation|discussion|debate|community))|follow us|like us|share (?:this|your|our)`,
      String.raw`download (?:our|the (?:free )?app)|get (?:our|the latest|breaking|the best|exclusive|unlimited|full access)`,
      String.raw`stay (?:informed|updated|up to date|in the loop|tuned|connected)|don['’]t miss|never miss`,
      String.raw`read (?:more|next|also|the full)|also read|continue reading|keep reading`,
      String.raw`tell us|let us know|leave (?:a|your) (?:comment|reply|thoughts)|comment below|drop (?:a|your|us) (?:comment|line)`,
      String.raw`watch (?:now|the (?:full )?video|more|live)|listen (?:now|to (?:the|our) (?:full )?(?:podcast|episode))`,
      String.raw`support (?:our|us|independent)|donate|become a (?:member|subscriber|patron|supporter)|unlock (?:full|unlimited|this|the)`,
    ].join('|') +
    String.raw`)\b`,
  'iu',
);

/**
 * Prompt shapes that can sit anywhere in a sentence, each behind a plain substring that must be
 * present first (regular expressions over every sentence of a large corpus cost real time).
 */
const ANYWHERE: readonly (readonly [string, RegExp])[] = [
  ['comment', /\b(?:you|your)\b.*\bin the comments?\b|\bcomments?(?: section)? below\b|\bshare your (?:thoughts|views|opinions?|comments)\b/iu],
  ['thank', /\bthank(?:s| you) for (?:subscribing|signing up|registering|reading|visiting|your (?:interest|support))\b/iu],
  [' to you', /\b(?:delivered|sent|brought) (?:straight |right |directly )?to (?:you|your (?:inbox|email|phone|door))\b/iu],
  ['inbox', /\byour inbox\b/iu],
  ['sign up', /\bsign up (?:here|now|today|for free|below|above)\b/iu],
  ['subscribe', /\bsubscribe (?:here|now|today|for free|below|above)\b/iu],
  ['register', /\bregister (?:here|now|today|for free|below|above)\b/iu],
  ['click here', /\bclick here\b/iu],
  ['tap here', /\btap here\b/iu],
  [' us on', /\b(?:follow|find|like|join) us on\b/iu],
  ['newsletter', /\bnewsletters?\b.*\b(?:you|your)\b|\b(?:you|your)\b.*\bnewsletters?\b/iu],
  ['our ', /\bour (?:free |daily |weekly |morning |evening |breaking[- ]news )?(?:newsletters?|news alerts|app|podcast)\b/iu],
];

/** A question put to the reader, typically before "share your thoughts". */
const READER_QUESTION =
  /^(?:so,?\s+)?(?:what do you think|what are your thoughts|do you (?:agree|think)|how do you feel|what['’]s your (?:take|view|opinion)|where do you stand)\b.*\?["”’]?$/iu;

/** First words an imperative prompt can open with; other sentences skip the long pattern. */
const OPENERS = new Set([
  'please', 'click', 'tap', 'be', 'make', 'sign', 'subscribe', 'register', 'log', 'login', 'create', 'join',
  'follow', 'like', 'share', 'download', 'get', 'stay', 'don’t', "don't", 'never', 'read', 'also', 'continue',
  'keep', 'tell', 'let', 'leave', 'comment', 'drop', 'watch', 'listen', 'support', 'donate', 'become', 'unlock',
]);

/** Any of the ANYWHERE needles, in one scan. */
const ANY_NEEDLE = new RegExp(ANYWHERE.map(([needle]) => needle).join('|'), 'i');

/** Calls to action are short; a longer sentence is never one (and is not worth the patterns' time). */
const MAX_PROMPT_CHARS = 250;

function isPrompt(sentence: string): boolean {
  const s = sentence.trim();
  if (s.length > MAX_PROMPT_CHARS) return false;
  const space = s.indexOf(' ');
  const first = (space < 0 ? s : s.slice(0, space)).toLowerCase().replace(/[,.:!]+$/u, '');
  if (OPENERS.has(first) && IMPERATIVE.test(s)) return true;
  if (lastMark(s) === '?' && READER_QUESTION.test(s)) return true;
  if (!ANY_NEEDLE.test(s)) return false;
  const lower = s.toLowerCase();
  return ANYWHERE.some(([needle, re]) => lower.includes(needle) && re.test(s));
}

/** Prompts are short, so only the paragraph's last few hundred characters are split into sentences. */
const PROMPT_WINDOW = 3 * MAX_PROMPT_CHARS;

/** Sentence starts within the paragraph's last PROMPT_WINDOW characters (all of them for short text). */
function lastSentenceStarts(text: string): number[] {
  const offset = Math.max(0, text.length - PROMPT_WINDOW);
  const starts = sentenceStarts(text.slice(offset)).map((s) => s + offset);
  // The window's own first "start" falls mid-sentence unless the window is the whole text.
  return offset > 0 ? starts.slice(1) : starts;
}

/** The paragraph without its trailing prompt sentences (a verbatim prefix; '' if it is all prompts). */
export function stripTrailingPrompts(text: string): string {
  const starts = lastSentenceStarts(text);
  let cut = text.length;
  for (let i = starts.length - 1; i >= 0; i--) {
    const sentence = text.slice(starts[i], cut);
    // A question just before a prompt ("Should it pass? Tell us below.") is put to the reader too.
    const askedBeforePrompt = cut < text.length && lastMark(sentence) === '?';
    if (!isPrompt(sentence) && !askedBeforePrompt) break;
    cut = starts[i]!;
  }
  return text.slice(0, cut).trimEnd();
}
