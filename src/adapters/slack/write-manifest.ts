// `npx tsx src/adapters/slack/write-manifest.ts [--write] [--url https://host/slack/events]`:
// prints the app manifest built from commands/ (or rewrites slack/manifest.yml with --write).
// With --url it is an HTTP-mode manifest pointing Slack at that public URL instead of Socket Mode.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { allCommands } from '../../../commands/index.ts';
import { slackManifest } from './manifest.ts';

export const MANIFEST_PATH = path.resolve(import.meta.dirname, '../../../slack/manifest.yml');

export function manifestYaml(requestUrl?: string): string {
  const header = [
    '# Slack app manifest for coverage-bot: paste it at https://api.slack.com/apps > Create New App > From a manifest.',
    '# Generated from commands/ by `npx tsx src/adapters/slack/write-manifest.ts --write`; a test fails if it drifts.',
    ...(requestUrl ? [] : ['# Socket Mode. For HTTP mode, print one with --url https://your-host/slack/events instead.']),
  ];
  return `${header.join('\n')}\n${stringify(slackManifest(allCommands(), requestUrl ? { requestUrl } : {}), { lineWidth: 0 })}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { write: { type: 'boolean' }, url: { type: 'string' } } });
  const yaml = manifestYaml(values.url);
  if (values.write) writeFileSync(MANIFEST_PATH, yaml);
  else process.stdout.write(yaml);
}
