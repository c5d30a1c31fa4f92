// A plain peer for quote attribution, scored beside the bot on the same gold set: the pattern most
// quote extractors start from (textacy's direct quotations, in spirit). A quote in double marks goes
// to a name of one to three capitalised words right after it with a speech verb (`“…,” X said`,
// `“…,” said X`), or right before it (`X said: “…”`); nothing else, no pronouns, no memory.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface PeerQuote {
  listed: string;
  speaker: string;
  text: string;
  source: string;
  also: { source: string }[];
  rule: string;
}

const NAME = String.raw`((?:[A-Z][\p{L}'’.-]+\s){0,2}[A-Z][\p{L}'’-]+)`;
const VERB = String.raw`(?:said|says|told|added|asked|wrote|tweeted|stated|explained)`;
const QUOTE = /[“"]([^“”"]{3,}?)[”"]/gu;
const AFTER = new RegExp(String.raw`^\s*(?:${NAME}\s${VERB}|${VERB}\s${NAME})\b`, 'u');
const BEFORE = new RegExp(String.raw`${NAME}\s${VERB}[:,]?\s*$`, 'u');

/** Every quote of every article in `dir` the plain pattern attributes. */
export async function peerQuotes(dir: string): Promise<PeerQuote[]> {
  const out: PeerQuote[] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort()) {
    const text = await readFile(path.join(dir, file), 'utf8');
    for (const para of text.split('\n')) {
      for (const m of para.matchAll(QUOTE)) {
        const after = AFTER.exec(para.slice(m.index + m[0].length));
        const before = BEFORE.exec(para.slice(0, m.index));
        const name = after?.[1] ?? after?.[2] ?? before?.[1];
        if (name) out.push({ listed: name, speaker: name, text: m[1]!.replace(/[\s,]+$/u, ''), source: file, also: [], rule: 'peer' });
      }
    }
  }
  return out;
}
