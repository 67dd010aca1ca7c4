/// One problem of a run, located in a source file; one printer formats all of them.
public struct Diagnostic: Sendable, Hashable, Comparable {
  /// The file's path relative to the current folder (as printed).
  public var path: String
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, in UTF-8 bytes from the start of the line (a byte-order mark not counted).
  public var column: Int
  /// What is wrong, without the `error:` prefix.
  public var message: String
  /// Extra lines printed as `note: …`.
  public var notes: [String]

  /// Makes a diagnostic.
  public init(path: String, line: Int, column: Int, message: String, notes: [String] = []) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
    self.notes = notes
  }

  /// Orders by path, line, column, then message, so output never depends on which chapter finished first.
  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    (lhs.path, lhs.line, lhs.column, lhs.message) < (rhs.path, rhs.line, rhs.column, rhs.message)
  }
}

/// A reason the command could not run at all (exit status 2): bad arguments, a missing folder, an unwritable output.
public struct CommandFailure: Error, Sendable, Hashable {
  /// What went wrong, ready to print after `error: `.
  public var message: String
  /// `PATH:LINE:COLUMN` when the failure is at a place in a file (a chapter that is not UTF-8), printed first.
  public var location: String?

  /// Makes a failure, optionally at a place in a file.
  public init(_ message: String, at location: String? = nil) {
    self.message = message
    self.location = location
  }
}
