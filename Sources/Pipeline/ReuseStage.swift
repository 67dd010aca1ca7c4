import ParallelMap
import Snippets
import SourceText

/// Reuse: a page's formulas and run depend on nothing but its bytes (and the executable and memory limit), so they
/// are taken from `serve`'s memo or the run cache when either holds them for the page's exact bytes — before the
/// math and run stages, which then leave the page alone — and remembered after those stages for the pages they did.
enum ReuseStage {
  /// The run cache for this book, or nil when caching is off or impossible.
  static func cache(for book: Book, settings: RunCacheSettings, memoryLimit: Int) -> RunCache? {
    book.resolvedContentDirectory.flatMap {
      RunCache(settings: settings, contentRoot: $0, memoryLimit: memoryLimit)
    }
  }

  /// Takes every page's formulas and run that the memo or the cache holds, pages in parallel.
  static func restore(_ book: Book, cache: RunCache?, memo: PageMemo?, jobs: Int) -> Book {
    var book = book
    book.pages = parallelMap(book.pages, jobs: jobs) { restore($0, cache: cache, memo: memo) }
    book.cachedPageCount = book.pages.filter(\.reused).count
    return book
  }

  private static func restore(_ page: Page, cache: RunCache?, memo: PageMemo?) -> Page {
    var page = page
    page.cacheEntry = cache?.entryName(for: page.source.bytes)
    if let run = memo?.entry(for: page)?.run {
      page.results = run.results
      page.math = run.math
      page.mathDiagnostics = run.diagnostics
      page.reused = true
    } else if let cache, let name = page.cacheEntry, let cached = cache.lookup(name) {
      page.results = cached.results
      page.math = cached.math
      page.mathDiagnostics = cached.diagnostics.map {
        Diagnostic(path: page.source.path, line: $0.line, column: $0.column, message: $0.message, notes: $0.notes)
      }
      page.reused = true
      memo?.rememberRun(of: page, runDiagnostics: page.mathDiagnostics)
    }
    return page
  }

  /// Remembers the formulas and run of every page the math and run stages did, and lets the cache forget entries
  /// of pages no longer in the book (unless `prunes` is false: `book` is then only part of the book).
  static func remember(_ book: Book, cache: RunCache?, memo: PageMemo?, jobs: Int, prunes: Bool = true) {
    _ = parallelMap(book.pages.filter { !$0.reused }, jobs: jobs) { page in
      if let cache, let name = page.cacheEntry {
        let diagnostics = page.mathDiagnostics.map {
          CachedDiagnostic(line: $0.line, column: $0.column, message: $0.message, notes: $0.notes)
        }
        cache.store(CachedRun(results: page.results, math: page.math, diagnostics: diagnostics), as: name)
      }
      memo?.rememberRun(of: page, runDiagnostics: page.mathDiagnostics)
      return 0
    }
    if prunes { cache?.prune(keeping: Set(book.pages.compactMap(\.cacheEntry))) }
  }
}
