// Interaction payloads shaped as Discord sends them in INTERACTION_CREATE: a slash command (type 2),
// an autocomplete request (type 4) and a button click (type 3) on a message the bot sent.
export const APP_ID = '100000000000000001';
export const GUILD_ID = '400000000000000001';
export const CHANNEL_ID = '300000000000000001';

export interface FakeUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  bot?: boolean;
}

export const BOT_USER: FakeUser = { id: APP_ID, username: 'coverage-bot', discriminator: '0', global_name: null, avatar: null, bot: true };
export const ALICE: FakeUser = { id: '200000000000000001', username: 'alice', discriminator: '0', global_name: 'Alice', avatar: null };
export const BOB: FakeUser = { id: '200000000000000002', username: 'bob', discriminator: '0', global_name: 'Bob', avatar: null };

export interface CommandOption {
  name: string;
  /** 3 string, 4 integer, 5 boolean, 10 number. */
  type: number;
  value: string | number | boolean;
  focused?: boolean;
}

let next = 0;
const snowflake = () => `5${String(Date.now()).slice(-9)}${String(++next).padStart(8, '0')}`;

function base(type: number, user: FakeUser) {
  const id = snowflake();
  return {
    id,
    application_id: APP_ID,
    type,
    token: `token-${id}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'newsroom', position: 0, permission_overwrites: [], nsfw: false, parent_id: null },
    member: { user, roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, pending: false, nick: null, avatar: null, premium_since: null, permissions: '2248473465835073' },
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

export function slashCommand(name: string, options: CommandOption[] = [], user: FakeUser = ALICE) {
  return { ...base(2, user), data: { id: `6000000000000000${name.length}`, name, type: 1, options } };
}

export function autocomplete(name: string, options: CommandOption[], user: FakeUser = ALICE) {
  return { ...base(4, user), data: { id: `6000000000000000${name.length}`, name, type: 1, options } };
}

/** The message object Discord returns for a webhook send or edit of `body`. */
export function webhookMessage(body: Record<string, unknown>, id: string, flags: unknown) {
  return {
    id,
    channel_id: CHANNEL_ID,
    author: BOT_USER,
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    flags,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    type: 20,
    webhook_id: APP_ID,
    application_id: APP_ID,
  };
}

/** A message the bot sent (a recorded body), as Discord includes it in a component interaction. */
export function sentMessage(body: Record<string, unknown>, owner: FakeUser, ephemeral: boolean) {
  return {
    ...webhookMessage(body, snowflake(), ephemeral ? 64 : 0),
    interaction_metadata: { id: snowflake(), type: 2, user: owner, authorizing_integration_owners: { '0': GUILD_ID }, name: 'command' },
  };
}

export function buttonClick(customId: string, message: ReturnType<typeof sentMessage>, user: FakeUser = ALICE) {
  return { ...base(3, user), data: { custom_id: customId, component_type: 2 }, message };
}
