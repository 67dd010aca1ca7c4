/// A place in a source file — a chapter, a snippet's code, a theme file: 1-based line, and 1-based column counted in
/// UTF-8 bytes from the start of the line. Every layer's positions are this one type, so no position is converted
/// between kinds on its way to a diagnostic.
public struct SourcePosition: Sendable, Hashable, Comparable, Codable {
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, in UTF-8 bytes from the start of the line.
  public var column: Int

  /// Makes a position.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// Line 1, column 1.
  public static let start = SourcePosition(line: 1, column: 1)

  /// Orders positions by line, then column.
  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
