import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * The importer fetches what old pages point at, and old pages are written by others: an address on
 * this machine (127.0.0.1, localhost) or on the office network (10.x, 192.168.x, the cloud's
 * 169.254.169.254) would read what only the importing machine can reach. Such hosts are refused
 * unless --allow-host names them. Names are resolved first, and every address they give is
 * checked; each redirect is checked again before it is followed.
 */
const RANGES: readonly [string, number, 'ipv4' | 'ipv6', string][] = [
	['0.0.0.0', 8, 'ipv4', 'this network'],
	['127.0.0.0', 8, 'ipv4', 'this machine (loopback)'],
	['10.0.0.0', 8, 'ipv4', 'a private network'],
	['172.16.0.0', 12, 'ipv4', 'a private network'],
	['192.168.0.0', 16, 'ipv4', 'a private network'],
	['100.64.0.0', 10, 'ipv4', 'a private network (shared address space)'],
	['169.254.0.0', 16, 'ipv4', 'the local link'],
	['::', 128, 'ipv6', 'this network'],
	['::1', 128, 'ipv6', 'this machine (loopback)'],
	['fc00::', 7, 'ipv6', 'a private network'],
	['fe80::', 10, 'ipv6', 'the local link'],
];
const LISTS = RANGES.map(([network, prefix, type, kind]) => {
	const list = new BlockList();
	list.addSubnet(network, prefix, type);
	return { list, type, kind };
});

/** Where an address lies, when that is a network only this machine can reach; undefined for the public internet. */
export function privateKind(address: string): string | undefined {
	// ::ffff:127.0.0.1 is 127.0.0.1.
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
	const plain = mapped ?? address;
	const type = isIP(plain) === 4 ? 'ipv4' : isIP(plain) === 6 ? 'ipv6' : undefined;
	if (!type) return undefined;
	// Node checks an IPv4-mapped IPv6 address (::ffff:7f00:1, as URLs write ::ffff:127.0.0.1) against the IPv4 rules.
	return LISTS.find((entry) => entry.list.check(plain, type))?.kind;
}

export type Lookup = (host: string) => Promise<string[]>;

const systemLookup: Lookup = async (host) => (await lookup(host, { all: true, order: 'verbatim' })).map((entry) => entry.address);

/** Why this address must not be fetched, or undefined when it may be. */
export async function refusedAddress(url: URL, allowHosts: readonly string[], resolve: Lookup = systemLookup): Promise<string | undefined> {
	const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
	if (allowHosts.some((allowed) => allowed.toLowerCase().replace(/^\[|\]$/g, '') === host)) return undefined;
	let addresses: string[];
	if (isIP(host)) addresses = [host];
	else {
		try {
			addresses = await resolve(host);
		} catch {
			return `its host ${host} could not be found`;
		}
	}
	for (const address of addresses) {
		const kind = privateKind(address);
		if (kind)
			return `its host ${host}${address === host ? '' : ` (${address})`} is on ${kind}: not fetched (pass --allow-host ${host} if it is yours)`;
	}
	return undefined;
}

const MAX_REDIRECTS = 5;

/**
 * fetch(), refusing private and loopback hosts at every hop. Redirects are followed here, one at a
 * time, since fetch would follow one to 127.0.0.1 unseen.
 */
export async function guardedFetch(
	address: string,
	{ fetchFn, allowHosts, timeout }: { fetchFn: typeof fetch; allowHosts: readonly string[]; timeout: number },
): Promise<{ response: Response; url: string } | { refused: string }> {
	let url = new URL(address);
	for (let hop = 0; ; hop++) {
		if (url.protocol !== 'http:' && url.protocol !== 'https:') return { refused: `it leads to a ${url.protocol} address` };
		const refused = await refusedAddress(url, allowHosts);
		if (refused) return { refused: hop ? `it redirects to ${url.href}, and ${refused}` : refused };
		const response = await fetchFn(url.href, { signal: AbortSignal.timeout(timeout), redirect: 'manual' });
		const location = response.headers.get('location');
		if (response.status < 300 || response.status > 399 || !location) return { response, url: url.href };
		if (hop >= MAX_REDIRECTS) return { refused: `it redirects more than ${MAX_REDIRECTS} times` };
		await response.body?.cancel();
		url = new URL(location, url);
	}
}
