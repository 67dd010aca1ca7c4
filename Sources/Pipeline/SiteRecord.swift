import Foundation
import Markdown
import Site
import SourceText

/// The site record: what the last cached `build` read and wrote, kept in the run cache folder and signed like its
/// entries, so the next `build` after an edit does only the edited chapters' work (the manual, docs/01-books.md,
/// "The run cache").
///
/// It holds every file the build read (chapters with their stamps and SHA-256, `book.json`, theme and linked files),
/// the content folder's listing, the site's skeleton (`SiteSkeleton`: titles, summaries, anchors, the label table,
/// where each page sits in the print page and search index), what each chapter offers the others (a digest of its
/// title, summary, anchors, label definitions, equation bindings and linked files) and the stamp of every file of
/// the site it wrote. A later `build` whose only changes are the bytes of a few chapters re-runs and re-renders just
/// those; when each still offers the others exactly what it did, no other page can differ, so the others are
/// hard-linked from the old site by their stamps and the print page and search index are spliced. Anything else —
/// a chapter added, removed or renamed, a changed settings, theme or linked file, a changed title, label or
/// heading, any problem, an output file touched since — takes the ordinary path, which makes the same bytes.
struct SiteRecord {
  static let fileName = "book-build"
  static let magic = "docbuild-site-record-1"
  /// More changed chapters than this take the ordinary path, which runs them in parallel.
  static let largestEdit = 8

  /// One page of the book as recorded.
  struct PageEntry {
    /// The path diagnostics show.
    var path: String
    var slug: String
    var isHome: Bool
    /// The source file as read (its path is the file-system path).
    var input: BookManifest.Input
    var snippets: Int
    var gradientTables: Int
    var claims: Int
    /// The SHA-256 of what other pages read of it (`exports`).
    var exports: [UInt8]
  }

  /// Format, executable, memory limit, folders and default theme: anything else is another build.
  var context: String
  /// The content folder's device and inode.
  var root: [Int]
  /// The content folder's names, sorted.
  var names: [String]
  /// Files read besides the chapters.
  var inputs: [BookManifest.Input]
  var pages: [PageEntry]
  var equations: Int
  var checkedEquations: Int
  var skeleton: SiteSkeleton
  /// Every file of the site written, by path inside the output folder, with its stamp once in place.
  var outputs: [(path: String, stamp: FileStamp)]

  /// The names of a content folder's listing a book is made of (chapters, `book.json`, theme files), sorted: an
  /// editor's swap or backup file beside them changes nothing.
  static func bookNames(_ names: [String]) -> [String] {
    names.filter {
      ($0.hasSuffix(".md") && !$0.hasPrefix(".")) || $0 == BookSettings.settingsFileName || $0.hasSuffix(".mustache")
        || BookSettings.themeAssetNames.contains($0)
    }.sorted()
  }

  /// What other pages read of `page` (whose entry in the skeleton is `seen`), as a digest.
  static func exports(of page: Page, seen: SiteSkeleton.Page) -> [UInt8] {
    var text = "\(seen.file)\n\(seen.title.utf8.count):\(seen.title)\n\(seen.summary.utf8.count):\(seen.summary)\n"
    text += seen.anchors.map { "\($0.utf8.count):\($0)" }.joined(separator: " ") + "\n"
    text += LabelStage.definitionsText(of: page)
    for binding in page.bindings {
      text += "b \(binding.label.utf8.count):\(binding.label) \(binding.blockID) \(binding.line ?? -1)\n"
    }
    if let document = page.parsed?.document { text += AssetsStage.referencesText(of: document) }
    return SHA256.digest(Array(text.utf8))
  }

  /// The record of one content folder and output folder in the run cache.
  struct Store {
    let cache: RunCache
    let root: String
    let context: String
    let options: PipelineOptions

    /// Nil when caching is off or impossible.
    init?(_ options: PipelineOptions) {
      guard let folder = RunCache.ofContentFolder(options) else { return nil }
      let (cache, root, identity) = folder
      var theme: [UInt8] = []
      for file in SiteSkeleton.defaultThemeFiles() { theme += Array(file.name.utf8) + [0] + SHA256.digest(file.bytes) }
      self.cache = cache
      self.root = root
      self.options = options
      context = [
        SiteRecord.magic, RunCache.formatVersion, identity, String(options.memoryLimit), options.workingDirectory,
        options.contentDirectory, root, FileAccess.resolved(options.outputDirectory, base: options.workingDirectory),
        SHA256.hex(SHA256.digest(theme)),
      ].joined(separator: "\n")
    }

