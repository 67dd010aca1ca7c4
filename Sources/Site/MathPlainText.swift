import Synchronization

/// A formula as plain Unicode text, read from the MathML docbuild wrote for it: `W ∈ ℝ^(d×m)`, `∂l/∂x`. Search
/// excerpts and page descriptions show this instead of TeX, which readers would have to decode.
enum MathPlainText {
  /// The text of `mathML`, a `<math>` element as the MathML writer emits it; markup it does not know contributes its
  /// text, so the result is never empty when the formula has characters.
  static func text(of mathML: String) -> String {
    if let known = known.withLock({ $0.texts[mathML] }) { return known }
    let text = read(mathML)
    known.withLock { known in
      let size = mathML.utf8.count + text.utf8.count
      guard known.bytes + size <= knownByteLimit, known.texts[mathML] == nil else { return }
      known.texts[mathML] = text
      known.bytes += size
    }
    return text
  }

  /// Texts already read, by their MathML, for the life of the process: books repeat formulas (`$x$`, a chapter's
  /// running symbols), and each one's text is read for the search index and the page description. Held to
  /// `knownByteLimit` bytes of MathML and text; beyond it texts are read and not kept.
  private static let known = Mutex<(texts: [String: String], bytes: Int)>(([:], 0))

  /// The most MathML and text, in UTF-8 bytes, `known` holds.
  static let knownByteLimit = 16 << 20

  private static func read(_ mathML: String) -> String {
    var parser = Parser(bytes: Array(mathML.utf8))
    let nodes = parser.children(until: nil, depth: 0)
    return collapse(nodes.map(render).joined())
  }

  /// One element or run of text.
  private indirect enum Node {
    case text(String)
    case element(name: String, children: [Node])
  }

  private static func render(_ node: Node) -> String {
    switch node {
    case .text(let text): return text
    case .element(let name, let children):
      let parts = children.map(render)
      switch name {
      case "msup" where parts.count == 2: return parts[0] + "^" + grouped(parts[1])
      case "msub" where parts.count == 2: return parts[0] + "_" + grouped(parts[1])
      case "msubsup" where parts.count == 3: return parts[0] + "_" + grouped(parts[1]) + "^" + grouped(parts[2])
      case "munder" where parts.count == 2: return parts[0] + "_" + grouped(parts[1])
      case "mover" where parts.count == 2: return parts[0] + "^" + grouped(parts[1])
      case "munderover" where parts.count == 3:
        return parts[0] + "_" + grouped(parts[1]) + "^" + grouped(parts[2]) + " "
      case "mfrac" where parts.count == 2: return grouped(parts[0]) + "/" + grouped(parts[1])
      case "msqrt": return "√" + grouped(parts.joined())
      case "mroot" where parts.count == 2: return "root " + parts[1] + " of " + grouped(parts[0])
      case "mtr": return "(" + parts.joined(separator: ", ") + ")"
      case "mtable": return "[" + parts.joined(separator: "; ") + "]"
      case "mo":
        let symbol = parts.joined()
        // Relations and binary operators read better with room around them, as the typeset formula has.
        return spacedOperators.contains(symbol) ? " " + symbol + " " : symbol
      case "mspace", "annotation", "annotation-xml": return " "
      case "mtext": return " " + parts.joined() + " "
      default: return parts.joined()
      }
    }
  }

  /// Operators that get spaces in the text: relations, arrows and the wide binary operators.
  private static let spacedOperators: Set<String> = [
    "=", "≠", "<", ">", "≤", "≥", "≈", "≡", "∼", "≃", "≅", "∝", "∈", "∉", "⊂", "⊆", "⊃", "⊇", "→", "←", "↔", "⇒", "⇐",
    "⇔", "↦", "+", "−", "±", "∓", "×", "·", "⋅", "⊙", "⊗", "⊕", "∘", "∪", "∩", "∧", "∨",
  ]

  /// A script or fraction part: one character stands alone, anything longer gets parentheses.
  private static func grouped(_ text: String) -> String {
    let trimmed = collapse(text)
    if trimmed.count <= 1 || (trimmed.hasPrefix("(") && trimmed.hasSuffix(")")) { return trimmed }
    // A short run of letters, digits and ∂ (`∂l`, `x2`, `ij`) reads unambiguously without parentheses.
    if trimmed.count <= 4 && trimmed.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "∂" }) { return trimmed }
    return "(" + trimmed + ")"
  }

  private static func collapse(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{A0}" }).joined(separator: " ")
  }

  /// Reads the well-formed markup the MathML writer emits: tags with quoted attributes, text with the five entities
  /// (numeric references too). Anything else is kept as text rather than trusted.
  private struct Parser {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Nodes up to the closing tag `name` (or the end); the closing tag is consumed.
    mutating func children(until name: String?, depth: Int) -> [Node] {
      var nodes: [Node] = []
      while index < bytes.count {
        if bytes[index] == UInt8(ascii: "<") {
          guard let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else {
            nodes.append(.text(String(decoding: bytes[index...], as: UTF8.self)))
            index = bytes.count
            break
          }
          let tag = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
          index = close + 1
          if tag.hasPrefix("/") {
            if name == nil || tag.dropFirst() == name ?? "" { return nodes }
            continue
          }
          let selfClosing = tag.hasSuffix("/")
          let elementName = String(tag.prefix { $0 != " " && $0 != "/" && $0 != "\n" })
          if selfClosing {
            nodes.append(.element(name: elementName, children: []))
          } else {
            // Nesting is bounded by the formula the writer accepted, but a hostile string must not recurse forever.
            let inner = depth > 200 ? [] : children(until: elementName, depth: depth + 1)
            nodes.append(.element(name: elementName, children: inner))
          }
        } else {
          let end = bytes[index...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
          nodes.append(.text(decodeEntities(String(decoding: bytes[index..<end], as: UTF8.self))))
          index = end
        }
      }
      return nodes
    }

    private func decodeEntities(_ text: String) -> String {
      // A byte test: `contains("&")` would be Foundation's string search here.
      guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
      var result = ""
      var rest = Substring(text)
      while let amp = rest.firstIndex(of: "&") {
        result += rest[..<amp]
        guard let semicolon = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semicolon) <= 10 else {
          result += "&"
          rest = rest[rest.index(after: amp)...]
          continue
        }
        let entity = rest[rest.index(after: amp)..<semicolon]
        switch entity {
        case "amp": result += "&"
        case "lt": result += "<"
        case "gt": result += ">"
        case "quot": result += "\""
        case "apos": result += "'"
        default:
          let hex = entity.hasPrefix("#x") || entity.hasPrefix("#X")
          let digits = entity.dropFirst(hex ? 2 : 1)
          if entity.hasPrefix("#"), let value = UInt32(digits, radix: hex ? 16 : 10),
            let scalar = Unicode.Scalar(value)
          {
            result.unicodeScalars.append(scalar)
          } else {
            result += "&" + entity + ";"
          }
        }
        rest = rest[rest.index(after: semicolon)...]
      }
      return result + rest
    }
  }
}
