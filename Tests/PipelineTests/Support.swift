import Foundation

@testable import Pipeline

/// The folder of this test target's golden files.
let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

/// Set `DOCBUILD_RECORD=1` to rewrite golden files from the current output; recording fails the test on purpose.
let isRecording = ProcessInfo.processInfo.environment["DOCBUILD_RECORD"] == "1"

/// A fresh empty folder under the system's temporary folder.
func temporaryDirectory(_ name: String = "docbuild-test") throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// Writes files (relative path → bytes) under a folder.
func writeFiles(_ files: [String: [UInt8]], under folder: URL) throws {
  for (path, bytes) in files {
    let url = folder.appendingPathComponent(path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }
}

/// Every regular file under a folder, by relative path (links, pipes and devices are not read: a pipe would block).
func readTree(_ folder: URL) throws -> [String: [UInt8]] {
  var files: [String: [UInt8]] = [:]
  guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
  for case let path as String in enumerator {
    var status = stat()
    let full = folder.appendingPathComponent(path).path
    if lstat(full, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
      files[path] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: full)))
    }
  }
  return files
}

/// Compares `actual` with the golden file at `relativePath`, or records it when recording.
func compareWithGolden(_ actual: String, _ relativePath: String) throws -> (matches: Bool, expected: String) {
  let url = goldenDirectory.appendingPathComponent(relativePath)
  if isRecording {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(actual.utf8).write(to: url)
    return (false, "(recorded \(relativePath); run again without DOCBUILD_RECORD)")
  }
  let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "(missing golden file \(relativePath))"
  return (expected == actual, expected)
}
