import CCmark
import SourceText

/// The Swift values built from one cmark tree.
struct ConvertedTree {
  /// The document's top-level blocks.
  var blocks: [Block]
  /// Nodes that could not be converted.
  var diagnostics: [Diagnostic]
}

/// The only code that touches cmark: parses, walks the C tree once into Swift values, and frees it before returning.
enum CmarkTree {
  /// Blocks nested deeper than this are left out with a diagnostic, so a hostile file cannot exhaust the stack.
  static let maximumDepth = 64

  /// 1-based lines that belong to code blocks or HTML blocks, where `$` is never math.
  static func verbatimLines(in bytes: [UInt8]) -> Set<Int> {
    var lines = Set<Int>()
    withParsedDocument(bytes) { document in
      var node = cmark_node_first_child(document)
      var depth = 0
      // An iterative pre-order walk over blocks: code and HTML blocks have no block children.
      while let current = node {
        let type = cmark_node_get_type(current)
        if type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK {
          let first = Int(cmark_node_get_start_line(current))
          let last = max(first, Int(cmark_node_get_end_line(current)))
          lines.formUnion(first...last)
        }
        if depth < maximumDepth, let child = cmark_node_first_child(current), isBlock(cmark_node_get_type(child)) {
          node = child
          depth += 1
          continue
        }
        var next = cmark_node_next(current)
        var parent = cmark_node_parent(current)
        while next == nil, let up = parent, up != document {
          next = cmark_node_next(up)
          parent = cmark_node_parent(up)
          depth -= 1
        }
        node = next
      }
    }
    return lines
  }

  /// Parses protected text and converts it, restoring formulas from their placeholders.
  static func convert(_ protected: ProtectedSource, original: [UInt8]) -> ConvertedTree {
    var walker = TreeWalker(original: original, lines: LineTable(original), protected: protected)
    let blocks = withParsedDocument(protected.bytes) { document in
      walker.blocks(inside: document, depth: 0)
    }
    guard let blocks else {
      return ConvertedTree(
        blocks: [], diagnostics: [Diagnostic(position: .start, message: "cmark could not parse this file")])
    }
    return ConvertedTree(blocks: blocks, diagnostics: walker.diagnostics)
  }
}

/// Parses with source positions, runs `body` on the document node and frees the whole tree exactly once.
private func withParsedDocument<Result>(_ bytes: [UInt8], _ body: (OpaquePointer) -> Result) -> Result? {
  // A trailing NUL gives an empty text a valid address; cmark reads only `bytes.count` bytes.
  let terminated = bytes + [0]
  let document: OpaquePointer? = terminated.withUnsafeBufferPointer { buffer in
    buffer.withMemoryRebound(to: CChar.self) { chars in
      chars.baseAddress.flatMap { cmark_parse_document($0, bytes.count, CMARK_OPT_SOURCEPOS) }
    }
  }
  guard let document else { return nil }
  defer { cmark_node_free(document) }
  return body(document)
}

private func isBlock(_ type: cmark_node_type) -> Bool {
  type.rawValue >= CMARK_NODE_FIRST_BLOCK.rawValue && type.rawValue <= CMARK_NODE_LAST_BLOCK.rawValue
}

private func string(_ pointer: UnsafePointer<CChar>?) -> String {
  pointer.map { String(cString: $0) } ?? ""
}

private func typeName(_ node: OpaquePointer) -> String {
  string(cmark_node_get_type_string(node))
}

private struct TreeWalker {
  let original: [UInt8]
  let lines: LineTable
  let protected: ProtectedSource
  /// The lines of the text cmark parsed, whose columns differ from the file's after a formula.
  let protectedLines: LineTable
  var diagnostics: [Diagnostic] = []
  var codeBlockCount = 0

  init(original: [UInt8], lines: LineTable, protected: ProtectedSource) {
    self.original = original
    self.lines = lines
    self.protected = protected
    self.protectedLines = LineTable(protected.bytes)
  }

  /// Where `node` starts in the file. cmark counts in the protected text, whose columns after a formula differ from
  /// the file's because a placeholder is shorter than its formula, so its offset is mapped back.
  func position(_ node: OpaquePointer, fallback: SourcePosition = .start) -> SourcePosition {
    guard let offset = protectedOffset(node) else { return fallback }
    return lines.position(of: protected.originalOffset(of: offset))
  }

  /// Where `node` starts in the text cmark parsed, if cmark recorded it.
  func protectedOffset(_ node: OpaquePointer) -> Int? {
    let line = Int(cmark_node_get_start_line(node))
    let column = Int(cmark_node_get_start_column(node))
    guard line > 0 && column > 0 else { return nil }
    return protectedLines.offset(of: SourcePosition(line: line, column: column))
  }

