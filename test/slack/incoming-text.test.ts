// Text as Slack sends it in mentions, DMs and commands, turned back into what the person typed.
import { describe, expect, it } from 'vitest';
import { lineFromMessage, plainFromSlack } from '../../src/adapters/slack/incoming-text.ts';

describe('text from Slack', () => {
  it('unescapes entities and keeps the words of mentions and links', () => {
    expect(plainFromSlack('what did <@U123|ana> say about <#C1|ferries> &amp; the &lt;pier&gt;?')).toBe('what did ana say about ferries & the <pier>?');
    expect(plainFromSlack('see <https://news.example/a|the story> or <https://news.example/b>')).toBe('see the story or https://news.example/b');
    expect(plainFromSlack('<!channel> who approved it')).toBe('who approved it');
  });

  it('turns a mention or a DM into a question for /ask, or the command it starts with', () => {
    expect(lineFromMessage('<@UBOT> who approved the terminal?')).toBe('/ask who approved the terminal?');
    expect(lineFromMessage('<@UBOT>, private who approved it')).toBe('/ask private who approved it');
    expect(lineFromMessage('<@UBOT> /sources')).toBe('/sources');
    expect(lineFromMessage('<@UBOT>')).toBe('/help');
    expect(lineFromMessage('is the library open late?')).toBe('/ask is the library open late?');
  });
});
