// Function and method calls of the template executor (text/template
// exec.go evalCall/evalArg/validateType): argument counting and type checks
// against the Go signature, so that errors read like Go's.
import { goQuote } from './go-fmt.js';
import { indirectInterface, isTrue, toFuncDef, type FuncDef } from './go-template-funcs.js';
import { nodeString, type ChainNode, type FieldNode, type Node, type NumberNode, type PipeNode, type VariableNode } from './go-template-parse.js';
import {
  GoFunc, GoNil, JsonNumber, elemType, isExported, isMethodValue, kindOf, mapMeta, typeName as goTypeName, type GoParam,
} from './go-value.js';

/** Go's missingVal: "no value from a previous pipeline command". */
export const MISSING = Symbol('missingVal');

/**
 * A value read out of a map[string]interface{} or []interface{}: Go still
 * sees its static type, interface {}, which shows in error messages
 * ("can't evaluate field X in type interface {}"). Unwrapped when a command
 * finishes, like Go's evalPipeline does.
 */
export class Iface {
  constructor(readonly v: unknown) {}
}
export const unwrap = (v: unknown) => (v instanceof Iface ? v.v : v);
export const boxIfInterface = (container: unknown, v: unknown) =>
  elemType(container) === 'interface {}' && v !== undefined && !(v instanceof GoNil && v.of === 'interface') ? new Iface(v) : v;
export type Val = unknown;
export class BreakSignal {}
export class ContinueSignal {}
/** Carries an execution error (already in Go's wording) up to execute(). */
export class ExecAbort extends Error {}

const paramName = (t: GoParam | null): string =>
  t === 'any' ? 'interface {}' : t === 'value' ? 'reflect.Value' : (t ?? '<nil>');
const canBeNil = (t: GoParam | null) => t === 'any' || t === 'value' || t === '[]string';
const zeroOf = (t: GoParam): Val => (t === 'any' ? new GoNil('interface') : t === '[]string' ? new GoNil('slice', '[]string') : undefined);
export const isNilValue = (v: Val) => v === null || (v instanceof GoNil && (v.of === 'ptr' || v.of === 'interface'));

/** What the call helpers need from the executor's state. */
export interface CallState {
  funcs: Map<string, { def: FuncDef; builtin: boolean }>;
  at(n: Node): void;
  errorf(msg: string): never;
  typeName(v: Val): string;
  evalPipeline(dot: Val, pipe: PipeNode): Val;
  evalFieldNode(dot: Val, field: FieldNode, args: Node[] | null, final: Val): Val;
  evalVariableNode(dot: Val, v: VariableNode, args: Node[] | null, final: Val): Val;
  evalChainNode(dot: Val, chain: ChainNode, args: Node[] | null, final: Val): Val;
  idealConstant(c: NumberNode): Val;
}

export function evalFunction(s: CallState, dot: Val, node: Extract<Node, { type: 'identifier' }>, cmd: Node, args: Node[] | null, final: Val): Val {
  s.at(node);
  const f = s.funcs.get(node.ident);
  if (!f) s.errorf(`${goQuote(node.ident)} is not a defined function`);
  return evalCall(s, dot, f.def, f.builtin, cmd, node.ident, args, final);
}

/** The method `name` of a receiver (struct function fields, map methods, json.Number's). */
export function methodOf(receiver: Val, name: string): FuncDef | undefined {
  if (!isExported(name)) return undefined;
  if (receiver instanceof JsonNumber) {
    if (name === 'String') return toFuncDef(() => receiver.text);
    if (name === 'Float64' || name === 'Int64') return toFuncDef(() => Number(receiver.text));
  }
  if (receiver === null || typeof receiver !== 'object' || receiver instanceof GoNil) return undefined;
  if (kindOf(receiver) === 'map') {
    const m = receiver instanceof Map ? undefined : mapMeta(receiver)?.methods?.[name];
    return m && isMethodValue(m) ? toFuncDef(m as GoFunc) : undefined;
  }
  if (kindOf(receiver) !== 'struct') return undefined;
  const m = (receiver as Record<string, unknown>)[name];
  if (!Object.prototype.hasOwnProperty.call(receiver, name) && typeof m !== 'function') return undefined;
  if (!isMethodValue(m)) return undefined;
  const d = toFuncDef(m as GoFunc);
  return { ...d, fn: (...a: unknown[]) => d.fn.apply(receiver, a) };
}

