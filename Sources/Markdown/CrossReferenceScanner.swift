import SourceText

/// One stretch of a paragraph's text as cmark gave it (a text node, or the part of one between formulas), with
/// where each of its bytes sits in the original file.
struct TextRun {
  /// The node's literal text.
  var text: String
  /// The original file's byte offset of each UTF-8 byte of `text`.
  var offsets: [Int]
  /// Indices into `text`'s bytes that the source writes as a backslash escape (`\@`), which open nothing.
  var escaped: Set<Int>
}

/// Finds cross-references (`@eq-x`, `[@eq-x]`, `[-@eq-x]`) and label definitions (`{#eq-x}`) in consecutive text
/// nodes. cmark splits text at brackets, escapes and entities, so the nodes are read as one string whose every byte
/// still knows its file offset.
enum CrossReferenceScanner {
  /// Whether `text` could hold a reference or a label at all; most text cannot, and stays as cmark gave it.
  static func mayHoldReferences(_ text: String) -> Bool {
    text.utf8.contains(UInt8(ascii: "@")) || text.utf8.contains(UInt8(ascii: "{"))
  }

  /// The inlines of `runs`: text, references and labels, positions from `lines` (the original file's).
  static func inlines(of runs: [TextRun], lines: LineTable) -> [Inline] {
    var bytes: [UInt8] = []
    var offsets: [Int] = []
    var escapedAt = Set<Int>()
    for run in runs {
      escapedAt.formUnion(run.escaped.map { $0 + bytes.count })
      bytes.append(contentsOf: run.text.utf8)
      offsets.append(contentsOf: run.offsets)
    }
    var result: [Inline] = []
    var textStart = 0
    var index = 0
    func flush(upTo end: Int) {
      if end > textStart { result.append(.text(String(decoding: bytes[textStart..<end], as: UTF8.self))) }
    }
    while index < bytes.count {
      let byte = bytes[index]
      let free = !escapedAt.contains(index)
      var found: (inline: Inline, end: Int)?
      if free && byte == UInt8(ascii: "[") {
        var cursor = index + 1
        let numberOnly = cursor < bytes.count && bytes[cursor] == UInt8(ascii: "-")
        if numberOnly { cursor += 1 }
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "@"), !escapedAt.contains(cursor),
          let end = labelEnd(bytes, from: cursor + 1), end < bytes.count, bytes[end] == UInt8(ascii: "]")
        {
          let reference = CrossReference(
            label: String(decoding: bytes[(cursor + 1)..<end], as: UTF8.self), numberOnly: numberOnly,
            written: String(decoding: bytes[index...end], as: UTF8.self), position: lines.position(of: offsets[index]))
          found = (.reference(reference), end + 1)
        }
      } else if free && byte == UInt8(ascii: "@") && (index == 0 || !isLabelByte(bytes[index - 1])) {
        if let end = labelEnd(bytes, from: index + 1) {
          let reference = CrossReference(
            label: String(decoding: bytes[(index + 1)..<end], as: UTF8.self), numberOnly: false,
            written: String(decoding: bytes[index..<end], as: UTF8.self), position: lines.position(of: offsets[index]))
          found = (.reference(reference), end)
        }
      } else if free && byte == UInt8(ascii: "{") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "#") {
        if let end = labelEnd(bytes, from: index + 2), end < bytes.count, bytes[end] == UInt8(ascii: "}") {
          let label = LabelDefinition(
            label: String(decoding: bytes[(index + 2)..<end], as: UTF8.self),
            position: lines.position(of: offsets[index]))
          found = (.label(label), end + 1)
        }
      }
      guard let found else {
        index += 1
        continue
      }
      flush(upTo: index)
      result.append(found.inline)
      index = found.end
      textStart = index
    }
    flush(upTo: bytes.count)
    return result
  }

  /// The end of a label starting at `start`: a known prefix (`eq-`, `sec-`, `fig-`), then words of letters, digits
  /// and `_` joined by single hyphens; trailing punctuation (`@eq-x.`) is not part of it.
  static func labelEnd(_ bytes: [UInt8], from start: Int) -> Int? {
    var prefixEnd: Int?
    for kind in LabelKind.allCases {
      let prefix = Array((kind.rawValue + "-").utf8)
      if start + prefix.count <= bytes.count, bytes[start..<(start + prefix.count)].elementsEqual(prefix) {
        prefixEnd = start + prefix.count
      }
    }
    guard var cursor = prefixEnd else { return nil }
    var end: Int?
    while true {
      let wordStart = cursor
      while cursor < bytes.count, isLabelByte(bytes[cursor]), bytes[cursor] < 0x80 { cursor += 1 }
      guard cursor > wordStart else { break }
      end = cursor
      guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "-") else { break }
      cursor += 1
    }
    return end
  }

  /// Letters, digits, `_`, and any non-ASCII byte (part of a letter in another script): a byte that, before an `@`,
  /// makes it part of a word or an email address rather than a reference.
  static func isLabelByte(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
      || byte == UInt8(ascii: "_") || byte >= 0x80
  }
}
