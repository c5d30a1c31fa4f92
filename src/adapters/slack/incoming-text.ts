// Turns text as Slack sends it (entities escaped, mentions and links as `<…>`) back into the words a person typed.
// https://docs.slack.dev/messaging/formatting-message-text#retrieving-messages

/** `<@U1|ana>` → `ana`, `<https://x|y>` → `y`, `<https://x>` → `https://x`, `<!here>` → nothing; then `&lt;` → `<` etc. */
export function plainFromSlack(text: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_, inner: string) => {
      const bar = inner.indexOf('|');
      const target = bar === -1 ? inner : inner.slice(0, bar);
      const label = bar === -1 ? '' : inner.slice(bar + 1);
      if (/^[@#!]/.test(target)) return label;
      return label || target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

/** Drops the mention(s) of the bot that open an `app_mention` message. */
export function withoutLeadingMentions(text: string): string {
  return text.replace(/^(?:\s*<@[A-Z0-9]+(?:\|[^>]*)?>[\s,:]*)+/i, '');
}

/**
 * The command line a mention or a direct message asks for: `/command …` as typed,
 * otherwise the whole text is a question for /ask; nothing at all asks for /help.
 */
export function lineFromMessage(text: string): string {
  const plain = plainFromSlack(withoutLeadingMentions(text));
  if (plain === '') return '/help';
  return plain.startsWith('/') ? plain : `/ask ${plain}`;
}
