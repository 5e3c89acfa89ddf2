/**
 * Name tables the tools consult when not given -n: /etc/services (Debian netbase), /etc/protocols, and the
 * ICMP type names of iptables. Ports are `port:name`, the first name per port and protocol.
 */

/* prettier-ignore */
const BOTH =
  '7:echo 9:discard 13:daytime 19:chargen 37:time 49:tacacs 53:domain 88:kerberos 111:sunrpc 161:snmp ' +
  '162:snmp-trap 163:cmip-man 164:cmip-agent 369:rpc2portmap 370:codaauth2 389:ldap 427:svrloc 443:https ' +
  '464:kpasswd 538:gdomap 554:rtsp 636:ldaps 646:ldp 655:tinc 750:kerberos4 751:kerberos-master 853:domain-s ' +
  '1194:openvpn 1645:datametrics 1646:sa-msg-port 1812:radius 1813:radius-acct 2049:nfs 2086:gnunet ' +
  '2101:rtcm-sc104 2430:venus 2431:venus-se 2432:codasrv 2433:codasrv-se 2583:mon 3205:isns 3493:nut 5060:sip ' +
  '5061:sip-tls 6346:gnutella-svc 6347:gnutella-rtr 27374:asp ';
/* prettier-ignore */
const TCP_ONLY =
  '1:tcpmux 11:systat 15:netstat 17:qotd 20:ftp-data 21:ftp 22:ssh 23:telnet 25:smtp 43:whois 70:gopher 79:finger ' +
  '80:http 102:iso-tsap 104:acr-nema 106:poppassd 110:pop3 113:auth 119:nntp 135:epmap 139:netbios-ssn 143:imap2 ' +
  '174:mailq 179:bgp 199:smux 209:qmtp 210:z3950 345:pawserv 346:zserv 444:snpp 445:microsoft-ds 465:submissions ' +
  '487:saft 512:exec 513:login 514:shell 515:printer 540:uucp 543:klogin 544:kshell 548:afpovertcp 563:nntps ' +
  '587:submission 607:nqs 628:qmqp 631:ipp 706:silc 749:kerberos-adm 754:krb-prop 775:moira-db 777:moira-update ' +
  '783:spamd 871:supfilesrv 873:rsync 989:ftps-data 990:ftps 992:telnets 993:imaps 995:pop3s 1080:socks ' +
  '1093:proofd 1094:rootd 1099:rmiregistry 1127:supfiledbg 1178:skkserv 1236:rmtcfg 1313:xtel 1314:xtelw ' +
  '1352:lotusnote 1433:ms-sql-s 1524:ingreslock 1649:kermit 1677:groupwise 2000:cisco-sccp 2119:gsigatekeeper ' +
  '2121:iprop 2135:gris 2401:cvspserver 2600:zebrasrv 2601:zebra 2602:ripd 2603:ripngd 2604:ospfd 2605:bgpd ' +
  '2606:ospf6d 2607:ospfapi 2608:isisd 2628:dict 2792:f5-globalsite 2811:gsiftp 2947:gpsd 3050:gds-db ' +
  '3260:iscsi-target 3306:mysql 3389:ms-wbt-server 3632:distcc 3689:daap 3690:svn 4031:suucp 4094:sysrqd ' +
  '4190:sieve 4353:f5-iquery 4369:epmd 4373:remctl 4460:ntske 4557:fax 4559:hylafax 4691:mtn 4899:radmin-port ' +
  '4949:munin 5222:xmpp-client 5269:xmpp-server 5308:cfengine 5432:postgresql 5556:freeciv 5666:nrpe 5667:nsca ' +
  '5671:amqps 5672:amqp 5680:canna 6000:x11 6001:x11-1 6002:x11-2 6003:x11-3 6004:x11-4 6005:x11-5 6006:x11-6 ' +
  '6007:x11-7 6379:redis 6444:sge-qmaster 6445:sge-execd 6446:mysql-proxy 6514:syslog-tls 6566:sane-port ' +
  '6667:ircd 6697:ircs-u 7000:bbs 7100:font-service 8021:zope-ftp 8080:http-alt 8081:tproxy 8088:omniorb ' +
  '8140:puppet 8990:clc-build-daemon 9098:xinetd 9101:bacula-dir 9102:bacula-fd 9103:bacula-sd 9418:git ' +
  '9667:xmms2 9673:zope 10000:webmin 10050:zabbix-agent 10051:zabbix-trapper 10080:amanda 10081:kamanda ' +
  '10082:amandaidx 10083:amidxtape 10809:nbd 11112:dicom 11371:hkp 17004:sgi-cad 17500:db-lsp 22125:dcap ' +
  '22128:gsidcap 22273:wnn6 24554:binkp 30865:csync2 57000:dircproxy 60177:tfido 60179:fido ';
