// An answer's files (an export) go to Slack as a file upload: into the channel for a public answer,
// into the asker's direct message for a private one (an upload cannot be ephemeral). Needs the
// files:write and im:write scopes (slack/manifest.yml). https://api.slack.com/methods/files.getUploadURLExternal
import type { webApi } from '@slack/bolt';
import type { Reply } from '../../../reply/model.ts';

export interface UploadTarget {
  user: string;
  /** Where the command was run; absent when unknown (a button on a DM). */
  channel?: string | undefined;
  private: boolean;
}

export async function uploadFiles(client: webApi.WebClient, target: UploadTarget, reply: Reply): Promise<void> {
  const files = reply.files ?? [];
  if (files.length === 0) return;
  const channel = target.private || !target.channel ? await dmChannel(client, target.user) : target.channel;
  await client.files.uploadV2({
    channel_id: channel,
    initial_comment: `Export: ${reply.title}`,
    file_uploads: files.map((f) => ({ file: Buffer.from(f.content, 'utf8'), filename: f.name, title: f.name })),
  });
}

async function dmChannel(client: webApi.WebClient, user: string): Promise<string> {
  const opened = await client.conversations.open({ users: user });
  const id = opened.channel?.id;
  if (!id) throw new Error(`Slack opened no direct message with ${user}`);
  return id;
}
