import Foundation

/// One chapter's namespace: runs its tensor blocks in document order, sharing names between them.
public final class SnippetSession {
  private var interpreter = Interpreter()

  /// The stack each block runs on: the interpreter recurses once per nested call of a snippet's function, and a
  /// worker thread's default stack (often 512 KiB) would overflow long before the recursion limit is reached.
  static let stackSize = 512 << 20

  /// Makes an empty namespace.
  public init() {}

  /// Runs one block (resetting the namespace first when its options say `fresh`) and reports what it did.
  public func run(_ snippet: Snippet) -> BlockResult {
    let job = BlockJob(session: self, snippet: snippet)
    Self.onLargeStack { job.result = job.session.runOnThisThread(job.snippet) }
    return job.result ?? BlockResult(form: .script, statements: [], diagnostics: [])
  }

  /// Runs `body` on a thread with a `stackSize` stack and waits for it.
  static func onLargeStack(_ body: @escaping @Sendable () -> Void) {
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      body()
      done.signal()
    }
    thread.stackSize = stackSize
    thread.start()
    done.wait()
  }

  private func runOnThisThread(_ snippet: Snippet) -> BlockResult {
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

/// One block handed to the thread that runs it; the caller waits for the thread, so nothing is shared concurrently.
private final class BlockJob: @unchecked Sendable {
  let session: SnippetSession
  let snippet: Snippet
  var result: BlockResult?

  init(session: SnippetSession, snippet: Snippet) {
    self.session = session
    self.snippet = snippet
  }
}
