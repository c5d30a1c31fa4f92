import { beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import { createCore } from '../../src/core/create.ts';
import { CommandRouter, defaultTextArgs } from '../../src/core/router.ts';
import { commandOptions } from '../../src/core/options.ts';
import { parseCommandText } from '../../src/core/text-args.ts';
import type { CommandContext } from '../../src/core/command.ts';
import { excerptText } from '../../src/reply/model.ts';
import { SAMPLE_ARTICLES, suiteArticles } from '../helpers/articles.ts';

let ctx: CommandContext;
const router = new CommandRouter(allCommands());
const dataDir = suiteArticles(SAMPLE_ARTICLES);

beforeAll(async () => {
  ctx = { core: await createCore({ dataDir }) };
});

describe('typed command lines', () => {
  it('splits name, private flag and the rest', () => {
    expect(parseCommandText('/ask private when does it open?')).toEqual({ name: 'ask', rest: 'when does it open?', private: true });
    expect(parseCommandText('ASK what was kept private')).toEqual({ name: 'ask', rest: 'what was kept private', private: false });
    expect(parseCommandText('/ask when? --private')?.private).toBe(true);
    expect(parseCommandText('   ')).toBeNull();
  });

  it('sets options from name:value and gives the rest to the first text option', () => {
    const options = commandOptions(allCommands().find((c) => c.name === 'ask')!);
    expect(defaultTextArgs('ferry terminal limit:5', options)).toEqual({ question: 'ferry terminal', limit: '5' });
    expect(defaultTextArgs('why: the --limit 2 question', options)).toEqual({ question: 'why: the question', limit: '2' });
  });
});

describe('CommandRouter', () => {
  it('answers /ask with a verbatim, cited passage', async () => {
    const { reply } = await router.runLine('/ask when will the ferry terminal open?', ctx);
    expect(reply.kind).toBe('results');
    const first = reply.items[0]!;
    expect(first.citation.source).toBe('harbour.txt');
    const passage = ctx.core.corpus.passages.find((p) => p.source === 'harbour.txt' && p.line === first.citation.line)!;
    expect(passage.text).toContain(excerptText(first.excerpt).replace(/^…|…$/g, ''));
  });

  it('respects limit and refuses one out of range with the usage', async () => {
    const one = await router.run('ask', { question: 'library hours', limit: 1 }, ctx);
    expect(one.items).toHaveLength(1);
    const tooMany = await router.run('ask', { question: 'library hours', limit: '50' }, ctx);
    expect(tooMany.kind).toBe('error');
    expect(tooMany.notes.join('\n')).toMatch(/limit/);
    expect(tooMany.notes.join('\n')).toMatch(/Usage: \/ask/);
  });

  it.each([
    ['', /Type a question/],
    ['?!?! ...', /needs at least one word/],
    ['x'.repeat(1001), /under 1000 characters/],
  ])('gives a clear message for bad input %#', async (question, message) => {
    const reply = await router.run('ask', { question }, ctx);
    expect(reply.kind).toBe('error');
    expect(reply.notes.join('\n')).toMatch(message);
  });

  it('says plainly when nothing matches and points to /help', async () => {
    const reply = await router.run('ask', { question: 'zyxwvut qqqq' }, ctx);
    expect(reply.items).toHaveLength(0);
    expect(reply.title).toMatch(/Nothing in the coverage matches/);
    expect(reply.notes.join('\n')).toMatch(/\/help/);
  });

  it('names the commands when one is unknown', async () => {
    const { reply } = await router.runLine('/summon the editor', ctx);
    expect(reply.kind).toBe('error');
    expect(reply.title).toContain('/summon');
    expect(reply.notes.join(' ')).toContain('/ask');
  });

  it('lists sources and shows context around a citation', async () => {
    const sources = await router.run('sources', {}, ctx);
    expect(sources.lines.join('\n')).toMatch(/harbour\.txt/);
    const cited = ctx.core.corpus.passages.find((p) => p.source === 'harbour.txt')!;
    const context = await router.run('context', { citation: `harbour.txt:${cited.line}` }, ctx);
    expect(context.items.some((i) => i.citation.line === cited.line)).toBe(true);
    const missing = await router.run('context', { citation: 'harbour.txt:9999' }, ctx);
    expect(missing.kind).toBe('error');
  });

  it('describes every command in /help', async () => {
    const help = await router.run('help', {}, ctx);
    for (const c of router.list()) expect(help.lines.join('\n')).toContain(`/${c.name}`);
  });
});
