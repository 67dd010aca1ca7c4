import SourceText

/// Placeholder characters (Unicode private use) that stand in for formulas while cmark parses: cmark treats them as
/// plain letters, so no Markdown rule can touch a formula's backslashes, underscores, stars or ampersands.
enum MathPlaceholder {
  /// Opens a placeholder; followed by the formula's id in ASCII digits and `end`.
  static let start: Unicode.Scalar = "\u{E000}"
  /// Closes the id of a placeholder.
  static let end: Unicode.Scalar = "\u{E001}"
  /// Stands for the rest of a formula on each of its continuation lines.
  static let continuation: Unicode.Scalar = "\u{E002}"
}

/// Markdown text with every formula replaced by a placeholder of the same line structure.
struct ProtectedSource {
  /// The text to give cmark.
  var bytes: [UInt8]
  /// The formulas, indexed by id.
  var spans: [MathSpan]
  /// Each formula's byte range in the original text, dollars included.
  var sourceRanges: [Range<Int>]
  /// Each placeholder's byte range in `bytes`, so an offset in `bytes` maps back to the original text.
  var protectedRanges: [Range<Int>] = []

  /// The original text's offset of an offset in `bytes`; one inside a placeholder maps to its formula's start.
  func originalOffset(of offset: Int) -> Int {
    Self.map(offset, from: protectedRanges, to: sourceRanges)
  }

  /// The offset in `bytes` of an offset in the original text; one inside a formula maps to its placeholder's start.
  func protectedOffset(ofOriginal offset: Int) -> Int {
    Self.map(offset, from: sourceRanges, to: protectedRanges)
  }