  mutating func blocks(inside parent: OpaquePointer, depth: Int) -> [Block] {
    var result: [Block] = []
    var child = cmark_node_first_child(parent)
    while let node = child {
      if depth >= CmarkTree.maximumDepth {
        diagnostics.append(
          Diagnostic(
            position: position(node), message: "blocks nested more than \(CmarkTree.maximumDepth) deep are left out"))
        break
      }
      if let block = block(node, depth: depth) { result.append(block) }
      child = cmark_node_next(node)
    }
    return result
  }

  mutating func block(_ node: OpaquePointer, depth: Int) -> Block? {
    let here = position(node)
    let type = cmark_node_get_type(node)
    switch type {
    case CMARK_NODE_PARAGRAPH:
      return .paragraph(inlines(inside: node, at: here, depth: depth + 1), position: here)
    case CMARK_NODE_HEADING:
      let level = Int(cmark_node_get_heading_level(node))
      return .heading(level: level, content: inlines(inside: node, at: here, depth: depth + 1), position: here)
    case CMARK_NODE_BLOCK_QUOTE:
      return .blockQuote(blocks(inside: node, depth: depth + 1))
    case CMARK_NODE_LIST:
      var items: [[Block]] = []
      var child = cmark_node_first_child(node)
      while let item = child {
        items.append(blocks(inside: item, depth: depth + 2))
        child = cmark_node_next(item)
      }
      return .list(
        ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST, start: Int(cmark_node_get_list_start(node)),
        tight: cmark_node_get_list_tight(node) != 0, items: items)
    case CMARK_NODE_CODE_BLOCK:
      return .code(codeBlock(node, at: here))
    case CMARK_NODE_HTML_BLOCK:
      return .html(restoringSource(string(cmark_node_get_literal(node))), position: here)
    case CMARK_NODE_THEMATIC_BREAK:
      return .thematicBreak
    default:
      diagnostics.append(Diagnostic(position: here, message: "unexpected Markdown block '\(typeName(node))'"))
      return nil
    }
  }

  mutating func codeBlock(_ node: OpaquePointer, at here: SourcePosition) -> CodeBlock {
    let id = codeBlockCount
    codeBlockCount += 1
    let literal = normalizingLineEndings(string(cmark_node_get_literal(node)))
    let fenced = isFence(at: here)
    // Content lines lose as many leading spaces as the fence is indented by, so they start in the fence's column.
    let contentStart =
      fenced ? SourcePosition(line: here.line + 1, column: here.column) : here
    let fenceLine =
      here.line >= 1 && here.line <= lines.count
      ? Array(original[lines.starts[here.line - 1]..<lines.contentEnds[here.line - 1]]) : []
    return CodeBlock(
      id: id, info: string(cmark_node_get_fence_info(node)), literal: literal, fence: here, contentStart: contentStart,
      isFenced: fenced, fenceLine: fenced ? fenceLine : [])
  }

  /// Whether the original text at `position` (after up to three spaces) opens a fence.
  func isFence(at position: SourcePosition) -> Bool {
    guard var offset = lines.offset(of: position) else { return false }
    let end = lines.contentEnds[position.line - 1]
    while offset < end && original[offset] == UInt8(ascii: " ") { offset += 1 }
    return offset < end && (original[offset] == UInt8(ascii: "`") || original[offset] == UInt8(ascii: "~"))
  }

  mutating func inlines(inside parent: OpaquePointer, at here: SourcePosition, depth: Int) -> [Inline] {
    var result: [Inline] = []
    var child = cmark_node_first_child(parent)
    if depth >= CmarkTree.maximumDepth, child != nil {
      diagnostics.append(
        Diagnostic(
          position: here, message: "inlines nested more than \(CmarkTree.maximumDepth) deep are left out"))
      return result
    }
    while let node = child {
      var next = cmark_node_next(node)
      switch cmark_node_get_type(node) {
      case CMARK_NODE_TEXT:
        // Consecutive text nodes are read together: cmark splits `[-@eq-x]` at its brackets.
        var run = [node]
        while let following = next, cmark_node_get_type(following) == CMARK_NODE_TEXT {
          run.append(following)
          next = cmark_node_next(following)
        }
        result.append(contentsOf: textInlines(run, fallback: here))
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
        // A line break inside a multi-line formula belongs to the formula, which already holds it.
        if let next, startsWithContinuation(next) { break }
        result.append(cmark_node_get_type(node) == CMARK_NODE_SOFTBREAK ? .softBreak : .lineBreak)
      case CMARK_NODE_CODE:
        result.append(.code(string(cmark_node_get_literal(node))))
      case CMARK_NODE_HTML_INLINE:
        result.append(
          .html(restoringSource(string(cmark_node_get_literal(node))), position: position(node, fallback: here)))
      case CMARK_NODE_EMPH:
        result.append(.emphasis(inlines(inside: node, at: here, depth: depth + 1)))
      case CMARK_NODE_STRONG:
        result.append(.strong(inlines(inside: node, at: here, depth: depth + 1)))
      case CMARK_NODE_LINK:
        result.append(
          .link(
            destination: restoringSource(string(cmark_node_get_url(node))),
            title: restoringSource(string(cmark_node_get_title(node))),
            content: inlines(inside: node, at: here, depth: depth + 1), position: position(node, fallback: here)))
      case CMARK_NODE_IMAGE:
        result.append(
          .image(
            source: restoringSource(string(cmark_node_get_url(node))),
            title: restoringSource(string(cmark_node_get_title(node))),
            alt: inlines(inside: node, at: here, depth: depth + 1), position: position(node, fallback: here)))
      default:
        diagnostics.append(
          Diagnostic(
            position: position(node, fallback: here), message: "unexpected Markdown inline '\(typeName(node))'"))
      }
      child = next
    }
    return result
  }

