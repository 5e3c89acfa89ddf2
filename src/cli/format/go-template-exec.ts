// The executor of Go 1.19 text/template (text/template/exec.go): walks the
// parse tree over values of the go-value.ts model. Calls and argument
// checks live in go-template-call.ts.
import { formatValue, goQuote } from './go-fmt.js';
import { indirectInterface, isTrue, type FuncDef } from './go-template-funcs.js';
import {
  nodeString, type BranchNode, type ChainNode, type FieldNode, type ListNode, type Node, type NumberNode,
  type ParsedTemplate, type PipeNode, type VariableNode,
} from './go-template-parse.js';
import {
  BreakSignal, ContinueSignal, ExecAbort, Iface, MISSING, boxIfInterface, evalArg, evalCall, evalFunction, isNilValue,
  methodOf, unwrap, type CallState, type Val,
} from './go-template-call.js';
import {
  GoFloat, GoNil, isExported, kindOf, mapEntries, mapGet, mapZero, typeName as goTypeName, utf8Len,
} from './go-value.js';

export type MissingKey = 'default' | 'invalid' | 'zero' | 'error';

// Go wasm's limit, which is what a browser build of Go would use too.
const maxExecDepth = 1000;

export class State implements CallState {
  out = '';
  node: Node | null = null;
  vars: { name: string; value: Val }[] = [];
  depth = 0;
  name = '';
  constructor(
    readonly tmpl: ParsedTemplate,
    readonly funcs: Map<string, { def: FuncDef; builtin: boolean }>,
    readonly missingKey: MissingKey,
    readonly root: Val,
    readonly rootType?: string,
  ) {}

  typeName(v: Val): string {
    return typeof v === 'object' && v !== null && v === this.root && this.rootType ? this.rootType : goTypeName(v);
  }

  at(n: Node): void { this.node = n; }

  errorf(msg: string): never {
    const n = this.node!;
    const before = this.tmpl.text.slice(0, n.pos);
    const nl = before.lastIndexOf('\n');
    const col = utf8Len(nl < 0 ? before : before.slice(nl + 1));
    const line = before.split('\n').length;
    throw new ExecAbort(`template: :${line}:${col}: executing ${goQuote(this.name)} at <${nodeString(n)}>: ${msg}`);
  }

