/** Runaway guards and small helpers shared by the interpreter modules. */

/** nesting limits: `sh -c` inside `sh -c`, $( $( ) ), function recursion, loop length */
export const MAX_SHELL_DEPTH = 20;
export const MAX_SUBST_DEPTH = 20;
export const MAX_FUNC_DEPTH = 100;
export const MAX_LOOP_ITERATIONS = 100_000;
/** commands per Shell.run, across subshells and child shells: stops fork-bomb-like input */
export const MAX_COMMANDS = 250_000;

export function setOwn(obj: Record<string, string>, key: string, value: string): void {
  // defineProperty, so that a name like __proto__ is stored as a plain key
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

