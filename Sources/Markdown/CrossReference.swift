import SourceText

/// What a label names, read from its prefix: `eq-`, `sec-` or `fig-` (Quarto's prefixes).
public enum LabelKind: String, Sendable, Hashable, CaseIterable {
  case equation = "eq"
  case section = "sec"
  case figure = "fig"

  /// The word a reference reads as ("Equation"), before the number.
  public var noun: String {
    switch self {
    case .equation: return "Equation"
    case .section: return "Section"
    case .figure: return "Figure"
    }
  }

  /// The end of a label (`eq-bias-grad`) starting at `start` in `bytes`, nil when none starts there.
  public static func labelEnd(in bytes: [UInt8], from start: Int) -> Int? {
    CrossReferenceScanner.labelEnd(bytes, from: start)
  }

  /// The kind of a label such as `eq-bias-grad`; nil when it has none of the prefixes.
  public init?(label: String) {
    guard let dash = label.firstIndex(of: "-"), let kind = LabelKind(rawValue: String(label[..<dash])) else {
      return nil
    }
    self = kind
  }
}

/// `@eq-NAME` (reads "Equation 2.3"), `[@eq-NAME]` (the same) or `[-@eq-NAME]` (the number alone) in prose.
public struct CrossReference: Sendable, Hashable {
  /// The label referred to, prefix included (`eq-bias-grad`).
  public var label: String
  /// True for `[-@…]`: the link shows the number without the noun.
  public var numberOnly: Bool
  /// The reference as written, shown when it cannot be resolved.
  public var written: String
  /// Where the `@` (or the opening bracket) sits in the file.
  public var position: SourcePosition

  /// Makes a reference.
  public init(label: String, numberOnly: Bool, written: String, position: SourcePosition) {
    self.label = label
    self.numberOnly = numberOnly
    self.written = written
    self.position = position
  }

  /// What the label's prefix says it names.
  public var kind: LabelKind? { LabelKind(label: label) }
}

/// `{#eq-NAME}` after a display equation, `{#sec-NAME}` ending a heading, `{#fig-NAME}` after an image.
public struct LabelDefinition: Sendable, Hashable {
  /// The label, prefix included.
  public var label: String
  /// Where the opening brace sits in the file.
  public var position: SourcePosition

  /// Makes a label definition.
  public init(label: String, position: SourcePosition) {
    self.label = label
    self.position = position
  }

  /// What the label's prefix says it names.
  public var kind: LabelKind? { LabelKind(label: label) }
}

extension Inline {
  /// Whether this is text made only of white space (between a formula and its label).
  public var isBlankText: Bool {
    if case .text(let text) = self { return text.allSatisfy(\.isWhitespace) }
    return false
  }

  /// A heading's content without the `{#sec-…}` label that ends it, trailing spaces removed, and that label.
  public static func splittingTrailingLabel(_ inlines: [Inline]) -> (content: [Inline], label: LabelDefinition?) {
    var content = inlines
    while let last = content.last, last.isBlankText { content.removeLast() }
    guard case .label(let label)? = content.last else { return (inlines, nil) }
    content.removeLast()
    while let last = content.last, last.isBlankText { content.removeLast() }
    if case .text(let text)? = content.last {
      var trimmed = Substring(text)
      while let character = trimmed.last, character.isWhitespace { trimmed = trimmed.dropLast() }
      content[content.count - 1] = .text(String(trimmed))
    }
    return (content, label)
  }
}

/// A code cell's `#| label: fig-NAME` (and `#| fig-cap: …`) lines, Quarto's way of labelling the figure a cell draws.
public struct CellLabel: Sendable, Hashable {
  /// The label as a definition, positioned at its first character in the file.
  public var definition: LabelDefinition
  /// The `fig-cap` text, "" without one.
  public var caption: String
}

extension CodeBlock {
  /// The `#| label:` of a fenced block whose first lines are `#| key: value` options; nil when it has none.
  public var cellLabel: CellLabel? {
    // Options start the block; most blocks have none, and splitting a whole block into lines to learn that was a
    // measurable part of rendering a large book.
    guard isFenced, literal.utf8.starts(with: "#|".utf8) else { return nil }
    var label: LabelDefinition?
    var caption = ""
    for (index, line) in literal.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      guard line.hasPrefix("#| ") || line.hasPrefix("#|\t") else { break }
      let option = line.dropFirst(3)
      guard let colon = option.firstIndex(of: ":") else { continue }
      let key = trimmingBlanks(option[..<colon])
      let trimmed = option[option.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
      let column = contentStart.column + line.utf8.count - trimmed.utf8.count
      let text = trimmingBlanks(trimmed)
      if key == "label" {
        label = LabelDefinition(
          label: text, position: SourcePosition(line: contentStart.line + index, column: column))
      } else if key == "fig-cap" {
        caption = text
      }
    }
    return label.map { CellLabel(definition: $0, caption: caption) }
  }
}

private func trimmingBlanks(_ text: Substring) -> String {
  var text = text.drop { $0 == " " || $0 == "\t" }
  while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
  return String(text)
}
