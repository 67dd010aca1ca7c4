import Foundation
import Synchronization
import TensorCore

/// One chapter's namespace: runs its tensor blocks in document order, sharing names between them.
public final class SnippetSession {
  /// The chapter's interpreter between blocks; nil while a block runs, which holds it (`runOnThisThread`).
  private var idleInterpreter: Interpreter? = Interpreter()
  /// The chapter's interpreter, read or changed between blocks.
  private var interpreter: Interpreter {
    get { idleInterpreter! }
    _modify { yield &idleInterpreter! }
  }
  /// The chapter's memory budget and per-statement work budgets.
  private let meter: ResourceMeter
  /// The chapter's NumPy print options (`np.set_printoptions`), back to NumPy's defaults at each `fresh` block.
  private let printOptions = PrintOptionsBox()
  /// The OpenBLAS kernel set the chapter's float64 products follow.
  private let productKernels: ProductKernels
  /// True once a block ran a float64 product whose last bits the other kernel set could change.
  public private(set) var ranOrderSensitiveProducts = false

  /// The stack each block runs on: the interpreter recurses once per nested call of a snippet's function, and a
  /// worker thread's default stack (often 512 KiB) would overflow long before the recursion limit is reached.
  static let stackSize = 512 << 20

  /// The chapter's recfunction views (its interpreter's), for tests.
  var recfunctionLinks: RecfunctionViewLinks { interpreter.recfunctionLinks }

  deinit {
    // The chapter is over: free the objects and frames that only reference cycles among themselves keep alive.
    interpreter.cycles.breakCycles()
  }

  /// Makes an empty namespace whose values may hold at most `memoryLimit` bytes and whose products follow
  /// `productKernels`.
  public init(memoryLimit: Int = ResourceMeter.defaultMemoryLimit, productKernels: ProductKernels = .skylakeX) {
    meter = ResourceMeter(memoryLimit: memoryLimit)
    self.productKernels = productKernels
  }

  /// Tells the session whether the chapter's code may take a gradient between values it holds (see
  /// `SnippetSession.mayTakeGradients(in:)`); when it cannot, the histories that only such a gradient reads are
  /// forgotten whenever memory is measured, and operations record none (`ResourceMeter.recordsHistories`).
  public func expectGradients(_ expected: Bool) {
    interpreter.keepsHistoryForGradients = expected
    // Turned back on while an autograd derivative runs (`Interpreter.applyHistoryPolicy`).
    meter.recordsHistories = expected
  }

  /// Whether code in `texts` (a chapter's snippets) can reach docbuild's gradients between held values: it names
  /// `grad`, `numgrad` or `gradients`, or reaches names it does not spell out (`globals`, `builtins`, `eval`,
  /// `exec`, `vars`, `locals`, `__import__`, `importlib`). Everything else in the language neither reads a value's
  /// history nor can call these without naming them: autograd's functional API differentiates only what runs inside
  /// its call. Any mention counts, in a string or comment too.
  public static func mayTakeGradients(in texts: [String]) -> Bool {
    for text in texts {
      // ASCII code (nearly every chapter's) is scanned by byte: the scan by Character, whose letter test consults
      // Unicode's tables, cost several hundred instructions per character. The same names are found: in ASCII the
      // letters and numbers are exactly A–Z, a–z and 0–9.
      if let answer = mayTakeGradientsInASCII(text) {
        if answer { return true }
        continue
      }
      let names = gradientReachingNameSet
      var start: String.Index? = nil
      for index in text.indices {
        let character = text[index]
        let isNamePart = character == "_" || character.isLetter || character.isNumber
        if isNamePart {
          if start == nil { start = index }
        } else if let first = start {
          if names.contains(text[first..<index]) { return true }
          start = nil
        }
      }
      if let first = start, names.contains(text[first...]) { return true }
    }
    return false
  }

  /// The names `mayTakeGradients(in:)` looks for.
  private static let gradientReachingNameSet = Set(gradientReachingNames.map { Substring(decoding: $0, as: UTF8.self) })

