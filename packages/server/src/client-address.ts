// The address a request comes from, which rate limits count by. Behind a reverse proxy every
// request arrives from the proxy, so Moat can be told which proxies to believe: then the address
// is the one they recorded in X-Forwarded-For, read from the right, past the trusted hops only, so
// a client cannot name an address of its choice by sending the header itself.
import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/** Whether the proxy at `address`, `hop` steps from Moat, is trusted to forward the client's address. */
export type TrustedProxies = (address: string, hop: number) => boolean;

/**
 * The proxies a setting trusts: `off` (none), a number of proxies in front of Moat, or addresses
 * and subnets, comma-separated (`loopback`, `uniquelocal`, `10.0.0.0/8`). Undefined for none;
 * throws a TypeError naming what it cannot read.
 */
export function trustedProxies(setting: string): TrustedProxies | undefined {
  const text = setting.trim();
  if (text === '' || text === 'off' || text === '0') return undefined;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, hop) => hop < hops;
  }
  return proxyAddr.compile(text.split(',').map((part) => part.trim()));
}

/** The client's address; one shared name for requests made in-process. */
export function clientAddress(serverContext: unknown, trusted: TrustedProxies | undefined): string {
  const req = (serverContext as { req?: IncomingMessage }).req;
  if (!req?.socket) return 'in-process';
  if (!trusted) return req.socket.remoteAddress ?? 'in-process';
  return proxyAddr(req, trusted);
}
