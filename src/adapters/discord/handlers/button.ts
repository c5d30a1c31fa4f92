// Buttons: ◀ ▶ page the same message (its asker only), Context shows a cited paragraph privately, Share posts
// a private reply to the channel, a command's own button runs what its state says. State: the custom id and the message.
import type { ButtonInteraction } from 'discord.js';
import type { Core } from '../../../core/core.ts';
import { sourceKey, type ButtonState } from '../../../reply/codec.ts';
import { decodeButton, type ButtonAction } from '../custom-id.ts';
import { isEphemeral, ownerOf, pageStateOf, publicCopy } from '../message-state.ts';
import { formatPageFooter } from '../page-state.ts';
import { privateNote, replyOptions, replyWithin, updateWithin } from '../respond.ts';
import type { HandlerDeps } from './deps.ts';

export async function handleButton(i: ButtonInteraction, deps: HandlerDeps): Promise<void> {
  const action = decodeButton(i.customId);
  if (!action) return privateNote(i, 'This button no longer works.', ['Run the command again for a fresh answer.']);
  switch (action.kind) {
    case 'page':
      return turnPage(i, action.index, deps);
    case 'context':
    case 'context-of':
      return showContext(i, action, deps);
    case 'share':
      return share(i);
    case 'state':
      return runState(i, action.state, deps);
  }
}

async function turnPage(i: ButtonInteraction, index: number, deps: HandlerDeps): Promise<void> {
  const state = pageStateOf(i.message);
  if (!state) return privateNote(i, 'This reply can no longer be paged.', ['Run the command again for a fresh answer.']);
  const ephemeral = isEphemeral(i.message);
  const owner = ownerOf(i.message);
  if (!ephemeral && owner !== null && owner !== i.user.id) {
    const again = formatPageFooter({ ...state, index }).replace(/^Page \d+ of \d+ · /, '');
    return privateNote(i, 'Only the person who asked can turn these pages.', [
      `Run it yourself to browse the answer: ${again} (add private:True to see it alone).`,
    ]);
  }
  await updateWithin(i, { key: state.command, policy: deps.policy }, ephemeral, () =>
    deps.router.run(state.command, { ...state.args, page: index + 1 }, deps.ctx),
  );
}

async function showContext(i: ButtonInteraction, action: Extract<ButtonAction, { kind: 'context' | 'context-of' }>, deps: HandlerDeps): Promise<void> {
  const citation = action.kind === 'context' ? action.citation : citationByKey(deps.ctx.core, action.key, action.line);
  if (!citation) return privateNote(i, 'The passage this button points to could not be found in the reply.');
  await replyWithin(i, { key: 'context', policy: deps.policy }, true, () => deps.router.run('context', { citation }, deps.ctx));
}

/** A command's own button: the state says what to run, for whom, and where the answer goes. */
async function runState(i: ButtonInteraction, state: ButtonState, deps: HandlerDeps): Promise<void> {
  if (state.by !== undefined && state.by !== i.user.id) return privateNote(i, 'Only the person who asked can use this button.');
  const run = state.run;
  const work = () => ('line' in run ? deps.router.runLine(run.line, deps.ctx).then((r) => r.reply) : deps.router.run(run.command, run.args, deps.ctx));
  const timing = { key: 'line' in run ? 'line' : run.command, policy: deps.policy };
  if (state.show === 'replace') return updateWithin(i, timing, isEphemeral(i.message), work);
  await replyWithin(i, timing, state.show !== 'public', work);
}

async function share(i: ButtonInteraction): Promise<void> {
  if (!isEphemeral(i.message)) return privateNote(i, 'This reply is already in the channel.');
  await i.reply(replyOptions(publicCopy(i.message)));
}

const sourcesByKey = new WeakMap<object, Map<string, string>>();

/** The citation a `cx~key:line` button names: the article whose file has that key (computed once per corpus). */
function citationByKey(core: Core, key: string, line: number): string | null {
  let byKey = sourcesByKey.get(core.corpus);
  if (!byKey) sourcesByKey.set(core.corpus, (byKey = new Map(core.corpus.articles.map((a) => [sourceKey(a.source), a.source]))));
  const source = byKey.get(key);
  return source === undefined ? null : `${source}:${line}`;
}
