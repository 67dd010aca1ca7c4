import Foundation
import TensorCore

/// One chapter's namespace: runs its tensor blocks in document order, sharing names between them.
public final class SnippetSession {
  private var interpreter = Interpreter()
  /// The chapter's memory budget and per-statement work budgets.
  private let meter: ResourceMeter
  /// The chapter's NumPy print options (`np.set_printoptions`), back to NumPy's defaults at each `fresh` block.
  private let printOptions = PrintOptionsBox()

  /// The stack each block runs on: the interpreter recurses once per nested call of a snippet's function, and a
  /// worker thread's default stack (often 512 KiB) would overflow long before the recursion limit is reached.
  static let stackSize = 512 << 20

  deinit {
    // The chapter is over: free the objects and frames that only reference cycles among themselves keep alive.
    interpreter.cycles.breakCycles()
  }

  /// Makes an empty namespace whose values may hold at most `memoryLimit` bytes.
  public init(memoryLimit: Int = ResourceMeter.defaultMemoryLimit) {
    meter = ResourceMeter(memoryLimit: memoryLimit)
  }

  /// Makes an empty namespace metered by `meter` (tests give it small budgets).
  init(meter: ResourceMeter) {
    self.meter = meter
  }

  /// Runs one block (resetting the namespace first when its options say `fresh`) and records what it did; judging
  /// that is `BlockVerdict`'s. Once the chapter ran out of memory, the statement that did is the chapter's last:
  /// later blocks run nothing.
  public func run(_ snippet: Snippet) -> BlockResult {
    let job = BlockJob(session: self, snippet: snippet)
    Self.onLargeStack { job.result = job.session.runOnThisThread(job.snippet) }
    return job.result ?? BlockResult(form: snippet.form, statements: [], ran: false)
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
    if meter.memoryExhausted { return BlockResult(form: snippet.form, statements: [], ran: false) }
    if snippet.options.fresh {
      interpreter.resetNamespace()
      printOptions.options = PrintOptions()
    }
    var runner = BlockRunner(snippet: snippet, interpreter: interpreter)
    // The meter is task-local; the block runs on its own thread, so it is bound here.
    ResourceMeter.$current.withValue(meter) {
      WorkMeter.$current.withValue(WorkMeter()) {
        PrintOptionsBox.$current.withValue(printOptions) {
          if let transcript = snippet.transcript {
            runner.runTranscript(transcript)
          } else {
            runner.runScript()
          }
        }
      }
    }
    interpreter = runner.interpreter
    if meter.memoryExhausted {
      // Nothing runs any more: let the values go now rather than when the session does.
      interpreter.resetNamespace()
    }
    return runner.finish()
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