    /// Records a build that wrote `site` into `output` (links resolved) with no problem and no warning; `started`
    /// is when the command began, before it read anything.
    func record(_ book: Book, site: RenderedSite, output: String, started: timespec) {
      guard book.diagnostics.isEmpty, book.warnings.isEmpty, book.resolvedContentDirectory == root,
        let skeleton = site.skeleton, let rootStamp = FileStamp.of(root, followingLinks: true),
        case .success(let names) = FileAccess.listFolder(root)
      else { return }
      var others = book.settings.filesRead.map { ($0.key, Array($0.value.utf8)) }
      if let folder = book.pages.first.map({ ($0.source.fileSystemPath as NSString).deletingLastPathComponent }) {
        others += book.assets.map { (folder + "/" + $0.key, $0.value.bytes) }
      }
      var inputs: [BookManifest.Input] = []
      for (path, bytes) in others {
        guard let input = Self.input(path, bytes: bytes, started: started) else { return }
        inputs.append(input)
      }
      let seen = Dictionary(
        skeleton.pages.compactMap { page in page.sourcePath.map { ($0, page) } }, uniquingKeysWith: { a, _ in a })
      var pages: [PageEntry] = []
      for page in book.pages {
        guard let seenPage = seen[page.source.path],
          let input = Self.input(page.source.fileSystemPath, bytes: page.source.bytes, started: started)
        else { return }
        let results = page.results.values
        pages.append(
          PageEntry(
            path: page.source.path, slug: page.slug, isHome: page.isHome, input: input, snippets: results.count,
            gradientTables: results.reduce(0) { $0 + $1.gradientTables.count },
            claims: results.reduce(0) { $0 + $1.statements.filter { $0.claimHeld == true }.count },
            exports: SiteRecord.exports(of: page, seen: seenPage)))
      }
      guard let outputs = Self.outputStamps(output: output, paths: Array(site.files.keys) + [OutputFolder.markerName])
      else { return }
      let record = SiteRecord(
        context: context, root: Array(rootStamp.values[0..<2]), names: SiteRecord.bookNames(names), inputs: inputs,
        pages: pages,
        equations: book.equationCount, checkedEquations: book.checkedEquationCount, skeleton: skeleton,
        outputs: outputs)
      cache.storeSigned(record.encoded(), as: SiteRecord.fileName)
    }

    /// The input record of a file read as `bytes`; nil when it is gone.
    static func input(_ path: String, bytes: [UInt8], started: timespec) -> BookManifest.Input? {
      guard let stamp = FileStamp.of(path, followingLinks: false) else { return nil }
      var target: FileStamp?
      if stamp.isLink {
        guard let linked = FileStamp.of(path, followingLinks: true) else { return nil }
        target = linked
      }
      let racy = (target ?? stamp).isRecent(comparedWith: started) || stamp.isRecent(comparedWith: started)
      return BookManifest.Input(
        path: path, stamp: stamp, target: target, digest: SHA256.digest(bytes), racy: racy)
    }

    /// The stamps of the site's files in `output`, taken once the coarse clock the file system stamps with has
    /// moved past the moment the build finished writing them: a later write to one then always changes its stamp.
    static func outputStamps(output: String, paths: [String]) -> [(path: String, stamp: FileStamp)]? {
      var written = timespec()
      clock_gettime(CLOCK_REALTIME_COARSE, &written)
      for _ in 0..<100 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME_COARSE, &now)
        if (now.tv_sec, now.tv_nsec) > (written.tv_sec, written.tv_nsec) { break }
        usleep(500)
      }
      var result: [(path: String, stamp: FileStamp)] = []
      for path in Set(paths).sorted() {
        guard let stamp = FileStamp.of(output + "/" + path, followingLinks: false) else { return nil }
        result.append((path, stamp))
      }
      return result
    }
  }
}

