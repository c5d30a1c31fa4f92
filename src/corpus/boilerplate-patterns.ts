// The patterns behind the boilerplate rules, kept apart so the rules read as a list.

export const COMMENT_FORM =
  /^leave (?:a|your) (?:reply|comment)\b|your email address will not be published|required fields are marked|^(?:post|submit|add) (?:a |your )?comment\b|save my name,? email|notify me of (?:follow-up|new) |^\d+\s+(?:comments?|responses?|replies|thoughts? on)\b|^comments? (?:are )?closed|^(?:view|show|load|hide|see) (?:all |more )?comments?\b|^cancel reply$|logged in to (?:post|comment)|akismet|^join the (?:conversation|discussion)\W*$/iu;

/**
 * Characters and words that the mojibake, copyright, navigation and emoji rules need, in one
 * pattern: text without any of them skips those rules.
 */
export const SPECIAL = /[ÂÃâð\uFFFD©|/>»›•·\u2600-\u2BFF\uD83C-\uD83E]|\([cC]\)|opyright|OPYRIGHT|eserved|ESERVED/;
export const COPYRIGHT = /©|\(c\)\s*(?:19|20)\d\d|\bcopyright\s*(?:©\s*)?(?:19|20)\d\d|\ball rights reserved\b/iu;

/** Separators of navigation and breadcrumb lines: `|` anywhere, `/ > » › • ·` between spaces. */
export const NAV_SEPARATOR = /\s*\|\s*|\s+[/>»›•·]\s+/u;

/** A line that is only a date, perhaps with a weekday and a time ("Tuesday, March 3, 2024 at 10:15 am"). */
const DATE_LINE = new RegExp(
  String.raw`^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?` +
    String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{4}` +
    String.raw`(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s+[A-Z]{2,4})?)?$` +
    String.raw`|^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?\S*)?$|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?:,?\s+\d{1,2}:\d{2}\s*(?:am|pm)?)?$`,
  'iu',
);

/** Site interface strings: error messages, feed ends, ad labels, share buttons. */
export const INTERFACE: readonly RegExp[] = [
  /^oops\b|\bsomething went wrong\b|\bplease (?:try again|refresh)\b|^(?:loading|please wait)\W*$/iu,
  /^end of (?:content|article|story|page|feed|results)\b|^no more (?:pages|posts|articles|stories|results|items|content)\b/iu,
  /^(?:load|show|view|see|read) (?:more|all)(?: (?:stories|articles|posts|news|results|comments))?\W*$/iu,
  /^(?:advertisements?|sponsored(?: content)?|ads?|promoted(?: content)?|paid (?:content|post)|partner content)\W*$/iu,
  // "Advertisement — scroll to continue", "ADVERTISEMENT · Continue reading below"
  /^advertisement\s*[-–—·|:]\s*(?:scroll|continue|story|article)\b.{0,30}$/iu,
  /^(?:scroll (?:down )?to continue(?: with content)?|(?:story|article) continues below(?: advertisement)?)\W*$/iu,
  /^(?:share|save|save (?:this )?(?:article|story)|bookmark|share (?:this|on) (?:article|story|post|facebook|twitter|x)|tweet|e-?mail|print|copy link|pin it|whatsapp|facebook|twitter|linkedin|reddit|telegram|flipboard|reply|reuse this content|like this|opens (?:in )?(?:a )?new (?:tab|window))\W*$|, opens (?:in )?(?:a )?new (?:tab|window)$/iu,
  /\bjavascript\b.*\b(?:disabled|enable|required)\b|\b(?:we|this (?:site|website)) uses? cookies\b|^(?:accept|reject|manage) (?:all )?cookies\b/iu,
  /^listen to (?:this|the) (?:article|story)\b|^\d+\s*(?:min|minute)s?\s+read\b|^(?:image|photo|video) \d+ of \d+$/iu,
  /^(?:skip to (?:main )?content|back to top|top of page|menu|search|home|close|open menu|toggle navigation|navigation)\W*$/iu,
  /^(?:updated|published|posted|last updated)\b:?\s(?!.*\.$).{0,40}$|^(?:updated|published|posted|last updated)\W*$/iu,
  /^\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$|^(?:image|media|video|photo) (?:caption|source|credit)\b/iu,
  DATE_LINE,
];

/** Labels that open a block of links to other articles. */
export const RELATED_LABEL = new RegExp(
  String.raw`^(?:` +
    [
      String.raw`also read|read more|read also|read next|more reading|see also|see more|further reading|keep reading|continue reading|explore more(?: on these topics)?`,
      String.raw`related(?: articles?| posts?| stories| story| coverage| content| news| reading| topics| links| videos?)?`,
      String.raw`more (?:from|on|in|stories|news|articles|coverage|like this)|(?:other|top) (?:stories|headlines)`,
      String.raw`recommended(?: for you| stories| reading| articles)?|suggested (?:reading|articles|for you)|what to read next`,
      String.raw`you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|don['’]t miss|must read|in other news|up next`,
      String.raw`trending(?: now| stories| news)?|popular(?: now| posts| stories)?|most (?:read|popular|viewed|shared)`,
      String.raw`latest (?:news|stories|posts|headlines|articles)|top news|editor['’]?s picks?|watch(?: now| next| more)?`,
    ].join('|') +
    String.raw`)\b`,
  'iu',
);

