import Foundation
import Testing

/// Golden files: output compared byte for byte with a committed file, which `DOCBUILD_RECORD=1 swift test` rewrites
/// for review in the diff. Recording fails the test on purpose, so a recorded run never passes silently, and it is
/// refused under `CI`, where a golden must be checked, never written.
public enum Golden {
  /// Whether this run asked to rewrite golden files.
  public static var recordingRequested: Bool { ProcessInfo.processInfo.environment["DOCBUILD_RECORD"] == "1" }

  /// Whether this run is CI's (the `CI` variable set to anything but empty, `0` or `false`).
  public static var isContinuousIntegration: Bool {
    guard let value = ProcessInfo.processInfo.environment["CI"] else { return false }
    return !["", "0", "false"].contains(value.lowercased())
  }

  /// Whether this run rewrites golden files: asked for, and not under CI.
  public static var isRecording: Bool { recordingRequested && !isContinuousIntegration }

  /// Whether a test should rewrite its golden files now; a request to record under CI is refused with an issue at
  /// the caller, and the test compares instead.
  public static func shouldRecord(sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
    if recordingRequested && isContinuousIntegration {
      Issue.record(
        "DOCBUILD_RECORD is refused under CI: golden files are recorded on a developer's machine and reviewed",
        sourceLocation: sourceLocation)
    }
    return isRecording
  }

  /// Compares `actual` with the golden file at `url`, recording an issue at the caller that names the first line
  /// that differs; when recording, rewrites the file instead (and fails). Returns whether they matched.
  @discardableResult
  public static func check(
    _ actual: String, against url: URL, sourceLocation: SourceLocation = #_sourceLocation
  ) -> Bool {
    if shouldRecord(sourceLocation: sourceLocation) {
      do {
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
        Issue.record(
          "recorded \(url.lastPathComponent); run again without DOCBUILD_RECORD to compare",
          sourceLocation: sourceLocation)
      } catch {
        Issue.record("could not record \(url.path): \(error)", sourceLocation: sourceLocation)
      }
      return false
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "missing golden file \(url.path); record it with DOCBUILD_RECORD=1 swift test", sourceLocation: sourceLocation)
      return false
    }
    guard let difference = firstDifference(actual, expected) else { return true }
    Issue.record(
      """
      output differs from \(url.lastPathComponent) at line \(difference.line):
      actual:   \(difference.actual)
      expected: \(difference.expected)
      """, sourceLocation: sourceLocation)
    return false
  }

  /// The first line at which two texts differ, with both lines (an empty string past either's end); nil when equal.
  public static func firstDifference(_ actual: String, _ expected: String) -> (
    line: Int, actual: String, expected: String
  )? {
    guard actual != expected else { return nil }
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(actualLines.count, expectedLines.count) {
      let left = index < actualLines.count ? String(actualLines[index]) : ""
      let right = index < expectedLines.count ? String(expectedLines[index]) : ""
      if left != right || index >= actualLines.count || index >= expectedLines.count {
        return (index + 1, left, right)
      }
    }
    return (1, actual, expected)
  }
}
