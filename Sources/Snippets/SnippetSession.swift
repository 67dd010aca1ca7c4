/// One chapter's namespace: runs its tensor blocks in document order, sharing names between them.
public final class SnippetSession {
  private var interpreter = Interpreter()

  /// Makes an empty namespace.
  public init() {}

  /// Runs one block (resetting the namespace first when its options say `fresh`) and reports what it did.
  public func run(_ snippet: Snippet) -> BlockResult {
    if snippet.options.fresh { interpreter.resetNamespace() }
    var runner = BlockRunner(snippet: snippet, interpreter: interpreter)
    let form = TranscriptSplitter.form(of: snippet.text)
    switch form {
    case .transcript: runner.runTranscript()
    case .script: runner.runScript()
    }
    interpreter = runner.interpreter
    return runner.finish(form: form)
  }
}
