import SourceText

/// One statement's code cut out of a block, with where its lines came from and, for transcripts, its expected output.
struct TranscriptChunk: Sendable, Hashable {
  /// The code, prompts removed, lines joined by "\n".
  var code: String
  /// 0-based lines of the block that the code occupies (prompt lines included).
  var codeLines: Range<Int>
  /// Bytes removed from the start of each code line (indentation and the 4-byte prompt).
  var promptWidth: Int
  /// The expected output text (trailing blank lines excluded); nil for scripts.
  var expected: String?
  /// 0-based lines of the block holding the expected output; nil for scripts.
  var expectedLines: Range<Int>?

  /// Maps a location in `code` to a location in the block (1-based line and column within the block's text).
  func blockLocation(of location: SourcePosition) -> SourcePosition {
    SourcePosition(line: codeLines.lowerBound + location.line, column: location.column + promptWidth)
  }
}

/// Splits a block's text into transcript statements or one script, and tells the two forms apart.
enum TranscriptSplitter {
  /// A block is a transcript when any line (after indentation) starts with the `>>> ` prompt.
  static func form(of text: String) -> SnippetForm {
    lines(of: text).contains { promptBody($0, prompt: ">>>") != nil } ? .transcript : .script
  }

  /// The block's lines, split on "\n" or "\r\n" (Swift keeps "\r\n" as one character), a stray "\r" dropped.
  static func lines(of text: String) -> [Substring] {
    text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map {
      $0.hasSuffix("\r") ? $0.dropLast() : $0
    }
  }

  /// The text after `prompt` and its space (or nothing), with the width removed, when `line` starts with the prompt.
  static func promptBody(_ line: Substring, prompt: String) -> (body: Substring, width: Int)? {
    let indentation = line.prefix { $0 == " " }
    let rest = line.dropFirst(indentation.count)
    guard rest.hasPrefix(prompt) else { return nil }
    let afterPrompt = rest.dropFirst(prompt.count)
    if afterPrompt.isEmpty { return (afterPrompt, indentation.count + prompt.count) }
    guard afterPrompt.hasPrefix(" ") else { return nil }
    return (afterPrompt.dropFirst(), indentation.count + prompt.count + 1)
  }

  /// The statements of a transcript, and the 0-based lines of any text before the first prompt.
  static func splitTranscript(_ text: String) -> (chunks: [TranscriptChunk], strayLines: [Int]) {
    let lines = lines(of: text)
    var chunks: [TranscriptChunk] = []
    var strayLines: [Int] = []
    var index = 0
    while index < lines.count {
      guard let (firstBody, width) = promptBody(lines[index], prompt: ">>>") else {
        if !lines[index].allSatisfy({ $0 == " " || $0 == "\t" }) { strayLines.append(index) }
        index += 1
        continue
      }
      let start = index
      var codeLines = [firstBody]
      index += 1
      while index < lines.count, let (body, _) = promptBody(lines[index], prompt: "...") {
        codeLines.append(body)
        index += 1
      }
      let expectedStart = index
      let indentation = width - 4
      var outputLines: [Substring] = []
      while index < lines.count, promptBody(lines[index], prompt: ">>>") == nil {
        outputLines.append(dropIndentation(lines[index], upTo: max(indentation, 0)))
        index += 1
      }
      while let last = outputLines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { outputLines.removeLast() }
      chunks.append(
        TranscriptChunk(
          code: codeLines.joined(separator: "\n"), codeLines: start..<expectedStart, promptWidth: width,
          expected: outputLines.joined(separator: "\n"),
          expectedLines: expectedStart..<(expectedStart + outputLines.count)))
    }
    return (chunks, strayLines)
  }

  private static func dropIndentation(_ line: Substring, upTo count: Int) -> Substring {
    line.dropFirst(min(count, line.prefix { $0 == " " }.count))
  }
}