  /// The names `mayTakeGradients(in:)` looks for, as bytes.
  private static let gradientReachingNames: [[UInt8]] = [
    "grad", "numgrad", "gradients", "globals", "builtins", "__builtins__", "eval", "exec", "vars", "locals",
    "__import__", "importlib",
  ].map { Array($0.utf8) }

  /// `builtins`, which counts among `gradientReachingNames` except as the module of an import of named builtins.
  private static let builtinsName = Array("builtins".utf8)

  /// Whether an ASCII `text` names one of `gradientReachingNames` as a whole word (`builtins` not counted where only
  /// `from builtins import` names it); nil when the text is not ASCII.
  private static func mayTakeGradientsInASCII(_ text: String) -> Bool? {
    var text = text
    return text.withUTF8 { bytes -> Bool? in
      if bytes.contains(where: { $0 >= 0x80 }) { return nil }
      func isNamePart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
          UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
          true
        default: false
        }
      }
      func isListed(_ word: Range<Int>) -> Bool {
        let spelled = bytes[word]
        guard gradientReachingNames.contains(where: { $0.count == spelled.count && $0.elementsEqual(spelled) })
        else { return false }
        return !(spelled.elementsEqual(builtinsName) && isImportOfNamedBuiltins(word))
      }
      // `from builtins import range` (Python 2 compatibility code's first line) binds the names it lists, each
      // scanned as a word of its own, and never the module, whose attributes a computed name could reach.
      func isImportOfNamedBuiltins(_ word: Range<Int>) -> Bool {
        func isBlank(_ index: Int) -> Bool { bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") }
        var before = word.lowerBound
        while before > 0 && isBlank(before - 1) { before -= 1 }
        let from = before - 4
        guard before < word.lowerBound, from >= 0, bytes[from..<before].elementsEqual("from".utf8),
          from == 0 || !isNamePart(bytes[from - 1])
        else { return false }
        var after = word.upperBound
        while after < bytes.count && isBlank(after) { after += 1 }
        let names = after + 6
        guard after > word.upperBound, names < bytes.count, bytes[after..<names].elementsEqual("import".utf8),
          !isNamePart(bytes[names])
        else { return false }
        // The names run to the end of the line (or of a parenthesized list); a `*` binds every name the module
        // has, and a backslash continues the list on a line this scan does not read.
        var insideParentheses = false
        for index in names..<bytes.count {
          switch bytes[index] {
          case UInt8(ascii: "*"), UInt8(ascii: "\\"): return false
          case UInt8(ascii: "("): insideParentheses = true
          case UInt8(ascii: ")"): return true
          case UInt8(ascii: "\n"), UInt8(ascii: ";"), UInt8(ascii: "#"): if !insideParentheses { return true }
          default: continue
          }
        }
        return true
      }
      var start: Int? = nil
      for index in bytes.indices {
        if isNamePart(bytes[index]) {
          if start == nil { start = index }
        } else if let first = start {
          if isListed(first..<index) { return true }
          start = nil
        }
      }
      if let first = start, isListed(first..<bytes.count) { return true }
      return false
    }
  }

  /// Makes an empty namespace whose statements stop after `stepBudget` interpreter steps, for the fuzzer: at the
  /// default budget a loop that runs to it takes about 20 s of CPU in the instrumented build, minutes of wall time on
  /// a loaded machine, which libFuzzer's timeout reports as a hang.
  @_spi(Fuzzing) public convenience init(stepBudget: Int) {
    self.init()
    interpreter.stepBudget = stepBudget
  }

  /// Makes an empty namespace metered by `meter` (tests give it small budgets).
  init(meter: ResourceMeter) {
    self.meter = meter
    productKernels = .skylakeX
  }

  /// Runs one block (resetting the namespace first when its options say `fresh`) and records what it did; judging
  /// that is `BlockVerdict`'s. Once the chapter ran out of memory, the statement that did is the chapter's last:
  /// later blocks run nothing.
  public func run(_ snippet: Snippet) -> BlockResult {
    let job = BlockJob(session: self, snippet: snippet)
    Self.onLargeStack { job.result = job.session.runOnThisThread(job.snippet) }
    return job.result ?? BlockResult(form: snippet.form, statements: [], ran: false)
  }

  /// Runs `body` on a thread with a `stackSize` stack and waits for it. The threads are kept and reused: a new
  /// thread per block mapped and unmapped a 512 MiB stack thousands of times in a large book, and each unmapping
  /// flushes the TLB of every core running the process, which stalled the other jobs.
  static func onLargeStack(_ body: @escaping @Sendable () -> Void) {
    let worker = LargeStackWorker.idle.withLock { $0.popLast() } ?? LargeStackWorker()
    worker.run(body)
    LargeStackWorker.idle.withLock { $0.append(worker) }
  }

  private func runOnThisThread(_ snippet: Snippet) -> BlockResult {
    if meter.memoryExhausted { return BlockResult(form: snippet.form, statements: [], ran: false) }
    if snippet.options.fresh {
      interpreter.resetNamespace()
      printOptions.options = PrintOptions()
    }
    // The interpreter is moved into the block, not copied: a copy left here held every value of the chapter's
    // names a second time while the block ran, so no array an earlier block made could be written in place (each
    // write through a view of one copied it and walked every holder), and a value rebound in the block stayed alive.
    var runner = BlockRunner(snippet: snippet, interpreter: idleInterpreter.take()!)
    // The meter and the kernel set are the thread's; the block runs on its own thread, so they are bound here.
    let (_, orderSensitive) = ProductKernels.run(with: productKernels) {
      runBound(&runner, snippet)
    }
    if orderSensitive { ranOrderSensitiveProducts = true }
    idleInterpreter = runner.interpreter
    if meter.memoryExhausted {
      // Nothing runs any more: let the values go now rather than when the session does.
      interpreter.resetNamespace()
    }
    return runner.finish()
  }

  private func runBound(_ runner: inout BlockRunner, _ snippet: Snippet) {
    let (recfunctionLinks, approximateFloats) = (
      runner.interpreter.recfunctionLinks, runner.interpreter.approximateFloats
    )
    ResourceMeter.withCurrent(meter) {
      WorkMeter.withCurrent(WorkMeter()) {
        PrintOptionsBox.$current.withValue(printOptions) {
          RecfunctionViewLinks.$current.withValue(recfunctionLinks) {
            ApproximateFloats.$current.withValue(approximateFloats) {
              if let transcript = snippet.transcript {
                runner.runTranscript(transcript)
              } else {
                runner.runScript()
              }
            }
          }
        }
      }
    }
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

/// A thread with a `SnippetSession.stackSize` stack that runs one body at a time for whoever holds it, and waits,
/// between bodies, for the next. Idle workers wait in `idle`; there are never more than blocks running at once.
private final class LargeStackWorker: @unchecked Sendable {
  /// Workers not running a body.
  static let idle = Mutex<[LargeStackWorker]>([])

  // Guarded by `condition`.
  private let condition = NSCondition()
  private var pending: (@Sendable () -> Void)?
  private var finished = false

  init() {
    let thread = Thread { [self] in loop() }
    thread.stackSize = SnippetSession.stackSize
    thread.start()
  }

  /// Runs `body` on this worker's thread and returns when it has.
  func run(_ body: @escaping @Sendable () -> Void) {
    condition.lock()
    pending = body
    finished = false
    condition.broadcast()
    while !finished { condition.wait() }
    condition.unlock()
  }

  private func loop() {
    while true {
      condition.lock()
      while pending == nil { condition.wait() }
      var body = pending
      condition.unlock()
      body?()
      // The body and what it holds (a block's job, and through it the session) are let go before the caller is
      // woken. Let go after, at the end of this pass, they raced the caller: a process that returned and exited first
      // never freed a chapter's values, and callgrind's count of one benchmark run missed up to 478 graph nodes'
      // frees, from one run of the same binary to the next.
      body = nil
      condition.lock()
      pending = nil
      finished = true
      condition.broadcast()
      condition.unlock()
    }
  }
}
