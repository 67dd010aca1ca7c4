import Foundation

@testable import Pipeline

/// The folder of this test target's golden files.
let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

/// This test process's folder under the system's temporary folder. Many tests hand their folder back to a caller
/// and cannot remove it, so instead each run removes the folders of earlier runs whose process has exited.
private let testProcessFolder: URL = {
  let manager = FileManager.default
  let prefix = "docbuild-tests-"
  for name in (try? manager.contentsOfDirectory(atPath: manager.temporaryDirectory.path)) ?? []
  where name.hasPrefix(prefix) {
    if let pid = Int32(name.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH {
      try? manager.removeItem(at: manager.temporaryDirectory.appendingPathComponent(name))
    }
  }
  return manager.temporaryDirectory.appendingPathComponent("\(prefix)\(getpid())")
}()

/// A fresh empty folder under this test process's temporary folder.
func temporaryDirectory(_ name: String = "docbuild-test") throws -> URL {
  let url = testProcessFolder.appendingPathComponent("\(name)-\(UUID().uuidString)")
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
