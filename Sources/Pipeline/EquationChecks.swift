import Markdown
import Site
import Snippets
import SourceText

extension LabelStage {
  /// The page with the bindings of its tensor blocks read: `checks=eq-a,eq-b` words in an info string and
  /// `# checks eq-a` comments ending a line; a binding to anything but a defined equation is an error at its label.
  static func bindings(of page: Page, labels: [String: LabelSite]) -> Page {
    var page = page
    for tensor in page.tensorBlocks {
      let block = tensor.block
      var found: [EquationBinding] = []
      for word in block.fenceInfo.options where word.text.hasPrefix("checks=") {
        var column = word.column + "checks=".utf8.count
        for label in word.text.dropFirst("checks=".count).split(separator: ",", omittingEmptySubsequences: false) {
          let position = SourcePosition(line: block.fence.line, column: column)
          found.append(EquationBinding(label: String(label), blockID: block.id, line: nil, position: position))
          column += label.utf8.count + 1
        }
      }
      let layout = BlockLayout(block: block, source: page.source)
      for (index, line) in layout.literalLines.enumerated() {
        guard let comment = checksComment(in: line) else { continue }
        for (label, offset) in comment {
          let column = layout.fileColumn(snippetLine: index, column: offset + 1)
          let position = SourcePosition(line: block.contentStart.line + index, column: column)
          found.append(EquationBinding(label: label, blockID: block.id, line: index, position: position))
        }
      }
      for binding in found {
        guard let site = labels[binding.label], site.kind == .equation else {
          let known = labels[binding.label].map { "'\($0.label)' labels a \($0.kind.noun.lowercased())" }
          page.diagnostics.append(
            located(
              page, binding.position,
              binding.label.isEmpty
                ? "'checks=' needs an equation label, such as checks=eq-bias-grad"
                : "'\(binding.label)' is not the label of a numbered equation, so no claim can check it",
              notes: [known ?? howToDefine(binding.label.hasPrefix("eq-") ? binding.label : "eq-NAME")]))
          continue
        }
        page.bindings.append(binding)
      }
    }
    return page
  }

  /// The labels of a `# checks eq-a, eq-b` comment ending `line`, each with its 0-based byte offset in the line;
  /// nil when the line has none. The labels must end the line, so a `#` inside a string literal earlier on the line
  /// and anything after the last label keep it an ordinary comment.
  static func checksComment(in line: [UInt8]) -> [(String, Int)]? {
    guard let hash = line.lastIndex(of: UInt8(ascii: "#")) else { return nil }
    var cursor = hash + 1
    func skipSpaces() { while cursor < line.count, line[cursor] == 0x20 || line[cursor] == 0x09 { cursor += 1 } }
    skipSpaces()
    let keyword = Array("checks".utf8)
    guard cursor + keyword.count < line.count, line[cursor..<(cursor + keyword.count)].elementsEqual(keyword),
      line[cursor + keyword.count] == 0x20 || line[cursor + keyword.count] == 0x09
    else { return nil }
    cursor += keyword.count
    var labels: [(String, Int)] = []
    while true {
      skipSpaces()
      guard cursor < line.count else { break }
      guard let end = LabelKind.labelEnd(in: line, from: cursor) else { return nil }
      labels.append((String(decoding: line[cursor..<end], as: UTF8.self), cursor))
      cursor = end
      skipSpaces()
      if cursor < line.count, line[cursor] == UInt8(ascii: ",") { cursor += 1 }
    }
    return labels.isEmpty ? nil : labels
  }
}

