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