extension SiteRecord.Store {
  /// A build that re-does only the chapters changed since the record, or nil when the ordinary path must run (see
  /// `SiteRecord`). Writes the site and a new record when it returns an outcome.
  func buildChanged(started: timespec) -> PipelineOutcome? {
    guard let payload = cache.loadSigned(SiteRecord.fileName),
      var record = SiteRecord(decoding: payload), record.context == context,
      let rootStamp = FileStamp.of(root, followingLinks: true), Array(rootStamp.values[0..<2]) == record.root,
      case .success(let names) = FileAccess.listFolder(root), SiteRecord.bookNames(names) == record.names
    else { return nil }
    for index in record.inputs.indices {
      guard Self.unchanged(&record.inputs[index], started: started) else { return nil }
    }
    let folder =
      options.contentDirectory.hasPrefix("/")
      ? options.contentDirectory : options.workingDirectory + "/" + options.contentDirectory
    guard
      let settings = try? BookSettings.load(
        contentDirectory: folder, root: root, names: names, workingDirectory: options.workingDirectory)
    else { return nil }
    var changed: [(index: Int, page: Page)] = []
    for index in record.pages.indices {
      var entry = record.pages[index]
      if entry.input.stamp == FileStamp.of(entry.input.path, followingLinks: false),
        entry.input.target.map({ $0 == FileStamp.of(entry.input.path, followingLinks: true) }) ?? true,
        !entry.input.racy
      {
        continue
      }
      guard
        let bytes = try? FileAccess.readFile(
          entry.input.path, shown: entry.path, confinedTo: settings.allowsFilesOutsideContent ? nil : root),
        let input = Self.input(entry.input.path, bytes: bytes, started: started)
      else { return nil }
      let same = input.digest == entry.input.digest
      entry.input = input
      record.pages[index] = entry
      if same { continue }
      guard !entry.isHome, changed.count < SiteRecord.largestEdit,
        let source = SourceFile(path: entry.path, fileSystemPath: entry.input.path, bytes: bytes)
      else { return nil }
      changed.append((index, Page(source: source, slug: entry.slug, isHome: false)))
    }
    guard
      let staging = try? WriteStage.prepare(
        output: options.outputDirectory, content: options.contentDirectory, protecting: [options.workingDirectory],
        workingDirectory: options.workingDirectory)
    else { return nil }
    guard let outcome = rebuild(&record, changed: changed, settings: settings, staging: staging) else {
      staging.discard()
      return nil
    }
    return outcome
  }

  /// Runs, checks and renders the changed pages against the record and writes the site through `staging`.
  private func rebuild(
    _ record: inout SiteRecord, changed: [(index: Int, page: Page)], settings: BookSettings,
    staging: WriteStage.Staging
  ) -> PipelineOutcome? {
    var book = Book(contentDirectory: options.contentDirectory, pages: changed.map(\.page))
    book.settings = settings
    // Whether every equation is checked is unchanged when every changed page offers what it did.
    book.settings.requiresCheckedEquations = false
    book.resolvedContentDirectory = root
    var files: [String: [UInt8]] = [:]
    if !changed.isEmpty {
      let paths = Dictionary(record.pages.map { ($0.slug, $0.path) }, uniquingKeysWith: { a, _ in a })
      guard let rendered = SiteRecord.rerun(&book, skeleton: record.skeleton, pathsBySlug: paths, options: options)
      else { return nil }
      for (position, chapter) in rendered.enumerated() {
        let index = changed[position].index
        let page = book.pages[position]
        let results = page.results.values
        guard
          let seenIndex = record.skeleton.pages.firstIndex(where: { $0.sourcePath == page.source.path }),
          seenIndex == chapter.index,
          SiteRecord.exports(of: page, seen: chapter.summary) == record.pages[index].exports
        else { return nil }
        record.pages[index].snippets = results.count
        record.pages[index].gradientTables = results.reduce(0) { $0 + $1.gradientTables.count }
        record.pages[index].claims = results.reduce(0) { $0 + $1.statements.filter { $0.claimHeld == true }.count }
        files[chapter.summary.file] = chapter.page
      }
      guard let spliced = splice(rendered, into: &record.skeleton, staging: staging, record: record)
      else { return nil }
      files.merge(spliced) { a, _ in a }
    } else if record.outputs.allSatisfy({
      FileStamp.of(staging.output.path + "/" + $0.path, followingLinks: false) == $0.stamp
    }) {
      // Nothing changed and the site is as written: there is nothing to write.
      staging.discard()
      return finish(record, output: staging.output.path, written: nil)
    }
    let made = Set(files.keys).union(changed.isEmpty ? [] : [SiteSkeleton.printFile, OutputFolder.markerName])
    let trusted = record.outputs.filter { !made.contains($0.path) && $0.path != OutputFolder.markerName }
    guard WriteStage.linkTrusted(trusted, into: staging, jobs: options.jobs) else { return nil }
    guard let warnings = try? WriteStage.write(files, through: staging, jobs: options.jobs), warnings.isEmpty
    else { return nil }
    return finish(record, output: staging.output.path, written: record.outputs.map(\.path))
  }

