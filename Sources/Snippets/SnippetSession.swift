import TensorCore

/// One chapter's namespace: runs its tensor blocks in document order, sharing names between them.
public final class SnippetSession {
  private var interpreter = Interpreter()
  /// The chapter's memory budget and per-statement work budgets.
  private let meter: ResourceMeter

  /// Makes an empty namespace whose values may hold at most `memoryLimit` bytes.
  public init(memoryLimit: Int = ResourceMeter.defaultMemoryLimit) {
    meter = ResourceMeter(memoryLimit: memoryLimit)
  }

  /// Makes an empty namespace metered by `meter` (tests give it small budgets).
  init(meter: ResourceMeter) {
    self.meter = meter
  }

  /// Runs one block (resetting the namespace first when its options say `fresh`) and reports what it did. Once the
  /// chapter ran out of memory, the statement that did is the chapter's last: later blocks run nothing.
  public func run(_ snippet: Snippet) -> BlockResult {
    let form = TranscriptSplitter.form(of: snippet.text)
    if meter.memoryExhausted { return BlockResult(form: form, statements: [], diagnostics: []) }
    if snippet.options.fresh { interpreter.resetNamespace() }
    var runner = BlockRunner(snippet: snippet, interpreter: interpreter)
    ResourceMeter.$current.withValue(meter) {
      switch form {
      case .transcript: runner.runTranscript()
      case .script: runner.runScript()
      }
    }
    interpreter = runner.interpreter
    if meter.memoryExhausted {
      // Nothing runs any more: let the values go now rather than when the session does.
      interpreter.resetNamespace()
    }
    return runner.finish(form: form)
  }
}
