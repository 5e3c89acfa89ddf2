// Expected strings were produced by Go 1.19.8's encoding/json.
import { describe, expect, it } from 'vitest';
import { decodeJsonRaw, goJson, indentJson, JsonMarshalError, marshalIndent } from '../../src/cli/format/go-json.js';
import { goFloat, goMap, goNil, goSlice, goStruct, JsonNumber } from '../../src/cli/format/go-value.js';
import { renderGoTemplate } from '../../src/cli/format/go-template.js';

// type S struct { B string; A int; X *int `json:",omitempty"`; Y string `json:"y,omitempty"`;
//   Skip string `json:"-"`; E []string; M map[string]interface{}; F float64; hid int; Z []int `json:"z,omitempty"` }
const S = (o: Record<string, unknown>) => goStruct(o, 'main.S', { X: ',omitempty', Y: 'y,omitempty', Skip: '-', Z: 'z,omitempty' });
const s1 = () =>
  S({
    B: '<b>&', A: 1, X: null, Y: '', Skip: '', E: goNil('slice'),
    M: goMap({ z: 1, a: goSlice([], '[]int'), m: goNil('interface') }), F: goFloat(1e21), hid: 3, Z: goNil('slice'),
  });
const s2 = () =>
  S({ B: '', A: 0, X: 1, Y: 'y', Skip: 's', E: goSlice([], '[]string'), M: goMap({}), F: 0.000001, hid: 0, Z: goSlice([1], '[]int') });

describe('goJson (json.Marshal)', () => {
  it('keeps struct field order, honours tags and omitempty, sorts map keys', () => {
    expect(goJson(s1())).toBe('{"B":"\\u003cb\\u003e\\u0026","A":1,"E":null,"M":{"a":[],"m":null,"z":1},"F":1e+21}');
    expect(goJson(s2())).toBe('{"B":"","A":0,"X":1,"y":"y","E":[],"M":{},"F":0.000001,"z":[1]}');
  });
  it('escapes strings like Go', () => {
    const m = goMap({ é: '\u2028\u2029\x00\x1f\t"\\/', b: 1.5, a: 0, c: goFloat(100), d: 1e-7, e: goFloat(123456789) });
    expect(goJson(m)).toBe('{"a":0,"b":1.5,"c":100,"d":1e-7,"e":123456789,"é":"\\u2028\\u2029\\u0000\\u001f\\t\\"\\\\/"}');
    expect(goJson('<&>', { escapeHTML: false })).toBe('"<&>"');
    expect(goJson('<&>')).toBe('"\\u003c\\u0026\\u003e"');
  });
  it('nil kinds are null, empty ones are not', () => {
    expect(goJson([goNil('slice'), goNil('map'), null, undefined, goSlice([], '[]string'), goMap({})])).toBe('[null,null,null,null,[],{}]');
  });
  it('json.Number is written verbatim; NaN is refused', () => {
    expect(goJson(new JsonNumber('1.50'))).toBe('1.50');
    expect(() => goJson(NaN)).toThrow(JsonMarshalError);
    expect(() => goJson(NaN)).toThrow('json: unsupported value: NaN');
  });
  it('unexported fields and methods are not marshalled', () => {
    expect(goJson(goStruct({ A: 1, b: 2, C: () => 3 }))).toBe('{"A":1}');
  });
});

describe('indentJson (json.Indent)', () => {
  it('indents nested values, keeps empty {} and [] compact', () => {
    expect(indentJson(goJson(s1()), '', '    ')).toBe(
      '{\n    "B": "\\u003cb\\u003e\\u0026",\n    "A": 1,\n    "E": null,\n    "M": {\n        "a": [],\n        "m": null,\n        "z": 1\n    },\n    "F": 1e+21\n}',
    );
    expect(marshalIndent(s2(), '', '    ')).toBe(
      '{\n    "B": "",\n    "A": 0,\n    "X": 1,\n    "y": "y",\n    "E": [],\n    "M": {},\n    "F": 0.000001,\n    "z": [\n        1\n    ]\n}',
    );
  });
  it('drops leading space, keeps trailing space, applies the prefix after newlines', () => {
    expect(indentJson('  ' + goJson(s2()) + '\n ', '>', '\t')).toBe(
      '{\n>\t"B": "",\n>\t"A": 0,\n>\t"X": 1,\n>\t"y": "y",\n>\t"E": [],\n>\t"M": {},\n>\t"F": 0.000001,\n>\t"z": [\n>\t\t1\n>\t]\n>}\n ',
    );
    expect(indentJson('[]', '', '    ')).toBe('[]');
    expect(indentJson('"tab\\there"', '', '    ')).toBe('"tab\\there"');
    expect(indentJson('[ {"a" : [ 1 , 2 ] } ]', '', '  ')).toBe('[\n  {\n    "a": [\n      1,\n      2\n    ]\n  }\n]');
  });
});

describe('decodeJsonRaw (Decoder.UseNumber into interface{})', () => {
  it('gives maps, []interface{}, json.Number and nil interfaces', () => {
    const v = decodeJsonRaw('{"b":{"x":null},"a":[1,"s",true],"n":1.50}');
    expect(renderGoTemplate('{{.a}} {{.b}} {{.b.x}} {{.n}} {{printf "%T" .n}}', v)).toBe('[1 s true] map[x:<nil>] <no value> 1.50 json.Number');
    expect(goJson(v)).toBe('{"a":[1,"s",true],"b":{"x":null},"n":1.50}');
  });
  it('rejects malformed input', () => {
    expect(() => decodeJsonRaw('{"a":}')).toThrow();
    expect(() => decodeJsonRaw('[1] x')).toThrow();
  });
});
