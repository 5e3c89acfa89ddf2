/**
 * Syntax tree produced by the parser and walked by the interpreter.
 * Words keep their quoting structure so expansion can decide what is field-split.
 */

/** One piece of a word. `quoted` parts are never field-split and never tilde-expanded. */
export type WordPart =
  | { kind: 'lit'; text: string; quoted: boolean }
  | {
      kind: 'param';
      /** variable name, or a special parameter: ? $ # @ * ! - 0..9 */
      name: string;
      /** operator of ${name OP arg}: ':-' '-' ':=' '=' ':+' '+' ':?' '?' '#' '##' '%' '%%' '/' '//' 'len' 'substr' */
      op?: string;
      arg?: Word;
      /** second argument of ${x/pat/rep} and ${x:off:len} */
      arg2?: Word;
      quoted: boolean;
      /** the source text, for error messages such as `${a b}: bad substitution` */
      raw: string;
      /** set when the text inside ${...} is not a valid expansion: reported when expanded (as bash does) */
      bad?: boolean;
    }
  | { kind: 'cmdsub'; body: ListNode[]; quoted: boolean; line: number }
  | { kind: 'arith'; expr: Word; quoted: boolean; line: number };

export interface Word {
  parts: WordPart[];
  /** source text of the word (with quotes), used in messages */
  raw: string;
  line: number;
}

export type RedirOp = '<' | '>' | '>>' | '>|' | '<>' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

export interface Redir {
  /** file descriptor the redirection applies to */
  fd: number;
  op: RedirOp;
  /** file name, fd number (for >& <&), or here-string word */
  target: Word;
  /** here-document body; `heredocQuoted` means the delimiter was quoted, so no expansion */
  heredoc?: Word;
  heredocQuoted?: boolean;
}

export interface Assign {
  name: string;
  value: Word;
  /** `name+=value` */
  append: boolean;
}

export interface SimpleCommand {
  type: 'simple';
  assigns: Assign[];
  words: Word[];
  redirs: Redir[];
  /** line reported in runtime messages: bash uses the line where the command's last word ends */
  line: number;
}

export interface Subshell { type: 'subshell'; body: ListNode[]; redirs: Redir[]; line: number }
export interface Group { type: 'group'; body: ListNode[]; redirs: Redir[]; line: number }
export interface IfCommand {
  type: 'if';
  clauses: { cond: ListNode[]; body: ListNode[] }[];
  elseBody?: ListNode[];
  redirs: Redir[];
  line: number;
}
export interface LoopCommand {
  type: 'while';
  until: boolean;
  cond: ListNode[];
  body: ListNode[];
  redirs: Redir[];
  line: number;
}
export interface ForCommand {
  type: 'for';
  name: string;
  /** undefined means `for x; do` (iterate over the positional parameters) */
  items?: Word[];
  body: ListNode[];
  redirs: Redir[];
  line: number;
}
export interface CaseCommand {
  type: 'case';
  subject: Word;
  items: { patterns: Word[]; body: ListNode[] }[];
  redirs: Redir[];
  line: number;
}
export interface FunctionDef { type: 'funcdef'; name: string; body: Command; line: number }
/** bash `[[ ... ]]`; `op` marks && || ( ) ! < > that came from operator tokens */
export interface CondCommand { type: 'cond'; items: { word: Word; op?: string }[]; redirs: Redir[]; line: number }

export type Command =
  | SimpleCommand
  | Subshell
  | Group
  | IfCommand
  | LoopCommand
  | ForCommand
  | CaseCommand
  | CondCommand
  | FunctionDef;

export interface Pipeline {
  negate: boolean;
  commands: Command[];
  /** per command: `|&` after it (pipe stderr too) */
  pipeStderr: boolean[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

/** One element of a list: an and-or list, run in the background when followed by `&`. */
export interface ListNode {
  andOr: AndOr;
  background: boolean;
}
