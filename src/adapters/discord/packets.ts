// Keeps a gateway packet discord.js cannot read from ending the process. discord.js builds its objects
// from each packet inside its WebSocket listener, outside any handler of ours: a malformed one (a button
// interaction without its `message`) throws there, becomes an unhandled rejection, and Node exits,
// taking Slack down with Discord. Here such a packet is logged with a reference and skipped.
import { randomUUID } from 'node:crypto';
import type { Client } from 'discord.js';
import type { Logger } from '../../log.ts';

type HandlePacket = (packet?: unknown, shard?: unknown) => boolean;

export function isolatePackets(client: Client, log: Logger): void {
  // `handlePacket` is discord.js's one entry for every dispatch (private in its typings, stable since v12);
  // it calls itself through the instance for queued packets, so those pass through here too.
  const ws = client.ws as unknown as { handlePacket: HandlePacket };
  const handle = ws.handlePacket.bind(client.ws);
  ws.handlePacket = (packet, shard) => {
    try {
      return handle(packet, shard);
    } catch (err) {
      const ref = randomUUID().slice(0, 8);
      log.error({ err, ref, packet: describe(packet) }, 'skipped a Discord gateway packet that could not be read');
      return false;
    }
  };
}

/** What the log says about a packet: its type and ids, never its token or contents. */
function describe(packet: unknown): Record<string, unknown> {
  if (typeof packet !== 'object' || packet === null) return { kind: typeof packet };
  const { t, s, d } = packet as { t?: unknown; s?: unknown; d?: { id?: unknown; type?: unknown } };
  return { t, s, id: d?.id, type: d?.type };
}
