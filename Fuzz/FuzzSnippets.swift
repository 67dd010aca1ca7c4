// libFuzzer entry point: runs random bytes as tensor snippets through the public Snippets API.
//
// Input layout: the first byte's low bits pick block options (bit 0 `error`, bit 1 `fresh`, bit 2 `hide`); the rest
// is UTF-8 text, split on NUL bytes into blocks that run in order in one session, as one chapter's blocks would.
// Every block is also highlighted, and the tokens must tile it exactly.
@_spi(Fuzzing) import Snippets
import SourceText

/// A tenth of a chapter's step budget: an input that loops to the budget then costs about 2 s in this instrumented
/// build instead of 20, so the run explores more inputs and a loaded machine does not turn it into a timeout.
let fuzzStepBudget = 2_000_000

/// libFuzzer calls this once per generated input; a trap (crash), timeout or memory blow-up is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSnippets(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let flags = bytes[0]
  let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
  let session = SnippetSession(stepBudget: fuzzStepBudget)
  for (position, block) in text.split(separator: "\0", omittingEmptySubsequences: false).enumerated() {
    let code = String(block)
    let options = SnippetOptions(
      hide: flags & 4 != 0, expectsError: flags & 1 != 0, fresh: position > 0 && flags & 2 != 0)
    // Run and judged, as a build runs and then verifies a block.
    let result = session.check(Snippet(text: code, origin: SourcePosition(line: 1, column: 1), options: options))
    for statement in result.statements {
      precondition(statement.codeLines.upperBound >= statement.codeLines.lowerBound)
    }
    let tokens = highlight(code)
    precondition(tokens.map(\.text).joined() == code, "highlight tokens do not tile the input")
  }
  return 0
}