  /// The search index with the changed pages' lines replaced, read from the old site (trusted by stamp), and the
  /// print page spliced the same way straight into the staging folder; updates the skeleton's lengths.
  private func splice(
    _ rendered: [RerenderedChapter], into skeleton: inout SiteSkeleton, staging: WriteStage.Staging,
    record: SiteRecord
  ) -> [String: [UInt8]]? {
    let output = staging.output.path
    let stamps = Dictionary(record.outputs.map { ($0.path, $0.stamp) }, uniquingKeysWith: { a, _ in a })
    guard var search = Self.read(output + "/search-index.json", stamp: stamps["search-index.json"]) else {
      return nil
    }
    let printFile = SiteSkeleton.printFile
    let printPage = open(output + "/" + printFile, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard printPage >= 0 else { return nil }
    defer { close(printPage) }
    var status = stat()
    guard fstat(printPage, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      FileStamp(status) == stamps[printFile]
    else { return nil }
    let printSize = Int(status.st_size)
    var pieces: [WriteStage.Piece] = []
    var cursor = 0
    for chapter in rendered.sorted(by: { $0.index < $1.index }) {
      let start = skeleton.printSectionOffset(chapter.index)
      let length = skeleton.pages[chapter.index].printSectionLength
      guard start >= cursor, start + length <= printSize else { return nil }
      pieces += [.old(offset: cursor, length: start - cursor), .new(Array(chapter.printSection.utf8))]
      cursor = start + length
    }
    pieces.append(.old(offset: cursor, length: printSize - cursor))
    for chapter in rendered.sorted(by: { $0.index > $1.index }) {
      let old = skeleton.pages[chapter.index]
      let searchStart = skeleton.searchEntryOffset(chapter.index)
      guard searchStart + old.searchEntryLength <= search.count else { return nil }
      search.replaceSubrange(
        searchStart..<(searchStart + old.searchEntryLength), with: Array(chapter.searchEntry.utf8))
      skeleton.pages[chapter.index] = chapter.summary
    }
    guard WriteStage.writeSpliced(printFile, from: printPage, pieces: pieces, into: staging) else { return nil }
    let json = String(decoding: search, as: UTF8.self)
    return ["search-index.json": search, "search-index.js": Array(SiteSkeleton.searchScript(json: json).utf8)]
  }

  /// Stores the record with the new site's stamps and makes the outcome, with a progress line per page.
  private func finish(_ record: SiteRecord, output: String, written: [String]?) -> PipelineOutcome? {
    var record = record
    if let written {
      guard let outputs = SiteRecord.Store.outputStamps(output: output, paths: written) else { return nil }
      record.outputs = outputs
    }
    cache.storeSigned(record.encoded(), as: SiteRecord.fileName)
    for page in record.pages {
      options.progress(PageProgress(path: page.path, snippets: page.snippets, problems: 0))
    }
    var outcome = PipelineOutcome(book: Book(contentDirectory: options.contentDirectory, pages: []))
    outcome.replayedStatistics = Statistics(
      chapters: record.pages.filter { !$0.isHome }.count, snippets: record.pages.reduce(0) { $0 + $1.snippets },
      gradientTables: record.pages.reduce(0) { $0 + $1.gradientTables },
      claims: record.pages.reduce(0) { $0 + $1.claims }, equations: record.equations,
      checkedEquations: record.checkedEquations)
    return outcome
  }

  /// True when the file `input` names is as recorded: equal stamps, and for a racy one equal bytes too (then it is
  /// no longer racy once old enough).
  static func unchanged(_ input: inout BookManifest.Input, started: timespec) -> Bool {
    guard FileStamp.of(input.path, followingLinks: false) == input.stamp else { return false }
    if let target = input.target, FileStamp.of(input.path, followingLinks: true) != target { return false }
    guard input.racy else { return true }
    guard let bytes = read(input.path, stamp: nil, followingLinks: true), SHA256.digest(bytes) == input.digest
    else { return false }
    input.racy = (input.target ?? input.stamp).isRecent(comparedWith: started)
    return true
  }

  /// The bytes of the regular file at `path` when its stamp is `stamp` (any, when nil); never through a link unless
  /// asked.
  static func read(_ path: String, stamp: FileStamp?, followingLinks: Bool = false) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW))
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      stamp.map({ $0 == FileStamp(status) }) ?? true
    else { return nil }
    return try? FileAccess.readAll(descriptor, shown: path)
  }
}

