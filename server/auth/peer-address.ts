// Next route handlers never see the socket, and `next start` only fills X-Forwarded-For when the
// client did not send one — so a client can name any address it likes. Node publishes every incoming
// request on the `http.server.request.start` diagnostics channel before any listener (Next included)
// runs; there we stamp the socket's peer address into a header of our own, overwriting whatever the
// client sent under that name. See docs/decisions/017-client-address-and-abuse-limits.md.
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import diagnosticsChannel from "node:diagnostics_channel";

export const PEER_ADDRESS_HEADER = "x-r2p-peer-address";

const KEY = Symbol.for("r2p.peerAddressHook");
type GlobalWithHook = typeof globalThis & { [KEY]?: true };

function stampPeerAddress(message: unknown) {
  const { request, socket } = message as { request: IncomingMessage; socket: Socket };
  // Always overwrite (or remove): a client-sent header of this name must never survive.
  const peer = socket?.remoteAddress;
  if (peer) request.headers[PEER_ADDRESS_HEADER] = peer;
  else delete request.headers[PEER_ADDRESS_HEADER];
}

/** Called once per server process from instrumentation.ts, before Next serves a request. */
export function installPeerAddressHook() {
  const g = globalThis as GlobalWithHook;
  if (g[KEY]) return;
  diagnosticsChannel.subscribe("http.server.request.start", stampPeerAddress);
  g[KEY] = true;
}
