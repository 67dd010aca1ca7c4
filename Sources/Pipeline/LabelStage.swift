import Markdown
import ParallelMap
import Site
import SourceText

/// Where a label was defined and what it numbers.
struct LabelSite: Sendable {
  /// The label, prefix included (`eq-bias-grad`).
  var label: String
  /// Equation, section or figure.
  var kind: LabelKind
  /// The index of its page in `Book.pages`.
  var pageIndex: Int
  /// Where `{#…}` sits.
  var position: SourcePosition
  /// "2.3" for equations and figures, "" for sections.
  var number: String
  /// A section's heading, a figure's caption, as text with formulas in TeX.
  var title: String
  /// The heading's or caption's inlines, read with their formulas' MathML once the run rendered it.
  var titleInlines: [Inline] = []
  /// Its page's source path and name, for messages and anchors without the page at hand.
  var path = ""
  var slug = ""
}

/// Claims a tensor block binds to an equation: the whole block (`checks=eq-x` in its info string) or one `assert`
/// line (`# checks eq-x` at its end).
struct EquationBinding: Sendable, Hashable {
  /// The equation's label.
  var label: String
  /// The block's `CodeBlock.id`.
  var blockID: Int
  /// The 0-based line within the block of a `# checks` comment; nil when the info string binds the whole block.
  var line: Int?
  /// Where the label is written (in the info string or the comment).
  var position: SourcePosition
}

/// Labels: numbers every `{#eq-…}`, `{#sec-…}` and `{#fig-…}` of the book, resolves every `@…` reference and reads
/// which tensor blocks check which equations. Runs after parsing, before any snippet runs.
enum LabelStage {
  /// Fills `book.labels` and each page's bindings; misplaced, duplicate and missing labels become diagnostics.
  /// `known` holds labels of pages outside `book` (a build re-rendering a few chapters), which references and
  /// bindings may use and which this book's labels must not repeat; their numbers are not this stage's to decide.
  /// Each page's walk runs on up to `jobs` threads; only the numbering, which depends on the pages before, runs on one.
  static func collect(_ book: Book, known: [String: LabelSite] = [:], jobs: Int = 1) -> Book {
    var book = book
    var labels = known
    var equationCount = 0
    var figureCount = 0
    var chapterNumber = 0
    let finders = parallelMap(book.pages, jobs: jobs) { page -> DefinitionFinder? in
      guard let document = page.parsed?.document else { return nil }
      var finder = DefinitionFinder()
      finder.visit(document.blocks)
      return finder
    }
    for index in book.pages.indices {
      let page = book.pages[index]
      guard let finder = finders[index] else { continue }
      if !page.isHome { chapterNumber += 1 }
      if book.settings.equationNumbering == .chapter {
        equationCount = 0
        figureCount = 0
      }
      var diagnostics: [Diagnostic] = []
      for misplaced in finder.misplaced {
        diagnostics.append(located(page, misplaced.label.position, misplaced.message))
      }
      for definition in finder.definitions {
        let number: String
        switch definition.kind {
        case .equation:
          equationCount += 1
          number = numbered(equationCount, chapter: page.isHome ? nil : chapterNumber, settings: book.settings)
        case .figure:
          figureCount += 1
          number = numbered(figureCount, chapter: page.isHome ? nil : chapterNumber, settings: book.settings)
        case .section:
          number = ""
        }
        let site = LabelSite(
          label: definition.label.label, kind: definition.kind, pageIndex: index, position: definition.label.position,
          number: number, title: definition.title, titleInlines: definition.titleInlines, path: page.source.path,
          slug: page.slug)
        if let first = labels[site.label] {
          let firstPath = first.path
          diagnostics.append(
            located(
              page, site.position, "duplicate label '\(site.label)'",
              notes: ["first defined at \(firstPath):\(first.position.line):\(first.position.column)"]))
        } else {
          labels[site.label] = site
        }
      }
      book.pages[index].diagnostics += diagnostics
    }
    book.labels = labels
    let table = labels
    book.pages = parallelMap(book.pages, jobs: jobs) { page in
      guard let document = page.parsed?.document else { return page }
      var page = page
      var references: [CrossReference] = []
      collectReferences(in: document.blocks, into: &references)
      for reference in references where table[reference.label] == nil {
        page.diagnostics.append(
          located(
            page, reference.position, "'\(reference.written)' refers to a label the book does not define",
            notes: [howToDefine(reference.label)]))
      }
      return bindings(of: page, labels: table)
    }
    return book
  }

  /// "2.3" per chapter, "7" per book; a home page's equations have no chapter number.
  static func numbered(_ count: Int, chapter: Int?, settings: BookSettings) -> String {
    guard settings.equationNumbering == .chapter, let chapter else { return "\(count)" }
    return "\(chapter).\(count)"
  }

  /// What other pages read of a page's labels, as text: each definition's label, kind and title (its formulas as
  /// the run rendered them), in order, and how many are misplaced. Two pages with equal texts give every other page
  /// the same numbers and reference texts.
  static func definitionsText(of page: Page) -> String {
    guard let document = page.parsed?.document else { return "" }
    var finder = DefinitionFinder()
    finder.visit(document.blocks)
    var text = "\(finder.misplaced.count)\n"
    for definition in finder.definitions {
      let title =
        definition.titleInlines.isEmpty
        ? definition.title : readingText(of: definition.titleInlines, math: page.math)
      text += "\(definition.label.label.utf8.count):\(definition.label.label) \(definition.kind.rawValue) "
      text += "\(title.utf8.count):\(title)\n"
    }
    return text
  }

