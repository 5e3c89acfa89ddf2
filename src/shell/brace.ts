/**
 * Bash brace expansion: a{b,c}d -> abd acd, {1..5}, {a..e}, {01..10..3}. It runs
 * before all other expansions and only looks at unquoted characters; busybox ash
 * does not have it.
 */
import type { Word, WordPart } from './ast';

type Item = { ch: string } | { part: WordPart };

const MAX_WORDS = 10_000;

function toItems(word: Word): Item[] {
  const items: Item[] = [];
  for (const p of word.parts) {
    if (p.kind === 'lit' && !p.quoted) for (const ch of p.text) items.push({ ch });
    else items.push({ part: p });
  }
  return items;
}

function toWord(items: Item[], like: Word): Word {
  const parts: WordPart[] = [];
  for (const it of items) {
    if ('part' in it) { parts.push(it.part); continue; }
    const last = parts[parts.length - 1];
    if (last && last.kind === 'lit' && !last.quoted) last.text += it.ch;
    else parts.push({ kind: 'lit', text: it.ch, quoted: false });
  }
  return { parts, raw: like.raw, line: like.line };
}

const isCh = (it: Item | undefined, c: string) => it !== undefined && 'ch' in it && it.ch === c;

/** {x..y[..step]} over numbers or single letters */
function sequence(inner: Item[]): Item[][] | null {
  if (inner.some((it) => 'part' in it)) return null;
  const text = inner.map((it) => (it as { ch: string }).ch).join('');
  const num = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(text);
  const chr = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?\d+))?$/.exec(text);
  if (!num && !chr) return null;
  const m = (num ?? chr)!;
  const from = num ? Number(m[1]) : m[1].charCodeAt(0);
  const to = num ? Number(m[2]) : m[2].charCodeAt(0);
  let step = Math.abs(Number(m[3] ?? 1)) || 1;
  if (to < from) step = -step;
  const pad = num && (/^-?0\d/.test(m[1]) || /^-?0\d/.test(m[2])) ? Math.max(m[1].length, m[2].length) : 0;
  const out: Item[][] = [];
  for (let v = from; step > 0 ? v <= to : v >= to; v += step) {
    if (out.length >= MAX_WORDS) break;
    let s = num ? String(Math.abs(v)).padStart(pad - (v < 0 ? 1 : 0), '0') : String.fromCharCode(v);
    if (num && v < 0) s = '-' + s;
    out.push([...s].map((ch) => ({ ch })));
  }
  return out;
}

function expandItems(items: Item[], budget: { n: number }): Item[][] {
  for (let i = 0; i < items.length; i++) {
    if (!isCh(items[i], '{')) continue;
    let depth = 0;
    const commas: number[] = [];
    let close = -1;
    for (let j = i + 1; j < items.length; j++) {
      if (isCh(items[j], '{')) depth++;
      else if (isCh(items[j], '}')) {
        if (depth === 0) { close = j; break; }
        depth--;
      } else if (isCh(items[j], ',') && depth === 0) commas.push(j);
    }
    if (close < 0) return [items];
    let alts: Item[][] | null;
    if (commas.length) {
      alts = [];
      let start = i + 1;
      for (const c of [...commas, close]) { alts.push(items.slice(start, c)); start = c + 1; }
    } else alts = sequence(items.slice(i + 1, close));
    if (!alts) continue;
    const prefix = items.slice(0, i);
    const suffix = items.slice(close + 1);
    const out: Item[][] = [];
    for (const alt of alts) {
      for (const w of expandItems([...prefix, ...alt, ...suffix], budget)) {
        if (budget.n-- <= 0) return out;
        out.push(w);
      }
    }
    return out;
  }
  return [items];
}

export function braceExpand(word: Word): Word[] {
  if (!word.parts.some((p) => p.kind === 'lit' && !p.quoted && p.text.includes('{'))) return [word];
  return expandItems(toItems(word), { n: MAX_WORDS }).map((items) => toWord(items, word));
}
