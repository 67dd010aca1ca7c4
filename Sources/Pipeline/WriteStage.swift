import Foundation
import ParallelMap

/// Write: puts the rendered files into a staging folder beside the output and swaps it in as a whole, so a failed
/// or killed build leaves the previous site as it was.
enum WriteStage {
  /// Called before each file is written, with its relative path; tests use it to fail a build half way.
  typealias FileHook = @Sendable (String) throws -> Void

  /// Writes `files` (relative path → bytes) as the folder `output`; `protectedFolders` (the content folder, the
  /// current folder) may be neither the output nor inside it, since the output is replaced as a whole.
  static func write(
    _ files: [String: [UInt8]], to output: String, protecting protectedFolders: [String] = [], jobs: Int = 1,
    beforeEachFile hook: FileHook? = nil
  ) throws(CommandFailure) {
    let fileManager = FileManager.default
    let outputURL = URL(fileURLWithPath: output).standardizedFileURL
    let outputComponents = outputURL.pathComponents
    for folder in protectedFolders {
      let components = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
      if components.starts(with: outputComponents) {
        throw CommandFailure("refusing to replace '\(output)': it holds '\(folder)'")
      }
    }
    let parent = outputURL.deletingLastPathComponent()
    let staging = parent.appendingPathComponent(".\(outputURL.lastPathComponent).staging")
    let previous = parent.appendingPathComponent(".\(outputURL.lastPathComponent).previous")
    do {
      // A build killed between the two renames below left the old site under `previous`: put it back first.
      if !fileManager.fileExists(atPath: outputURL.path), fileManager.fileExists(atPath: previous.path) {
        try fileManager.moveItem(at: previous, to: outputURL)
      }
      if fileManager.fileExists(atPath: staging.path) { try fileManager.removeItem(at: staging) }
      try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
      let paths = files.keys.sorted()
      for path in paths where !isSafeRelativePath(path) {
        throw CommandFailure("refusing to write '\(path)' outside the output folder")
      }
      let folders = Set(paths.map { staging.appendingPathComponent($0).deletingLastPathComponent().path })
      for folder in folders.sorted() {
        try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
      }
      // Creating files dominates a large site's build, and independent files can be created side by side.
      let failures = parallelMap(paths, jobs: jobs) { path -> String? in
        do {
          try hook?(path)
          return writeFile(files[path] ?? [], to: staging.appendingPathComponent(path).path)
        } catch {
          return "\(error)"
        }
      }
      if let failure = failures.compactMap({ $0 }).first {
        throw CommandFailure("cannot write the output folder '\(output)': \(failure)")
      }
      if fileManager.fileExists(atPath: previous.path) { try fileManager.removeItem(at: previous) }
      if fileManager.fileExists(atPath: outputURL.path) { try fileManager.moveItem(at: outputURL, to: previous) }
      try fileManager.moveItem(at: staging, to: outputURL)
      if fileManager.fileExists(atPath: previous.path) { try fileManager.removeItem(at: previous) }
    } catch let failure as CommandFailure {
      try? fileManager.removeItem(at: staging)
      throw failure
    } catch {
      try? fileManager.removeItem(at: staging)
      throw CommandFailure("cannot write the output folder '\(output)': \(error.localizedDescription)")
    }
  }

  /// Creates or truncates the file at `path` and writes `bytes`; nil on success, else what went wrong. No fsync per
  /// file: the whole folder becomes visible only through the rename above, which is what protects the old site.
  private static func writeFile(_ bytes: [UInt8], to path: String) -> String? {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { return "cannot create '\(path)': \(String(cString: strerror(errno)))" }
    defer { close(descriptor) }
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes { buffer in
        Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
      }
      if result < 0 {
        if errno == EINTR { continue }
        return "cannot write '\(path)': \(String(cString: strerror(errno)))"
      }
      written += result
    }
    return nil
  }

  private static func isSafeRelativePath(_ path: String) -> Bool {
    !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains { $0 == ".." || $0 == "." }
  }
}
