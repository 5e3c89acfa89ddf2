// Expected strings come from Go 1.19.8's fmt.Sprintf / strconv.FormatFloat.
import { describe, expect, it } from 'vitest';
import { formatFloat, sprintf, sprint, sprintln, goQuote } from '../../src/cli/format/go-fmt.js';
import { goFloat, goMap, goNil, goSlice, goStruct } from '../../src/cli/format/go-value.js';

const S = (a: string[]) => goSlice(a, '[]string');

describe('fmt.Sprintf', () => {
  const cases: [string, unknown[], string][] = [
    ['%[2]d %[1]d', [1, 2], "2 1"],
    ['%[3]d', [1, 2], "%!d(BADINDEX)"],
    ['%[1]*d|', [5, 3], "    3|"],
    ['%[2]*[1]d|', [12, 5], "   12|"],
    ['%d %d %[1]d %d', [1, 2], "1 2 1 2"],
    ['%[x]d', [1], "%!d(BADINDEX)"],
    ['%[1]', [1], "%!(NOVERB)"],
    ['%.[2]*[1]f', [3.14159, 2], "3.14"],
    ['%-*d|', [-4, 7], "7   |"],
    ['%.*d', [-1, 7], "%!(BADPREC)7"],
    ['%*d', ['x', 7], "%!(BADWIDTH)7"],
    ['%[2]5d', [1, 2], "%!d(BADINDEX)"],
    ['%.', [1], "%!.(int=1)"],
    ['%5.', [1], "%!.(int=    1)"],
    ['%', [], "%!(NOVERB)"],
    ['%!', [1], "%!!(int=1)"],
    ['abc%', [1], "abc%!(NOVERB)%!(EXTRA int=1)"],
    ['%v %v', [S(['a']), goMap({ z: 1, a: 2 }, { type: 'map[string]int' })], "[a] map[a:2 z:1]"],
    ['%5v|%-5v|', [goSlice([1, 2], '[]int'), S(['a'])], "[    1     2]|[a    ]|"],
    ['%q', [S(['a b', 'c'])], "[\"a b\" \"c\"]"],
    ['%x', [S(['ab'])], "[6162]"],
    ['%08.3s|', ['abcdef'], "00000abc|"],
    ['%+q', ['日本'], "\"\\u65e5\\u672c\""],
    ['%#q', ['a`b'], "\"a`b\""],
    ['%#v', ['x'], "\"x\""],
    ['%t', [1], "%!t(int=1)"],
  ];
  it.each(cases)('%j', (format, args, want) => expect(sprintf(format, args)).toBe(want));
});

describe('fmt.Sprint / Sprintln', () => {
  it('adds spaces only between non-strings (Sprint) or always (Sprintln)', () => {
    expect(sprint([1, 2, 'x', 3, 'y', 'z'])).toBe('1 2x3yz');
    expect(sprintln(['a', 1])).toBe('a 1\n');
    expect(sprint([goNil('interface'), goStruct({ A: 1 }, '*main.T')])).toBe('<nil> &{1}');
  });
});

describe('strconv', () => {
  it('FormatFloat rounds the exact value, ties to even', () => {
    expect([0.5, 1.5, 2.5].map((x) => formatFloat(x, 'f', 0))).toEqual(['0', '2', '2']);
    expect(formatFloat(0.125, 'f', 2)).toBe('0.12');
    expect(formatFloat(1e22, 'f', 6)).toBe('10000000000000000000000.000000');
    expect(formatFloat(999.9, 'g', 3)).toBe('1e+03');
    expect(formatFloat(0.000123456, 'g', 4)).toBe('0.0001235');
    expect(formatFloat(123456789, 'g', -1)).toBe('1.23456789e+08');
    expect(formatFloat(12345.678, 'e', 2)).toBe('1.23e+04');
    expect(formatFloat(0, 'e', 6)).toBe('0.000000e+00');
    expect(sprintf('%v %v %v', [goFloat(1e20), goFloat(1e21), goFloat(123456789)])).toBe('1e+20 1e+21 1.23456789e+08');
  });
  it('Quote escapes like Go', () => {
    expect(goQuote('a\tb\nc\x01"\\é\u2028')).toBe('"a\\tb\\nc\\x01\\"\\\\é\\u2028"');
  });
});
