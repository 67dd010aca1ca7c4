import Site
import Snippets

/// Splice: puts verified outputs, gradient tables and MathML beside each page's document, ready to render.
enum SpliceStage {
  /// Builds a `ChapterPage` for every page.
  static func splice(_ book: Book) -> Book {
    var book = book
    for index in book.pages.indices {
      var page = chapterPage(for: book.pages[index])
      page?.crossReferences = book.crossReferences
      page?.checkedEquations = book.pages[index].checkedEquations
      book.pages[index].chapterPage = page
    }
    return book
  }

  static func chapterPage(for page: Page) -> ChapterPage? {
    guard let parsed = page.parsed else { return nil }
    var views: [Int: SnippetView] = [:]
    for block in page.tensorBlocks {
      guard let result = page.results[block.id] else { continue }
      let (options, _) = RunStage.snippetOptions(of: block)
      views[block.id] = snippetView(code: block.literal, options: options, result: result)
    }
    return ChapterPage(
      sourcePath: page.source.path, slug: page.slug, title: page.title, document: parsed.document, snippets: views,
      math: page.math)
  }

  /// How a verified block shows: transcripts keep their text (their outputs verified in place), scripts gain an
  /// output block of everything they printed.
  static func snippetView(code literal: String, options: SnippetOptions, result: BlockResult) -> SnippetView {
    let code = literal.hasSuffix("\n") ? String(literal.dropLast()) : literal
    let kind: SnippetView.Kind = options.hide ? .hidden : (result.form == .transcript ? .transcript : .script)
    let outputs = result.statements.map(\.output).filter { !$0.isEmpty }.map { trimmingFinalNewlines($0) }
    return SnippetView(
      kind: kind, code: code, output: result.form == .script ? outputs.joined(separator: "\n") : "",
      verifiedClaimLines: result.statements.filter { $0.claimHeld == true }.map(\.codeLines.lowerBound),
      expectsError: options.expectsError, gradientTables: result.gradientTables,
      broadcastDiagrams: result.broadcastDiagrams,
      figures: result.statements.flatMap { statement in
        // A transcript's figure follows its statement's output lines; a script's follow the output block.
        let after = (statement.expectedLines ?? statement.codeLines).upperBound - 1
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
