import Foundation

/// Write: puts the rendered files into a staging folder beside the output and swaps it in as a whole, so a failed
/// or killed build leaves the previous site as it was.
enum WriteStage {
  /// Called before each file is written, with its relative path; tests use it to fail a build half way.
  typealias FileHook = @Sendable (String) throws -> Void

  /// Writes `files` (relative path → bytes) as the folder `output`; `protectedFolders` (the content folder, the
  /// current folder) may be neither the output nor inside it, since the output is replaced as a whole.
  static func write(
    _ files: [String: [UInt8]], to output: String, protecting protectedFolders: [String] = [],
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
      for path in files.keys.sorted() {
        guard isSafeRelativePath(path), let bytes = files[path] else {
          throw CommandFailure("refusing to write '\(path)' outside the output folder")
        }
        try hook?(path)
        let destination = staging.appendingPathComponent(path)
        try fileManager.createDirectory(
          at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: destination)
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

  private static func isSafeRelativePath(_ path: String) -> Bool {
    !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains { $0 == ".." || $0 == "." }
  }
}
