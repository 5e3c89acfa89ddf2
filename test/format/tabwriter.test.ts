// Cases from the conformance recordings (docker 20.10.24) and from Go 1.19.8's
// text/tabwriter with the writer docker uses: NewWriter(out, 10, 1, 3, ' ', 0).
import { describe, expect, it } from 'vitest';
import { AlignRight, Debug, DiscardEmptyColumns, TabIndent, TabWriter, tabwrite } from '../../src/cli/format/tabwriter.js';

describe('tabwriter as docker uses it', () => {
  it('network ls with rows (01-network-ls)', () => {
    const rows = 'NETWORK ID\tNAME\tDRIVER\tSCOPE\nfa2cb22d277d\tbridge\tbridge\tlocal\n76a2db4eb939\thost\thost\tlocal\n28a8476eff21\tnone\tnull\tlocal\n';
    expect(tabwrite(rows)).toBe(
      'NETWORK ID     NAME      DRIVER    SCOPE\n' +
        'fa2cb22d277d   bridge    bridge    local\n' +
        '76a2db4eb939   host      host      local\n' +
        '28a8476eff21   none      null      local\n',
    );
  });
  it('an empty list: the header alone sets the widths (01-network-ls --filter type=custom)', () => {
    expect(tabwrite('NETWORK ID\tNAME\tDRIVER\tSCOPE\n')).toBe('NETWORK ID   NAME      DRIVER    SCOPE\n');
  });
  it('the last cell of a line is not a column (22-publish-variants)', () => {
    const t = 'NAMES\tPORTS\nw5\t0.0.0.0:5353->53/udp, :::5353->53/udp\nw1\t127.0.0.1:8081->80/tcp\n';
    expect(tabwrite(t)).toBe('NAMES     PORTS\nw5        0.0.0.0:5353->53/udp, :::5353->53/udp\nw1        127.0.0.1:8081->80/tcp\n');
  });
  it('empty cells still pad (16-bridge-isolation, docker container ls)', () => {
    const t =
      'CONTAINER ID\tIMAGE\tCOMMAND\tCREATED\tSTATUS\tPORTS\tNAMES\n' +
      '580fe7e24246\talpine\t"ash"\t1 second ago\tUp Less than a second\t\talpine4\n' +
      '436d64d1bbf1\talpine\t"ash"\t1 second ago\tUp Less than a second\t\talpine3\n' +
      '81d323ef4ad4\talpine\t"ash"\t2 seconds ago\tUp Less than a second\t\talpine2\n' +
      '774d50b1e740\talpine\t"ash"\t2 seconds ago\tUp 1 second\t\talpine1\n';
    expect(tabwrite(t)).toBe(
      [
        'CONTAINER ID   IMAGE     COMMAND   CREATED         STATUS                  PORTS     NAMES',
        '580fe7e24246   alpine    "ash"     1 second ago    Up Less than a second             alpine4',
        '436d64d1bbf1   alpine    "ash"     1 second ago    Up Less than a second             alpine3',
        '81d323ef4ad4   alpine    "ash"     2 seconds ago   Up Less than a second             alpine2',
        '774d50b1e740   alpine    "ash"     2 seconds ago   Up 1 second                       alpine1',
        '',
      ].join('\n'),
    );
  });
});

describe('tabwriter edge cases (Go oracle)', () => {
  const cases: [string, string][] = [
    ['a\tb\tc\naaaaaaaaaaaa\tbbbbbbbbbbbbbbbb\n\nx\ty\n', 'a              b         c\naaaaaaaaaaaa   bbbbbbbbbbbbbbbb\n\nx         y\n'],
    ['a\tb\nno tabs here at all\nc\td\n', 'a         b\nno tabs here at all\nc         d\n'],
    ['h1\th2\th3\nv1\t\tv3\n\t\t\n', 'h1        h2        h3\nv1                  v3\n                    \n'],
    ['日本語\tx\nab\ty\n', '日本語       x\nab        y\n'],
    ['a\tb\tc', 'a         b         c'],
    ['trailing\t\n', 'trailing   \n'],
    ['one\ttwo\nthree\tfour\tfive\tsix\nseven\n', 'one       two\nthree     four      five      six\nseven\n'],
    ['', ''],
    ['\n\n', '\n\n'],
    ['a\vb\tc\n', 'a         b         c\n'],
  ];
  it.each(cases)('%j', (input, want) => expect(tabwrite(input)).toBe(want));

  it('flags: AlignRight, Debug, DiscardEmptyColumns, TabIndent', () => {
    const t = 'a\tbbb\tc\n\tdddddd\te\nfff\t\tg\n';
    expect(tabwrite(t, 5, 4, 1, ' ', AlignRight)).toBe('    a    bbbc\n      dddddde\n  fff       g\n');
    expect(tabwrite(t, 5, 4, 1, ' ', Debug)).toBe('a    |bbb    |c\n     |dddddd |e\nfff  |       |g\n');
    expect(tabwrite(t, 5, 4, 1, ' ', DiscardEmptyColumns)).toBe('a    bbb    c\n     dddddd e\nfff         g\n');
    expect(tabwrite(t, 5, 4, 1, ' ', TabIndent)).toBe('a    bbb    c\n\t\tdddddd e\nfff         g\n');
  });

  it('writes may be split anywhere', () => {
    const w = new TabWriter();
    for (const ch of 'NAME\tDRIVER\nbridge\tbridge\n') w.write(ch);
    expect(w.flush()).toBe('NAME      DRIVER\nbridge    bridge\n');
  });
});
