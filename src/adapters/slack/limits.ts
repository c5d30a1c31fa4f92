// Slack's size limits, as data: every block we build is clamped to these before it is sent.
// https://docs.slack.dev/reference/block-kit/blocks and https://docs.slack.dev/reference/block-kit/block-elements/button-element

export const LIMITS = {
  /** A button's action_id. */
  actionId: 255,
  /** A button's value: where our paging and share state travels, since Slack keeps none for us. */
  actionValue: 2000,
  /** Elements in one actions block. */
  actionsElements: 25,
  /** Blocks in one message. */
  blocks: 50,
  /** A button's label. */
  buttonText: 75,
  /** Elements in one context block. */
  contextElements: 10,
  /** One text object in a section or context block (mrkdwn counted after escaping). */
  sectionText: 3000,
  /**
   * The top-level `text` fallback. Slack truncates past 40,000 characters; we keep it far shorter
   * because it only shows in notifications and screen readers once blocks are present.
   */
  fallbackText: 3000,
} as const;
