import SourceText

/// A parsed Markdown file as plain Swift values; no cmark pointer survives parsing.
public struct Document: Sendable {
  /// The top-level blocks in order.
  public var blocks: [Block]

  /// Makes a document.
  public init(blocks: [Block]) {
    self.blocks = blocks
  }
}

/// A fenced or indented code block, with what `fix` and diagnostics need to find its text in the file.
public struct CodeBlock: Sendable, Hashable {
  /// Numbers the code blocks of a document 0, 1, 2… in document order, so later stages can attach results.
  public var id: Int
  /// The full info string (`tensor hide`), "" for none.
  public var info: String
  /// The info string split once: the language and the words after it.
  public var fenceInfo: FenceInfo
  /// The content, one "\n" after every line, as cmark gives it.
  public var literal: String
  /// Where the opening fence starts.
  public var fence: SourcePosition
  /// Where the first content line starts (the line after the fence; column past any fence indentation).
  public var contentStart: SourcePosition
  /// Whether this was a fenced block (as opposed to an indented one).
  public var isFenced: Bool

  /// Makes a code block; `fenceLine` is the fence's line as written in the file, where the info string's words are
  /// looked up for their columns.
  public init(
    id: Int, info: String, literal: String, fence: SourcePosition, contentStart: SourcePosition, isFenced: Bool,
    fenceLine: [UInt8] = []
  ) {
    self.id = id
    self.info = info
    self.fenceInfo = FenceInfo(info, fenceLine: fenceLine, fenceColumn: fence.column)
    self.literal = literal
    self.fence = fence
    self.contentStart = contentStart
    self.isFenced = isFenced
  }

  /// The first word of the info string (`tensor`, `python`), "" for none.
  public var language: String { fenceInfo.language }
}

/// A fence's info string split at spaces and tabs (CommonMark's whitespace inside an info string): the parse stage
/// does it once, and running, checking equations and rendering read the words from here.
public struct FenceInfo: Sendable, Hashable {
  /// One word of the info string and where it is.
  public struct Word: Sendable, Hashable {
    /// The word.
    public var text: String
    /// Its 1-based byte column on the fence line; the fence's own column when the line does not spell it out (an
    /// escape or entity in the info string).
    public var column: Int
  }

  /// The first word (`tensor`, `python`), "" for none.
  public var language: String
  /// The words after the first, in order (`hide`, `fresh`, `checks=eq-a`).
  public var options: [Word]

  /// Splits `info`; each word's column comes from the same word of the fence line (its bytes after the fence's
  /// backticks or tildes, split the same way), so finding them is one pass over the line, whatever an attacker
  /// writes there.
  public init(_ info: String, fenceLine: [UInt8], fenceColumn: Int) {
    let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" })
    language = words.first.map(String.init) ?? ""
    let written = Self.writtenWords(fenceLine, from: fenceColumn - 1)
    options = words.enumerated().dropFirst().map { index, word in
      // An escape or entity makes the written word differ from the word; then the fence stands for it.
      let column =
        index < written.count && written[index].bytes.elementsEqual(word.utf8) ? written[index].offset + 1 : fenceColumn
      return Word(text: String(word), column: column)
    }
  }

  /// The words of the info string as the fence line spells them, with their 0-based byte offsets.
  private static func writtenWords(_ line: [UInt8], from start: Int) -> [(bytes: ArraySlice<UInt8>, offset: Int)] {
    let space = UInt8(ascii: " ")
    let tab = UInt8(ascii: "\t")
    var index = min(max(start, 0), line.count)
    while index < line.count && line[index] == space { index += 1 }
    while index < line.count && (line[index] == UInt8(ascii: "`") || line[index] == UInt8(ascii: "~")) { index += 1 }
    var words: [(bytes: ArraySlice<UInt8>, offset: Int)] = []
    while index < line.count {
      if line[index] == space || line[index] == tab {
        index += 1
        continue
      }
      let wordStart = index
      while index < line.count && line[index] != space && line[index] != tab { index += 1 }
      words.append((line[wordStart..<index], wordStart))
    }
    return words
  }
}

/// A TeX formula taken out of the Markdown byte for byte.
public struct MathSpan: Sendable, Hashable {
  /// Numbers the formulas of a document 0, 1, 2… in document order.
  public var id: Int
  /// The TeX between the dollars, exactly as written.
  public var tex: String
  /// True for `$$…$$`.
  public var isDisplay: Bool
  /// Where the first TeX character (after the opening dollars) sits in the file.
  public var position: SourcePosition

  /// Makes a formula.
  public init(id: Int, tex: String, isDisplay: Bool, position: SourcePosition) {
    self.id = id
    self.tex = tex
    self.isDisplay = isDisplay
    self.position = position
  }
}

/// A block-level Markdown element.
public indirect enum Block: Sendable {
  case heading(level: Int, content: [Inline], position: SourcePosition)
  case paragraph([Inline], position: SourcePosition)
  case blockQuote([Block])
  case list(ordered: Bool, start: Int, tight: Bool, items: [[Block]])
  case code(CodeBlock)
  case html(String, position: SourcePosition)
  case thematicBreak
}

/// An inline Markdown element.
public indirect enum Inline: Sendable {
  case text(String)
  case code(String)
  case emphasis([Inline])
  case strong([Inline])
  case link(destination: String, title: String, content: [Inline], position: SourcePosition)
  case image(source: String, title: String, alt: [Inline], position: SourcePosition)
  case math(MathSpan)
  case html(String, position: SourcePosition)
  case softBreak
  case lineBreak
  /// `@eq-NAME` and its bracketed forms in prose.
  case reference(CrossReference)
  /// `{#eq-NAME}`, `{#sec-NAME}` or `{#fig-NAME}`; it labels what it follows.
  case label(LabelDefinition)
}
