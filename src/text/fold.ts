// Accent and case folding, so `rodriguez` finds `Rodríguez` and `Sao Paulo` finds `São Paulo`.

const MARKS = /\p{M}+/gu;
// Letters that do not decompose under NFD but that people type without their stroke.
const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th' };
const SPECIAL_RE = /[ßæœøđłıþ]/g;

/** Lower-cases and strips diacritics; the result may be longer than the input (`ß` → `ss`). */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
}
