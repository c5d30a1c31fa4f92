// Buttons: paging (only the asker may turn the pages; the message is replaced), Context (the cited
// paragraph with its neighbours, privately), Share (posts a private reply to the channel) and a command's own buttons.
// Whatever a button does with an answer, an error goes to the presser alone.
import type { App, BlockAction, ButtonAction, RespondFn, webApi } from '@slack/bolt';
import type { Reply } from '../../../reply/model.ts';
import { ACTION_IDS, decodeButtonState, type ButtonState, type Rerun } from '../action-value.ts';
import { renderSlack } from '../render.ts';
import type { SlackDeps } from './deps.ts';
import { guarded, respondPrivately } from './deliver.ts';
import { uploadFiles } from './files.ts';

type ButtonBody = BlockAction<ButtonAction>;

export function registerActions(app: App, deps: SlackDeps): void {
  app.action<ButtonBody>(ACTION_IDS.previous, (args) => onPage(deps, args));
  app.action<ButtonBody>(ACTION_IDS.next, (args) => onPage(deps, args));
  app.action<ButtonBody>(ACTION_IDS.share, (args) => onShare(deps, args));
  app.action<ButtonBody>(ACTION_IDS.context, (args) => onContext(deps, args));
  app.action<ButtonBody>(ACTION_IDS.command, (args) => onCommandButton(deps, args));
}

interface ButtonArgs {
  ack: () => Promise<void>;
  client: webApi.WebClient;
  action: ButtonAction;
  body: ButtonBody;
  respond: RespondFn;
}

async function onPage(deps: SlackDeps, { ack, action, body, respond }: ButtonArgs): Promise<void> {
  await ack();
  await guarded(guardFor(deps, body, respond), async () => {
    const answer = await answerFor(deps, { action, body, respond }, 'turn these pages');
    if (!answer) return;
    const { state, reply } = answer;
    const ephemeral = body.container['is_ephemeral'] === true;
    await respond({ ...renderSlack(reply, { ...(state.by && { owner: state.by }), private: ephemeral }), replace_original: true });
  });
}

async function onShare(deps: SlackDeps, { ack, action, body, respond }: ButtonArgs): Promise<void> {
  await ack();
  await guarded(guardFor(deps, body, respond), async () => {
    const answer = await answerFor(deps, { action, body, respond }, 'share this reply');
    if (!answer) return;
    const { state, reply } = answer;
    const message = renderSlack(reply, { ...(state.by && { owner: state.by }) });
    await respond({ ...message, response_type: 'in_channel', replace_original: false });
  });
}

async function onContext(deps: SlackDeps, { ack, action, body, respond }: ButtonArgs): Promise<void> {
  await ack();
  await guarded(guardFor(deps, body, respond), async () => {
    const reply = await deps.router.run('context', { citation: action.value ?? '' }, deps.ctx);
    await respondPrivately(respond)(renderSlack(reply, { owner: body.user.id }));
  });
}

/** A command's own button: runs what its state says and shows it where the state says. */
async function onCommandButton(deps: SlackDeps, { ack, action, body, respond, client }: ButtonArgs): Promise<void> {
  await ack();
  await guarded(guardFor(deps, body, respond), async () => {
    const answer = await answerFor(deps, { action, body, respond }, 'use this button');
    if (!answer) return;
    const { state, reply } = answer;
    await uploadFiles(client, { user: body.user.id, channel: body.channel?.id, private: state.show !== 'public' }, reply);
    const message = renderSlack(reply, { owner: body.user.id, private: state.show === 'private' });
    if (state.show === 'replace') return void (await respond({ ...message, replace_original: true }));
    if (state.show === 'public') return void (await respond({ ...message, response_type: 'in_channel', replace_original: false }));
    await respondPrivately(respond)(message);
  });
}

const guardFor = (deps: SlackDeps, body: ButtonBody, respond: RespondFn) => ({
  deps,
  about: { user: body.user.id, action: body.actions[0]?.action_id },
  sendPrivately: respondPrivately(respond),
  who: { user: body.user.id, channel: body.channel?.id },
});

/** The button's state when the presser may use it; otherwise tells them why not, privately, and returns null. */
async function allowedState(action: ButtonAction, body: ButtonBody, respond: RespondFn, what: string): Promise<ButtonState | null> {
  const state = decodeButtonState(action.value);
  if (!state) {
    await respondPrivately(respond)({ text: 'This button no longer works. Run the command again.' });
    return null;
  }
  if (state.by && state.by !== body.user.id) {
    await respondPrivately(respond)({ text: `Only the person who asked can ${what}. Run the command yourself to get your own copy.` });
    return null;
  }
  return state;
}

/**
 * What a stateful button answers: its state (when the presser may use it) and the command run again.
 * An error is for the presser alone, whatever the button would do with an answer: sent privately
 * here, and null returned, as when the state is refused.
 */
async function answerFor(
  deps: SlackDeps,
  { action, body, respond }: Pick<ButtonArgs, 'action' | 'body' | 'respond'>,
  what: string,
): Promise<{ state: ButtonState; reply: Reply } | null> {
  const state = await allowedState(action, body, respond, what);
  if (!state) return null;
  const reply = await rerun(deps, state.run);
  if (reply.kind !== 'error') return { state, reply };
  await respondPrivately(respond)(renderSlack(reply));
  return null;
}

async function rerun(deps: SlackDeps, run: Rerun): Promise<Reply> {
  if ('line' in run) return (await deps.router.runLine(run.line, deps.ctx)).reply;
  return deps.router.run(run.command, run.args, deps.ctx);
}
