// Every chat platform the bot can run on. Adding one is a folder under src/adapters/ with a
// platform.ts that exports a Platform (see ./platform.ts), and one line here.
import { discordPlatform } from './discord/platform.ts';
import type { Platform } from './platform.ts';
import { slackPlatform } from './slack/platform.ts';

export const PLATFORMS: readonly Platform[] = [discordPlatform, slackPlatform];
