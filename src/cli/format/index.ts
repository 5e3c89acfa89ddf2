// Docker CLI 20.10.24 output formatting in pure TypeScript (browser-safe):
// Go text/template + docker's template functions, encoding/json, tabwriter,
// the list/inspect flows and the human-readable ps columns.
export * from './go-value.js';
export { formatValue, goQuote, formatFloat, sprint, sprintf, sprintln } from './go-fmt.js';
export { goJson, indentJson, marshalIndent, decodeJsonRaw, jsonString, JsonMarshalError, JsonSyntaxError } from './go-json.js';
export {
  parseGoTemplate, renderGoTemplate, GoTemplate, TemplateExecError, TemplateParseError, CallError,
  type ExecOptions, type ParseOptions, type FuncMap, type FuncDef,
} from './go-template.js';
export { TabWriter, tabwrite, AlignRight, Debug, DiscardEmptyColumns, TabIndent } from './tabwriter.js';
export * from './docker-format.js';
export * from './durations.js';
