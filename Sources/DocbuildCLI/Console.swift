import Foundation
import Synchronization

/// Standard error behind one lock, so lines written from parallel chapters never interleave.
package final class Console: Sendable {
  /// The process's standard error.
  package static let standardError = Console(handle: .standardError)

  private let handle: Mutex<FileHandle>

  init(handle: FileHandle) {
    self.handle = Mutex(handle)
  }

  /// Writes text as is.
  package func write(_ text: String) {
    handle.withLock { $0.write(Data(text.utf8)) }
  }

  /// Whether standard error should get colour: a terminal, `NO_COLOR` unset or empty (no-color.org), and not
  /// `TERM=dumb`.
  package static func wantsColor(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    isTerminal: Bool = isatty(STDERR_FILENO) != 0
  ) -> Bool {
    isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
  }
}

/// ANSI styles, applied only when colour is on.
package struct Style: Sendable {
  /// Whether to emit escape codes.
  package var enabled: Bool

  package init(enabled: Bool) { self.enabled = enabled }

  func bold(_ text: String) -> String { wrap(text, "1") }
  package func red(_ text: String) -> String { wrap(text, "1;31") }
  func green(_ text: String) -> String { wrap(text, "32") }
  func cyan(_ text: String) -> String { wrap(text, "1;36") }

  private func wrap(_ text: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}

/// Makes text from chapters and snippets safe to print on a terminal, with or without colour.
///
/// A chapter can hold ESC and OSC sequences, other C0 and C1 controls, DEL and the bidirectional overrides that
/// reorder what a reader sees; printed raw they would recolour, retitle or rewrite the terminal, or make a line say
/// something it does not. Each is written as a visible escape instead (`\x1B`, `\u{202E}`); tabs stay, and newlines
/// stay where the caller allows them.
package enum TerminalText {
  /// `text` with every unsafe character spelt out; `keepingNewlines` leaves "\n" for multi-line notes.
  package static func escaped(_ text: String, keepingNewlines: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: { isUnsafe($0) && !(keepingNewlines && $0 == "\n") }) else {
      return text
    }
    var result = ""
    for scalar in text.unicodeScalars {
      if isUnsafe(scalar) && !(keepingNewlines && scalar == "\n") {
        result += spelled(scalar)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// C0 controls other than tab, DEL, C1 controls, and the bidirectional marks, embeddings, overrides and isolates.
  static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09: false
    case 0...0x1F, 0x7F...0x9F: true
    case 0x61C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// `\x1B` for a control, `\u{202E}` for a bidirectional character.
  static func spelled(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return scalar.value <= 0xFF ? "\\x" + (hex.count == 1 ? "0" : "") + hex : "\\u{\(hex)}"
  }
}
