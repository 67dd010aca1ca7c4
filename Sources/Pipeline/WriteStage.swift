import Foundation
import ParallelMap

/// Write: puts the rendered files into a staging folder beside the output and swaps it in as a whole, so a failed
/// or killed build leaves the previous site as it was.
enum WriteStage {
  /// Called before each file is written, with its relative path; tests use it to fail a build half way.
  typealias FileHook = @Sendable (String) throws -> Void

  /// The staging folder beside the output, ready for the new site's files, and the lock that keeps other builds out.
  final class Staging: Sendable {
    /// The output folder to replace, its links resolved.
    let output: URL
    /// The output as the user gave it, for messages.
    let shownOutput: String
    /// Where the new site is written before it is swapped in.
    let folder: URL
    /// Where the old site waits during the swap.
    let previous: URL
    /// Files created empty ahead of time, in the background.
    let createdAhead: [String]
    /// The site being replaced, whose unchanged files are linked instead of written.
    let previousSite: PreviousSite?
    private let lock: OutputLock
    private let creation = DispatchGroup()

    fileprivate init(
      output: URL, shownOutput: String, createdAhead: [String], previousSite: PreviousSite?, lock: OutputLock
    ) {
      self.output = output
      self.shownOutput = shownOutput
      folder = Self.sibling(of: output, "staging")
      previous = Self.sibling(of: output, "previous")
      self.createdAhead = createdAhead
      self.previousSite = previousSite
      self.lock = lock
    }

    /// The folder `.NAME.suffix` beside the output `NAME`.
    static func sibling(of output: URL, _ suffix: String) -> URL {
      output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).\(suffix)")
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

    /// Removes the staging folder, once nothing is creating files in it, and lets other builds in.
    func discard() {
      waitForCreation()
      _ = FileAccess.removeTree(folder.path)
      lock.release()
    }

    /// Lets other builds in.
    fileprivate func unlock() {
      lock.release()
    }
  }

  /// Checks that `output` may be replaced, takes the output's lock, recovers a site a killed build left aside, and
  /// makes an empty staging folder, starting to create the files named `expectedFiles` (plain names) in it while the
  /// caller goes on. Paths are compared with their links resolved: the output may be neither inside `content` nor
  /// hold it, nor hold any of `protectedFolders` (the current folder), and must be missing, empty or a docbuild site.
  static func prepare(
    output: String, content: String? = nil, protecting protectedFolders: [String] = [],
    expectedFiles: [String] = [], workingDirectory: String = FileManager.default.currentDirectoryPath
  ) throws(CommandFailure) -> Staging {
    let resolved = FileAccess.resolved(output, base: workingDirectory)
    guard resolved != "/" else { throw CommandFailure("refusing to replace '\(output)': it is the root folder") }
    if let content {
      let resolvedContent = FileAccess.resolved(content, base: workingDirectory)
      if FileAccess.isInside(resolved, resolvedContent) {
        throw CommandFailure(
          "refusing to write the site to '\(output)': it is the content folder '\(content)' or inside it")
      }
      if FileAccess.isInside(resolvedContent, resolved) {
        throw CommandFailure("refusing to replace '\(output)': it holds the content folder '\(content)'")
      }
    }
    for folder in protectedFolders
    where FileAccess.isInside(FileAccess.resolved(folder, base: workingDirectory), resolved) {
      throw CommandFailure("refusing to replace '\(output)': it holds '\(folder)'")
    }
    let outputURL = URL(fileURLWithPath: resolved)
    let parent = outputURL.deletingLastPathComponent().path
    try OutputFolder.makeFolders(parent, shown: output)
    let lock = try OutputLock.acquire(
      parent + "/.\(outputURL.lastPathComponent).lock", output: output)
    let staging: Staging
    do throws(CommandFailure) {
      try recoverPreviousSite(output: outputURL, shown: output)
      try OutputFolder.checkReplaceable(resolved, shown: output)
      // Only once the output is known to be a site docbuild may replace are its files candidates for reuse; a name
      // the old site has is not created ahead, since it will most likely be linked.
      let previous = PreviousSite(output: resolved)
      let names = Set(expectedFiles.filter { isSafeRelativePath($0) && !$0.contains("/") }).sorted()
      previous?.openFolders(of: names)
      staging = Staging(
        output: outputURL, shownOutput: output, createdAhead: names.filter { previous?.holds($0) != true },
        previousSite: previous, lock: lock)
      if let failure = FileAccess.removeTree(staging.folder.path) {
        throw CommandFailure(leftoverMessage(staging.folder.path, failure))
      }
      // mkdir never follows a link, so the staging folder is always one this build made.
      guard mkdir(staging.folder.path, 0o755) == 0 else {
        throw CommandFailure(
          "cannot write the output folder '\(output)': cannot create '\(staging.folder.path)': \(FileAccess.errorText())"
        )
      }
    } catch {
      lock.release()
      throw error
    }
    staging.startCreatingAhead()
    return staging
  }

  /// A build killed between the two renames of `write` left the old site under `previous` and no output: put it back.
  private static func recoverPreviousSite(output: URL, shown: String) throws(CommandFailure) {
    let previous = Staging.sibling(of: output, "previous").path
    var status = stat()
    guard lstat(output.path, &status) != 0, errno == ENOENT,
      lstat(previous, &status) == 0, status.st_mode & S_IFMT == S_IFDIR
    else { return }
    guard rename(previous, output.path) == 0 else {
      throw CommandFailure(
        "cannot restore the previous site from '\(previous)' to '\(shown)': " + FileAccess.errorText())
    }
  }

  private static func leftoverMessage(_ path: String, _ failure: String) -> String {
    "cannot remove '\(path)', left by an earlier build: \(failure); remove it yourself (rm -rf '\(path)') and build again"
  }

