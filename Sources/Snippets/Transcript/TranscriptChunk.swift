import SourceText

/// One statement's code cut out of a transcript, with where its lines came from and its expected output.
public struct TranscriptChunk: Sendable, Hashable {
  /// The code, prompts removed, lines joined by "\n".
  public var code: String
  /// 0-based lines of the block that the code occupies (prompt lines included).
  public var codeLines: Range<Int>
  /// Bytes removed from the start of the first code line (indentation and the 4-byte prompt); positions in `code`
  /// map to the block through it.
  public var promptWidth: Int
  /// The expected output text (trailing blank lines excluded).
  public var expected: String
  /// 0-based lines of the block holding the expected output (possibly empty, right after `codeLines`); `fix`
  /// replaces exactly these lines.
  public var expectedLines: Range<Int>

  /// Maps a location in `code` to a location in the block (1-based line and column within the block's text).
  public func blockLocation(of location: SourcePosition) -> SourcePosition {
    SourcePosition(line: codeLines.lowerBound + location.line, column: location.column + promptWidth)
  }
}

/// What one line of a transcript is: a statement's first line, a continuation of it, or anything else (expected
/// output, blank lines, text before the first prompt). A prompt's width counts its indentation, the `>>>` or `...`
/// and the one space after it (none for a bare `>>>`), in bytes.
public enum TranscriptLine: Sendable, Hashable {
  case prompt(width: Int)
  case continuation(width: Int)
  case output
}

/// A doctest-style block split once into statements, their expected output and the role of every line. The parse
/// stage makes it; running, judging, `fix` and the page all read this one split, so they agree on every prompt.
public struct Transcript: Sendable, Hashable {
  /// The block's lines, split on "\n" or "\r\n", a stray "\r" at a line's end dropped.
  public var lines: [Substring]
  /// The role of each line of `lines`.
  public var roles: [TranscriptLine]
  /// The statements in order.
  public var chunks: [TranscriptChunk]
  /// 0-based lines of text before the first prompt, which belongs to no statement.
  public var strayLines: [Int]

  /// Splits `text`; nil when it is no transcript, that is when no line starts (after spaces) with a `>>>` prompt.
  public init?(_ text: String) {
    let lines = Self.lines(of: text)
    guard lines.contains(where: { Self.promptBody($0, prompt: ">>>") != nil }) else { return nil }
    self.lines = lines
    roles = Array(repeating: .output, count: lines.count)
    chunks = []
    strayLines = []
    var index = 0
    while index < lines.count {
      guard let (firstBody, width) = Self.promptBody(lines[index], prompt: ">>>") else {
        if chunks.isEmpty, !Self.isBlank(lines[index]) { strayLines.append(index) }
        index += 1
        continue
      }
      let start = index
      roles[index] = .prompt(width: width)
      var codeLines = [firstBody]
      index += 1
      while index < lines.count, let (body, continuationWidth) = Self.promptBody(lines[index], prompt: "...") {
        roles[index] = .continuation(width: continuationWidth)
        codeLines.append(body)
        index += 1
      }
      let expectedStart = index
      // Expected output loses as much indentation as its prompt has.
      let indentation = max(width - 4, 0)
      var outputLines: [Substring] = []
      while index < lines.count, Self.promptBody(lines[index], prompt: ">>>") == nil {
        outputLines.append(lines[index].dropFirst(min(indentation, lines[index].prefix { $0 == " " }.count)))
        index += 1
      }
      while let last = outputLines.last, Self.isBlank(last) { outputLines.removeLast() }
      chunks.append(
        TranscriptChunk(
          code: codeLines.joined(separator: "\n"), codeLines: start..<expectedStart, promptWidth: width,
          expected: outputLines.joined(separator: "\n"),
          expectedLines: expectedStart..<(expectedStart + outputLines.count)))
    }
  }

  /// The form of `text`: a transcript when any line (after spaces) starts with the `>>>` prompt.
  public static func form(of text: String) -> SnippetForm {
    lines(of: text).contains { promptBody($0, prompt: ">>>") != nil } ? .transcript : .script
  }

  /// A block's lines, split on "\n" or "\r\n" (Swift keeps "\r\n" as one character), a stray "\r" dropped.
  ///
  /// Split by bytes, not characters (walking a block's characters cost more than lexing it): "\n" always stands
  /// alone as a character but after "\r" (Unicode's grapheme rules break before and after a line feed), so a line
  /// ends at each "\n" byte, before the "\r" of a "\r\n", and then sheds one more "\r" as the stray one.
  static func lines(of text: String) -> [Substring] {
    let utf8 = text.utf8
    var lines: [Substring] = []
    var start = utf8.startIndex
    /// The line from `start` to `end`, a last stray "\r" dropped.
    func line(to end: String.Index) -> Substring {
      if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") {
        return text[start..<utf8.index(before: end)]
      }
      return text[start..<end]
    }
    var index = start
    while index != utf8.endIndex {
      if utf8[index] == UInt8(ascii: "\n") {
        var end = index
        if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") { end = utf8.index(before: end) }
        lines.append(line(to: end))
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    lines.append(line(to: utf8.endIndex))
    return lines
  }

  /// The text after `prompt` and its space (or nothing), with the width removed, when `line` starts with the prompt
  /// after spaces. A tab is no space here, in the indentation or after the prompt, as in Python's doctest.
  static func promptBody(_ line: Substring, prompt: String) -> (body: Substring, width: Int)? {
    let indentation = line.prefix { $0 == " " }
    let rest = line.dropFirst(indentation.count)
    guard rest.hasPrefix(prompt) else { return nil }
    let afterPrompt = rest.dropFirst(prompt.count)
    if afterPrompt.isEmpty { return (afterPrompt, indentation.count + prompt.count) }
    guard afterPrompt.hasPrefix(" ") else { return nil }
    return (afterPrompt.dropFirst(), indentation.count + prompt.count + 1)
  }

  private static func isBlank(_ line: Substring) -> Bool { line.allSatisfy { $0 == " " || $0 == "\t" } }
}
