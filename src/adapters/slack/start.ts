// Runs the bot on Slack: Socket Mode (SLACK_APP_TOKEN) or HTTP (SLACK_SIGNING_SECRET, POST /slack/events,
// GET /healthz on PORT). Start-up never waits for Slack: the bot token is checked and the socket opened in the background.
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import type { Config } from '../../config.ts';
import type { Logger } from '../../log.ts';
import type { PlatformDeps } from '../platform.ts';
import { createSlackApp, slackApiUrl } from './app.ts';
import { registerActions } from './handlers/actions.ts';
import { registerCommands } from './handlers/commands.ts';
import { registerEvents } from './handlers/events.ts';
import { HTTP_LIMITS } from './http-guard.ts';
import { checkBotToken, rejectionCode, type BotIdentity } from './token-check.ts';
import { openInstallationStore } from './installations.ts';
import { openSharedSeenKeys } from '../../store/seen.ts';
import { slackOAuth } from '../../config.ts';

export interface StartSlackOptions extends PlatformDeps {
  config: Config;
  mode: 'socket' | 'http';
  /** Told when Slack refuses the app token in Socket Mode, where nothing else can work; default: exit code 1. */
  onFatal?: (message: string) => void;
}

export interface SlackHandle {
  /** The port the HTTP mode listens on (useful when PORT was 0); absent in Socket Mode. */
  port?: number;
  stop(): Promise<void>;
}

export async function startSlack(options: StartSlackOptions): Promise<SlackHandle> {
  const { config, mode, router, ctx, log: parentLog, onFatal = () => void (process.exitCode = 1) } = options;
  const log = parentLog.child({ platform: 'slack' });
  const identity: BotIdentity = { status: 'checking' };
  const health = () => ({ articles: ctx.core.corpus.articles.length, ...ctx.core.status?.() });
  // Many workspaces: installations through OAuth, each request answered with its workspace's token.
  const installations = mode === 'http' && slackOAuth(config) ? await openInstallationStore(config) : null;
  if (installations) identity.status = 'per-workspace';
  // Many replicas: a retry or replay answered once across all of them, through the database.
  const shared = mode === 'http' && config.DATABASE_URL ? await openSharedSeenKeys(config.DATABASE_URL) : null;
  const app = createSlackApp({ config, mode, log, identity, health, ...(installations && { installationStore: installations.store }), ...(shared && { seen: shared.seen }) });
  const deps = { router, ctx, log, ...(options.limiter && { limiter: options.limiter }) };
  registerCommands(app, deps);
  registerActions(app, deps);
  registerEvents(app, deps);
  app.error(async (err) => log.error({ err }, 'a Slack listener failed'));
  const check = installations ? () => undefined : checkBotToken({ token: config.SLACK_BOT_TOKEN ?? '', identity, log, ...apiUrl(config) });
  const stopCheck = () => {
    check();
    void installations?.close();
    void shared?.close();
  };
  if (mode === 'http') return startHttp(app, config, log, stopCheck);
  const connection = connectSocket(app, log, onFatal);
  return {
    stop: async () => {
      stopCheck();
      connection.cancel();
      await app.stop().catch(() => undefined);
    },
  };
}

const apiUrl = (config: Config) => (config.SLACK_API_URL ? { slackApiUrl: slackApiUrl(config.SLACK_API_URL) } : {});

async function startHttp(app: App, config: Config, log: Logger, stopCheck: () => void): Promise<SlackHandle> {
  const server = await app.start(config.PORT, {
    // Longer than the idle timeout of the proxy or load balancer in front (60 s on common ones), so it never
    // reuses a connection just as we close it (ECONNRESET, a 502 for Slack). Node's default is 5 s.
    keepAliveTimeout: config.HTTP_KEEP_ALIVE_MS,
    headersTimeout: HTTP_LIMITS.headersTimeoutMs,
    requestTimeout: HTTP_LIMITS.requestTimeoutMs,
  });
  server.maxConnections = HTTP_LIMITS.connections;
  const bound = (server.address() as AddressInfo | null)?.port ?? config.PORT;
  log.info(`Slack (HTTP mode) listening on port ${bound}: POST /slack/events, GET /healthz`);
  return {
    port: bound,
    stop: async () => {
      stopCheck();
      await app.stop();
    },
  };
}

/**
 * Opens the Socket Mode connection in the background, retrying while Slack cannot be reached;
 * a rejected app token stops the attempts with a clear log line.
 */
function connectSocket(app: App, log: Logger, onFatal: (message: string) => void): { cancel: () => void } {
  let cancelled = false;
  let timer: NodeJS.Timeout | undefined;
  const attempt = async (wait: number): Promise<void> => {
    log.info('connecting to Slack (Socket Mode)…');
    try {
      await app.start();
      log.info('Slack (Socket Mode) connected');
    } catch (err) {
      if (cancelled) return;
      const code = rejectionCode(err);
      if (code) {
        const message = `Slack rejected SLACK_APP_TOKEN (${code}). Create an app-level token (xapp-…) with the connections:write scope under Basic Information and restart.`;
        log.error(message);
        onFatal(message);
        return;
      }
      log.warn({ err }, `could not connect to Slack; trying again in ${Math.round(wait / 1000)} s`);
      // Stop the half-open client first, so its own reconnection cannot race ours into two sockets.
      await app.stop().catch(() => undefined);
      if (cancelled) return;
      timer = setTimeout(() => void attempt(Math.min(wait * 2, 300_000)), wait);
    }
  };
  void attempt(5_000);
  return {
    cancel: () => {
      cancelled = true;
      clearTimeout(timer);
    },
  };
}
