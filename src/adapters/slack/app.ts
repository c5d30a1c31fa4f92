// Builds the Bolt app for either mode. It never calls Slack while being built (our authorize answers from
// the bot token at once), so it comes up with Slack unreachable; the token is checked in the background.
import type { ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { App, HTTPReceiver, type Authorize, type CustomRoute, type HTTPReceiverOptions, type InstallationStore } from '@slack/bolt';
import { BOT_SCOPES } from './manifest.ts';
import type { SeenKeys } from '../../store/seen.ts';
import type { Config } from '../../config.ts';
import type { Logger } from '../../log.ts';
import { boltLogger } from './bolt-logger.ts';
import { guardRequests, HTTP_LIMITS } from './http-guard.ts';
import { onceEachEvent } from './once.ts';
import type { BotIdentity } from './token-check.ts';

export interface SlackAppOptions {
  config: Config;
  mode: 'socket' | 'http';
  log: Logger;
  identity: BotIdentity;
  /** Extra facts for GET /healthz (HTTP mode). */
  health: () => Record<string, unknown>;
  /** Many workspaces (HTTP mode, SLACK_CLIENT_ID/SECRET): each workspace's token comes from its installation. */
  installationStore?: InstallationStore;
  /** Answered-once keys shared by every replica (DATABASE_URL); default: this process's memory. */
  seen?: SeenKeys;
}

export function createSlackApp({ config, mode, log, identity, health, installationStore, seen }: SlackAppOptions): App {
  const clientOptions = { ...(config.SLACK_API_URL && { slackApiUrl: slackApiUrl(config.SLACK_API_URL) }) };
  const logger = boltLogger(log);
  if (mode === 'http' && installationStore) {
    // Many workspaces: no token of our own; the receiver's installer finds each workspace's.
    const app = new App({ logger, clientOptions, receiver: httpReceiver(config, log, healthRoute(identity, health), seen, oauthOptions(config, installationStore, clientOptions)) });
    app.use(onceEachEvent(log, seen));
    return app;
  }
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new Error('SLACK_BOT_TOKEN is not set.');
  const common = { authorize: authorizeWith(token, identity), logger, clientOptions };
  const app =
    mode === 'socket'
      ? new App({ ...common, socketMode: true, appToken: config.SLACK_APP_TOKEN })
      : new App({ ...common, receiver: httpReceiver(config, log, healthRoute(identity, health), seen) });
  app.use(onceEachEvent(log, seen));
  return app;
}

/** Bolt's HTTP receiver with our screen in front of /slack/events (see http-guard.ts). */
function httpReceiver(config: Config, log: Logger, health: CustomRoute, seen?: SeenKeys, oauth: Partial<HTTPReceiverOptions> = {}): HTTPReceiver {
  const signingSecret = config.SLACK_SIGNING_SECRET;
  if (!signingSecret) throw new Error('SLACK_SIGNING_SECRET is not set.');
  const receiver = new HTTPReceiver({
    signingSecret,
    port: config.PORT,
    customRoutes: [health],
    logger: boltLogger(log),
    bodyLimit: HTTP_LIMITS.bodyBytes,
    ...oauth,
  });
  receiver.requestListener = guardRequests(receiver.requestListener, { signingSecret, log, ...(seen && { shared: seen }) });
  return receiver;
}

/**
 * Slack's OAuth install flow, served by the receiver: GET /slack/install (straight on to Slack's
 * authorize page) and GET /slack/oauth_redirect (exchanges the code with oauth.v2.access and
 * stores the installation); each request is then answered with its workspace's own bot token.
 */
function oauthOptions(config: Config, installationStore: InstallationStore, clientOptions: { slackApiUrl?: string }): Partial<HTTPReceiverOptions> {
  const signingSecret = config.SLACK_SIGNING_SECRET ?? '';
  return {
    clientId: config.SLACK_CLIENT_ID,
    clientSecret: config.SLACK_CLIENT_SECRET,
    // The state is signed so a forged redirect is refused; every replica must use the same secret.
    stateSecret: config.SLACK_STATE_SECRET ?? createHash('sha256').update(`oauth-state\0${signingSecret}`).digest('hex'),
    scopes: [...BOT_SCOPES],
    installationStore,
    installerOptions: { directInstall: true, clientOptions, ...(config.SLACK_OAUTH_URL && { authorizationUrl: config.SLACK_OAUTH_URL }) },
  };
}

/** The Web API base URL with the trailing slash the client needs (`http://host/api/`). */
export const slackApiUrl = (url: string): string => (url.endsWith('/') ? url : `${url}/`);

/** Answers from the token alone; the bot's ids join in once the background check has learnt them. */
function authorizeWith(token: string, identity: BotIdentity): Authorize<boolean> {
  return async () => ({
    botToken: token,
    ...(identity.botUserId && { botUserId: identity.botUserId }),
    ...(identity.botId && { botId: identity.botId }),
  });
}

function healthRoute(identity: BotIdentity, health: () => Record<string, unknown>): CustomRoute {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res: ServerResponse) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, slackToken: identity.status, ...health() }));
    },
  };
}