/// After the run: which numbered equations their bound claims checked, the notes a failing bound claim gets, and the
/// table every page renders its numbers and references from.
enum EquationChecks {
  /// Decides every equation's status and builds `book.crossReferences`.
  static func check(_ book: Book) -> Book {
    var book = book
    // Every binding's verdict, by equation, in book order (pages in order, blocks in order).
    var failedLabels = Set<String>()
    var firstChecker: [String: PageAnchor] = [:]
    for pageIndex in book.pages.indices {
      let page = book.pages[pageIndex]
      let blocks = Dictionary(uniqueKeysWithValues: page.tensorBlocks.map { ($0.id, $0) })
      for binding in page.bindings {
        guard let tensor = blocks[binding.blockID], let result = page.results[binding.blockID],
          let verdict = page.verdicts[binding.blockID], let site = book.labels[binding.label]
        else { continue }
        let boundIndices = result.statements.indices.filter { index in
          binding.line.map { result.statements[index].codeLines.contains($0) } ?? true
        }
        let bound = boundIndices.map { result.statements[$0] }
        let claims = bound.filter { $0.claimHeld != nil || $0.gradientTable != nil }
        let failed = boundIndices.filter { verdict.passed.indices.contains($0) && !verdict.passed[$0] }
        let equationPath = site.path
        let note =
          "this checks Equation \(site.number) ('\(site.label)') at "
          + "\(equationPath):\(site.position.line):\(site.position.column)"
        if !failed.isEmpty || (binding.line == nil && !verdict.diagnostics.isEmpty) {
          failedLabels.insert(binding.label)
          book.pages[pageIndex].verdicts[binding.blockID] = noting(
            note, on: verdict, of: result, block: tensor, statements: binding.line == nil ? nil : boundIndices)
          continue
        }
        if binding.line != nil, !bound.contains(where: { $0.code.hasPrefix("assert") }) {
          failedLabels.insert(binding.label)
          // A statement that never ran sits after a failure the build already reports.
          if bound.isEmpty && !verdict.diagnostics.isEmpty { continue }
          book.pages[pageIndex].diagnostics.append(
            LabelStage.located(
              page, binding.position, "'# checks' must end an assert line; this line makes no claim", notes: [note]))
          continue
        }
        if claims.isEmpty {
          failedLabels.insert(binding.label)
          book.pages[pageIndex].diagnostics.append(
            LabelStage.located(
              page, binding.position, "this block checks '\(binding.label)' but makes no claim",
              notes: ["add an assert or a gradients(…) table that states the equation", note]))
          continue
        }
        if firstChecker[binding.label] == nil {
          firstChecker[binding.label] = PageAnchor(page: page.slug, id: checkingCodeID(blockID: binding.blockID))
        }
      }
    }
    var targets: [String: LabelTarget] = [:]
    var checked = Set<String>()
    for (label, site) in book.labels {
      let checker = failedLabels.contains(label) ? nil : firstChecker[label]
      if site.kind == .equation, checker != nil { checked.insert(label) }
      targets[label] = LabelTarget(
        kind: site.kind, anchor: PageAnchor(page: site.slug, id: label), number: site.number,
        title: site.titleInlines.isEmpty
          ? site.title : readingText(of: site.titleInlines, math: book.pages[site.pageIndex].math),
        checkedBy: checker)
    }
    book.crossReferences = CrossReferenceTable(targets: targets)
    let equations = book.labels.values.filter { $0.kind == .equation }
    book.equationCount = equations.count
    book.checkedEquationCount = checked.count
    for pageIndex in book.pages.indices {
      var byBlock: [Int: [String]] = [:]
      for binding in book.pages[pageIndex].bindings where checked.contains(binding.label) {
        if byBlock[binding.blockID]?.contains(binding.label) != true {
          byBlock[binding.blockID, default: []].append(binding.label)
        }
      }
      book.pages[pageIndex].checkedEquations = byBlock
    }
    if book.settings.requiresCheckedEquations {
      for site in equations.sorted(by: { ($0.pageIndex, $0.position.line) < ($1.pageIndex, $1.position.line) })
      where !checked.contains(site.label) && !failedLabels.contains(site.label) {
        book.pages[site.pageIndex].diagnostics.append(
          LabelStage.located(
            book.pages[site.pageIndex], site.position,
            "Equation \(site.number) ('\(site.label)') is not checked by any code",
            notes: [
              "book.json sets \"requireCheckedEquations\": true; add checks=\(site.label) to a tensor block's info "
                + "string, or end an assert line with '# checks \(site.label)'"
            ]))
      }
    }
    return book
  }

  /// The block's verdict with `note` added to the diagnostics of the statements at `statements` (every diagnostic
  /// when nil).
  private static func noting(
    _ note: String, on verdict: BlockVerdict, of result: BlockResult, block: TensorBlock, statements: [Int]?
  ) -> BlockVerdict {
    var verdict = verdict
    for index in verdict.diagnostics.indices {
      let snippetLine = verdict.diagnostics[index].location.line - block.block.contentStart.line
      let belongs =
        statements.map { bound in
          bound.contains {
            result.statements[$0].codeLines.contains(snippetLine)
              || (block.expectedLines(ofStatement: $0)?.contains(snippetLine) ?? false)
          }
        } ?? true
      if belongs, !verdict.diagnostics[index].notes.contains(note) { verdict.diagnostics[index].notes.append(note) }
    }
    return verdict
  }
}