export function evalCall(s: CallState, dot: Val, fun: FuncDef, builtin: boolean, node: Node, name: string, argNodes: Node[] | null, final: Val): Val {
  const args = argNodes ? argNodes.slice(1) : [];
  const numIn = args.length + (final !== MISSING ? 1 : 0);
  const nParams = fun.params.length;
  let numFixed = args.length;
  if (fun.variadic) {
    numFixed = nParams - 1;
    if (numIn < numFixed) s.errorf(`wrong number of args for ${name}: want at least ${nParams - 1} got ${args.length}`);
  } else if (numIn !== nParams) {
    s.errorf(`wrong number of args for ${name}: want ${nParams} got ${numIn}`);
  }
  if (builtin && (name === 'and' || name === 'or')) {
    let v: Val;
    for (const a of args) {
      v = evalArg(s, dot, 'value', a);
      if (isTrue(indirectInterface(v))[0] === (name === 'or')) return v;
    }
    if (final !== MISSING) v = validateType(s, final, 'value');
    return v;
  }
  const argv: Val[] = [];
  let i = 0;
  for (; i < numFixed && i < args.length; i++) argv.push(evalArg(s, dot, fun.params[i], args[i]));
  const elem = fun.params[nParams - 1];
  if (fun.variadic) for (; i < args.length; i++) argv.push(evalArg(s, dot, elem, args[i]));
  if (final !== MISSING) {
    const t = fun.variadic && numIn - 1 < numFixed ? fun.params[numIn - 1] : elem;
    argv.push(validateType(s, final, t));
  }
  try {
    return fun.fn(...argv);
  } catch (e) {
    if (e instanceof ExecAbort || e instanceof BreakSignal || e instanceof ContinueSignal) throw e;
    s.at(node);
    return s.errorf(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function validateType(s: CallState, value: Val, typ: GoParam | null): Val {
  value = unwrap(value);
  if (value === undefined) {
    if (typ === null) return undefined;
    if (canBeNil(typ)) return zeroOf(typ);
    s.errorf(`invalid value; expected ${paramName(typ)}`);
  }
  if (typ === null || typ === 'any' || typ === 'value') return value;
  const k = kindOf(value);
  const ok = typ === 'string' ? typeof value === 'string'
    : typ === 'int' ? k === 'int'
      : typ === 'float64' ? k === 'float'
        : typ === 'bool' ? k === 'bool'
          : goTypeName(value) === '[]string';
  if (!ok) s.errorf(`wrong type for value; expected ${paramName(typ)}; got ${s.typeName(value)}`);
  return value;
}

export function evalArg(s: CallState, dot: Val, typ: GoParam | null, n: Node): Val {
  s.at(n);
  switch (n.type) {
    case 'dot': return validateType(s, dot, typ);
    case 'nil':
      if (canBeNil(typ)) return zeroOf(typ!);
      return s.errorf(`cannot assign nil to ${paramName(typ)}`);
    case 'field': return validateType(s, s.evalFieldNode(dot, n, [n], MISSING), typ);
    case 'variable': return validateType(s, s.evalVariableNode(dot, n, null, MISSING), typ);
    case 'pipe': return validateType(s, s.evalPipeline(dot, n), typ);
    case 'identifier': return validateType(s, evalFunction(s, dot, n, n, null, MISSING), typ);
    case 'chain': return validateType(s, s.evalChainNode(dot, n, null, MISSING), typ);
  }
  const found = `found ${nodeString(n)}`;
  switch (typ) {
    case 'bool': if (n.type === 'bool') return n.val; return s.errorf(`expected bool; ${found}`);
    case 'float64': if (n.type === 'number' && n.isFloat) return n.float; return s.errorf(`expected float; ${found}`);
    case 'int': if (n.type === 'number' && n.isInt) return n.int; return s.errorf(`expected integer; ${found}`);
    case 'string': if (n.type === 'string') return n.text; return s.errorf(`expected string; ${found}`);
    case 'any': case 'value': return evalEmptyInterface(s, dot, n);
  }
  return s.errorf(`can't handle ${nodeString(n)} for arg of type ${paramName(typ)}`);
}

function evalEmptyInterface(s: CallState, dot: Val, n: Node): Val {
  s.at(n);
  switch (n.type) {
    case 'bool': return n.val;
    case 'number': return s.idealConstant(n);
    case 'string': return n.text;
  }
  return s.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
}
