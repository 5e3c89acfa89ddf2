import { describe, expect, it } from 'vitest';
import {
  parseGoTemplate, renderGoTemplate, TemplateExecError, TemplateParseError,
} from '../../src/cli/format/go-template.js';
import { GoFunc, goFloat, goFunc, goMap, goNil, goSlice, goStruct, JsonNumber } from '../../src/cli/format/go-value.js';
import { formatValue, sprintf } from '../../src/cli/format/go-fmt.js';

const render = (t: string, data: unknown, opts = {}) => renderGoTemplate(t, data, opts);
const execError = (t: string, data: unknown, opts = {}) => {
  try {
    render(t, data, opts);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('no error');
};

// A container as docker inspect's typed value sees it (the parts used below).
const web = () =>
  goStruct(
    {
      Name: '/web',
      HostConfig: goStruct({ NetworkMode: 'app-net' }, '*container.HostConfig'),
      NetworkSettings: goStruct(
        {
          IPAddress: '',
          Ports: goMap({}, { type: 'nat.PortMap' }),
          Networks: goMap(
            {
              'app-net': goStruct(
                { IPAMConfig: null, Aliases: goSlice(['aa5678262c8b'], '[]string'), IPAddress: '172.18.0.2', IPPrefixLen: 16 },
                '*network.EndpointSettings',
              ),
              bridge: goStruct({ IPAMConfig: null, Aliases: goNil('slice', '[]string'), IPAddress: '172.17.0.2', IPPrefixLen: 16 }, '*network.EndpointSettings'),
            },
            { type: 'map[string]*network.EndpointSettings', zero: goNil('ptr', '*network.EndpointSettings') },
          ),
        },
        '*types.NetworkSettings',
      ),
    },
    'types.ContainerJSON',
  );

describe('fields, maps and variables', () => {
  it('walks struct fields and uses map keys as fields', () => {
    expect(render('{{.HostConfig.NetworkMode}}', web())).toBe('app-net');
    expect(render('{{.NetworkSettings.Networks.bridge.IPAddress}}', web())).toBe('172.17.0.2');
    expect(render('[{{.NetworkSettings.IPAddress}}]', web())).toBe('[]');
  });
  it('a missing map key is <no value>, a missing struct field an error', () => {
    expect(render('{{.NetworkSettings.Networks.nope}}', web())).toBe('<no value>');
    expect(execError('{{.Nope}}', web())).toBe(
      'template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type types.ContainerJSON',
    );
  });
  it('ranges over maps in sorted key order, with $k, $v', () => {
    const t = '{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{end}}';
    expect(render(t, web())).toBe('app-net=172.18.0.2 bridge=172.17.0.2 ');
    expect(render('{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}', web())).toBe('172.18.0.2172.17.0.2');
    expect(render('{{range .NetworkSettings.Ports}}x{{else}}none{{end}}', web())).toBe('none');
  });
  it('parenthesised pipelines and index', () => {
    expect(render('{{(index .NetworkSettings.Networks "app-net").Aliases}}', web())).toBe('[aa5678262c8b]');
    expect(render('{{index .NetworkSettings.Networks "bridge" | printf "%T"}}', web())).toBe('*network.EndpointSettings');
  });
  it('prints nil kinds like Go', () => {
    expect(render('{{.NetworkSettings.Networks.bridge.Aliases}} {{.NetworkSettings.Networks.bridge.IPAMConfig}}', web())).toBe('[] <nil>');
    expect(render('{{.}}', goMap({ a: goNil('map'), b: goNil('interface'), c: null }))).toBe('map[a:map[] b:<nil> c:<nil>]');
  });
  it('declares and assigns variables; $ is the root', () => {
    expect(render('{{$n := .Name}}{{with .HostConfig}}{{$n}} {{$.Name}} {{.NetworkMode}}{{end}}', web())).toBe('/web /web app-net');
    expect(render('{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}', {})).toBe('2');
  });
  it('if / else if / with / else', () => {
    const t = '{{if eq .N 1}}one{{else if eq .N 2}}two{{else}}many{{end}}';
    expect([1, 2, 3].map((N) => render(t, { N }))).toEqual(['one', 'two', 'many']);
    expect(render('{{with .S}}[{{.}}]{{else}}empty{{end}}', { S: '' })).toBe('empty');
  });
  it('trim markers and comments', () => {
    expect(render('a  {{- .S -}}  b {{/* note */}}c{{- /* x */ -}} d', { S: 'x' })).toBe('axb cd');
  });
  it('break and continue in range', () => {
    const t = '{{range $i, $e := .L}}{{if eq $i 1}}{{continue}}{{end}}{{if eq $i 3}}{{break}}{{end}}{{$e}}{{end}}';
    expect(render(t, { L: ['a', 'b', 'c', 'd'] })).toBe('ac');
  });
  it('define / template / block', () => {
    expect(render('{{define "x"}}<{{.}}>{{end}}{{template "x" .A}}{{block "y" .B}}[{{.}}]{{end}}', { A: 1, B: 2 })).toBe('<1>[2]');
  });
});

describe('methods (docker list contexts)', () => {
  const ctx = goStruct(
    { ID: () => 'fa2cb22d277d', Name: () => 'bridge', Label: (k: string) => ({ env: 'lab' } as Record<string, string>)[k] ?? '' },
    '*network.networkContext',
  );
  it('calls methods with and without arguments', () => {
    expect(render('{{.ID}} {{.Name}} {{.Label "env"}} [{{.Label "x"}}]', ctx)).toBe('fa2cb22d277d bridge lab []');
    expect(render('{{"env" | .Label}}', ctx)).toBe('lab');
  });
  it('reports Go errors for bad calls', () => {
    expect(execError('{{.Label}}', ctx)).toBe('template: :1:2: executing "" at <.Label>: wrong number of args for Label: want 1 got 0');
    expect(execError('{{.Label 1}}', ctx)).toBe('template: :1:9: executing "" at <1>: expected string; found 1');
    expect(execError('{{.Nope}}', ctx)).toBe('template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *network.networkContext');
  });
  it('the root type name can come from the caller', () => {
    expect(execError('{{.Nope}}', { A: 1 }, { typeName: '*formatter.ContainerContext' })).toBe(
      'template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext',
    );
  });
  it('goFunc declares a Go signature', () => {
    const f = goFunc((n: number) => n * 2, ['int']);
    expect(render('{{double 21}}', {}, { funcs: { double: f } })).toBe('42');
    expect(f).toBeInstanceOf(GoFunc);
  });
});

describe('functions', () => {
  it('json is an Encoder without HTML escaping and without the newline', () => {
    expect(render('{{json .}}', goStruct({ A: '<b>&', B: goNil('slice'), C: goMap({ z: 1, a: 2 }) }))).toBe('{"A":"<b>&","B":null,"C":{"a":2,"z":1}}');
    expect(render('{{json .NetworkSettings.Ports}}', web())).toBe('{}');
  });
  it('join, split, title, lower, upper, pad, truncate', () => {
    expect(render('{{join (split "a,b,c" ",") "+"}} {{title "hello world"}} {{upper "x"}}{{lower "Y"}}', {})).toBe('a+b+c Hello World Xy');
    expect(render('[{{pad "ab" 1 2}}][{{pad "" 1 2}}] {{truncate "abcdef" 3}}', {})).toBe('[ ab  ][] abc');
  });
  it('len, index, slice, comparisons, logic', () => {
    expect(render('{{len .}} {{index . 1}} {{slice . 1 2}}', ['a', 'b', 'c'])).toBe('3 b [b]');
    expect(render('{{lt 1 2}} {{ge "a" "b"}} {{and 1 0}} {{or "" "x"}} {{not 0}}', {})).toBe('true false 0 x true');
    expect(execError('{{eq 1 "a"}}', {})).toBe('template: :1:2: executing "" at <eq 1 "a">: error calling eq: incompatible types for comparison');
  });
  it('printf covers the common verbs', () => {
    expect(render('{{printf "%s|%d|%v|%q|%t|%-6s|%5.2f|%x" "a" 42 .L "q" true "ab" 3.14159 255}}', { L: ['x', 'y'] })).toBe(
      'a|42|[x y]|"q"|true|ab    | 3.14|ff',
    );
    expect(sprintf('%d %s', ['x'])).toBe('%!d(string=x) %!s(MISSING)');
    expect(sprintf('%s', ['a', 1])).toBe('a%!(EXTRA int=1)');
  });
  it('html, js, urlquery, print, println', () => {
    expect(render('{{html "<a>"}} {{js "it\'s"}} {{urlquery "a b"}} {{print 1 2 "x"}} {{println "z"}}', {})).toBe(
      "&lt;a&gt; it\\'s a+b 1 2x z\n",
    );
  });
  it('call invokes a function value', () => {
    // functions held in a map are values (in a struct they are methods)
    expect(render('{{call .F "x"}}', goMap({ F: (s: string) => s + '!' }))).toBe('x!');
  });
});

describe('values print like fmt %v', () => {
  it('scalars, slices, maps, structs', () => {
    expect(formatValue(goSlice(['a', 'b'], '[]string'))).toBe('[a b]');
    expect(formatValue(goMap({ b: 1, a: true }))).toBe('map[a:true b:1]');
    expect(formatValue(goStruct({ A: 'x', B: 2 }))).toBe('{x 2}');
    expect(formatValue(goFloat(1e6))).toBe('1e+06');
    expect(formatValue(0.1)).toBe('0.1');
    expect(formatValue(new JsonNumber('464'))).toBe('464');
    expect(formatValue(goNil('slice'))).toBe('[]');
    expect(formatValue(goNil('map'))).toBe('map[]');
    expect(formatValue(null)).toBe('<nil>');
  });
  it('an absent value prints <no value>', () => {
    expect(render('{{.missing}}', goMap({}))).toBe('<no value>');
  });
});

describe('errors carry Go text', () => {
  const parseError = (t: string) => {
    try {
      parseGoTemplate(t);
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateParseError);
      return (e as Error).message;
    }
    throw new Error('parsed');
  };
  it('parse errors', () => {
    expect(parseError('{{foo}}')).toBe('template: :1: function "foo" not defined');
    expect(parseError('{{.Name}')).toBe("template: :1: bad character U+007D '}'");
    expect(parseError('{{.Name ~}}')).toBe('template: :1: unexpected "~" in operand');
    expect(parseError('{{if .A}}')).toBe('template: :1: unexpected EOF');
    expect(parseError('x\n{{.A')).toBe('template: :2: unclosed action');
    expect(parseError('{{$x}}')).toBe('template: :1: undefined variable "$x"');
    expect(parseError('{{end}}')).toBe('template: :1: unexpected {{end}}');
  });
  it('exec errors keep partial output', () => {
    try {
      render('ab{{.A.B}}', { A: 'x' });
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateExecError);
      expect((e as TemplateExecError).output).toBe('ab');
      expect((e as Error).message).toBe('template: :1:6: executing "" at <.A.B>: can\'t evaluate field B in type string');
    }
  });
  it('missingkey=error, as docker inspect uses for its raw fallback', () => {
    expect(execError('{{.Id}}', goMap({}), { missingKey: 'error' })).toBe(
      'template: :1:2: executing "" at <.Id>: map has no entry for key "Id"',
    );
  });
  it('nil pointers', () => {
    expect(execError('{{(index .NetworkSettings.Networks "x").Aliases}}', web())).toBe(
      'template: :1:35: executing "" at <"x">: nil pointer evaluating *network.EndpointSettings.Aliases',
    );
  });
});
