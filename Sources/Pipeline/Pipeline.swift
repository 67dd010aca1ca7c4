import Dispatch
import Site
import SourceText
import TensorCore

/// What `build`, `check` and `fix` are asked to do.
public struct PipelineOptions: Sendable {
  /// The folder of Markdown sources.
  public var contentDirectory: String
  /// The site folder `build` replaces.
  public var outputDirectory: String
  /// How many pages run at once.
  public var jobs: Int
  /// The folder diagnostics' paths are relative to.
  public var workingDirectory: String
  /// Told about each page as it finishes running (from any thread).
  public var progress: @Sendable (PageProgress) -> Void
  /// The live tensor memory each chapter may use, in bytes (`--memory-limit`).
  public var memoryLimit = ResourceMeter.defaultMemoryLimit
  /// False when only the verdict matters (`check` and `fix` from the command line): page templates, the print page
  /// and the search index are then not rendered, since they can add no problem.
  public var rendersPages = true
  /// Where chapters' runs are remembered between commands (`--no-cache` turns it off). Off unless a command asks.
  public var cache = RunCacheSettings(enabled: false)
  /// Pages parsed and run by an earlier command of this process (`serve`), reused while their bytes are unchanged.
  public var memo: PageMemo?
  /// True when the print page and the search index are made only when asked for (`serve`; see `RenderedSite`).
  public var defersWholeBook = false
  /// Called before each site file is written (tests inject failures here).
  var beforeEachFile: WriteStage.FileHook?
  /// Called by `fix` just before it replaces a chapter, with the chapter's path (tests edit the file here).
  var beforeRewrite: (@Sendable (String) -> Void)?

  /// Makes options.
  public init(
    contentDirectory: String, outputDirectory: String, jobs: Int, workingDirectory: String,
    progress: @escaping @Sendable (PageProgress) -> Void = { _ in }
  ) {
    self.contentDirectory = contentDirectory
    self.outputDirectory = outputDirectory
    self.jobs = max(1, jobs)
    self.workingDirectory = workingDirectory
    self.progress = progress
  }
}

/// The result of a run: the book as the last stage left it and what it counted.
public struct PipelineOutcome: Sendable {
  /// The book after the last stage.
  public var book: Book
  /// Every problem, sorted by path, line and column.
  public var diagnostics: [Diagnostic] { book.diagnostics }
  /// The source paths `fix` rewrote.
  public var rewrittenPaths: [String] = []
  /// Problems that did not stop the command, such as an old site that could not be removed after the new one was
  /// installed.
  public var warnings: [String] = []
  /// True when nothing failed.
  public var verified: Bool { book.diagnostics.isEmpty }
  /// Counts for the summary line.
  public var statistics: Statistics { replayedStatistics ?? Statistics(book) }
  /// The counts of an earlier run whose every input is unchanged, when `check` replayed its verdict (the book is
  /// then empty).
  var replayedStatistics: Statistics?
  /// For `serve` (`defersWholeBook`), a render that verified, to re-render only what a later save changes.
  public var liveRecord: LiveRecord?
}

/// The numbers of the summary line.
public struct Statistics: Sendable, Hashable {
  /// Chapters (the home page not counted).
  public var chapters: Int
  /// Tensor blocks run.
  public var snippets: Int
  /// Gradient tables produced.
  public var gradientTables: Int
  /// `assert` claims that held.
  public var claims: Int
  /// Numbered equations (`$$ … $$ {#eq-…}`).
  public var equations = 0
  /// Numbered equations whose bound claims all held.
  public var checkedEquations = 0

  /// Makes counts.
  public init(
    chapters: Int, snippets: Int, gradientTables: Int, claims: Int, equations: Int = 0, checkedEquations: Int = 0
  ) {
    self.chapters = chapters
    self.snippets = snippets
    self.gradientTables = gradientTables
    self.claims = claims
    self.equations = equations
    self.checkedEquations = checkedEquations
  }

  init(_ book: Book) {
    let results = book.pages.flatMap { $0.results.values }
    chapters = book.chapters.count
    snippets = results.count
    gradientTables = results.reduce(0) { $0 + $1.gradientTables.count }
    claims = results.reduce(0) { $0 + $1.statements.filter { $0.claimHeld == true }.count }
    equations = book.equationCount
    checkedEquations = book.checkedEquationCount
  }
}

