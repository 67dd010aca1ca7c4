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

/// Run: executes each page's tensor blocks in order in one session and records what every statement did. It judges
/// nothing; the verify stage does.
enum RunStage {
  /// Runs every page not already reused, pages in parallel. Each page then goes through `finished` (the pipeline
  /// judges it there, so a page's problems are known as it finishes) and `progress` is told (from any thread).
  static func run(
    _ book: Book, jobs: Int, memoryLimit: Int = ResourceMeter.defaultMemoryLimit,
    finished: @escaping @Sendable (Page) -> Page = { $0 }, progress: @escaping @Sendable (PageProgress) -> Void
  ) -> Book {
    var book = book
    book.pages = parallelMap(book.pages, jobs: jobs) { page in
      let done = finished(page.reused ? page : run(page, memoryLimit: memoryLimit))
      progress(PageProgress(path: done.source.path, snippets: done.results.count, problems: done.problemCount))
      return done
    }
    return book
  }

  /// Runs one page; the session is made here because it belongs to this page's thread alone.
  static func run(_ page: Page, memoryLimit: Int = ResourceMeter.defaultMemoryLimit) -> Page {
    var page = page
    let session = SnippetSession(memoryLimit: memoryLimit)
    for tensor in page.tensorBlocks {
      page.results[tensor.id] = session.run(tensor.snippet)
    }
    return page
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
