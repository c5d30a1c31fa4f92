// One entry point for every interaction: routes by kind (command, autocomplete, button) and turns
// any failure into a private message with a reference id that is in the log.
import type { Interaction } from 'discord.js';
import { runGuarded, type RequestBudget } from '../../core/failure.ts';
import type { Reply } from '../../reply/model.ts';
import { handleAutocomplete } from './handlers/autocomplete.ts';
import { handleButton } from './handlers/button.ts';
import { handleCommand } from './handlers/command.ts';
import type { HandlerDeps } from './handlers/deps.ts';
import { sendPrivate } from './respond.ts';

export function createInteractionHandler(deps: HandlerDeps): (i: Interaction) => Promise<void> {
  return async (i) => {
    const started = Date.now();
    const what = describe(i);
    await runGuarded(deps.log, what, async () => {
      if (i.isChatInputCommand()) await handleCommand(i, deps);
      else if (i.isAutocomplete()) await handleAutocomplete(i, deps);
      else if (i.isButton()) await handleButton(i, deps);
      else return;
      deps.log.debug({ ...what, ms: Date.now() - started }, 'interaction answered');
    }, (reply) => tell(i, reply), 'user', budgetOf(i, deps));
  };
}

/** Commands and buttons count against the budgets; autocomplete (one request a keystroke) does not. */
function budgetOf(i: Interaction, deps: HandlerDeps): RequestBudget | undefined {
  if (i.isAutocomplete()) return undefined;
  return { limiter: deps.limiter, who: { user: `discord:${i.user.id}`, ...(i.channelId && { channel: `discord:${i.channelId}` }) } };
}

/** Autocomplete cannot show a message: it gets an empty list; everything else a private reply. */
async function tell(i: Interaction, reply: Reply): Promise<void> {
  if (i.isAutocomplete()) {
    if (!i.responded) await i.respond([]);
  } else if (i.isRepliable()) {
    await sendPrivate(i, reply);
  }
}

/** What the log says about an interaction: never its token or whole payload. */
function describe(i: Interaction): Record<string, unknown> {
  const base = { interaction: i.id, user: i.user.id, guild: i.guildId };
  if (i.isChatInputCommand() || i.isAutocomplete()) return { ...base, command: i.commandName };
  if (i.isButton()) return { ...base, button: i.customId };
  return base;
}