/// Runs the stages over a book: load → parse → label → math → run → verify → page model → render → write (the
/// reuse stage takes formulas and runs from the memo or cache before math, and keeps them after run).
public enum Pipeline {
  /// Verifies everything and, only if all of it verified, replaces the output folder with the new site.
  public static func build(_ options: PipelineOptions) throws(CommandFailure) -> PipelineOutcome {
    let started = BookManifest.now()
    // With the run cache, a build after an edit of a few chapters does only their work when it can (`SiteRecord`).
    let record = SiteRecord.Store(options)
    if let outcome = record?.buildChanged(started: started) { return outcome }
    // Reading and parsing the default theme overlaps loading and running the book (a small book's build would
    // otherwise wait for it).
    if options.rendersPages { DispatchQueue.global().async { SiteRenderer.prepareTheme() } }
    let loaded = try loadedBook(options)
    // Every page becomes `slug.html`; creating those files starts now and overlaps running the book.
    let staging = try WriteStage.prepare(
      output: options.outputDirectory, content: options.contentDirectory, protecting: [options.workingDirectory],
      expectedFiles: ["index.html"] + loaded.pages.map { $0.slug + ".html" },
      workingDirectory: options.workingDirectory)
    let book = verified(loaded, options)
    guard book.diagnostics.isEmpty, let site = book.site else {
      staging.discard()
      return PipelineOutcome(book: book)
    }
    var outcome = PipelineOutcome(book: book)
    outcome.warnings = try WriteStage.write(
      site.files, through: staging, jobs: options.jobs, beforeEachFile: options.beforeEachFile)
    if outcome.warnings.isEmpty {
      record?.record(book, site: site, output: staging.output.path, started: started)
    }
    return outcome
  }

  /// The same verification as `build`, links included, writing nothing.
  public static func check(_ options: PipelineOptions) throws(CommandFailure) -> PipelineOutcome {
    let started = BookManifest.now()
    // Verifying only, with nothing changed since a run that verified: its verdict stands without reading a chapter.
    let manifest = options.rendersPages ? nil : BookManifest.Store(options)
    if let replayed = manifest?.replay(progress: options.progress) { return replayed }
    let book = try verifiedBook(options)
    manifest?.record(book, started: started)
    var outcome = PipelineOutcome(book: book)
    if options.defersWholeBook { outcome.liveRecord = LiveRecord(book, started: started) }
    return outcome
  }

  /// Rewrites the expected outputs of transcripts to what the code now prints, then checks the result.
  public static func fix(_ options: PipelineOptions) throws(CommandFailure) -> PipelineOutcome {
    var book = try LoadStage.load(
      contentDirectory: options.contentDirectory, workingDirectory: options.workingDirectory)
    book = ParseStage.parse(book, jobs: options.jobs)
    book = ranAndRemembered(book, options, progress: { _ in })
    let rewrites = FixStage.rewrites(book)
    let written = try FixStage.write(rewrites, of: book, beforeRewrite: options.beforeRewrite)
    var outcome = try check(options)
    outcome.rewrittenPaths = written.rewritten.map { book.pages[$0].source.path }
    outcome.book.diagnostics = (outcome.book.diagnostics + written.changed).sorted()
    return outcome
  }

  private static func verifiedBook(_ options: PipelineOptions) throws(CommandFailure) -> Book {
    verified(try loadedBook(options), options)
  }

  private static func loadedBook(_ options: PipelineOptions) throws(CommandFailure) -> Book {
    try LoadStage.load(
      contentDirectory: options.contentDirectory, workingDirectory: options.workingDirectory, jobs: options.jobs)
  }

  private static func verified(_ loaded: Book, _ options: PipelineOptions) -> Book {
    var book = ParseStage.parse(loaded, jobs: options.jobs, memo: options.memo)
    book = LabelStage.collect(book, jobs: options.jobs)
    book = ranAndRemembered(book, options, progress: options.progress)
    book = AssetsStage.collect(book)
    book = VerifyStage.verify(book)
    book = PageModelStage.build(book, jobs: options.jobs)
    // Rendering is pure; `check` runs it too, because broken internal links are content failures.
    return RenderStage.render(
      book, jobs: options.jobs, pages: options.rendersPages, memo: options.memo,
      defersWholeBook: options.defersWholeBook)
  }

  /// Math and run, each page's taken from the memo or cache when they hold it and remembered when not; each page is
  /// judged as it finishes running, so its progress line can count its problems.
  private static func ranAndRemembered(
    _ book: Book, _ options: PipelineOptions, progress: @escaping @Sendable (PageProgress) -> Void
  ) -> Book {
    let cache = ReuseStage.cache(for: book, settings: options.cache, memoryLimit: options.memoryLimit)
    var book = ReuseStage.restore(book, cache: cache, memo: options.memo, jobs: options.jobs)
    book = MathStage.render(book, jobs: options.jobs)
    book = RunStage.run(
      book, jobs: options.jobs, memoryLimit: options.memoryLimit, finished: VerifyStage.judge, progress: progress)
    ReuseStage.remember(book, cache: cache, memo: options.memo, jobs: options.jobs)
    return book
  }
}
