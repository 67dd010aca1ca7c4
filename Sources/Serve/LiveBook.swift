import Foundation
import Pipeline
import Site
import SourceText

/// The book as `serve` last built it, in memory: every page and file by site path, and a version that moves on each
/// rebuild so open pages know to reload. Never written to disk.
public final class LiveBook: @unchecked Sendable {
  /// What `serve` is asked to build.
  public let options: PipelineOptions
  /// Formats diagnostics as `check` prints them (the command line's printer), for the terminal and the error pages.
  let format: @Sendable (PipelineOutcome) -> String

  private let lock = NSCondition()
  private var files: [String: [UInt8]] = [:]
  private var deferred: DeferredFiles?
  private var version = 0
  /// The last render that verified, while it is what is served: a save then re-renders only what it changed.
  private var record: LiveRecord?
  /// How many rebuilds re-rendered only the chapters a save changed (for tests).
  private(set) var partialRebuilds = 0

  /// Makes a live book; nothing is built until `rebuild`.
  public init(options: PipelineOptions, format: @escaping @Sendable (PipelineOutcome) -> String) {
    var options = options
    // Unchanged chapters are neither parsed nor run again, nor read back from the run cache, on a rebuild
    // (`--no-cache` runs everything every time).
    if options.memo == nil, options.cache.enabled { options.memo = PageMemo() }
    // The print page and search index read every page: they are made when a browser asks for them, not on each save.
    options.defersWholeBook = true
    self.options = options
    self.format = format
  }

  /// The content folder, absolute.
  var contentFolder: String {
    options.contentDirectory.hasPrefix("/")
      ? options.contentDirectory : options.workingDirectory + "/" + options.contentDirectory
  }

  /// The current version (0 before the first build).
  public var currentVersion: Int {
    lock.lock()
    defer { lock.unlock() }
    return version
  }

  /// The bytes served at `path` (`index.html`, `images/a.png`), if any; a page carries the reload script for the
  /// version it belongs to (added here, per request, so a rebuild need not copy every page).
  public func file(_ path: String) -> [UInt8]? {
    lock.lock()
    let (stored, later, stamp) = (files[path], deferred, version)
    lock.unlock()
    // A deferred file is made outside the lock (it can take a while for a large book); it belongs to `stamp`'s
    // render whatever has happened since, so the page it makes reloads if that render has been replaced.
    guard let bytes = stored ?? later?.file(path) else { return nil }
    return path.hasSuffix(".html") ? ErrorPage.injectReloadScript(into: bytes, version: stamp) : bytes
  }

  /// Waits until the version passes `seen` or `timeout` seconds go by; returns the version then.
  func waitForVersion(after seen: Int, timeout: TimeInterval) -> Int {
    let deadline = Date(timeIntervalSinceNow: timeout)
    lock.lock()
    defer { lock.unlock() }
    while version <= seen, lock.wait(until: deadline) {}
    return version
  }

  /// Builds the book in memory and swaps in the result; returns the diagnostics text (empty when it verified), which
  /// `serve` prints as `check` would. A chapter that failed is served as a page of its diagnostics.
  @discardableResult
  public func rebuild() -> String {
    lock.lock()
    let last = record
    lock.unlock()
    if let last, let update = Pipeline.renderChanged(options, since: last) {
      lock.lock()
      version += 1
      files.merge(update.files) { _, new in new }
      deferred = update.deferred
      record = update.record
      partialRebuilds += 1
      lock.broadcast()
      lock.unlock()
      return ""
    }
    var newFiles: [String: [UInt8]] = [:]
    var newRecord: LiveRecord?
    var newDeferred: DeferredFiles?
    var report = ""
    do {
      let outcome = try Pipeline.check(options)
      newRecord = outcome.liveRecord
      report = outcome.verified ? "" : format(outcome)
      newFiles = outcome.book.site?.files ?? [:]
      newDeferred = outcome.book.site?.deferred
      // Each failing page shows its own diagnostics; problems in files that are not pages (theme files) go on the
      // home page.
      var byPage: [String: [Diagnostic]] = [:]
      let pageFiles = Dictionary(
        outcome.book.pages.map { ($0.source.path, $0.isHome ? "index.html" : $0.slug + ".html") },
        uniquingKeysWith: { first, _ in first })
      for diagnostic in outcome.diagnostics {
        byPage[pageFiles[diagnostic.path] ?? "index.html", default: []].append(diagnostic)
      }
      for (page, diagnostics) in byPage {
        var only = outcome
        only.book.diagnostics = diagnostics
        newFiles[page] = Array(ErrorPage.html(title: page, report: format(only)).utf8)
      }
    } catch {
      // The command could not run at all (a malformed book.json, an emptied folder): every page says why.
      report = "error: " + error.message + "\n"
      newFiles = ["index.html": Array(ErrorPage.html(title: "docbuild", report: report).utf8)]
    }
    if newFiles["index.html"] == nil || !newFiles.keys.contains(where: { $0.hasSuffix(".html") }) {
      newFiles["index.html"] = Array(ErrorPage.html(title: "docbuild", report: report).utf8)
    }
    lock.lock()
    version += 1
    files = newFiles
    deferred = newDeferred
    record = newRecord
    lock.broadcast()
    lock.unlock()
    return report
  }
}

/// The page shown in place of a chapter that failed, and the reload script every served page carries.
enum ErrorPage {
  /// A page of diagnostics text, HTML-escaped, in a `<pre>` so carets stay under their columns.
  static func html(title: String, report: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8"><title>error: \(Site.escapeHTML(title))</title>
    <style>body{font:15px/1.4 ui-monospace,monospace;margin:2em;background:#fff;color:#222}
    pre{white-space:pre-wrap;border-left:4px solid #c00;padding-left:1em}</style></head>
    <body><h1>This page did not build</h1><pre class="docbuild-diagnostics">\(Site.escapeHTML(report))</pre></body></html>

    """
  }

  /// Adds the script that reloads the page when the server's version moves past `version`, before `</body>` (or at
  /// the end). Only `serve` adds it; built sites never carry it.
  static func injectReloadScript(into page: [UInt8], version: Int) -> [UInt8] {
    let script = Array(
      ("<script>(function(){var s=new EventSource('/__docbuild/events');s.onmessage=function(e){"
        + "if(Number(e.data)!==\(version)){s.close();location.reload();}};})();</script>").utf8)
    let closing = Array("</body>".utf8)
    var index = page.count - closing.count
    while index >= 0 {
      if Array(page[index..<index + closing.count]) == closing {
        return Array(page[..<index]) + script + Array(page[index...])
      }
      index -= 1
    }
    return page + script
  }
}
