// Discord's size limits, as data: every message, command and component we build is clamped or checked against these.
// https://discord.com/developers/docs/resources/message#embed-object-embed-limits
// https://discord.com/developers/docs/interactions/application-commands#application-command-object
export const LIMITS = {
  actionRows: 5,
  /** Size of one uploaded file for a bot without server boosts (https://discord.com/developers/docs/reference#uploading-files). */
  attachmentBytes: 8 * 1024 * 1024,
  /** Files on one message. */
  attachments: 10,
  autocompleteChoices: 25,
  buttonLabel: 80,
  buttonsPerRow: 5,
  choiceName: 100,
  choiceValue: 100,
  commandDescription: 100,
  commandName: 32,
  /** Name, description, option names and descriptions and choices of one command, together (documented as 4000). */
  commandTotalText: 4000,
  commands: 100,
  content: 2000,
  customId: 100,
  embedAuthorName: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFields: 25,
  embedFooter: 2048,
  embedTitle: 256,
  /** All embeds of one message together: titles, descriptions, field names and values, footers, author names. */
  embedTotal: 6000,
  embeds: 10,
  optionDescription: 100,
  optionName: 32,
  options: 25,
  /** Replies to an interaction (or a deferral) must arrive within 3 s. */
  responseDeadlineMs: 3000,
  /** An interaction token, for edits and follow-ups, lives 15 minutes. */
  tokenLifetimeMs: 15 * 60 * 1000,
} as const;

/** Colours of the embeds (Discord's own palette). */
export const COLOURS = { results: 0x5865f2, info: 0x4f545c, error: 0xed4245 } as const;
