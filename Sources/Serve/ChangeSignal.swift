import Foundation

#if os(Linux)
  import Glibc
#endif

/// Wakes `serve`'s watcher as soon as a file in a watched folder is closed after writing, created, removed, renamed
/// or has its attributes changed (Linux's inotify), instead of at the next poll; elsewhere, or when inotify is not
/// available, it only sleeps. It says nothing about what changed: the folder snapshot stays the judge, so a missed
/// or spurious event costs at most one poll interval or one look.
final class ChangeSignal {
  private var descriptor: Int32 = -1
  private var watched: Set<String> = []
  /// The most folders watched; inotify watches are a per-user kernel resource, and polling covers the rest.
  static let maximumWatchedFolders = 1000

  init() {
    #if os(Linux)
      descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    #endif
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  /// Watches exactly `folders` (absolute paths) from now on, as far as the limit allows.
  func watch(_ folders: Set<String>) {
    #if os(Linux)
      guard descriptor >= 0 else { return }
      // A removed folder's watch is gone with it; forgetting it lets a folder made again under its name be watched.
      watched.formIntersection(folders)
      // Not IN_MODIFY: a save truncates, then writes, then closes, and waking at the truncation would rebuild an
      // empty chapter first.
      let mask = UInt32(
        IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF
          | IN_MOVE_SELF)
      for folder in folders.sorted() where !watched.contains(folder) {
        guard watched.count < Self.maximumWatchedFolders else { break }
        if inotify_add_watch(descriptor, folder, mask) >= 0 { watched.insert(folder) }
      }
    #endif
  }

  /// Returns when a watched folder reports a change or after `timeout` seconds, whichever is first.
  func wait(timeout: TimeInterval) {
    guard descriptor >= 0 else {
      Thread.sleep(forTimeInterval: timeout)
      return
    }
    #if os(Linux)
      var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      guard poll(&request, 1, Int32(timeout * 1000)) > 0 else { return }
      // The events themselves are not needed: read them all so the next wait blocks until there are new ones.
      var buffer = [UInt8](repeating: 0, count: 16 << 10)
      while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    #endif
  }
}
