/// One chapter's namespace: runs its tensor blocks in document order, sharing names between them.
public final class SnippetSession {
  /// Makes an empty namespace.
  public init() {}

  /// Runs one block (resetting the namespace first when its options say `fresh`) and reports what it did.
  public func run(_ snippet: Snippet) -> BlockResult {
    // Placeholder until the interpreter lands: reports that nothing ran.
    BlockResult(
      form: .script, statements: [],
      diagnostics: [SnippetDiagnostic(message: "the snippet interpreter is not built yet", location: snippet.origin)])
  }
}
