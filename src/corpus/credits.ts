// Strips photo/image credits ("(Image Credits: Unsplash)", "Photo: X/Getty Images") from a line's end.
import { endsSentence } from './shape.ts';

/** A parenthesised credit at the end: "(Image Credits: Unsplash)", "(Photo: AP)", "(Getty Images)". */
const PAREN_CREDIT = new RegExp(
  String.raw`\s*[(\[]\s*(?:` +
    String.raw`(?:image|photo(?:graph)?|picture|pic|video|graphic|illustration|featured image)s?\b[^()\[\]]{0,20}?(?::|\bby\b|\bcourtesy\b|\bcredits?\b)` +
    String.raw`|credits?\s*:|courtesy\b` +
    String.raw`|[^()\[\]]{0,60}\b(?:getty images|shutterstock|istock(?:photo)?|alamy|unsplash|pexels|pixabay|ap photo|file photo)\b` +
    String.raw`)[^()\[\]]{0,100}[)\]]\s*$`,
  'iu',
);

/** "Photo: Jim Watson/AFP" or "Image credit: Reuters" after the text (labels written capitalised). */
const LABEL_CREDIT =
  /(?:^|(?<=[.!?…"”’)])\s+|\s+[-–—|]\s+|\s{2,})(?:Image|Photo(?:graph)?|Picture|Pic|Video|Illustration|Graphic|Credits?|Image credits?|Photo credits?|Image source|IMAGE|PHOTO|CREDIT)\s*(?::|by\s)\s*[^.!?]{1,100}$/u;

const LABEL_HINT = /Image|Photo|Picture|Pic|Video|Illustration|Graphic|Credit|IMAGE|PHOTO|CREDIT/u;

const AGENCY_HINT = /[Ii]mages|[Pp]hoto|Getty|[Ss]hutterstock|iStock|Alamy|Unsplash|Pexels|Pixabay|\//;

/** A trailing agency signature: "Brendan Smialowski/AFP via Getty Images", "AP Photo/Evan Vucci". */
const AGENCY_TAIL =
  /(?:getty images(?: for [^.!?]{1,40})?|shutterstock(?:\.com)?|istock(?:photo)?|alamy(?: stock photo)?|unsplash|pexels|pixabay|ap photo(?:\/[^.!?]{1,40})?|\/\s*(?:ap|afp|reuters|epa|bloomberg|ap photo)|(?:via|\/)\s*[\p{L}\s]{0,20}(?:images|photos?))\s*$/iu;

/** The line without a trailing credit (a verbatim prefix); '' when the line is only a credit. */
export function stripCredit(text: string): string {
  let t = text.trimEnd();
  // Cheap looks first: these patterns are tried on every paragraph of the corpus.
  if (t.endsWith(')') || t.endsWith(']')) t = cut(t, PAREN_CREDIT);
  // Label and agency credits never end in a full stop, so most paragraphs stop here.
  if (endsSentence(t)) return t;
  // A label credit starts within the last ~120 characters ("Photo: " and at most 100 more).
  if (LABEL_HINT.test(t.slice(-130))) t = cut(t, LABEL_CREDIT);
  return stripAgencyTail(t);
}

function cut(text: string, re: RegExp): string {
  const m = re.exec(text);
  return m ? text.slice(0, m.index).trimEnd() : text;
}

/** Drops the last sentence-less segment when it ends with an agency signature. */
function stripAgencyTail(text: string): string {
  // The signature sits in the last few dozen characters; testing only those keeps this linear.
  const end = text.slice(-80);
  if (!AGENCY_HINT.test(end) || !AGENCY_TAIL.test(end)) return text;
  const lastEnd = Math.max(...['. ', '! ', '? ', '” ', '" '].map((p) => text.lastIndexOf(p)));
  const tailStart = lastEnd < 0 ? 0 : lastEnd + 1;
  const tail = text.slice(tailStart).trim();
  if (tail.split(/\s+/u).length > 10) return text;
  return text.slice(0, tailStart).trimEnd();
}