/* prettier-ignore */
const UDP_ONLY =
  '21:fsp 67:bootps 68:bootpc 69:tftp 123:ntp 137:netbios-ns 138:netbios-dgm 177:xdmcp 213:ipx 319:ptp-event ' +
  '320:ptp-general 371:clearcase 500:isakmp 512:biff 513:who 514:syslog 517:talk 518:ntalk 520:route ' +
  '546:dhcpv6-client 547:dhcpv6-server 623:asf-rmcp 752:passwd-server 779:moira-ureg 1210:predict 1434:ms-sql-m ' +
  '1701:l2f 2102:zephyr-srv 2103:zephyr-clt 2104:zephyr-hm 3130:icpv2 4500:ipsec-nat-t 4569:iax 5353:mdns ' +
  '5555:rplay 6696:babel 7000:afs3-fileserver 7001:afs3-callback 7002:afs3-prserver 7003:afs3-vlserver ' +
  '7004:afs3-kaserver 7005:afs3-volser 7007:afs3-bos 7008:afs3-update 7009:afs3-rmtsys 17001:sgi-cmsd ' +
  '17002:sgi-crsd 17003:sgi-gcd ';

function table(...parts: string[]): Map<number, string> {
  const m = new Map<number, string>();
  for (const tok of parts.join(' ').split(' ')) {
    if (!tok) continue;
    const i = tok.indexOf(':');
    m.set(Number(tok.slice(0, i)), tok.slice(i + 1));
  }
  return m;
}

const TCP = table(BOTH, TCP_ONLY);
const UDP = table(BOTH, UDP_ONLY);

export function serviceName(port: number, proto: 'tcp' | 'udp'): string | undefined {
  return (proto === 'tcp' ? TCP : UDP).get(port);
}

export function servicePort(name: string, proto: 'tcp' | 'udp'): number | undefined {
  for (const [p, n] of proto === 'tcp' ? TCP : UDP) if (n === name) return p;
  return undefined;
}

/** /etc/protocols (number -> name) */
const PROTOCOLS = table(
  '0:ip 1:icmp 2:igmp 3:ggp 4:ipencap 5:st 6:tcp 8:egp 9:igp 12:pup 17:udp 20:hmp 22:xns-idp 27:rdp 29:iso-tp4 ' +
    '33:dccp 36:xtp 37:ddp 38:idpr-cmtp 41:ipv6 43:ipv6-route 44:ipv6-frag 45:idrp 46:rsvp 47:gre 50:esp 51:ah 57:skip ' +
    '58:ipv6-icmp 59:ipv6-nonxt 60:ipv6-opts 73:rspf 81:vmtp 88:eigrp 89:ospf 93:ax.25 94:ipip 97:etherip 98:encap ' +
    '103:pim 108:ipcomp 112:vrrp 115:l2tp 124:isis 132:sctp 133:fc 135:mobility-header 136:udplite 137:mpls-in-ip ' +
    '138:manet 139:hip 140:shim6 141:wesp 142:rohc 143:ethernet 262:mptcp',
);

/** iptables' own protocol names, consulted before /etc/protocols */
const CHAIN_PROTOS: [string, number][] = [
  ['tcp', 6], ['sctp', 132], ['udp', 17], ['udplite', 136], ['icmp', 1], ['icmpv6', 58], ['ipv6-icmp', 58],
  ['esp', 50], ['ah', 51], ['ipv6-mh', 135], ['mh', 135], ['all', 0],
];

export function protoNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower) <= 255 ? Number(lower) : undefined;
  const c = CHAIN_PROTOS.find(([n]) => n === lower);
  if (c) return c[1];
  for (const [p, n] of PROTOCOLS) if (n === lower) return p;
  return undefined;
}

/** the name iptables prints for a protocol number (`-S`, and `-L` without -n) */
export function protoName(num: number): string | undefined {
  if (num === 0) return 'all';
  const c = CHAIN_PROTOS.find(([, p]) => p === num);
  return c ? c[0] : PROTOCOLS.get(num);
}

/** ICMP types and codes as iptables names them: [name, type, code min, code max] */
export const ICMP_TYPES: [string, number, number, number][] = [
  ['any', 255, 0, 255], ['echo-reply', 0, 0, 255], ['destination-unreachable', 3, 0, 255],
  ['network-unreachable', 3, 0, 0], ['host-unreachable', 3, 1, 1], ['protocol-unreachable', 3, 2, 2],
  ['port-unreachable', 3, 3, 3], ['fragmentation-needed', 3, 4, 4], ['source-route-failed', 3, 5, 5],
  ['network-unknown', 3, 6, 6], ['host-unknown', 3, 7, 7], ['network-prohibited', 3, 9, 9],
  ['host-prohibited', 3, 10, 10], ['TOS-network-unreachable', 3, 11, 11], ['TOS-host-unreachable', 3, 12, 12],
  ['communication-prohibited', 3, 13, 13], ['host-precedence-violation', 3, 14, 14],
  ['precedence-cutoff', 3, 15, 15], ['source-quench', 4, 0, 255], ['redirect', 5, 0, 255],
  ['network-redirect', 5, 0, 0], ['host-redirect', 5, 1, 1], ['TOS-network-redirect', 5, 2, 2],
  ['TOS-host-redirect', 5, 3, 3], ['echo-request', 8, 0, 255], ['router-advertisement', 9, 0, 255],
  ['router-solicitation', 10, 0, 255], ['time-exceeded', 11, 0, 255], ['ttl-zero-during-transit', 11, 0, 0],
  ['ttl-zero-during-reassembly', 11, 1, 1], ['parameter-problem', 12, 0, 255], ['ip-header-bad', 12, 0, 0],
  ['required-option-missing', 12, 1, 1], ['timestamp-request', 13, 0, 255], ['timestamp-reply', 14, 0, 255],
  ['address-mask-request', 17, 0, 255], ['address-mask-reply', 18, 0, 255],
];