  mark(): number { return this.vars.length; }
  pop(m: number): void { this.vars.length = m; }
  varValue(name: string): Val {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].value;
    return this.errorf(`undefined variable: ${name}`);
  }
  setVar(name: string, value: Val): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) { this.vars[i].value = value; return; }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  walk(dot: Val, node: Node): void {
    this.at(node);
    switch (node.type) {
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return;
      }
      case 'if': case 'with': return this.walkIfOrWith(node, dot);
      case 'list': for (const n of node.nodes) this.walk(dot, n); return;
      case 'range': return this.walkRange(dot, node);
      case 'template': return this.walkTemplate(dot, node);
      case 'text': this.out += node.text; return;
      case 'break': throw new BreakSignal();
      case 'continue': throw new ContinueSignal();
    }
    this.errorf(`unknown node: ${nodeString(node)}`);
  }

  walkIfOrWith(node: BranchNode, dot: Val): void {
    const mark = this.mark();
    try {
      const val = this.evalPipeline(dot, node.pipe);
      const [truth, ok] = isTrue(indirectInterface(val));
      if (!ok) this.errorf(`if/with can't use ${formatValue(val)}`);
      if (truth) this.walk(node.type === 'with' ? val : dot, node.list);
      else if (node.elseList) this.walk(dot, node.elseList);
    } finally {
      this.pop(mark);
    }
  }

  walkRange(dot: Val, r: BranchNode): void {
    this.at(r);
    const outer = this.mark();
    try {
      const val = this.evalPipeline(dot, r.pipe);
      const mark = this.mark();
      const one = (index: Val, elem: Val) => {
        if (r.pipe.decl.length > 0) this.vars[this.vars.length - 1].value = elem;
        if (r.pipe.decl.length > 1) this.vars[this.vars.length - 2].value = index;
        try {
          this.walk(elem, r.list);
        } catch (e) {
          if (!(e instanceof ContinueSignal)) throw e;
        } finally {
          this.pop(mark);
        }
      };
      const k = kindOf(val);
      if (k === 'slice' && (val as Val[]).length > 0) {
        (val as Val[]).forEach((e, i) => one(i, boxIfInterface(val, e)));
        return;
      }
      if (k === 'map' && mapEntries(val).length > 0) {
        for (const [key, v] of mapEntries(val)) one(key, boxIfInterface(val, v));
        return;
      }
      const emptyNil = val instanceof GoNil && (val.of === 'slice' || val.of === 'map' || val.of === 'interface');
      if (k !== 'slice' && k !== 'map' && k !== 'invalid' && !emptyNil) {
        this.errorf(`range can't iterate over ${formatValue(val)}`);
      }
      if (r.elseList) this.walk(dot, r.elseList);
    } catch (e) {
      if (!(e instanceof BreakSignal)) throw e;
    } finally {
      this.pop(outer);
    }
  }

  walkTemplate(dot: Val, t: Extract<Node, { type: 'template' }>): void {
    this.at(t);
    const tree = this.tmpl.trees.get(t.name);
    if (!tree) this.errorf(`template ${goQuote(t.name)} not defined`);
    if (this.depth === maxExecDepth) this.errorf(`exceeded maximum template depth (${maxExecDepth})`);
    dot = t.pipe ? this.evalPipeline(dot, t.pipe) : undefined;
    const saved = { vars: this.vars, name: this.name };
    this.vars = [{ name: '$', value: dot }];
    this.name = t.name;
    this.depth++;
    try {
      this.walk(dot, tree as ListNode);
    } finally {
      this.depth--;
      Object.assign(this, saved);
    }
  }

  evalPipeline(dot: Val, pipe: PipeNode): Val {
    this.at(pipe);
    let value: Val = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      // An interface{} result is unwrapped; a nil interface becomes "no value".
      value = indirectInterface(unwrap(value));
    }
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0], value);
      else this.vars.push({ name: v.ident[0], value });
    }
    return value;
  }

  notAFunction(args: Node[], final: Val): void {
    if (args.length > 1 || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeString(args[0])}`);
  }

  evalCommand(dot: Val, cmd: Extract<Node, { type: 'command' }>, final: Val): Val {
    const first = cmd.args[0];
    switch (first.type) {
      case 'field': return this.evalFieldNode(dot, first, cmd.args, final);
      case 'chain': return this.evalChainNode(dot, first, cmd.args, final);
      case 'identifier': return evalFunction(this, dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable': return this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool': return first.val;
      case 'dot': return dot;
      case 'nil': return this.errorf('nil is not a command');
      case 'number': return this.idealConstant(first);
      case 'string': return first.text;
    }
    return this.errorf(`can't evaluate command ${goQuote(nodeString(first))}`);
  }

  idealConstant(c: NumberNode): Val {
    this.at(c);
    if (c.isFloat && !/^0[xX]/.test(c.text) && c.text[0] !== "'" && /[.eEpP]/.test(c.text)) {
      return Number.isInteger(c.float) ? new GoFloat(c.float) : c.float;
    }
    if (c.isInt) return c.int;
    if (c.isUint) this.errorf(`${c.text} overflows int`);
    return undefined;
  }

  evalFieldNode(dot: Val, field: FieldNode, args: Node[] | null, final: Val): Val {
    this.at(field);
    return this.evalFieldChain(dot, dot, field, field.ident, args, final);
  }

  evalChainNode(dot: Val, chain: ChainNode, args: Node[] | null, final: Val): Val {
    this.at(chain);
    if (chain.node.type === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    const pipe = evalArg(this, dot, null, chain.node);
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
  }

  evalVariableNode(dot: Val, v: VariableNode, args: Node[] | null, final: Val): Val {
    this.at(v);
    const value = this.varValue(v.ident[0]);
    if (v.ident.length === 1) {
      this.notAFunction(args ?? [v], final);
      return value;
    }
    return this.evalFieldChain(dot, value, v, v.ident.slice(1), args, final);
  }

  evalFieldChain(dot: Val, receiver: Val, node: Node, ident: string[], args: Node[] | null, final: Val): Val {
    for (let i = 0; i < ident.length - 1; i++) receiver = this.evalField(dot, ident[i], node, null, MISSING, receiver);
    return this.evalField(dot, ident[ident.length - 1], node, args, final, receiver);
  }

  evalField(dot: Val, name: string, node: Node, args: Node[] | null, final: Val, receiver: Val): Val {
    if (receiver === undefined) {
      if (this.missingKey === 'error') this.errorf(`nil data; no entry for key ${goQuote(name)}`);
      return undefined;
    }
    const typ = receiver instanceof Iface ? 'interface {}' : this.typeName(receiver);
    receiver = unwrap(receiver);
    if (receiver instanceof GoNil && receiver.of === 'interface') this.errorf(`nil pointer evaluating ${typ}.${name}`);
    const method = methodOf(receiver, name);
    if (method) return evalCall(this, dot, method, false, node, name, args, final);
    const hasArgs = (args !== null && args.length > 1) || final !== MISSING;
    const k = kindOf(receiver);
    if (k === 'struct' && Object.prototype.hasOwnProperty.call(receiver, name)) {
      if (!isExported(name)) this.errorf(`${name} is an unexported field of struct type ${typ}`);
      if (hasArgs) this.errorf(`${name} has arguments but cannot be invoked as function`);
      return (receiver as Record<string, unknown>)[name];
    }
    if (k === 'map' || (receiver instanceof GoNil && receiver.of === 'map')) {
      if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
      const result = mapGet(receiver, name);
      if (result !== undefined) return boxIfInterface(receiver, result);
      if (this.missingKey === 'error') this.errorf(`map has no entry for key ${goQuote(name)}`);
      return this.missingKey === 'zero' ? mapZero(receiver) : undefined;
    }
    if (isNilValue(receiver)) this.errorf(`nil pointer evaluating ${typ}.${name}`);
    return this.errorf(`can't evaluate field ${name} in type ${typ}`);
  }

  printValue(n: Node, v: Val): void {
    this.at(n);
    if (v === undefined) { this.out += '<no value>'; return; }
    if (kindOf(v) === 'func') this.errorf(`can't print ${nodeString(n)} of type ${this.typeName(v)}`);
    this.out += formatValue(v);
  }
}
