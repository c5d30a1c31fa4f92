// Recognises reader prompts (sign up, subscribe, share your thoughts) by their call-to-action shape,
// so a news sentence that merely mentions a newsletter is kept.
import { sentenceStarts } from './shape.ts';

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

/** Prompt shapes that can sit anywhere in a sentence. */
const ANYWHERE: readonly RegExp[] = [
  /\b(?:you|your)\b.*\bin the comments?\b|\bcomments?(?: section)? below\b|\bshare your (?:thoughts|views|opinions?|comments)\b/iu,
  /\bthank(?:s| you) for (?:subscribing|signing up|registering|reading|visiting|your (?:interest|support))\b/iu,
  /\b(?:delivered|sent|brought) (?:straight |right |directly )?to (?:you|your (?:inbox|email|phone|door))\b/iu,
  /\byour inbox\b/iu,
  /\b(?:sign up|subscribe|register) (?:here|now|today|for free|below|above)\b/iu,
  /\b(?:click|tap) here\b/iu,
  /\b(?:follow|find|like|join) us on\b/iu,
  /\bnewsletters?\b.*\b(?:you|your)\b|\b(?:you|your)\b.*\bnewsletters?\b/iu,
  /\bour (?:free |daily |weekly |morning |evening |breaking[- ]news )?(?:newsletters?|news alerts|app|podcast)\b/iu,
];

/** A question put to the reader, typically before "share your thoughts". */
const READER_QUESTION =
  /^(?:so,?\s+)?(?:what do you think|what are your thoughts|do you (?:agree|think)|how do you feel|what['’]s your (?:take|view|opinion)|where do you stand)\b.*\?["”’]?$/iu;

export function isPrompt(sentence: string): boolean {
  const s = sentence.trim();
  return IMPERATIVE.test(s) || READER_QUESTION.test(s) || ANYWHERE.some((re) => re.test(s));
}

/** The paragraph without its trailing prompt sentences (a verbatim prefix; '' if it is all prompts). */
export function stripTrailingPrompts(text: string): string {
  const starts = sentenceStarts(text);
  let cut = text.length;
  for (let i = starts.length - 1; i >= 0; i--) {
    const sentence = text.slice(starts[i], cut);
    // A question just before a prompt ("Should it pass? Tell us below.") is put to the reader too.
    const askedBeforePrompt = cut < text.length && /\?["”’]?\s*$/u.test(sentence);
    if (!isPrompt(sentence) && !askedBeforePrompt) break;
    cut = starts[i]!;
  }
  return text.slice(0, cut).trimEnd();
}