  /// Maps an offset between two texts that are equal outside paired, ordered ranges: past a range, the offset keeps
  /// its distance from that range's end; inside one, it maps to its partner's start.
  private static func map(_ offset: Int, from ranges: [Range<Int>], to partners: [Range<Int>]) -> Int {
    var low = 0
    var high = ranges.count
    while low < high {
      let middle = (low + high) / 2
      if ranges[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
    }
    if low < ranges.count && ranges[low].contains(offset) { return partners[low].lowerBound }
    guard low > 0 else { return offset }
    return offset - ranges[low - 1].upperBound + partners[low - 1].upperBound
  }
}

/// Finds `$…$` and `$$…$$` outside code spans and the given verbatim lines (code and HTML blocks).
enum MathProtector {
  /// Replaces every formula by a placeholder; `skippingLines` holds 1-based lines that are never math.
  static func protect(_ bytes: [UInt8], skippingLines skipped: Set<Int>) -> ProtectedSource {
    var scanner = MathScanner(bytes: bytes, skipped: skipped)
    scanner.scan()
    return ProtectedSource(
      bytes: scanner.output, spans: scanner.spans, sourceRanges: scanner.ranges,
      protectedRanges: scanner.protectedRanges)
  }
}

private let dollar = UInt8(ascii: "$")
private let backslash = UInt8(ascii: "\\")
private let backtick = UInt8(ascii: "`")

private func isSpace(_ byte: UInt8) -> Bool {
  byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
}

private func isASCIIPunctuation(_ byte: UInt8) -> Bool {
  (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
    || (0x7B...0x7E).contains(byte)
}

private struct MathScanner {
  let bytes: [UInt8]
  let skipped: Set<Int>
  let lines: LineTable
  /// For each 0-based line, the offset no formula or code span starting on it may reach: the next blank or verbatim
  /// line.
  let barriers: [Int]
  var output: [UInt8] = []
  var spans: [MathSpan] = []
  var ranges: [Range<Int>] = []
  var protectedRanges: [Range<Int>] = []
  var copiedUpTo = 0
  /// Searches that found no closer, by the limit they ran to: a later opener before the same limit cannot find one
  /// either (whether a `$` or backtick run closes does not depend on the opener), so each region is searched once.
  var failedInlineLimit = -1
  var failedDisplayLimit = -1
  /// Where every maximal backtick run starts, in order, by the run's length. A code span closes at the next run of
  /// its opener's length, so looking it up here costs a binary search; scanning forward for it cost a pass over the
  /// rest of the paragraph for every distinct length, which runs of 1, 2, 3… backticks made quadratic.
  let backtickRuns: [Int: [Int]]

  init(bytes: [UInt8], skipped: Set<Int>) {
    self.bytes = bytes
    self.skipped = skipped
    let lines = LineTable(bytes)
    self.lines = lines
    var barriers = [Int](repeating: bytes.count, count: lines.count)
    var line = lines.count - 2
    while line >= 0 {
      let next = line + 1
      let isBlank = bytes[lines.starts[next]..<lines.contentEnds[next]].allSatisfy(isSpace)
      barriers[line] = isBlank || skipped.contains(next + 1) ? lines.starts[next] : barriers[next]
      line -= 1
    }
    self.barriers = barriers
    var runs: [Int: [Int]] = [:]
    var index = 0
    while index < bytes.count {
      guard bytes[index] == backtick else {
        index += 1
        continue
      }
      var end = index
      while end < bytes.count && bytes[end] == backtick { end += 1 }
      runs[end - index, default: []].append(index)
      index = end
    }
    self.backtickRuns = runs
    output.reserveCapacity(bytes.count)
  }

  mutating func scan() {
    var index = 0
    while index < bytes.count {
      let line = lines.line(containing: index)
      let lineEnd = lines.contentEnds[line]
      if skipped.contains(line + 1) {
        index = lines.nextStart(after: line)
        continue
      }
      var cursor = index
      while cursor < lineEnd {
        switch bytes[cursor] {
        case backslash:
          cursor += cursor + 1 < lineEnd && isASCIIPunctuation(bytes[cursor + 1]) ? 2 : 1
        case backtick:
          let run = runLength(at: cursor)
          cursor = codeSpanEnd(opening: cursor, length: run, limit: barriers[line]) ?? cursor + run
        case dollar:
          if let end = formula(at: cursor, limit: barriers[line]) {
            cursor = end
          } else {
            cursor += 1
          }
        default:
          cursor += 1
        }
      }
      index = cursor > lineEnd ? cursor : lines.nextStart(after: line)
    }
    output.append(contentsOf: bytes[copiedUpTo...])
  }

  func runLength(at start: Int) -> Int {
    var end = start
    while end < bytes.count && bytes[end] == backtick { end += 1 }
    return end - start
  }

  /// The offset past the backtick run of exactly `length` that closes a code span, if there is one: the first such
  /// run after the opener that starts before `limit`. The opener's own run (or the run it is the end of, after an
  /// escaped backtick) starts at or before `opening`, so it is never its own closer.
  func codeSpanEnd(opening: Int, length: Int, limit: Int) -> Int? {
    guard let starts = backtickRuns[length] else { return nil }
    var low = 0
    var high = starts.count
    while low < high {
      let middle = (low + high) / 2
      if starts[middle] <= opening { low = middle + 1 } else { high = middle }
    }
    guard low < starts.count, starts[low] < limit else { return nil }
    return starts[low] + length
  }

  /// Protects the formula opening at `start`, returning the offset past its closing dollars.
  mutating func formula(at start: Int, limit: Int) -> Int? {
    let isDisplay = start + 1 < limit && bytes[start + 1] == dollar
    let texStart = start + (isDisplay ? 2 : 1)
    if !isDisplay && (texStart >= limit || isSpace(bytes[texStart])) { return nil }
    if (isDisplay ? failedDisplayLimit : failedInlineLimit) == limit { return nil }
    var cursor = texStart
    while cursor < limit {
      if bytes[cursor] == backslash {
        cursor += 2
        continue
      }
      if bytes[cursor] == dollar {
        if isDisplay {
          if cursor + 1 < limit && bytes[cursor + 1] == dollar {
            record(start: start, texRange: texStart..<cursor, end: cursor + 2, isDisplay: true)
            return cursor + 2
          }
        } else if !isSpace(bytes[cursor - 1])
          && !(cursor + 1 < bytes.count && (0x30...0x39).contains(bytes[cursor + 1]))
        {
          record(start: start, texRange: texStart..<cursor, end: cursor + 1, isDisplay: false)
          return cursor + 1
        }
      }
      cursor += 1
    }
    if isDisplay { failedDisplayLimit = limit } else { failedInlineLimit = limit }
    return nil
  }

  mutating func record(start: Int, texRange: Range<Int>, end: Int, isDisplay: Bool) {
    let id = spans.count
    let tex = String(decoding: bytes[texRange], as: UTF8.self)
    spans.append(MathSpan(id: id, tex: tex, isDisplay: isDisplay, position: lines.position(of: texRange.lowerBound)))
    ranges.append(start..<end)
    output.append(contentsOf: bytes[copiedUpTo..<start])
    let placeholderStart = output.count
    output.append(contentsOf: placeholder(id: id, start: start, end: end))
    protectedRanges.append(placeholderStart..<output.count)
    copiedUpTo = end
  }

  /// The placeholder's first line holds the id; each further line keeps its indentation and its line ending.
  func placeholder(id: Int, start: Int, end: Int) -> [UInt8] {
    var result = Array("\(MathPlaceholder.start)\(id)\(MathPlaceholder.end)".utf8)
    var line = lines.line(containing: start)
    while lines.contentEnds[line] < end {
      result.append(contentsOf: bytes[lines.contentEnds[line]..<lines.nextStart(after: line)])
      line += 1
      var cursor = lines.starts[line]
      while cursor < end && (bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t")) {
        result.append(bytes[cursor])
        cursor += 1
      }
      if cursor < min(end, lines.contentEnds[line]) {
        result.append(contentsOf: Array(String(MathPlaceholder.continuation).utf8))
      }
    }
    return result
  }
}
