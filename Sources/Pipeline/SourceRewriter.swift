import Foundation

/// Replaces a chapter's bytes for `fix` without losing anything around them: never through a planted link or a
/// predictable temporary name, keeping the file's mode, owner and hard links, and never over an edit made since the
/// chapter was read.
enum SourceRewriter {
  /// What happened to one file.
  enum Outcome: Equatable {
    /// The file now holds the new bytes.
    case replaced
    /// The file no longer holds the bytes `fix` read, so it was left alone.
    case changedOnDisk
  }

  /// Replaces the regular file at `path` (links already resolved; `shown` for messages), which must still hold
  /// `expected`, with `replacement`. A file with one link whose owner this process can keep is replaced atomically
  /// by a rename; otherwise (other hard links, another owner, a folder this process cannot write) it is rewritten in
  /// place, since a rename would cut the links or hand the file to this process's user.
  static func replace(_ path: String, shown: String, expected: [UInt8], with replacement: [UInt8])
    throws(CommandFailure) -> Outcome
  {
    guard let original = try unchangedStatus(path, shown: shown, expected: expected) else { return .changedOnDisk }
    if original.st_nlink == 1,
      let outcome = try replaceByRename(path, shown: shown, original: original, expected: expected, with: replacement)
    {
      return outcome
    }
    return try replaceInPlace(path, shown: shown, expected: expected, with: replacement)
  }

  /// The file's status when it still holds exactly `expected`, else nil.
  private static func unchangedStatus(_ path: String, shown: String, expected: [UInt8]) throws(CommandFailure)
    -> stat?
  {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      // Gone, or turned into a link since it was read: changed either way.
      if errno == ENOENT || errno == ELOOP { return nil }
      throw CommandFailure("cannot read '\(shown)': \(FileAccess.errorText())")
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    return try FileAccess.readAll(descriptor, shown: shown) == expected ? status : nil
  }

  /// Writes a new file beside `path` under an unpredictable name, created exclusively, gives it the original's mode
  /// and owner, and renames it over `path`; nil when this cannot keep the owner or create the file (then the caller
  /// writes in place).
  private static func replaceByRename(
    _ path: String, shown: String, original: stat, expected: [UInt8], with replacement: [UInt8]
  ) throws(CommandFailure) -> Outcome? {
    let url = URL(fileURLWithPath: path)
    let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 16)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).fix-\(suffix)")
      .path
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      if errno == EACCES || errno == EPERM || errno == EROFS { return nil }
      throw CommandFailure("cannot write '\(shown)': cannot create '\(temporary)': \(FileAccess.errorText())")
    }
    var keep = false
    defer {
      close(descriptor)
      if !keep { unlink(temporary) }
    }
    var created = stat()
    guard fstat(descriptor, &created) == 0 else { return nil }
    if created.st_uid != original.st_uid || created.st_gid != original.st_gid {
      guard fchown(descriptor, original.st_uid, original.st_gid) == 0 else { return nil }
    }
    // After fchown, which clears set-id bits.
    guard fchmod(descriptor, original.st_mode & 0o7777) == 0 else { return nil }
    if let failure = FileAccess.writeAll(replacement, to: descriptor) {
      throw CommandFailure("cannot write '\(shown)': \(failure)")
    }
    guard fsync(descriptor) == 0 else { throw CommandFailure("cannot write '\(shown)': \(FileAccess.errorText())") }
    // The last look before the swap: an edit saved while the new text was written wins.
    guard let current = try unchangedStatus(path, shown: shown, expected: expected),
      current.st_ino == original.st_ino, current.st_dev == original.st_dev
    else { return .changedOnDisk }
    guard rename(temporary, path) == 0 else {
      throw CommandFailure("cannot replace '\(shown)': \(FileAccess.errorText())")
    }
    keep = true
    return .replaced
  }

  /// Overwrites `path` itself, which keeps its inode, links, owner and mode.
  private static func replaceInPlace(_ path: String, shown: String, expected: [UInt8], with replacement: [UInt8])
    throws(CommandFailure) -> Outcome
  {
    let descriptor = open(path, O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      if errno == ENOENT || errno == ELOOP { return .changedOnDisk }
      throw CommandFailure("cannot write '\(shown)': \(FileAccess.errorText())")
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      try FileAccess.readAll(descriptor, shown: shown) == expected
    else { return .changedOnDisk }
    guard lseek(descriptor, 0, SEEK_SET) == 0 else {
      throw CommandFailure("cannot write '\(shown)': \(FileAccess.errorText())")
    }
    if let failure = FileAccess.writeAll(replacement, to: descriptor) {
      throw CommandFailure("cannot write '\(shown)': \(failure)")
    }
    guard ftruncate(descriptor, off_t(replacement.count)) == 0, fsync(descriptor) == 0 else {
      throw CommandFailure("cannot write '\(shown)': \(FileAccess.errorText())")
    }
    return .replaced
  }
}
