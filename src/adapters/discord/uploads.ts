// Sending files (an export) through discord.js. @discordjs/rest builds an upload as Node's global
// FormData and hands it to its own undici 6, which cannot stream another undici's FormData: the
// request fails with "action is not a function" (discordjs/discord.js#10946). Serialising the form to
// bytes first with Node's own Response sends the same multipart body through the default strategy.
import { DefaultRestOptions, type RESTOptions } from 'discord.js';

type MakeRequest = RESTOptions['makeRequest'];

export const makeRequest: MakeRequest = async (url, init) => {
  if (!(init.body instanceof FormData)) return DefaultRestOptions.makeRequest(url, init);
  const form = new Response(init.body);
  const body = Buffer.from(await form.arrayBuffer());
  const headers = { ...(init.headers as Record<string, string> | undefined), 'content-type': form.headers.get('content-type') ?? 'multipart/form-data' };
  return DefaultRestOptions.makeRequest(url, { ...init, body, headers });
};
