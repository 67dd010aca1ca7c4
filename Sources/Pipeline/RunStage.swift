import Markdown
import MathML
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

/// Run: executes each page's tensor blocks in order in one session and renders its formulas to MathML.
enum RunStage {
  /// Runs every page, pages in parallel; `progress` is called (from any thread) as each page finishes.
  static func run(
    _ book: Book, jobs: Int, memoryLimit: Int = ResourceMeter.defaultMemoryLimit,
    cacheSettings: RunCacheSettings = RunCacheSettings(enabled: false), memo: PageMemo? = nil,
    progress: @escaping @Sendable (PageProgress) -> Void
  ) -> Book {
    var book = book
    let cache = book.resolvedContentDirectory.flatMap {
      RunCache(settings: cacheSettings, contentRoot: $0, memoryLimit: memoryLimit)
    }
    let finished = parallelMap(book.pages, jobs: jobs) { page in
      let (finished, entry, cached) = run(page, memoryLimit: memoryLimit, cache: cache, memo: memo)
      progress(
        PageProgress(path: finished.source.path, snippets: finished.results.count, problems: finished.problemCount))
      return (finished, entry, cached)
    }
    book.pages = finished.map(\.0)
    book.cachedPageCount = finished.filter(\.2).count
    cache?.prune(keeping: Set(finished.compactMap(\.1)))
    return book
  }

  /// Runs one page, taking its run from the memo (`serve`'s earlier run of the same bytes) or else the cache when
  /// either has it; returns the page, the name of its cache entry and whether the run was taken rather than made.
  static func run(_ page: Page, memoryLimit: Int, cache: RunCache?, memo: PageMemo?) -> (Page, String?, Bool) {
    var page = page
    if let run = memo?.entry(for: page)?.run {
      page.results = run.results
      page.math = run.math
      page.diagnostics += run.diagnostics
      return (page, cache?.entryName(for: page.source.bytes), true)
    }
    let before = page.diagnostics.count
    let (finished, entry, cached) = run(page, memoryLimit: memoryLimit, cache: cache)
    memo?.rememberRun(of: finished, runDiagnostics: Array(finished.diagnostics[before...]))
    return (finished, entry, cached)
  }

  /// Runs one page, or takes its run from the cache when an entry for its exact bytes exists; returns the page and
  /// the name of its cache entry and whether the run came from it.
  static func run(_ page: Page, memoryLimit: Int, cache: RunCache?) -> (Page, String?, Bool) {
    guard let cache else { return (run(page, memoryLimit: memoryLimit), nil, false) }
    let name = cache.entryName(for: page.source.bytes)
    var page = page
    if let cached = cache.lookup(name) {
      page.results = cached.results
      page.math = cached.math
      page.diagnostics += cached.diagnostics.map {
        Diagnostic(path: page.source.path, line: $0.line, column: $0.column, message: $0.message, notes: $0.notes)
      }
      return (page, name, true)
    }
    let before = page.diagnostics.count
    page = run(page, memoryLimit: memoryLimit)
    let added = page.diagnostics[before...].map {
      CachedDiagnostic(line: $0.line, column: $0.column, message: $0.message, notes: $0.notes)
    }
    cache.store(CachedRun(results: page.results, math: page.math, diagnostics: added), as: name)
    return (page, name, false)
  }

  /// Runs one page; the session is made here because it belongs to this page's thread alone.
  static func run(_ page: Page, memoryLimit: Int = ResourceMeter.defaultMemoryLimit) -> Page {
    var page = page
    let session = SnippetSession(memoryLimit: memoryLimit)
    for block in page.tensorBlocks {
      let (options, unknown) = snippetOptions(of: block)
      for word in unknown {
        page.diagnostics.append(
          Diagnostic(
            path: page.source.path, line: block.fence.line, column: block.fence.column,
            message: "unknown tensor option '\(word)'", notes: ["options are hide, error, fresh and checks=eq-NAME"]))
      }
      let text = block.literal.hasSuffix("\n") ? String(block.literal.dropLast()) : block.literal
      let origin = SourcePosition(line: block.contentStart.line, column: block.contentStart.column)
      page.results[block.id] = session.run(Snippet(text: text, origin: origin, options: options))
    }
    for span in page.parsed?.math ?? [] {
      do throws(MathError) {
        page.math[span.id] = try MathML.render(tex: span.tex, display: span.isDisplay)
      } catch {
        let position = position(inTeX: span, atByte: error.offset)
        page.diagnostics.append(
          Diagnostic(path: page.source.path, line: position.line, column: position.column, message: error.message))
      }
    }
    return page
  }

  /// The options after `tensor` in a block's info string, and the words that are not options.
  static func snippetOptions(of block: CodeBlock) -> (SnippetOptions, unknown: [String]) {
    var options = SnippetOptions()
    var unknown: [String] = []
    for word in block.infoWords.dropFirst() {
      switch word {
      case "hide": options.hide = true
      case "error": options.expectsError = true
      case "fresh": options.fresh = true
      // `checks=eq-NAME` binds the block's claims to an equation; the label stage reads it.
      case _ where word.hasPrefix("checks="): break
      default: unknown.append(String(word))
      }
    }
    return (options, unknown)
  }

  /// The file position of a byte offset into a formula's TeX: the TeX is a contiguous slice of the file, so its
  /// line breaks are the file's.
  static func position(inTeX span: MathSpan, atByte offset: Int) -> SourcePosition {
    var line = span.position.line
    var column = span.position.column
    let bytes = Array(span.tex.utf8)
    var index = 0
    while index < min(max(offset, 0), bytes.count) {
      if bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") {
        let crlf =
          bytes[index] == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")
        index += crlf ? 2 : 1
        line += 1
        column = 1
      } else {
        index += 1
        column += 1
      }
    }
    return SourcePosition(line: line, column: column)
  }
}

extension Page {
  /// Problems found so far: the page's own plus those of its blocks.
  var problemCount: Int { diagnostics.count + results.values.reduce(0) { $0 + $1.diagnostics.count } }
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