extension SiteRecord {
  func encoded() -> [UInt8] {
    var writer = ByteWriter()
    func write(_ stamp: FileStamp) { stamp.write(to: &writer) }
    BookManifest.writeHead(
      magic: SiteRecord.magic, context: context, root: root, names: names, inputs: inputs, to: &writer)
    writer.write(unsigned: UInt64(pages.count))
    for page in pages {
      writer.write(page.path)
      writer.write(page.slug)
      writer.write(page.isHome)
      page.input.write(to: &writer)
      for value in [page.snippets, page.gradientTables, page.claims] { writer.write(value) }
      writer.write(bytes: page.exports)
    }
    writer.write(equations)
    writer.write(checkedEquations)
    writer.write(skeleton.title)
    writer.write(skeleton.homeListsChapters)
    writer.write(skeleton.allowsRawHTML)
    writer.write(skeleton.printContentOffset)
    writer.write(unsigned: UInt64(skeleton.imageSizes.count))
    for (name, size) in skeleton.imageSizes.sorted(by: { $0.key < $1.key }) {
      writer.write(name)
      writer.write(size.width)
      writer.write(size.height)
    }
    writer.write(unsigned: UInt64(skeleton.targets.count))
    for (label, target) in skeleton.targets.sorted(by: { $0.key < $1.key }) {
      writer.write(label)
      writer.write(target.kind.rawValue)
      writer.write(target.anchor.page)
      writer.write(target.anchor.id)
      writer.write(target.number)
      writer.write(target.title)
      writer.write(target.checkedBy != nil)
      if let checker = target.checkedBy {
        writer.write(checker.page)
        writer.write(checker.id)
      }
    }
    writer.write(unsigned: UInt64(skeleton.pages.count))
    for page in skeleton.pages {
      writer.write(page.file)
      writer.write(page.title)
      writer.write(page.isHome)
      writer.write(page.sourcePath != nil)
      if let path = page.sourcePath { writer.write(path) }
      writer.write(page.summary)
      writer.write(unsigned: UInt64(page.anchors.count))
      for anchor in page.anchors { writer.write(anchor) }
      writer.write(page.searchEntryLength)
      writer.write(page.printSectionLength)
    }
    writer.write(unsigned: UInt64(outputs.count))
    for output in outputs {
      writer.write(output.path)
      write(output.stamp)
    }
    return writer.bytes
  }

