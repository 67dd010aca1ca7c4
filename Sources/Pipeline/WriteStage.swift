import Foundation
import ParallelMap

/// Write: puts the rendered files into a staging folder beside the output and swaps it in as a whole, so a failed
/// or killed build leaves the previous site as it was.
enum WriteStage {
  /// Called before each file is written, with its relative path; tests use it to fail a build half way.
  typealias FileHook = @Sendable (String) throws -> Void

  /// The staging folder beside the output, ready for the new site's files.
  final class Staging: Sendable {
    /// The output folder to replace.
    let output: URL
    /// Where the new site is written before it is swapped in.
    let folder: URL
    /// Where the old site waits during the swap.
    let previous: URL
    /// Files created empty ahead of time, in the background.
    let createdAhead: [String]
    private let creation = DispatchGroup()

    fileprivate init(output: URL, createdAhead: [String]) {
      self.output = output
      let parent = output.deletingLastPathComponent()
      folder = parent.appendingPathComponent(".\(output.lastPathComponent).staging")
      previous = parent.appendingPathComponent(".\(output.lastPathComponent).previous")
      self.createdAhead = createdAhead
    }

    /// Creates the files named in `createdAhead` on another thread. Creating a file is the slow part of writing a
    /// large site on some disks (kernel time per file, whatever its size), so it overlaps running the book.
    fileprivate func startCreatingAhead() {
      let folder = folder.path
      let names = createdAhead
      DispatchQueue.global().async(group: creation) {
        for name in names { _ = writeFile([], to: folder + "/" + name) }
      }
    }

    /// Waits until the files created ahead exist.
    func waitForCreation() {
      creation.wait()
    }

    /// Removes the staging folder, once nothing is creating files in it.
    func discard() {
      waitForCreation()
      try? FileManager.default.removeItem(at: folder)
    }
  }

  /// Checks that `output` may be replaced (`protectedFolders`, the content folder and the current folder, may be
  /// neither the output nor inside it), recovers a site a killed build left aside, and makes an empty staging folder,
  /// starting to create the files named `expectedFiles` (plain names) in it while the caller goes on.
  static func prepare(
    output: String, protecting protectedFolders: [String] = [], expectedFiles: [String] = []
  ) throws(CommandFailure) -> Staging {
    let fileManager = FileManager.default
    let outputURL = URL(fileURLWithPath: output).standardizedFileURL
    for folder in protectedFolders
    where URL(fileURLWithPath: folder).standardizedFileURL.pathComponents.starts(with: outputURL.pathComponents) {
      throw CommandFailure("refusing to replace '\(output)': it holds '\(folder)'")
    }
    let names = Set(expectedFiles.filter { isSafeRelativePath($0) && !$0.contains("/") }).sorted()
    let staging = Staging(output: outputURL, createdAhead: names)
    do {
      // A build killed between the two renames of `write` left the old site under `previous`: put it back first.
      if !fileManager.fileExists(atPath: outputURL.path), fileManager.fileExists(atPath: staging.previous.path) {
        try fileManager.moveItem(at: staging.previous, to: outputURL)
      }
      if fileManager.fileExists(atPath: staging.folder.path) { try fileManager.removeItem(at: staging.folder) }
      try fileManager.createDirectory(at: staging.folder, withIntermediateDirectories: true)
    } catch {
      throw CommandFailure("cannot write the output folder '\(output)': \(error.localizedDescription)")
    }
    staging.startCreatingAhead()
    return staging
  }

  /// Writes `files` (relative path → bytes) as the folder `output`, replacing it as a whole.
  static func write(
    _ files: [String: [UInt8]], to output: String, protecting protectedFolders: [String] = [], jobs: Int = 1,
    beforeEachFile hook: FileHook? = nil
  ) throws(CommandFailure) {
    let staging = try prepare(output: output, protecting: protectedFolders)
    try write(files, through: staging, jobs: jobs, beforeEachFile: hook)
  }

  /// Writes `files` into the staging folder and swaps it in for the output; on any failure the staging folder is
  /// removed and the output is left as it was.
  static func write(
    _ files: [String: [UInt8]], through staging: Staging, jobs: Int = 1, beforeEachFile hook: FileHook? = nil
  ) throws(CommandFailure) {
    let fileManager = FileManager.default
    let output = staging.output.path
    staging.waitForCreation()
    do {
      let paths = files.keys.sorted()
      for path in paths where !isSafeRelativePath(path) {
        throw CommandFailure("refusing to write '\(path)' outside the output folder")
      }
      let folders = Set(paths.map { staging.folder.appendingPathComponent($0).deletingLastPathComponent().path })
      for folder in folders.sorted() {
        try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
      }
      let failures = parallelMap(paths, jobs: jobs) { path -> String? in
        do {
          try hook?(path)
          return writeFile(files[path] ?? [], to: staging.folder.appendingPathComponent(path).path)
        } catch {
          return "\(error)"
        }
      }
      if let failure = failures.compactMap({ $0 }).first {
        throw CommandFailure("cannot write the output folder '\(output)': \(failure)")
      }
      // A file created ahead that the site turned out not to have must not reach the output.
      for name in staging.createdAhead where files[name] == nil {
        try fileManager.removeItem(at: staging.folder.appendingPathComponent(name))
      }
      if fileManager.fileExists(atPath: staging.previous.path) { try fileManager.removeItem(at: staging.previous) }
      if fileManager.fileExists(atPath: output) { try fileManager.moveItem(at: staging.output, to: staging.previous) }
      try fileManager.moveItem(at: staging.folder, to: staging.output)
      if fileManager.fileExists(atPath: staging.previous.path) { try fileManager.removeItem(at: staging.previous) }
    } catch let failure as CommandFailure {
      staging.discard()
      throw failure
    } catch {
      staging.discard()
      throw CommandFailure("cannot write the output folder '\(output)': \(error.localizedDescription)")
    }
  }

  /// Creates or truncates the file at `path` and writes `bytes`; nil on success, else what went wrong. No fsync per
  /// file: the whole folder becomes visible only through the rename in `write`, which is what protects the old site.
  fileprivate static func writeFile(_ bytes: [UInt8], to path: String) -> String? {
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

  fileprivate static func isSafeRelativePath(_ path: String) -> Bool {
    !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains { $0 == ".." || $0 == "." }
  }
}
