// Every message the bot sends goes through here: rendered by renderDiscord, mentions off, and sent
// as a reply at once when the work is quick, or after a deferral when it might miss the deadline.
import { MessageFlags, type ButtonInteraction, type InteractionEditReplyOptions, type InteractionReplyOptions, type RepliableInteraction } from 'discord.js';
import type { Reply } from '../../reply/model.ts';
import { infoReply } from '../../reply/model.ts';
import { TIMED_OUT, within, type DeferPolicy } from './deadline.ts';
import { renderDiscord, type DiscordBody } from './render.ts';

/** discord.js reads `allowedMentions` (camelCase); the wire name `allowed_mentions` would be dropped. */
export function replyOptions(body: DiscordBody): InteractionReplyOptions {
  const { allowed_mentions: _wire, flags, files, ...rest } = body;
  return { ...rest, allowedMentions: { parse: [] }, ...(flags !== undefined && { flags }), ...uploads(files) };
}

/** Edits cannot change a message's flags, so they carry none. */
export function editOptions(body: DiscordBody): InteractionEditReplyOptions {
  const { allowed_mentions: _wire, flags: _flags, files, ...rest } = body;
  return { ...rest, allowedMentions: { parse: [] }, ...uploads(files) };
}

/** An export's files as discord.js attachments (multipart uploads). */
function uploads(files: DiscordBody['files']): { files?: { attachment: Buffer; name: string }[] } {
  return files && files.length > 0 ? { files: files.map((f) => ({ attachment: Buffer.from(f.content, 'utf8'), name: f.name })) } : {};
}

export interface Timing {
  /** What the policy learns durations under (the command name). */
  key: string;
  policy: DeferPolicy;
}

/** Answers with `work`'s reply; errors are always private, whatever was asked. */
export async function replyWithin(i: RepliableInteraction, timing: Timing, ephemeral: boolean, work: () => Promise<Reply>): Promise<void> {
  const started = Date.now();
  if (timing.policy.deferFirst(timing.key)) {
    await i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    return finishDeferred(i, await work(), ephemeral);
  }
  const pending = work();
  pending.catch(() => undefined); // awaited below; this only keeps a late rejection from going unhandled
  const quick = await within(pending, timing.policy.afterMs);
  if (quick === TIMED_OUT) {
    await i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    const reply = await pending;
    timing.policy.record(timing.key, Date.now() - started);
    return finishDeferred(i, reply, ephemeral);
  }
  timing.policy.record(timing.key, Date.now() - started);
  await i.reply(replyOptions(renderDiscord(quick, { ephemeral: ephemeral || quick.kind === 'error', owner: i.user.id })));
}

/** Replaces the message a button is on with `work`'s reply (paging), deferring the update when slow. */
export async function updateWithin(i: ButtonInteraction, timing: Timing, ephemeral: boolean, work: () => Promise<Reply>): Promise<void> {
  const started = Date.now();
  const pending = timing.policy.deferFirst(timing.key) ? null : work();
  pending?.catch(() => undefined);
  const quick = pending ? await within(pending, timing.policy.afterMs) : TIMED_OUT;
  if (quick !== TIMED_OUT) {
    timing.policy.record(timing.key, Date.now() - started);
    if (quick.kind === 'error') return sendPrivate(i, quick);
    return void (await i.update(editOptions(renderDiscord(quick, { ephemeral, owner: i.user.id }))));
  }
  await i.deferUpdate();
  const reply = await (pending ?? work());
  timing.policy.record(timing.key, Date.now() - started);
  if (reply.kind === 'error') return sendPrivate(i, reply);
  await i.editReply(editOptions(renderDiscord(reply, { ephemeral, owner: i.user.id })));
}

async function finishDeferred(i: RepliableInteraction, reply: Reply, ephemeral: boolean): Promise<void> {
  if (reply.kind === 'error') return sendPrivate(i, reply);
  await i.editReply(editOptions(renderDiscord(reply, { ephemeral, owner: i.user.id })));
}

/**
 * Sends `reply` so only the user sees it, whatever state the interaction is in. A public
 * "thinking…" placeholder is removed first, so an error never shows in the channel.
 */
export async function sendPrivate(i: RepliableInteraction, reply: Reply): Promise<void> {
  const body = renderDiscord(reply, { share: false, ephemeral: true });
  if (!i.deferred && !i.replied) return void (await i.reply(replyOptions(body)));
  if (i.deferred && !i.replied && i.ephemeral === true) return void (await i.editReply(editOptions(body)));
  if (i.deferred && !i.replied && i.ephemeral === false) await i.deleteReply();
  await i.followUp(replyOptions(body));
}

/** A short private note (someone else's buttons, an expired button). */
export function privateNote(i: RepliableInteraction, title: string, notes: string[] = []): Promise<void> {
  return sendPrivate(i, infoReply(title, [], notes));
}
