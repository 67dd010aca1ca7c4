import Foundation

/// The site a build is about to replace, as a source of files it need not create again: a new file whose bytes
/// equal the old site's file at the same path is hard-linked into the staging folder instead of written.
///
/// Creating a file is what costs on many disks (ext4 spends most of a large site's write allocating inodes, more the
/// more were freed recently), while a link only adds a name; so a rebuild after one edit creates one page, not a
/// thousand. The staging folder is still swapped in as a whole, so a failed or killed build leaves the old site as
/// it was. A file is reused only when it is provably the file the build would write: reached without following any
/// link (every folder on its way opened with `O_NOFOLLOW` from the output folder), a regular file owned by this
/// user with mode 0644 and no other name (so nobody can change it through another path), its bytes equal to the new
/// ones, and the name made in the staging folder leads to that very inode. Anything else is written as before.
///
/// Unchecked Sendable: the folder table is filled by `openFolders` before any thread calls `link` or `holds`, and
/// only read after that.
final class PreviousSite: @unchecked Sendable {
  private let root: Int32
  private var folders: [String: Int32] = [:]
  private let user = geteuid()
  /// The mode a file the build writes gets (0644 less the umask): a reused file must have the same.
  private let mode = 0o644 & ~PreviousSite.umask()

  /// Opens the output folder; nil when there is none (or it is not a plain folder).
  init?(output: String) {
    root = open(output, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard root >= 0 else { return nil }
  }

  deinit {
    for descriptor in folders.values where descriptor != root { close(descriptor) }
    close(root)
  }

  /// Opens, without following links, the old site's folders holding `paths` (relative file paths), so `link` can
  /// be called for them from several threads.
  func openFolders(of paths: [String]) {
    folders[""] = root
    for path in paths {
      let parts = path.split(separator: "/").dropLast()
      var current = ""
      for part in parts {
        let parent = folders[current] ?? -1
        let next = current.isEmpty ? String(part) : current + "/" + part
        if folders[next] == nil {
          folders[next] =
            parent >= 0 ? openat(parent, String(part), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) : -1
        }
        current = next
      }
    }
  }

  /// True when a file at `path` exists in the old site (of any kind; links are not followed).
  func holds(_ path: String) -> Bool {
    let (folder, name) = split(path)
    guard let descriptor = folders[folder], descriptor >= 0 else { return false }
    var status = stat()
    return fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0
  }

  /// Links the old site's file at `path` to `destination` when it holds exactly `bytes` (see the type's conditions);
  /// false when it does not, and then nothing is left at `destination` by this call.
  func link(_ path: String, holding bytes: [UInt8], to destination: String) -> Bool {
    let (folder, name) = split(path)
    guard let directory = folders[folder], directory >= 0 else { return false }
    // Only a regular file is opened at all: opening a device node can do something (rewind a tape, say).
    var named = stat()
    guard fstatat(directory, name, &named, AT_SYMLINK_NOFOLLOW) == 0, named.st_mode & S_IFMT == S_IFREG else {
      return false
    }
    let descriptor = openat(directory, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_mode & 0o7777 == mode,
      status.st_uid == user, status.st_nlink == 1, Int(status.st_size) == bytes.count,
      Self.contents(of: descriptor, equal: bytes)
    else { return false }
    guard linkat(directory, name, AT_FDCWD, destination, 0) == 0 else { return false }
    // The name may have been swapped for another file between the checks and the link: keep the link only if it
    // is the inode that was checked.
    var linked = stat()
    guard lstat(destination, &linked) == 0, linked.st_dev == status.st_dev, linked.st_ino == status.st_ino else {
      unlink(destination)
      return false
    }
    return true
  }

  /// Links the old site's file at `path` to `destination` when its stamp is `stamp`, the stamp a build recorded
  /// after writing it (so its bytes are the ones that build wrote, without reading them), under the same conditions
  /// as `link` otherwise; false when it is not, and then nothing is left at `destination` by this call.
  func link(_ path: String, stamped stamp: FileStamp, to destination: String) -> Bool {
    let (folder, name) = split(path)
    guard let directory = folders[folder], directory >= 0 else { return false }
    var status = stat()
    guard fstatat(directory, name, &status, AT_SYMLINK_NOFOLLOW) == 0, status.st_mode & S_IFMT == S_IFREG,
      status.st_mode & 0o7777 == mode, status.st_uid == user, status.st_nlink == 1, FileStamp(status) == stamp,
      linkat(directory, name, AT_FDCWD, destination, 0) == 0
    else { return false }
    var linked = stat()
    guard lstat(destination, &linked) == 0, linked.st_dev == status.st_dev, linked.st_ino == status.st_ino else {
      unlink(destination)
      return false
    }
    return true
  }

  /// The process's umask, read from `/proc/self/status` (setting it to read it back would race with other threads
  /// creating files); 022 when that is not available.
  static func umask() -> mode_t {
    guard let bytes = RunCache.readFile("/proc/self/status", limit: 1 << 20) else { return 0o022 }
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix("Umask:") {
      return mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8) ?? 0o022
    }
    return 0o022
  }

  private func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return ("", path) }
    return (String(path[..<slash]), String(path[path.index(after: slash)...]))
  }

  /// True when reading `descriptor` to its end gives exactly `bytes`.
  private static func contents(of descriptor: Int32, equal bytes: [UInt8]) -> Bool {
    var buffer = [UInt8](repeating: 0, count: bytes.count + 1)
    var count = 0
    while count < buffer.count {
      let result = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, $0.count - count) }
      if result < 0, errno == EINTR { continue }
      guard result > 0 else { break }
      count += result
    }
    return count == bytes.count && buffer[..<count].elementsEqual(bytes)
  }
}
