// The address a request comes from, which rate limits count by. Behind a reverse proxy every
// request arrives from the proxy, so Moat can be told which proxies to believe: then the address
// is the one they recorded in X-Forwarded-For, read from the right, past the trusted hops only, so
// a client cannot name an address of its choice by sending the header itself.
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
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

/**
 * An address as one client's: without a port (some proxies add one), and an IPv4 address mapped
 * into IPv6 as itself; undefined when the text is no address (`unknown`, a name).
 */
function plainAddress(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  const withoutPort = bracketed?.[1] ?? text.replace(/^([\d.]+):\d+$/, '$1');
  const address = withoutPort.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  return isIP(address) ? address : undefined;
}

/**
 * The client's address: the one trusted proxies forwarded, else the socket's; one shared name
 * for requests made in-process (or whose socket has closed).
 */
export function clientAddress(serverContext: unknown, trusted: TrustedProxies | undefined): string {
  const req = (serverContext as { req?: IncomingMessage }).req;
  const peer = plainAddress(req?.socket?.remoteAddress) ?? 'in-process';
  if (!req || !trusted) return peer;
  return plainAddress(proxyAddr(req, trusted)) ?? peer;
}