  /// Reads what `encoded` wrote; nil for anything else.
  init?(decoding bytes: [UInt8]) {
    var reader = ByteReader(bytes)
    func stamp() -> FileStamp? { FileStamp(reading: &reader) }
    func strings() -> [String]? {
      guard let count = reader.readCount() else { return nil }
      var result: [String] = []
      for _ in 0..<count {
        guard let value = reader.readString() else { return nil }
        result.append(value)
      }
      return result
    }
    guard let head = BookManifest.readHead(magic: SiteRecord.magic, from: &reader) else { return nil }
    let (context, root, names, inputs) = head
    guard let pageCount = reader.readCount() else { return nil }
    var pages: [PageEntry] = []
    for _ in 0..<pageCount {
      guard let path = reader.readString(), let slug = reader.readString(), let isHome = reader.readBool(),
        let source = BookManifest.Input(reading: &reader), let snippets = reader.readInt(),
        let tables = reader.readInt(),
        let claims = reader.readInt(), let exports = reader.readBytes()
      else { return nil }
      pages.append(
        PageEntry(
          path: path, slug: slug, isHome: isHome, input: source, snippets: snippets, gradientTables: tables,
          claims: claims, exports: exports))
    }
    guard let equations = reader.readInt(), let checked = reader.readInt(), let title = reader.readString(),
      let listsChapters = reader.readBool(), let rawHTML = reader.readBool(), let offset = reader.readInt(),
      let sizeCount = reader.readCount()
    else { return nil }
    var sizes: [String: ImageSize] = [:]
    for _ in 0..<sizeCount {
      guard let name = reader.readString(), let width = reader.readInt(), let height = reader.readInt() else {
        return nil
      }
      sizes[name] = ImageSize(width: width, height: height)
    }
    guard let targetCount = reader.readCount() else { return nil }
    var targets: [String: LabelTarget] = [:]
    for _ in 0..<targetCount {
      guard let label = reader.readString(), let kind = reader.readString().flatMap(LabelKind.init(rawValue:)),
        let page = reader.readString(), let id = reader.readString(), let number = reader.readString(),
        let targetTitle = reader.readString(), let checked = reader.readBool()
      else { return nil }
      var checker: PageAnchor?
      if checked {
        guard let checkerPage = reader.readString(), let checkerID = reader.readString() else { return nil }
        checker = PageAnchor(page: checkerPage, id: checkerID)
      }
      targets[label] = LabelTarget(
        kind: kind, anchor: PageAnchor(page: page, id: id), number: number, title: targetTitle, checkedBy: checker)
    }
    guard let skeletonCount = reader.readCount() else { return nil }
    var skeletonPages: [SiteSkeleton.Page] = []
    for _ in 0..<skeletonCount {
      guard let file = reader.readString(), let pageTitle = reader.readString(), let isHome = reader.readBool(),
        let hasSource = reader.readBool()
      else { return nil }
      var sourcePath: String?
      if hasSource {
        guard let path = reader.readString() else { return nil }
        sourcePath = path
      }
      guard let summary = reader.readString(), let anchors = strings(), let searchLength = reader.readInt(),
        let printLength = reader.readInt(), searchLength >= 0, printLength >= 0
      else { return nil }
      skeletonPages.append(
        SiteSkeleton.Page(
          file: file, title: pageTitle, isHome: isHome, sourcePath: sourcePath, summary: summary, anchors: anchors,
          searchEntryLength: searchLength, printSectionLength: printLength))
    }
    guard let outputCount = reader.readCount() else { return nil }
    var outputs: [(path: String, stamp: FileStamp)] = []
    for _ in 0..<outputCount {
      guard let path = reader.readString(), let value = stamp() else { return nil }
      outputs.append((path, value))
    }
    guard reader.isAtEnd, offset >= 0 else { return nil }
    self.init(
      context: context, root: root, names: names, inputs: inputs, pages: pages, equations: equations,
      checkedEquations: checked,
      skeleton: SiteSkeleton(
        title: title, homeListsChapters: listsChapters, allowsRawHTML: rawHTML, imageSizes: sizes, targets: targets,
        pages: skeletonPages, printContentOffset: offset),
      outputs: outputs)
  }
}

extension SiteRecord {
  /// Parses, labels, runs, verifies and renders the pages of `book` (a few chapters of the book `skeleton`
  /// describes, whose source paths by page name are `pathsBySlug`) as a full build would; nil on any problem.
  static func rerun(
    _ book: inout Book, skeleton: SiteSkeleton, pathsBySlug: [String: String], options: PipelineOptions
  ) -> [RerenderedChapter]? {
    let changedSlugs = Set(book.pages.map(\.slug))
    var known: [String: LabelSite] = [:]
    for (label, target) in skeleton.targets where !changedSlugs.contains(target.anchor.page) {
      known[label] = LabelSite(
        label: label, kind: target.kind, pageIndex: -1, position: SourcePosition(line: 1, column: 1),
        number: target.number, title: target.title, path: pathsBySlug[target.anchor.page] ?? "",
        slug: target.anchor.page)
    }
    book = ParseStage.parse(book, jobs: options.jobs)
    book = LabelStage.collect(book, known: known)
    let cache = ReuseStage.cache(for: book, settings: options.cache, memoryLimit: options.memoryLimit)
    book = ReuseStage.restore(book, cache: cache, memo: nil, jobs: options.jobs)
    book = MathStage.render(book, jobs: options.jobs)
    book = RunStage.run(
      book, jobs: options.jobs, memoryLimit: options.memoryLimit, finished: VerifyStage.judge, progress: { _ in })
    ReuseStage.remember(book, cache: cache, memo: nil, jobs: options.jobs, prunes: false)
    book = AssetsStage.collect(book)
    book = VerifyStage.verify(book)
    guard book.diagnostics.isEmpty, book.warnings.isEmpty else { return nil }
    book = PageModelStage.build(book)
    let table = CrossReferenceTable(targets: skeleton.targets)
    let chapters = book.pages.compactMap { page -> ChapterPage? in
      var chapter = page.chapterPage
      chapter?.crossReferences = table
      return chapter
    }
    guard chapters.count == book.pages.count,
      let rendered = SiteRenderer.rerender(
        chapters, skeleton: skeleton, templateOverrides: book.settings.themeOverrides),
      rendered.diagnostics.isEmpty, rendered.chapters.count == chapters.count
    else { return nil }
    return rendered.chapters
  }

}