  static func howToDefine(_ label: String) -> String {
    switch LabelKind(label: label) {
    case .equation?: return "label a display equation with '$$ … $$ {#\(label)}'"
    case .figure?: return "label an image alone in its paragraph with '![caption](file.png){#\(label)}'"
    case .section?, nil: return "label a heading with '## Title {#\(label)}'"
    }
  }

  static func located(_ page: Page, _ position: SourcePosition, _ message: String, notes: [String] = [])
    -> Diagnostic
  {
    Diagnostic(
      path: page.source.path, line: position.line, column: position.column, message: message, notes: notes)
  }

  private static func collectReferences(in blocks: [Block], into references: inout [CrossReference]) {
    for block in blocks {
      switch block {
      case .heading(_, let content, _), .paragraph(let content, _): collectReferences(in: content, into: &references)
      case .blockQuote(let children): collectReferences(in: children, into: &references)
      case .list(_, _, _, let items): for item in items { collectReferences(in: item, into: &references) }
      case .code, .html, .thematicBreak: break
      }
    }
  }

  private static func collectReferences(in inlines: [Inline], into references: inout [CrossReference]) {
    for inline in inlines {
      switch inline {
      case .reference(let reference): references.append(reference)
      case .emphasis(let content), .strong(let content), .link(_, _, let content, _), .image(_, _, let content, _):
        collectReferences(in: content, into: &references)
      case .text, .code, .math, .html, .softBreak, .lineBreak, .label: break
      }
    }
  }
}

/// Walks a document for label definitions, accepting each only where it labels something.
private struct DefinitionFinder {
  struct Definition {
    var label: LabelDefinition
    var kind: LabelKind
    var title: String
    var titleInlines: [Inline] = []
  }

  var definitions: [Definition] = []
  var misplaced: [(label: LabelDefinition, message: String)] = []

  mutating func visit(_ blocks: [Block]) {
    for block in blocks {
      switch block {
      case .heading(_, let written, _):
        let (content, label) = Inline.splittingTrailingLabel(written)
        if let label {
          accept(label, as: .section, title: plainText(of: content), what: "a heading", inlines: content)
        }
        reject(labelsIn: content)
      case .paragraph(let content, _):
        paragraph(content)
      case .blockQuote(let children): visit(children)
      case .list(_, _, _, let items): for item in items { visit(item) }
      case .code(let block):
        // `#| label: fig-NAME` first in a tensor block: the figure it draws (and its code) is numbered.
        if block.language == "tensor", let cell = block.cellLabel {
          let bytes = Array(cell.definition.label.utf8)
          guard LabelKind.labelEnd(in: bytes, from: 0) == bytes.count else {
            misplaced.append(
              (
                cell.definition,
                "'#| label: \(cell.definition.label)' is not a label: write fig- and then letters, digits, '_' and "
                  + "single '-'"
              ))
            continue
          }
          accept(
            cell.definition, as: .figure, title: cell.caption, what: "'#| label:' in a tensor block",
            written: cell.definition.label)
        }
      case .html, .thematicBreak: break
      }
    }
  }

  mutating func paragraph(_ content: [Inline]) {
    let parts = content.filter { !$0.isBlankText }
    if parts.count == 2, case .image(_, _, let alt, _) = parts[0], case .label(let label) = parts[1] {
      accept(label, as: .figure, title: plainText(of: alt), what: "an image", inlines: alt)
      reject(labelsIn: alt)
      return
    }
    var previous: Inline?
    for inline in content where !inline.isBlankText {
      if case .label(let label) = inline, case .math(let span)? = previous, span.isDisplay {
        accept(label, as: .equation, title: "", what: "a display equation")
      } else {
        reject(labelsIn: [inline])
      }
      previous = inline
    }
  }

  mutating func accept(
    _ label: LabelDefinition, as kind: LabelKind, title: String, what: String, written: String? = nil,
    inlines: [Inline] = []
  ) {
    let written = written ?? "{#\(label.label)}"
    guard label.kind == kind else {
      misplaced.append(
        (label, "'\(written)' follows \(what), whose label must start with '\(kind.rawValue)-'"))
      return
    }
    definitions.append(Definition(label: label, kind: kind, title: title, titleInlines: inlines))
  }

  mutating func reject(labelsIn inlines: [Inline]) {
    for inline in inlines {
      switch inline {
      case .label(let label):
        misplaced.append(
          (
            label,
            "'{#\(label.label)}' labels nothing: it belongs right after a display equation's closing $$, at the end of "
              + "a heading, or after an image alone in its paragraph"
          ))
      case .emphasis(let content), .strong(let content), .link(_, _, let content, _), .image(_, _, let content, _):
        reject(labelsIn: content)
      case .text, .code, .math, .html, .softBreak, .lineBreak, .reference: break
      }
    }
  }
}
