/// One problem of a run, located in a source file: every layer that finds problems (Markdown, Site, the pipeline's
/// stages) makes these, and one printer formats all of them.
public struct Diagnostic: Sendable, Hashable, Comparable {
  /// The file's path relative to the current folder (as printed); a layer that does not know the path leaves it
  /// empty and the pipeline fills it in.
  public var path: String
  /// Where in the file.
  public var position: SourcePosition
  /// What is wrong, without the `error:` prefix.
  public var message: String
  /// Extra lines printed as `note: …`.
  public var notes: [String]

  /// Makes a diagnostic.
  public init(path: String = "", position: SourcePosition, message: String, notes: [String] = []) {
    self.path = path
    self.position = position
    self.message = message
    self.notes = notes
  }

  /// Makes a diagnostic at a line and column.
  public init(path: String, line: Int, column: Int, message: String, notes: [String] = []) {
    self.init(path: path, position: SourcePosition(line: line, column: column), message: message, notes: notes)
  }

  /// The 1-based line.
  public var line: Int { position.line }
  /// The 1-based column, in UTF-8 bytes from the start of the line (a byte-order mark not counted).
  public var column: Int { position.column }

  /// Orders by path, line, column, then message, so output never depends on which chapter finished first.
  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    (lhs.path, lhs.line, lhs.column, lhs.message) < (rhs.path, rhs.line, rhs.column, rhs.message)
  }
}
