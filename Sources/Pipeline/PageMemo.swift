import Markdown
import Snippets
import SourceText
import Synchronization

/// What `serve` keeps in memory between rebuilds: each page's parse and run, by its path, for exactly the bytes they
/// came from. A page whose bytes are unchanged is neither parsed nor run nor read back from the run cache again; any
/// change to its bytes is a miss. Parsing and running depend on nothing else (the memory limit and the executable are
/// fixed for a server's life), so a remembered page is the page a cold build would make.
public final class PageMemo: Sendable {
  /// One page's parse, run, or both.
  struct Entry {
    var bytes: [UInt8]
    var parsed: ParsedMarkdown?
    var title = ""
    var parseDiagnostics: [Diagnostic] = []
    var run: (results: [Int: BlockResult], math: [Int: String], diagnostics: [Diagnostic])?
  }

  private let entries = Mutex<[String: Entry]>([:])

  /// An empty memo.
  public init() {}

  /// The entry for a page with these bytes at this path, if remembered.
  func entry(for page: Page) -> Entry? {
    entries.withLock { entries in
      guard let entry = entries[page.source.path], entry.bytes == page.source.bytes else { return nil }
      return entry
    }
  }

  /// Remembers a page's parse (and forgets its run, which was for other bytes if the bytes changed).
  func rememberParse(of page: Page, parseDiagnostics: [Diagnostic]) {
    guard let parsed = page.parsed else { return }
    entries.withLock { entries in
      var entry =
        entries[page.source.path].flatMap { $0.bytes == page.source.bytes ? $0 : nil }
        ?? Entry(bytes: page.source.bytes)
      entry.parsed = parsed
      entry.title = page.title
      entry.parseDiagnostics = parseDiagnostics
      entries[page.source.path] = entry
    }
  }

  /// Remembers a page's run: its results, formulas and the diagnostics the run added.
  func rememberRun(of page: Page, runDiagnostics: [Diagnostic]) {
    entries.withLock { entries in
      guard var entry = entries[page.source.path], entry.bytes == page.source.bytes else { return }
      entry.run = (page.results, page.math, runDiagnostics)
      entries[page.source.path] = entry
    }
  }

  /// Forgets pages no longer in the book.
  func keep(paths: Set<String>) {
    entries.withLock { entries in entries = entries.filter { paths.contains($0.key) } }
  }
}