  func startsWithContinuation(_ node: OpaquePointer) -> Bool {
    cmark_node_get_type(node) == CMARK_NODE_TEXT
      && string(cmark_node_get_literal(node)).unicodeScalars.first == MathPlaceholder.continuation
  }

  /// The inlines of consecutive text nodes: text, formulas, and the cross-references and labels in the text.
  func textInlines(_ nodes: [OpaquePointer], fallback: SourcePosition) -> [Inline] {
    let literals = nodes.map { string(cmark_node_get_literal($0)) }
    guard literals.contains(where: CrossReferenceScanner.mayHoldReferences) else {
      return literals.flatMap(restoringMath)
    }
    var result: [Inline] = []
    var runs: [TextRun] = []
    for (node, literal) in zip(nodes, literals) {
      let start =
        protectedOffset(node) ?? lines.offset(of: fallback).map(protected.protectedOffset(ofOriginal:)) ?? 0
      for (piece, offset) in PlaceholderReader.locatedPieces(of: literal, formulaCount: protected.spans.count) {
        switch piece {
        case .text(let text):
          runs.append(aligned(text, from: protected.originalOffset(of: start + offset)))
        case .formula(let id):
          result.append(contentsOf: CrossReferenceScanner.inlines(of: runs, lines: lines))
          runs = []
          result.append(.math(protected.spans[id]))
        }
      }
    }
    result.append(contentsOf: CrossReferenceScanner.inlines(of: runs, lines: lines))
    return result
  }

  /// `text` with the file offset of each of its bytes, starting at `fileOffset`. cmark merges the text around a
  /// backslash escape into one node, so the file has a byte more there; an entity or anything else that does not
  /// line up ends the alignment, and the rest of the node counts on from there.
  func aligned(_ text: String, from fileOffset: Int) -> TextRun {
    var offsets: [Int] = []
    var escaped = Set<Int>()
    var source = fileOffset
    var aligning = true
    for (index, byte) in text.utf8.enumerated() {
      if aligning && !(source < original.count && original[source] == byte) {
        if source + 1 < original.count && original[source] == UInt8(ascii: "\\") && original[source + 1] == byte {
          escaped.insert(index)
          source += 1
        } else {
          aligning = false
        }
      }
      offsets.append(min(source, max(original.count - 1, 0)))
      source += 1
    }
    return TextRun(text: text, offsets: offsets, escaped: escaped)
  }

  /// Splits text at placeholders into text and formulas; continuation marks vanish.
  func restoringMath(_ text: String) -> [Inline] {
    var result: [Inline] = []
    for piece in PlaceholderReader.pieces(of: text, formulaCount: protected.spans.count) {
      switch piece {
      case .text(let text): result.append(.text(text))
      case .formula(let id): result.append(.math(protected.spans[id]))
      }
    }
    return result
  }

  /// Puts formulas back as written, dollars included, where Markdown needs source text (URLs, raw HTML).
  func restoringSource(_ text: String) -> String {
    var result = ""
    for piece in PlaceholderReader.pieces(of: text, formulaCount: protected.spans.count) {
      switch piece {
      case .text(let text): result += text
      case .formula(let id): result += String(decoding: original[protected.sourceRanges[id]], as: UTF8.self)
      }
    }
    return result
  }
}

private func normalizingLineEndings(_ text: String) -> String {
  guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
  var result: [UInt8] = []
  var previousWasCR = false
  for byte in text.utf8 {
    if byte == UInt8(ascii: "\r") {
      result.append(UInt8(ascii: "\n"))
    } else if !(byte == UInt8(ascii: "\n") && previousWasCR) {
      result.append(byte)
    }
    previousWasCR = byte == UInt8(ascii: "\r")
  }
  return String(decoding: result, as: UTF8.self)
}
