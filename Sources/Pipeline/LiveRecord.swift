import Foundation
import Site
import SourceText

/// What `serve` keeps of its last render that verified, so a save of a few chapters re-does only them: the same
/// reasoning as the build's `SiteRecord`, held in memory, with the chapters' bytes instead of their stamps.
public struct LiveRecord: Sendable {
  /// One page as recorded.
  struct LivePage: Sendable {
    var path: String
    var slug: String
    var isHome: Bool
    var bytes: [UInt8]
    /// What other pages read of it (`SiteRecord.exports`).
    var exports: [UInt8]
  }

  var pages: [LivePage]
  /// The content folder's listing.
  var names: [String]
  /// `book.json` and theme files as read.
  var settingsFiles: [String: String]
  /// Linked files with their stamps (following links, as the assets stage reads them).
  var assets: [(path: String, stamp: FileStamp?)]
  var skeleton: SiteSkeleton
  /// The print page and search index of the render, made when asked for.
  var deferred: DeferredFiles

  /// The record of a render `serve` made (`defersWholeBook`) that verified; nil otherwise.
  init?(_ book: Book) {
    guard book.diagnostics.isEmpty, book.warnings.isEmpty, let site = book.site, let skeleton = site.skeleton,
      let deferred = site.deferred, let root = book.resolvedContentDirectory,
      case .success(let names) = FileAccess.listFolder(root)
    else { return nil }
    let seen = Dictionary(
      skeleton.pages.compactMap { page in page.sourcePath.map { ($0, page) } }, uniquingKeysWith: { a, _ in a })
    var pages: [LivePage] = []
    for page in book.pages {
      guard let seenPage = seen[page.source.path] else { return nil }
      pages.append(
        LivePage(
          path: page.source.path, slug: page.slug, isHome: page.isHome, bytes: page.source.bytes,
          exports: SiteRecord.exports(of: page, seen: seenPage)))
    }
    let folder = book.pages.first.map { ($0.source.fileSystemPath as NSString).deletingLastPathComponent } ?? root
    self.pages = pages
    self.names = names.sorted()
    settingsFiles = book.settings.filesRead
    assets = book.assets.keys.sorted().map { ($0, FileStamp.of(folder + "/" + $0, followingLinks: true)) }
    self.skeleton = skeleton
    self.deferred = deferred
  }
}

/// The files a save changed, as `serve` swaps them in.
public struct LiveUpdate: Sendable {
  /// The re-rendered pages by site path; every other page is as it was.
  public var files: [String: [UInt8]]
  /// The print page and search index with those pages in place.
  public var deferred: DeferredFiles
  /// The record to compare the next save with.
  public var record: LiveRecord
}

extension Pipeline {
  /// Re-renders only the chapters whose bytes differ from `record`'s, when nothing else changed and each still
  /// offers the other pages what it did (see `SiteRecord`); nil when a full render must run. Writes nothing but the
  /// run cache.
  public static func renderChanged(_ options: PipelineOptions, since record: LiveRecord) -> LiveUpdate? {
    guard
      let loaded = try? LoadStage.load(
        contentDirectory: options.contentDirectory, workingDirectory: options.workingDirectory),
      let root = loaded.resolvedContentDirectory, case .success(let names) = FileAccess.listFolder(root),
      names.sorted() == record.names, loaded.settings.filesRead == record.settingsFiles,
      loaded.pages.count == record.pages.count
    else { return nil }
    let folder = loaded.pages.first.map { ($0.source.fileSystemPath as NSString).deletingLastPathComponent } ?? root
    for asset in record.assets where FileStamp.of(folder + "/" + asset.path, followingLinks: true) != asset.stamp {
      return nil
    }
    var changed: [(index: Int, page: Page)] = []
    for (index, page) in loaded.pages.enumerated() {
      let old = record.pages[index]
      guard page.source.path == old.path, page.slug == old.slug, page.isHome == old.isHome else { return nil }
      if page.source.bytes == old.bytes { continue }
      guard !page.isHome, changed.count < SiteRecord.largestEdit else { return nil }
      changed.append((index, page))
    }
    var record = record
    guard !changed.isEmpty else { return LiveUpdate(files: [:], deferred: record.deferred, record: record) }
    var book = loaded
    book.pages = changed.map(\.page)
    book.settings.requiresCheckedEquations = false
    let paths = Dictionary(record.pages.map { ($0.slug, $0.path) }, uniquingKeysWith: { a, _ in a })
    guard let rendered = SiteRecord.rerun(&book, skeleton: record.skeleton, pathsBySlug: paths, options: options),
      rendered.count == changed.count
    else { return nil }
    var files: [String: [UInt8]] = [:]
    for (position, chapter) in rendered.enumerated() {
      let index = changed[position].index
      guard SiteRecord.exports(of: book.pages[position], seen: chapter.summary) == record.pages[index].exports
      else { return nil }
      record.pages[index].bytes = book.pages[position].source.bytes
      files[chapter.summary.file] = chapter.page
    }
    record.deferred = record.deferred.replacing(rendered)
    return LiveUpdate(files: files, deferred: record.deferred, record: record)
  }
}
