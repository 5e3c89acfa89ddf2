/**
 * `ip -d` (iproute2): what follows the link/ether line. Values are the kernel defaults observed on the
 * recording host (Linux 6.x, Debian 12) for links Docker creates.
 */
import type { Link, NetToolsEnv } from './env.ts';
import { macNoZeros, padStart } from './util.ts';

function timer(v: number): string {
  const cs = Math.round(v * 100);
  return `${padStart(String(Math.floor(cs / 100)), 4)}.${String(cs % 100).padStart(2, '0')}`;
}

function bridgePorts(env: NetToolsEnv, bridge: string): Link[] {
  return env.ns.links.filter((l) => l.master === bridge).sort((a, b) => a.index - b.index);
}

function bridgeInfo(link: Link, env: NetToolsEnv): string {
  const id = `8000.${macNoZeros(link.mac)}`;
  const gc = env.bridgeGcTimer?.(link.name) ?? 299.62;
  return (
    `bridge forward_delay 1500 hello_time 200 max_age 2000 ageing_time 30000 stp_state 0 priority 32768 ` +
    `vlan_filtering 0 bridge_id ${id} designated_root ${id} root_port 0 root_path_cost 0 topology_change 0 ` +
    `topology_change_detected 0 hello_timer ${timer(0)} tcn_timer ${timer(0)} topology_change_timer ${timer(0)} ` +
    `gc_timer ${timer(gc)} group_fwd_mask 0 group_address 01:80:c2:00:00:00 mcast_snooping 1 no_linklocal_learn 0 ` +
    `mcast_vlan_snooping 0 mcast_router 1 mcast_query_use_ifaddr 0 mcast_querier 0 mcast_hash_elasticity 16 ` +
    `mcast_hash_max 4096 mcast_last_member_count 2 mcast_startup_query_count 2 mcast_last_member_interval 100 ` +
    `mcast_membership_interval 26000 mcast_querier_interval 25500 mcast_query_interval 12500 ` +
    `mcast_query_response_interval 1000 mcast_startup_query_interval 3124 mcast_stats_enabled 0 ` +
    `mcast_igmp_version 2 mcast_mld_version 1 nf_call_iptables 0 nf_call_ip6tables 0 nf_call_arptables 0 `
  );
}

/** STP port state as `bridge link` and `ip -d` print it */
export function portState(port: Link, env: NetToolsEnv): string {
  const br = env.ns.links.find((l) => l.name === port.master);
  return port.up && port.carrier && br?.up ? 'forwarding' : 'disabled';
}

function slaveInfo(link: Link, env: NetToolsEnv): string {
  const br = env.ns.links.find((l) => l.name === link.master);
  const id = `8000.${macNoZeros(br?.mac ?? link.mac)}`;
  const n = bridgePorts(env, link.master!).indexOf(link) + 1;
  return (
    `bridge_slave state ${portState(link, env)} priority 32 cost 2 hairpin off guard off root_block off fastleave off ` +
    `learning on flood on port_id 0x${(0x8000 + n).toString(16)} port_no 0x${n.toString(16)} ` +
    `designated_port ${32768 + n} designated_cost 0 designated_bridge ${id} designated_root ${id} ` +
    `hold_timer ${timer(0)} message_age_timer ${timer(0)} forward_delay_timer ${timer(0)} topology_change_ack 0 ` +
    `config_pending 0 proxy_arp off proxy_arp_wifi off mcast_router 1 mcast_fast_leave off mcast_flood on ` +
    `bcast_flood on mcast_to_unicast off neigh_suppress off group_fwd_mask 0 group_fwd_mask_str 0x0 ` +
    `vlan_tunnel off isolated off locked off `
  );
}

/** text after `link/ether MAC brd BRD[ link-netnsid N]`; `nl` is '\n' or '\\' (oneline) */
export function detailsAfterLinkLine(link: Link, env: NetToolsEnv, nl: string, linkMode = true): string {
  const lo = link.kind === 'loopback';
  const port = !!link.master;
  let s = ` promiscuity ${port ? 1 : 0}  allmulti ${port ? 1 : 0} minmtu ${lo ? 0 : 68} maxmtu ${lo ? 0 : 65535} `;
  if (link.kind === 'veth') s += `${nl}    veth `;
  else if (link.kind === 'bridge') s += `${nl}    ${bridgeInfo(link, env)}`;
  else if (link.kind === 'macvlan') s += `${nl}    macvlan mode ${link.mode ?? 'bridge'} bcqueuelen 1000 usedbcqueuelen 1000 `;
  else if (link.kind === 'ipvlan') s += `${nl}    ipvlan  mode ${link.mode ?? 'l2'} bridge `;
  else if (link.kind === 'vlan') s += `${nl}    vlan protocol 802.1Q id ${link.vlanId ?? 0} <REORDER_HDR> `;
  else if (link.kind === 'dummy') s += `${nl}    dummy `;
  if (port) s += `${nl}    ${slaveInfo(link, env)}`;
  if (linkMode && link.kind !== 'ether') s += 'addrgenmode eui64 ';
  const txq = link.kind === 'veth' ? 2 : 1;
  const tso = link.kind === 'bridge' && bridgePorts(env, link.name).length === 0 ? 65536 : 524280;
  s += `numtxqueues ${txq} numrxqueues ${txq} gso_max_size 65536 gso_max_segs 65535 tso_max_size ${tso} tso_max_segs 65535 gro_max_size 65536 `;
  return s;
}
