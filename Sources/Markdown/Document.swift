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
  /// The content, one "\n" after every line, as cmark gives it.
  public var literal: String
  /// Where the opening fence starts.
  public var fence: SourcePosition
  /// Where the first content line starts (the line after the fence; column past any fence indentation).
  public var contentStart: SourcePosition
  /// Whether this was a fenced block (as opposed to an indented one).
  public var isFenced: Bool

  /// Makes a code block.
  public init(
    id: Int, info: String, literal: String, fence: SourcePosition, contentStart: SourcePosition, isFenced: Bool
  ) {
    self.id = id
    self.info = info
    self.literal = literal
    self.fence = fence
    self.contentStart = contentStart
    self.isFenced = isFenced
  }

  /// The words of the info string, split at spaces and tabs (CommonMark's whitespace inside an info string).
  public var infoWords: [String] { info.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) }

  /// The first word of the info string (`tensor`, `python`), "" for none.
  public var language: String { infoWords.first ?? "" }
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
