/**
 * Errors and control-flow signals used inside the shell. None of these may escape
 * Shell.run: they are caught at the run, subshell and child-shell boundaries.
 */

export type SyntaxDetail =
  /** bash: `syntax error near unexpected token `X'` */
  | { kind: 'token'; token: string }
  /** bash: `syntax error: unexpected end of file`; busybox adds (expecting "X") */
  | { kind: 'eof'; expecting?: string }
  /** bash: `unexpected EOF while looking for matching `X'` (open quote, $( ... ) */
  | { kind: 'match'; char: string; construct: 'quote' | 'backquote' | 'cmdsub' | 'brace' | 'arith' };

export class ShellSyntaxError extends Error {
  constructor(
    readonly detail: SyntaxDetail,
    /** line number (1-based) bash reports for this error */
    readonly line: number,
    /** text of the physical line holding the offending token (bash echoes it in -c mode) */
    readonly lineText: string,
    /** true when more input could complete the text (used by isComplete) */
    readonly needMore: boolean,
  ) {
    super(detail.kind);
  }
}

/** Raised by `exit`: unwinds to the nearest shell or subshell boundary. */
export class ExitSignal {
  constructor(readonly status: number) {}
}

/** Raised by `break` / `continue`: unwinds to the enclosing loop. */
export class LoopSignal {
  constructor(readonly kind: 'break' | 'continue', public levels: number) {}
}

/** Raised by `return` inside a function or sourced file. */
export class ReturnSignal {
  constructor(readonly status: number) {}
}

/**
 * Stops the whole run: Ctrl-C (interrupted() turned true, status 130) or a runaway
 * guard (`message` set, status 1). Child shells pass it up instead of absorbing it.
 */
export class InterruptSignal {
  constructor(readonly status = 130, readonly message?: string) {}
}

/**
 * An expansion error (bad substitution, division by 0, ${x:?}): the message was
 * already printed; the rest of the current input line is abandoned, as bash does.
 */
export class AbortSignal {
  constructor(readonly status: number) {}
}
