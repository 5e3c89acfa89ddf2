/**
 * The iptables rules the 20.10 bridge driver programs for a network (classic layout:
 * DOCKER, DOCKER-ISOLATION-STAGE-1/2, DOCKER-USER). Newer networks' rules are inserted above older ones.
 */
import type { Iptables } from '../../model/iptables.ts';
import { appendRule, deleteRule, ensureChain, insertRule, setPolicy } from '../../host/iptables-ops.ts';

export interface BridgeRuleInfo {
  bridge: string;
  subnet: string;
  icc: boolean;
  masquerade: boolean;
  internal: boolean;
}

/** chains and jumps the daemon sets up once at start */
export function setupBaseChains(ipt: Iptables): void {
  ensureChain(ipt, 'nat', 'DOCKER');
  ensureChain(ipt, 'filter', 'DOCKER');
  ensureChain(ipt, 'filter', 'DOCKER-ISOLATION-STAGE-1');
  ensureChain(ipt, 'filter', 'DOCKER-ISOLATION-STAGE-2');
  appendRule(ipt, 'nat', 'PREROUTING', '-m addrtype --dst-type LOCAL -j DOCKER');
  appendRule(ipt, 'nat', 'OUTPUT', '! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER');
  // dockerd turned ip_forward on itself, so it closes the FORWARD policy
  setPolicy(ipt, 'filter', 'FORWARD', 'DROP');
}

/** DOCKER-USER and the jumps that must stay first in FORWARD, re-asserted after every network */
export function arrangeForwardHead(ipt: Iptables): void {
  ensureChain(ipt, 'filter', 'DOCKER-USER');
  appendRule(ipt, 'filter', 'DOCKER-USER', '-j RETURN');
  appendRule(ipt, 'filter', 'DOCKER-ISOLATION-STAGE-1', '-j RETURN');
  appendRule(ipt, 'filter', 'DOCKER-ISOLATION-STAGE-2', '-j RETURN');
  deleteRule(ipt, 'filter', 'FORWARD', '-j DOCKER-ISOLATION-STAGE-1');
  insertRule(ipt, 'filter', 'FORWARD', '-j DOCKER-ISOLATION-STAGE-1');
  deleteRule(ipt, 'filter', 'FORWARD', '-j DOCKER-USER');
  insertRule(ipt, 'filter', 'FORWARD', '-j DOCKER-USER');
}

function natRules(i: BridgeRuleInfo): [string, string][] {
  if (i.internal) return [];
  const r: [string, string][] = [];
  if (i.masquerade) r.push(['POSTROUTING', `-s ${i.subnet} ! -o ${i.bridge} -j MASQUERADE`]);
  // libnetwork adds the skip-DNAT rule only with masquerade on (and hairpin off)
  if (i.masquerade) r.push(['DOCKER', `-i ${i.bridge} -j RETURN`]);
  return r;
}

function forwardRules(i: BridgeRuleInfo): string[] {
  // icc=false's DROP is appended at the chain's end (libnetwork setIcc uses -A), so it is not in this block
  const icc = i.icc ? [`-i ${i.bridge} -o ${i.bridge} -j ACCEPT`] : [];
  if (i.internal) return icc;
  return [
    `-o ${i.bridge} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`,
    `-o ${i.bridge} -j DOCKER`,
    `-i ${i.bridge} ! -o ${i.bridge} -j ACCEPT`,
    ...icc,
  ];
}

const iccDrop = (i: BridgeRuleInfo) => `-i ${i.bridge} -o ${i.bridge} -j DROP`;

function isolationRules(i: BridgeRuleInfo): [string, string][] {
  if (i.internal) {
    return [
      ['DOCKER-ISOLATION-STAGE-1', `! -s ${i.subnet} -o ${i.bridge} -j DROP`],
      ['DOCKER-ISOLATION-STAGE-1', `! -d ${i.subnet} -i ${i.bridge} -j DROP`],
    ];
  }
  return [
    ['DOCKER-ISOLATION-STAGE-1', `-i ${i.bridge} ! -o ${i.bridge} -j DOCKER-ISOLATION-STAGE-2`],
    ['DOCKER-ISOLATION-STAGE-2', `-o ${i.bridge} -j DROP`],
  ];
}

export function programBridge(ipt: Iptables, i: BridgeRuleInfo): void {
  for (const [c, rule] of natRules(i)) insertRule(ipt, 'nat', c, rule);
  // inserted in reverse so the block reads in order at the top of FORWARD
  for (const rule of forwardRules(i).reverse()) insertRule(ipt, 'filter', 'FORWARD', rule);
  if (!i.icc) appendRule(ipt, 'filter', 'FORWARD', iccDrop(i));
  for (const [c, rule] of isolationRules(i).reverse()) insertRule(ipt, 'filter', c, rule);
  arrangeForwardHead(ipt);
}

export function revokeBridge(ipt: Iptables, i: BridgeRuleInfo): void {
  for (const [c, rule] of natRules(i)) deleteRule(ipt, 'nat', c, rule);
  for (const rule of forwardRules(i)) deleteRule(ipt, 'filter', 'FORWARD', rule);
  if (!i.icc) deleteRule(ipt, 'filter', 'FORWARD', iccDrop(i));
  for (const [c, rule] of isolationRules(i)) deleteRule(ipt, 'filter', c, rule);
}

export interface PortRule {
  proto: string;
  hostIp: string;
  hostPort: number;
  containerIp: string;
  containerPort: number;
  bridge: string;
}

function dnatRule(p: PortRule): string {
  const dst = p.hostIp && p.hostIp !== '0.0.0.0' ? `-d ${p.hostIp}/32 ` : '';
  return `${dst}! -i ${p.bridge} -p ${p.proto} -m ${p.proto} --dport ${p.hostPort} -j DNAT --to-destination ${p.containerIp}:${p.containerPort}`;
}

function acceptRule(p: PortRule): string {
  return `-d ${p.containerIp}/32 ! -i ${p.bridge} -o ${p.bridge} -p ${p.proto} -m ${p.proto} --dport ${p.containerPort} -j ACCEPT`;
}

function hairpinRule(p: PortRule): string {
  return `-s ${p.containerIp}/32 -d ${p.containerIp}/32 -p ${p.proto} -m ${p.proto} --dport ${p.containerPort} -j MASQUERADE`;
}

export function programPort(ipt: Iptables, p: PortRule): void {
  appendRule(ipt, 'nat', 'DOCKER', dnatRule(p));
  appendRule(ipt, 'filter', 'DOCKER', acceptRule(p));
  appendRule(ipt, 'nat', 'POSTROUTING', hairpinRule(p));
}

export function revokePort(ipt: Iptables, p: PortRule): void {
  deleteRule(ipt, 'nat', 'DOCKER', dnatRule(p));
  deleteRule(ipt, 'filter', 'DOCKER', acceptRule(p));
  deleteRule(ipt, 'nat', 'POSTROUTING', hairpinRule(p));
}
