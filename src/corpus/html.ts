// Reads a saved web page (.html, .htm): Mozilla's Readability (on the linkedom DOM) finds the
// article; its title, outlet (og:site_name), date (article:published_time) and canonical URL come
// from the page's meta data. Each paragraph is its element's text as rendered (entities decoded,
// white space collapsed), cited at the line of the original file where the element opens.
// Navigation, asides and footers are taken out first; every element left out is in the audit.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Unit } from './blocks.ts';
import type { ArticleMeta } from './front-matter.ts';
import { parseUnits, type Dropped, type ParsedArticle } from './article.ts';
import { LINE_ATTRIBUTE, markLines } from './html-lines.ts';

type Doc = ReturnType<typeof parseHTML>['document'];
type El = NonNullable<ReturnType<Doc['querySelector']>>;

/** Page furniture that is never article text, whatever Readability makes of it. */
const FURNITURE: readonly [string, string][] = [
  ['nav, [role="navigation"], menu', 'html-navigation'],
  ['aside, [role="complementary"]', 'html-aside'],
  ['footer, [role="contentinfo"]', 'html-footer'],
  ['form, dialog, [aria-hidden="true"]', 'html-interface'],
  // A caption describes a photo the index cannot show; the credit in it is not the article's text.
  ['figcaption', 'html-caption'],
];
const INVISIBLE = 'script, style, noscript, template, iframe, svg, button';

/** The innermost elements that hold text: each is one unit. */
const TEXT_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dt, dd, td, th, div, section, article, main, header';

export function parseHtmlArticle(source: string, html: string): ParsedArticle & { text: string } {
  const { document } = parseHTML(markLines(html));
  const meta = readMeta(document);
  for (const el of document.querySelectorAll(INVISIBLE)) el.remove();
  const removed: Dropped[] = [];
  for (const [selector, rule] of FURNITURE) {
    for (const el of document.querySelectorAll(selector)) {
      removed.push(...blocksOf(el).map((u) => toDropped(u, rule)));
      el.remove();
    }
  }
  const everything = document.body ? blocksOf(document.body) : [];
  const article = findArticle(document);
  const units = article?.content ? blocksOf(article.content) : everything;
  const chosen = new Set(units.map((u) => u.line));
  removed.push(...everything.filter((u) => !chosen.has(u.line)).map((u) => toDropped(u, 'html-not-article', 'not-article')));
  const found = { title: article?.title?.trim() || null, outlet: article?.siteName?.trim() || null, date: article?.publishedTime?.trim() || null };
  const parsed = parseUnits(source, { ...meta, title: meta.title ?? found.title, outlet: meta.outlet ?? found.outlet, date: meta.date ?? found.date }, units, removed);
  // What a file loses is judged on the page's text blocks, furniture aside (every page has a menu).
  return { ...parsed, text: everything.map((u) => u.text).join('\n') };
}

/** Readability's article, or null when it finds none (or fails on an odd page): then the whole page is read. */
function findArticle(document: Doc): ReturnType<Readability<El>['parse']> {
  try {
    return new Readability<El>(document as unknown as Document, { serializer: (node) => node as unknown as El, charThreshold: 0 }).parse();
  } catch {
    return null;
  }
}

function toDropped(unit: Unit, rule: string, reason: 'html-furniture' | 'not-article' = 'html-furniture'): Dropped {
  return { line: unit.line, text: unit.text, reason, rule };
}

/** The page's text blocks, in order: elements holding no other text block, as rendered. */
function blocksOf(root: El): Unit[] {
  const candidates = [root, ...root.querySelectorAll(TEXT_BLOCKS)].filter((el) => el.getAttribute(LINE_ATTRIBUTE));
  const units: Unit[] = [];
  for (const el of candidates) {
    if (el.querySelector(TEXT_BLOCKS.split(', ').map((t) => `${t}[${LINE_ATTRIBUTE}]`).join(', '))) continue;
    const text = renderedText(el);
    if (text === '') continue;
    const tag = el.tagName.toLowerCase();
    const kind = /^h[1-6]$/u.test(tag) ? 'heading' : tag === 'li' ? 'bullet' : 'paragraph';
    units.push({ kind, line: Number(el.getAttribute(LINE_ATTRIBUTE)), text, ...(kind === 'heading' && { marked: true }) });
  }
  return units;
}

/** Text as a browser shows it: `<br>` breaks a line, runs of white space are one space. */
function renderedText(el: El): string {
  for (const br of el.querySelectorAll('br')) br.replaceWith('\n');
  return (el.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

function readMeta(document: Doc): ArticleMeta {
  const content = (selector: string): string | null => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const href = (selector: string): string | null => document.querySelector(selector)?.getAttribute('href')?.trim() || null;
  const headline = document.querySelector('h1')?.textContent?.replace(/\s+/gu, ' ').trim() || null;
  return {
    title: content('meta[property="og:title"]') ?? content('meta[name="twitter:title"]') ?? headline,
    outlet: content('meta[property="og:site_name"]') ?? content('meta[name="application-name"]'),
    url: href('link[rel="canonical"]') ?? content('meta[property="og:url"]'),
    date: content('meta[property="article:published_time"]') ?? content('meta[name="date"]') ?? content('meta[itemprop="datePublished"]'),
  };
}
