import ParallelMap
import Snippets
import SourceText
import TensorCore

/// What the run stage tells the caller as each page finishes.
public struct PageProgress: Sendable {
  /// The page's source path.
  public var path: String
  /// Tensor blocks run.
  public var snippets: Int
  /// Problems found so far on the page.
  public var problems: Int

  /// Makes a progress report.
  public init(path: String, snippets: Int, problems: Int) {
    self.path = path
    self.snippets = snippets
    self.problems = problems
  }
}

/// Run: executes each page's tensor blocks in order in one session and records what every statement did. Judging is
/// the verify stage's; this stage asks it only to choose between the two kernel sets NumPy's products follow.
enum RunStage {
  /// Runs every page not already reused, pages in parallel. Each page then goes through `finished` (the pipeline
  /// judges it there, so a page's problems are known as it finishes) and `progress` is told (from any thread).
  static func run(
    _ book: Book, jobs: Int, memoryLimit: Int = ResourceMeter.defaultMemoryLimit,
    finished: @escaping @Sendable (Page) -> Page = { $0 }, progress: @escaping @Sendable (PageProgress) -> Void
  ) -> Book {
    var book = book
    book.pages = parallelMap(book.pages, jobs: jobs) { page in
      let done = page.reused ? finished(page) : run(page, memoryLimit: memoryLimit, judgedBy: finished)
      progress(PageProgress(path: done.source.path, snippets: done.results.count, problems: done.problemCount))
      return done
    }
    return book
  }

  /// Runs one page with OpenBLAS's SkylakeX kernel orders and judges it; when some of its statements fail and it ran
  /// a float64 product whose last bits depend on the kernels, runs it again with the Haswell orders and keeps the
  /// run with fewer problems (the first on a tie). A book recorded on a CPU without AVX-512 so checks clean: NumPy
  /// printed its products there in the Haswell order (docs/04-numbers.md, "NumPy's own last bits depend on the
  /// CPU"). The choice depends on the page alone, so every machine makes the same one.
  static func run(_ page: Page, memoryLimit: Int, judgedBy judge: (Page) -> Page) -> Page {
    let (ran, orderSensitive) = run(page, memoryLimit: memoryLimit, productKernels: .skylakeX)
    let judged = judge(ran)
    guard orderSensitive, judged.problemCount > 0 else { return judged }
    let rejudged = judge(run(page, memoryLimit: memoryLimit, productKernels: .haswell).page)
    return rejudged.problemCount < judged.problemCount ? rejudged : judged
  }

  /// Runs one page; the session is made here because it belongs to this page's thread alone. Also says whether a
  /// product ran whose bits the kernel set decides.
  static func run(
    _ page: Page, memoryLimit: Int = ResourceMeter.defaultMemoryLimit, productKernels: ProductKernels = .skylakeX
  ) -> (page: Page, orderSensitive: Bool) {
    var page = page
    let session = SnippetSession(memoryLimit: memoryLimit, productKernels: productKernels)
    session.expectGradients(SnippetSession.mayTakeGradients(in: page.tensorBlocks.map(\.snippet.text)))
    for tensor in page.tensorBlocks {
      page.results[tensor.id] = session.run(tensor.snippet)
    }
    return (page, session.ranOrderSensitiveProducts)
  }
}

extension Page {
  /// Problems found so far: the page's own, its formulas' and those of its judged blocks.
  var problemCount: Int {
    diagnostics.count + mathDiagnostics.count + verdicts.values.reduce(0) { $0 + $1.diagnostics.count }
  }
}

extension PipelineOptions {
  /// A `--memory-limit` value in bytes: a whole number with an optional binary unit, `K`, `M` or `G` (`512M`, `4G`,
  /// `4GiB`); nil when it is not one, or is under 1 MiB (too small for any chapter) or past 2^50 bytes.
  public static func memoryLimit(parsing text: String) -> Int? {
    var digits = Substring(text.uppercased())
    if digits.hasSuffix("IB") {
      digits = digits.dropLast(2)
    } else if digits.hasSuffix("B") {
      digits = digits.dropLast()
    }
    var shift = 0
    switch digits.last {
    case "K": shift = 10
    case "M": shift = 20
    case "G": shift = 30
    default: break
    }
    if shift > 0 { digits = digits.dropLast() }
    guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let number = Int(digits), number <= (1 << 50) >> shift
    else { return nil }
    let bytes = number << shift
    return bytes >= 1 << 20 ? bytes : nil
  }
}
