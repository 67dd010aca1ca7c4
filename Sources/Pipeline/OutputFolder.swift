import Foundation
import Synchronization

/// What `build` may replace: a missing or empty folder, or a site docbuild wrote — never a file, a device, someone's
/// folder of documents, the content or anything holding it.
enum OutputFolder {
  /// The file every build writes into the site, so the next build knows the folder is docbuild's to replace.
  static let markerName = ".docbuild-site"
  /// The marker's text, the same in every build so two builds give the same bytes.
  static let markerText = "docbuild build wrote this folder; the next build replaces all of it.\n"
  /// The plain names a build writes besides its `.html` pages; a folder holding only these (a site built before the
  /// marker existed) is docbuild's too.
  static let siteFileNames: Set<String> = [
    markerName, "style.css", "search.js", "search-index.js", "search-index.json",
  ]

  /// Throws unless `resolved` (the output with its links resolved; `shown` as the user gave it) is missing, an
  /// empty folder, or a folder docbuild wrote.
  static func checkReplaceable(_ resolved: String, shown: String) throws(CommandFailure) {
    var status = stat()
    guard lstat(resolved, &status) == 0 else {
      if errno == ENOENT { return }
      throw CommandFailure("cannot use the output folder '\(shown)': \(FileAccess.errorText())")
    }
    guard status.st_mode & S_IFMT == S_IFDIR else {
      throw CommandFailure(
        "refusing to replace '\(shown)': it is \(FileAccess.kind(of: status.st_mode)), not a site folder; "
          + "choose another --output")
    }
    let names: [String]
    switch FileAccess.listFolder(resolved) {
    case .success(let listed): names = listed.sorted()
    case .failure(let failure): throw CommandFailure("cannot read the output folder '\(shown)': \(failure.text)")
    }
    if isRegularFile(resolved + "/" + markerName) { return }
    let foreign = names.first { name in
      !(name.hasSuffix(".html") || siteFileNames.contains(name)) || !isRegularFile(resolved + "/" + name)
    }
    if let foreign {
      throw CommandFailure(
        "refusing to replace '\(shown)': it holds '\(foreign)', which docbuild did not write "
          + "(build replaces only an empty folder or a site it built; choose another --output or empty it)")
    }
  }

  private static func isRegularFile(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
  }

  /// Creates `path` and its missing parents, as `mkdir -p` does.
  static func makeFolders(_ path: String, shown: String) throws(CommandFailure) {
    var current = ""
    for part in path.split(separator: "/") {
      current += "/" + part
      var status = stat()
      if stat(current, &status) == 0 {
        guard status.st_mode & S_IFMT == S_IFDIR else {
          throw CommandFailure(
            "cannot write the output folder '\(shown)': '\(current)' is \(FileAccess.kind(of: status.st_mode))")
        }
        continue
      }
      guard mkdir(current, 0o755) == 0 || errno == EEXIST else {
        throw CommandFailure(
          "cannot write the output folder '\(shown)': cannot create '\(current)': "
            + FileAccess.errorText())
      }
    }
  }
}

/// An exclusive `flock` on a lock file beside the output folder, held from preparing the staging folder until the
/// new site is in place, so two builds into one folder never mix their files: the second stops with a message.
final class OutputLock: Sendable {
  /// The lock file's path.
  let path: String
  private let descriptor: Mutex<Int32?>

  private init(path: String, descriptor: Int32) {
    self.path = path
    self.descriptor = Mutex(descriptor)
  }

  /// Takes the lock at `path` for the output `shown`, or throws when another build holds it.
  static func acquire(_ path: String, output shown: String) throws(CommandFailure) -> OutputLock {
    for _ in 0..<16 {
      let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
      guard descriptor >= 0 else {
        throw CommandFailure(
          "cannot lock the output folder '\(shown)': cannot open '\(path)': \(FileAccess.errorText())")
      }
      guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
        let code = errno
        close(descriptor)
        if code == EWOULDBLOCK {
          throw CommandFailure(
            "another docbuild build is writing '\(shown)' (it holds the lock '\(path)'); "
              + "build again once it has finished")
        }
        throw CommandFailure("cannot lock the output folder '\(shown)': \(FileAccess.errorText(code))")
      }
      // The build that held the lock removes the file before letting go: a lock on a removed file guards nothing.
      var held = stat()
      var named = stat()
      if fstat(descriptor, &held) == 0, lstat(path, &named) == 0, held.st_dev == named.st_dev,
        held.st_ino == named.st_ino
      {
        return OutputLock(path: path, descriptor: descriptor)
      }
      close(descriptor)
    }
    throw CommandFailure("cannot lock the output folder '\(shown)': '\(path)' keeps changing")
  }

  /// Removes the lock file and lets go of the lock; later calls do nothing.
  func release() {
    descriptor.withLock { descriptor in
      guard let held = descriptor else { return }
      unlink(path)
      close(held)
      descriptor = nil
    }
  }

  deinit { release() }
}
