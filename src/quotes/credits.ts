// Attributions that name the speaker without a speech verb: a transcript's speaker label
// (`“PENCE: Well, look, …”`) and a dash credit after the quote (`“…” ― Francisco Herrero`).
import type { RuleInput, RuleResult } from './rules.ts';

export function transcriptLabel(_input: RuleInput): RuleResult {
  return null;
}

export function dashCredit(_input: RuleInput): RuleResult {
  return null;
}
