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
    var fileSystemPath: String
    /// Its stamp (and its target's, for a link) when the bytes were known to be these; nil when it changed too
    /// recently for the stamp to prove that (then its bytes are read and compared on every save).
    var stamp: FileStamp?
    var target: FileStamp?

    /// True when the file is provably unchanged without reading it.
    var isUnchanged: Bool {
      guard let stamp, stamp == FileStamp.of(fileSystemPath, followingLinks: false) else { return false }
      return target == nil || target == FileStamp.of(fileSystemPath, followingLinks: true)
    }

    /// Takes the file's stamps now, for bytes read at or after `read`.
    mutating func restamp(read: timespec) {
      stamp = FileStamp.of(fileSystemPath, followingLinks: false)
      target = stamp?.isLink == true ? FileStamp.of(fileSystemPath, followingLinks: true) : nil
      if (target ?? stamp)?.isRecent(comparedWith: read) != false || stamp?.isRecent(comparedWith: read) != false {
        stamp = nil
      }
    }
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

  /// The record of a render `serve` made (`defersWholeBook`) that verified, whose files were read at or after
  /// `started`; nil otherwise.
  init?(_ book: Book, started: timespec) {
    guard book.diagnostics.isEmpty, book.warnings.isEmpty, let site = book.site, let skeleton = site.skeleton,
      let deferred = site.deferred, let root = book.resolvedContentDirectory,
      case .success(let names) = FileAccess.listFolder(root)
    else { return nil }
    let seen = Dictionary(
      skeleton.pages.compactMap { page in page.sourcePath.map { ($0, page) } }, uniquingKeysWith: { a, _ in a })
    var pages: [LivePage] = []
    for page in book.pages {
      guard let seenPage = seen[page.source.path] else { return nil }
      var live = LivePage(
        path: page.source.path, slug: page.slug, isHome: page.isHome, bytes: page.source.bytes,
        exports: SiteRecord.exports(of: page, seen: seenPage), fileSystemPath: page.source.fileSystemPath)
      live.restamp(read: started)
      pages.append(live)
    }
    let folder = book.pages.first.map { ($0.source.fileSystemPath as NSString).deletingLastPathComponent } ?? root
    self.pages = pages
    self.names = SiteRecord.bookNames(names)
    settingsFiles = book.settings.filesRead
    // A file changed just before its stamp was taken may have been read before the change: no stamp, so the next
    // save renders everything once more.
    let now = BookManifest.now()
    assets = book.assets.keys.sorted().map {
      let stamp = FileStamp.of(folder + "/" + $0, followingLinks: true)
      return ($0, stamp?.isRecent(comparedWith: now) == false ? stamp : nil)
    }
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
    let started = BookManifest.now()
    // Only the few files whose stamps moved are read: a save costs the saved chapter, not a pass over the book.
    let root = FileAccess.resolved(options.contentDirectory, base: options.workingDirectory)
    let folder =
      options.contentDirectory.hasPrefix("/")
      ? options.contentDirectory : options.workingDirectory + "/" + options.contentDirectory
    guard case .success(let names) = FileAccess.listFolder(root), SiteRecord.bookNames(names) == record.names,
      let settings = try? BookSettings.load(
        contentDirectory: folder, root: root, names: names, workingDirectory: options.workingDirectory),
      settings.filesRead == record.settingsFiles
    else { return nil }
    let pagesFolder =
      record.pages.first.map { ($0.fileSystemPath as NSString).deletingLastPathComponent } ?? folder
    for asset in record.assets where FileStamp.of(pagesFolder + "/" + asset.path, followingLinks: true) != asset.stamp {
      return nil
    }
    var record = record
    var changed: [(index: Int, page: Page)] = []
    for (index, old) in record.pages.enumerated() where !old.isUnchanged {
      guard
        let bytes = try? FileAccess.readFile(
          old.fileSystemPath, shown: old.path, confinedTo: settings.allowsFilesOutsideContent ? nil : root)
      else { return nil }
      if bytes == old.bytes {
        record.pages[index].restamp(read: started)
        continue
      }
      guard !old.isHome, changed.count < SiteRecord.largestEdit,
        let source = SourceFile(path: old.path, fileSystemPath: old.fileSystemPath, bytes: bytes)
      else { return nil }
      changed.append((index, Page(source: source, slug: old.slug, isHome: false)))
    }
    guard !changed.isEmpty else { return LiveUpdate(files: [:], deferred: record.deferred, record: record) }
    var book = Book(contentDirectory: options.contentDirectory, pages: changed.map(\.page))
    book.settings = settings
    book.settings.requiresCheckedEquations = false
    book.resolvedContentDirectory = root
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
      record.pages[index].restamp(read: started)
      files[chapter.summary.file] = chapter.page
    }
    record.deferred = record.deferred.replacing(rendered)
    return LiveUpdate(files: files, deferred: record.deferred, record: record)
  }
}