/** "More from <outlet>": a label followed by a name rather than a separator. */
export const MORE_FROM = /^(?:more|latest|top)(?: (?:news|stories|articles|headlines))? (?:from|on|in|by)\b/iu;

export const BYLINE =
  /^(?:[Bb]y|[Ww]ritten by|[Ww]ords by|[Pp]osted by|[Ss]tory by|BY)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Then|Now|Early|Late|Mid|Next|Last|Christmas|Easter)\b)[\p{Lu}@][\p{L}\p{M}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}\p{M}.'’-]*|and|&|de|van|von|da|del|la|le|bin))*(?:\s*[,|•·–—-]\s*.{0,60})?$/u;

const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/**
 * A page's time stamp: "Published March 3, 2026, 6:14 p.m.", "Updated: 10/06/2026 11:42",
 * "Posted on June 10, 2026 · Updated 11:42 a.m.", or a bare date line ("March 3, 2026").
 */
export const TIMESTAMP = new RegExp(
  String.raw`^(?:(?:first |last )?(?:published|updated|posted|modified)\b[:\s]*(?:on\s+|at\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*,?\s+)?(?:\d|${MONTH}\b)` +
    String.raw`|(?:(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*,?\s+)?(?:(?:${MONTH})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:${MONTH})\.?\s+\d{4})[\s,·|–—-]*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*\p{Lu}{2,4})?)?\.?$)`,
  'iu',
);

/** The line a press release or wire copy ends with: `— ENDS —`, `-30-`, `END OF RELEASE`. */
export const END_MARKER = /^[-–—*#\s]*(?:ends?|end of (?:release|statement|story)|-?30-?)[-–—*#\s]*$/iu;

/** The label a press release starts with. */
export const RELEASE_LABEL = /^(?:for immediate release|embargoed until\b.{0,40}|press release|news release|media release)\W*$/iu;

/** Wire-service and contributor credits that close an article. */
export const WIRE_CREDIT = /^\(?(?:reporting|writing|editing|additional reporting|compiled|produced) by\b/iu;
export const CONTRIBUTED = /\bcontributed (?:to )?(?:this )?(?:report|story|article)(?:ing)?\b/iu;

/** Pictographic emoji (not ©, ®, ™, which are text). */
const EMOJI = String.raw`[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\u{2B00}-\u{2BFF}]`;
export const LEADING_EMOJI = new RegExp(String.raw`^${EMOJI}`, 'u');
export const TRAILING_EMOJI = new RegExp(String.raw`${EMOJI}(?:\s|\u{FE0F}|\u{200D}|[!?.])*$`, 'u');

/** An outlet describing itself after the article. */
export const SELF_PROMOTION: readonly RegExp[] = [
  /^(?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*\s+){1,5}(?:provides|delivers|offers|brings you|covers)\b.*\b(?:independent|in-depth|breaking|trusted|unbiased|award-winning|latest)\b/u,
  /^(?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*\s+){1,5}is (?:an?|the) (?:[\p{L}-]+,? ){0,2}(?:independent|reader-supported|nonprofit|non-profit|award-winning|leading|trusted|family-owned)\b[^.]{0,60}\b(?:news|newsroom|newspaper|publication|outlet|journalism|media)\b/u,
  /^we(?: are|['’]re) (?:an?|the|proud|committed|dedicated) (?:official|independent|leading|trusted|award-winning|nonprofit|non-profit|reader-supported|proud|digital|small|team|to)\b/iu,
  /^(?:about (?:us|the author)|our (?:mission|story|team)|who we are|contact(?: us)?|privacy(?: policy)?|terms(?: of (?:use|service))?|cookie (?:policy|settings)|advertise(?: with us)?|careers|sitemap|disclaimer)\W*$/iu,
];

/** Tag and category lists: "Tags: a, b", or only #hashtags and @handles. */
export const TAGS = /^(?:tags|topics|filed under|categories|category|keywords)\s*:|^(?:[#@][\p{L}\p{N}_]+[\s,]*)+$/iu;

export const LINK_ONLY = /^\[[^\]]+\]\([^)]+\)\W*$|^(?:https?:\/\/|www\.)\S+$/iu;

/** One part of a byline line that is a time stamp: `Published 9:42 AM EST, Thu March 6, 2025`, `Updated 11:15 AM`. */
export const STAMP_PART = new RegExp(
  String.raw`^(?:(?:first |last )?(?:published|updated|posted|modified)\b:?\s*(?:on\s+|at\s+)?)?` +
    String.raw`(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*\p{Lu}{2,4})?,?\s*)?` +
    String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?,?\s+)?(?:(?:${MONTH})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*(?:\d{4})?|\d{1,2}\s+(?:${MONTH})\.?\s*(?:\d{4})?)?` +
    String.raw`(?:,?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*\p{Lu}{2,4})?)?\s*$`,
  'iu',
);

/**
 * An author's bio with an address to write to: `Karen Liu covers transit for The Ledger. Reach her
 * at kliu@ledger.com.` A news sentence that gives an address to the public has no such shape.
 */
export const AUTHOR_BIO =
  /\b(?:reach|contact|email|e-mail|write to|follow) (?:him|her|them|me|the (?:author|writer|reporter))\b[^.]{0,40}@|^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2} (?:is an? (?:[\p{L}-]+ ){0,3}(?:reporter|correspondent|editor|writer|columnist|journalist)|covers|writes about|reports on)\b.*\b[\w.+-]+@[\w-]+\.[\w.]+/u;
