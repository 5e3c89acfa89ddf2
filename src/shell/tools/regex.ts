/**
 * POSIX regular expressions (basic and extended, with the GNU extensions grep users
 * rely on: \+ \? \| \< \> \b \w \s) translated to JavaScript RegExp source.
 * The translation is done by hand because the two syntaxes differ in what is special:
 * in a BRE `+` and `(` are literal and `\(` groups; inside brackets a backslash is literal.
 */

export class RegexError extends Error {
  constructor(readonly gnu: string) {
    super(gnu);
  }
}

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: '0-9A-Za-z', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', print: ' -~', graph: '!-~', cntrl: '\\x00-\\x1f\\x7f', xdigit: '0-9A-Fa-f',
  word: '0-9A-Za-z_',
};

/** a bracket expression starting at re[i] === '['; returns JS class and the index after `]` */
function bracket(re: string, i: number): { js: string; next: number } {
  let j = i + 1;
  // GNU grep words a `[` that ends the pattern differently from one that is never closed
  if (j >= re.length) throw new RegexError('Invalid regular expression');
  let out = '[';
  if (re[j] === '^') { out += '^'; j++; }
  let first = true;
  for (;;) {
    if (j >= re.length) throw new RegexError('Unmatched [, [^, [:, [., or [=');
    const c = re[j];
    if (c === ']' && !first) return { js: out + ']', next: j + 1 };
    first = false;
    if (c === '[' && (re[j + 1] === ':' || re[j + 1] === '.' || re[j + 1] === '=')) {
      const kind = re[j + 1];
      const end = re.indexOf(kind + ']', j + 2);
      if (end < 0) throw new RegexError('Unmatched [, [^, [:, [., or [=');
      const name = re.slice(j + 2, end);
      if (kind === ':') {
        if (!(name in CLASSES)) throw new RegexError('Invalid character class name');
        out += CLASSES[name];
      } else out += name.replace(/[\\\]^-]/g, '\\$&');
      j = end + 2;
      continue;
    }
    // inside brackets a backslash is an ordinary character in POSIX
    if (c === '\\' || c === ']' || (c === '^' && out.length > 1) || c === '[') out += '\\' + c;
    else out += c;
    j++;
  }
}

/**
 * Translate a POSIX regex. `extended`: ERE (grep -E, awk); otherwise BRE (grep).
 * `awk`: backslash escapes \n \t \/ as awk defines them.
 */
export function posixToJs(re: string, extended: boolean, awk = false): string {
  let out = '';
  let depth = 0;
  /** position where `*` would be literal (start of expression or group or alternative) */
  let atStart = true;
  for (let i = 0; i < re.length; ) {
    const c = re[i];
    const startHere = atStart;
    atStart = false;
    if (c === '\\') {
      const n = re[i + 1];
      i += 2;
      if (n === undefined) throw new RegexError('Trailing backslash');
      if (!extended && n === '(') { out += '('; depth++; atStart = true; continue; }
      if (!extended && n === ')') {
        if (depth === 0) throw new RegexError('Unmatched ) or \\)');
        out += ')'; depth--; continue;
      }
      if (!extended && n === '|') { out += '|'; atStart = true; continue; }
      if (!extended && (n === '+' || n === '?')) { out += startHere ? '\\' + n : n; continue; }
      if (!extended && n === '{') {
        const end = re.indexOf('\\}', i);
        if (end < 0) throw new RegexError('Unmatched \\{');
        const body = re.slice(i, end);
        if (!/^\d*(,\d*)?$/.test(body) || body === '' || body === ',') throw new RegexError('Invalid content of \\{\\}');
        out += `{${body.startsWith(',') ? '0' + body : body}}`;
        i = end + 2;
        continue;
      }
      if (n === '<') { out += '(?<![A-Za-z0-9_])(?=[A-Za-z0-9_])'; continue; }
      if (n === '>') { out += '(?<=[A-Za-z0-9_])(?![A-Za-z0-9_])'; continue; }
      if ('bBwWsS'.includes(n)) { out += '\\' + n; continue; }
      if (/[1-9]/.test(n)) { out += '\\' + n; continue; }
      if (awk && n === 'n') { out += '\\n'; continue; }
      if (awk && n === 't') { out += '\\t'; continue; }
      out += n.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
      continue;
    }
    if (c === '[') {
      const b = bracket(re, i);
      out += b.js;
      i = b.next;
      continue;
    }
    if (c === '*') {
      out += startHere ? '\\*' : '*';
      i++;
      continue;
    }
    if (c === '^') {
      out += extended || startHere ? '^' : '\\^';
      atStart = true;
      i++;
      continue;
    }
    if (c === '$') {
      const atEnd = i + 1 === re.length || (!extended && re.startsWith('\\)', i + 1)) || (!extended && re.startsWith('\\|', i + 1));
      out += extended || atEnd ? '$' : '\\$';
      i++;
      continue;
    }
    if (extended) {
      if (c === '(') { out += '('; depth++; atStart = true; i++; continue; }
      if (c === ')') {
        if (depth === 0) throw new RegexError('Unmatched ) or \\)');
        out += ')'; depth--; i++; continue;
      }
      if (c === '|') { out += '|'; atStart = true; i++; continue; }
      if (c === '+' || c === '?') { out += startHere ? '\\' + c : c; i++; continue; }
      if (c === '{') {
        const m = /^\{(\d*)(,(\d*))?\}/.exec(re.slice(i));
        if (m && (m[1] !== '' || m[3])) {
          out += `{${m[1] || '0'}${m[2] ?? ''}}`;
          i += m[0].length;
        } else { out += '\\{'; i++; }
        continue;
      }
    }
    out += c.replace(/[.*+?^${}()|[\]\\/]/g, (x) => (x === '.' ? '.' : '\\' + x));
    i++;
  }
  if (depth > 0) throw new RegexError('Unmatched ( or \\(');
  return out;
}

export function escapeLiteral(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** compile, turning any remaining JS syntax error into a POSIX-looking message */
export function compile(src: string, flags: string): RegExp {
  try {
    return new RegExp(src, flags);
  } catch {
    throw new RegexError('Invalid regular expression');
  }
}
