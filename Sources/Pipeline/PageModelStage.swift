import ParallelMap
import Site
import Snippets

/// Page model: builds each page's view model for the renderer — the document, how each tensor block shows (its
/// verified outputs, gradient tables, figures and diagrams) and its formulas' MathML. Site places them in the page.
enum PageModelStage {
  /// Builds a `ChapterPage` for every page, pages on up to `jobs` threads.
  static func build(_ book: Book, jobs: Int = 1) -> Book {
    var book = book
    let crossReferences = book.crossReferences
    book.pages = parallelMap(book.pages, jobs: jobs) { page in
      var page = page
      var chapter = chapterPage(for: page)
      chapter?.crossReferences = crossReferences
      chapter?.checkedEquations = page.checkedEquations
      page.chapterPage = chapter
      return page
    }
    return book
  }

  static func chapterPage(for page: Page) -> ChapterPage? {
    guard let parsed = page.parsed else { return nil }
    var views: [Int: SnippetView] = [:]
    for tensor in page.tensorBlocks {
      guard let result = page.results[tensor.id] else { continue }
      views[tensor.id] = snippetView(of: tensor, result: result)
    }
    return ChapterPage(
      sourcePath: page.source.path, slug: page.slug, title: page.title, document: parsed.document, snippets: views,
      math: page.math)
  }

  /// How a verified block shows: transcripts keep their text (their outputs verified in place), scripts gain an
  /// output block of everything they printed.
  static func snippetView(of tensor: TensorBlock, result: BlockResult) -> SnippetView {
    let options = tensor.snippet.options
    let kind: SnippetView.Kind =
      options.hide ? .hidden : (tensor.snippet.transcript == nil ? .script : .transcript)
    let outputs = result.statements.map(\.output).filter { !$0.isEmpty }.map { trimmingFinalNewlines($0) }
    return SnippetView(
      kind: kind, code: tensor.snippet.text, transcript: tensor.snippet.transcript,
      output: tensor.snippet.transcript == nil ? outputs.joined(separator: "\n") : "",
      verifiedClaimLines: result.statements.filter { $0.claimHeld == true }.map(\.codeLines.lowerBound),
      expectsError: options.expectsError, gradientTables: result.gradientTables,
      broadcastDiagrams: result.broadcastDiagrams,
      figures: result.statements.enumerated().flatMap { index, statement in
        // A transcript's figure follows its statement's output lines; a script's follow the output block.
        let after = (tensor.expectedLines(ofStatement: index) ?? statement.codeLines).upperBound - 1
        return statement.figures.map {
          SnippetFigure(afterLine: Swift.max(after, statement.codeLines.lowerBound), figure: $0)
        }
      })
  }
}

func trimmingFinalNewlines(_ text: String) -> String {
  var text = Substring(text)
  while text.hasSuffix("\n") { text = text.dropLast() }
  return String(text)
}
