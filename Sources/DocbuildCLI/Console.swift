import Foundation
import Synchronization

/// Standard error behind one lock, so lines written from parallel chapters never interleave.
final class Console: Sendable {
  /// The process's standard error.
  static let standardError = Console(handle: .standardError)

  private let handle: Mutex<FileHandle>

  init(handle: FileHandle) {
    self.handle = Mutex(handle)
  }

  /// Writes text as is.
  func write(_ text: String) {
    handle.withLock { $0.write(Data(text.utf8)) }
  }

  /// Whether standard error should get colour: a terminal, `NO_COLOR` unset or empty, and not `TERM=dumb`.
  static func wantsColor(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
    isatty(STDERR_FILENO) != 0 && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
  }
}

/// ANSI styles, applied only when colour is on.
struct Style: Sendable {
  /// Whether to emit escape codes.
  var enabled: Bool

  func bold(_ text: String) -> String { wrap(text, "1") }
  func red(_ text: String) -> String { wrap(text, "1;31") }
  func green(_ text: String) -> String { wrap(text, "32") }
  func cyan(_ text: String) -> String { wrap(text, "1;36") }

  private func wrap(_ text: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