  /// Writes `files` (relative path → bytes) as the folder `output`, replacing it as a whole; returns warnings.
  @discardableResult
  static func write(
    _ files: [String: [UInt8]], to output: String, protecting protectedFolders: [String] = [], jobs: Int = 1,
    beforeEachFile hook: FileHook? = nil
  ) throws(CommandFailure) -> [String] {
    let staging = try prepare(output: output, protecting: protectedFolders)
    return try write(files, through: staging, jobs: jobs, beforeEachFile: hook)
  }

  /// Writes `files` and the site marker into the staging folder and swaps it in for the output; on any failure
  /// before the swap the staging folder is removed and the output is left as it was. Once the new site is in place
  /// the build has succeeded, so a problem cleaning up after it is a warning (returned), not a failure.
  @discardableResult
  static func write(
    _ files: [String: [UInt8]], through staging: Staging, jobs: Int = 1, beforeEachFile hook: FileHook? = nil
  ) throws(CommandFailure) -> [String] {
    let output = staging.shownOutput
    staging.waitForCreation()
    do throws(CommandFailure) {
      var files = files
      files[OutputFolder.markerName] = Array(OutputFolder.markerText.utf8)
      let paths = files.keys.sorted()
      for path in paths where !isSafeRelativePath(path) {
        throw CommandFailure("refusing to write '\(path)' outside the output folder")
      }
      let folders = Set(paths.map { staging.folder.appendingPathComponent($0).deletingLastPathComponent().path })
      for folder in folders.sorted() { try OutputFolder.makeFolders(folder, shown: output) }
      let contents = files
      let createdAhead = Set(staging.createdAhead)
      staging.previousSite?.openFolders(of: paths)
      let failures = parallelMap(paths, jobs: jobs) { path -> String? in
        do {
          try hook?(path)
          let bytes = contents[path] ?? []
          let destination = staging.folder.appendingPathComponent(path).path
          if !createdAhead.contains(path), staging.previousSite?.link(path, holding: bytes, to: destination) == true {
            return nil
          }
          return writeFile(bytes, to: destination)
        } catch {
          return "\(error)"
        }
      }
      if let failure = failures.compactMap({ $0 }).first {
        throw CommandFailure("cannot write the output folder '\(output)': \(failure)")
      }
      // A file created ahead that the site turned out not to have must not reach the output.
      for name in staging.createdAhead where files[name] == nil {
        unlink(staging.folder.appendingPathComponent(name).path)
      }
      try swapIn(staging)
    } catch {
      staging.discard()
      throw error
    }
    defer { staging.unlock() }
    if let failure = FileAccess.removeTree(staging.previous.path) {
      return [
        "the new site is in '\(output)', but the previous one could not be removed from '\(staging.previous.path)': "
          + "\(failure); remove it yourself"
      ]
    }
    return []
  }

  /// Hard-links the old site's files `trusted` (paths with the stamps a build recorded for them) into the staging
  /// folder; false when one cannot be (changed since, or not the plain file it was), so the caller builds anew.
  static func linkTrusted(_ trusted: [(path: String, stamp: FileStamp)], into staging: Staging, jobs: Int) -> Bool {
    guard let previous = staging.previousSite else { return trusted.isEmpty }
    staging.waitForCreation()
    let paths = trusted.map(\.path)
    guard paths.allSatisfy(isSafeRelativePath) else { return false }
    let folders = Set(paths.map { staging.folder.appendingPathComponent($0).deletingLastPathComponent().path })
    for folder in folders.sorted() {
      do throws(CommandFailure) { try OutputFolder.makeFolders(folder, shown: staging.shownOutput) } catch {
        return false
      }
    }
    previous.openFolders(of: paths)
    let linked = parallelMap(trusted, jobs: jobs) { file in
      previous.link(file.path, stamped: file.stamp, to: staging.folder.appendingPathComponent(file.path).path)
    }
    return !linked.contains(false)
  }

  /// Renames the old site aside and the staging folder into its place, putting the old site back if the second
  /// rename fails.
  private static func swapIn(_ staging: Staging) throws(CommandFailure) {
    let output = staging.output.path
    if let failure = FileAccess.removeTree(staging.previous.path) {
      throw CommandFailure(leftoverMessage(staging.previous.path, failure))
    }
    var status = stat()
    let hadOutput = lstat(output, &status) == 0
    if hadOutput, rename(output, staging.previous.path) != 0 {
      throw CommandFailure("cannot replace '\(staging.shownOutput)': \(renameProblem(errno))")
    }
    guard rename(staging.folder.path, output) == 0 else {
      let code = errno
      if hadOutput { rename(staging.previous.path, output) }
      throw CommandFailure("cannot replace '\(staging.shownOutput)': \(renameProblem(code))")
    }
  }

  private static func renameProblem(_ code: Int32) -> String {
    let text = FileAccess.errorText(code)
    guard code == EBUSY || code == EXDEV else { return text }
    return text + " (docbuild swaps in the new site by renaming folders, which a mount point does not allow; "
      + "build into a folder inside it)"
  }

  /// Creates or truncates the file at `path` and writes `bytes`; nil on success, else what went wrong. No fsync per
  /// file: the whole folder becomes visible only through the rename in `write`, which is what protects the old site.
  fileprivate static func writeFile(_ bytes: [UInt8], to path: String) -> String? {
    // Never through a link: the staging folder holds only what this build puts there.
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return "cannot create '\(path)': \(FileAccess.errorText())" }
    defer { close(descriptor) }
    return FileAccess.writeAll(bytes, to: descriptor).map { "cannot write '\(path)': \($0)" }
  }

  fileprivate static func isSafeRelativePath(_ path: String) -> Bool {
    !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains { $0 == ".." || $0 == "." }
  }
}
