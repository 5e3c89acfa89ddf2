/** BusyBox 1.35 (Debian) usage texts, printed to stderr on a bad option (exit 1) or --help (exit 0). */
export const BUSYBOX_BANNER = 'BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n';

/* prettier-ignore */
const USAGE: Record<string, string> = {
  ifconfig:
    '\n' +
    'Usage: ifconfig [-a] [IFACE] [ADDRESS]\n' +
    '\n' +
    'Configure a network interface\n' +
    '\n' +
    '\t[add ADDRESS[/PREFIXLEN]]\n' +
    '\t[del ADDRESS[/PREFIXLEN]]\n' +
    '\t[[-]broadcast [ADDRESS]] [[-]pointopoint [ADDRESS]]\n' +
    '\t[netmask ADDRESS] [dstaddr ADDRESS]\n' +
    '\t[outfill NN] [keepalive NN]\n' +
    '\t[hw ether|infiniband ADDRESS] [metric NN] [mtu NN]\n' +
    '\t[[-]trailers] [[-]arp] [[-]allmulti]\n' +
    '\t[multicast] [[-]promisc] [txqueuelen NN] [[-]dynamic]\n' +
    '\t[mem_start NN] [io_addr NN] [irq NN]\n' +
    '\t[up|down] ...\n',
  route:
    '\n' +
    'Usage: route [-ne] [-A inet[6]] [{add|del} [-net|-host] TARGET [netmask MASK]\n' +
    '\t[gw GATEWAY] [metric N] [mss BYTES] [window BYTES] [reject] [IFACE]]\n' +
    '\n' +
    'Show or edit kernel routing tables\n' +
    '\n' +
    '\t-n\tDon\'t resolve names\n' +
    '\t-e\tDisplay other/more information\n' +
    '\t-A inet[6]\tSelect address family\n',
  netstat:
    '\n' +
    'Usage: netstat [-ral] [-tuwx] [-en]\n' +
    '\n' +
    'Display networking information\n' +
    '\n' +
    '\t-r\tRouting table\n' +
    '\t-a\tAll sockets\n' +
    '\t-l\tListening sockets\n' +
    '\t\tElse: connected sockets\n' +
    '\t-t\tTCP sockets\n' +
    '\t-u\tUDP sockets\n' +
    '\t-w\tRaw sockets\n' +
    '\t-x\tUnix sockets\n' +
    '\t\tElse: all socket types\n' +
    '\t-e\tOther/more information\n' +
    '\t-n\tDon\'t resolve names\n',
  sysctl:
    '\n' +
    'Usage: sysctl [-enq] { -a | -p [FILE]... | [-w] [KEY[=VALUE]]... }\n' +
    '\n' +
    'Show/set kernel parameters\n' +
    '\n' +
    '\t-e\tDon\'t warn about unknown keys\n' +
    '\t-n\tDon\'t show key names\n' +
    '\t-q      Quiet\n' +
    '\t-a\tShow all values\n' +
    '\t-p\tSet values from FILEs (default /etc/sysctl.conf)\n' +
    '\t-w\tSet values\n',
  ping:
    '\n' +
    'Usage: ping [OPTIONS] HOST\n' +
    '\n' +
    'Send ICMP ECHO_REQUESTs to HOST\n' +
    '\n' +
    '\t-4,-6\t\tForce IP or IPv6 name resolution\n' +
    '\t-c CNT\t\tSend only CNT pings\n' +
    '\t-s SIZE\t\tSend SIZE data bytes in packets (default 56)\n' +
    '\t-i SECS\t\tInterval\n' +
    '\t-A\t\tPing as soon as reply is received\n' +
    '\t-t TTL\t\tSet TTL\n' +
    '\t-I IFACE/IP\tSource interface or IP address\n' +
    '\t-W SEC\t\tSeconds to wait for the first response (default 10)\n' +
    '\t\t\t(after all -c CNT packets are sent)\n' +
    '\t-w SEC\t\tSeconds until ping exits (default:infinite)\n' +
    '\t\t\t(can exit earlier with -c CNT)\n' +
    '\t-q\t\tQuiet, only display output at start/finish\n' +
    '\t-p HEXBYTE\tPayload pattern\n',
  nslookup:
    '\n' +
    'Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n' +
    '\n' +
    'Query DNS about HOST\n' +
    '\n' +
    'QUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any\n',
};

/** the usage block after the banner */
export function busyboxUsage(applet: string): string {
  return BUSYBOX_BANNER + (USAGE[applet] ?? '');
}

/** `applet: invalid option -- 'x'` followed by the usage, exit 1 */
export function busyboxBadOption(applet: string, opt: string): string {
  return `${applet}: invalid option -- '${opt}'\n` + busyboxUsage(applet);
}
