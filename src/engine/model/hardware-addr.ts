/** MAC addresses as Go's net.ParseMAC reads them and net.HardwareAddr prints them. */

/**
 * 6, 8 or 20 octets written xx:xx:.., xx-xx-.. or xxxx.xxxx..; returns the canonical lower-case,
 * colon-separated form, or undefined when Go would refuse the text
 */
export function parseMac(s: string): string | undefined {
  let hex: string[];
  const sep = /^[0-9a-fA-F]{2}([:-])/.exec(s)?.[1];
  if (sep) {
    hex = s.split(sep);
    if (!hex.every((x) => /^[0-9a-fA-F]{2}$/.test(x))) return undefined;
  } else {
    const groups = s.split('.');
    if (!groups.every((x) => /^[0-9a-fA-F]{4}$/.test(x))) return undefined;
    hex = groups.flatMap((g) => [g.slice(0, 2), g.slice(2)]);
  }
  if (![6, 8, 20].includes(hex.length)) return undefined;
  return hex.join(':').toLowerCase();
}
