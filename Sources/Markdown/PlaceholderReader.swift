/// Reads formula placeholders back out of text that went through cmark.
enum PlaceholderReader {
  /// A run of ordinary text or one formula.
  enum Piece: Equatable {
    case text(String)
    case formula(Int)
  }

  /// Splits `text` at placeholders; continuation marks are dropped, and a malformed placeholder stays as text.
  static func pieces(of text: String, formulaCount: Int) -> [Piece] {
    // The placeholders' UTF-8 encodings all start with 0xEE; most text has none.
    guard text.utf8.contains(0xEE) else { return text.isEmpty ? [] : [.text(text)] }
    var pieces: [Piece] = []
    var pending = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == MathPlaceholder.continuation {
        index += 1
        continue
      }
      if scalar == MathPlaceholder.start, let (id, next) = formulaID(in: scalars, after: index), id < formulaCount {
        if !pending.isEmpty { pieces.append(.text(String(pending))) }
        pending = String.UnicodeScalarView()
        pieces.append(.formula(id))
        index = next
        continue
      }
      pending.append(scalar)
      index += 1
    }
    if !pending.isEmpty { pieces.append(.text(String(pending))) }
    return pieces
  }

  /// The id digits after a start mark at `start`, and the index past the end mark.
  private static func formulaID(in scalars: [Unicode.Scalar], after start: Int) -> (Int, Int)? {
    var index = start + 1
    var id = 0
    while index < scalars.count, (48...57).contains(scalars[index].value), id < 100_000_000 {
      id = id * 10 + Int(scalars[index].value - 48)
      index += 1
    }
    guard index > start + 1, index < scalars.count, scalars[index] == MathPlaceholder.end else { return nil }
    return (id, index + 1)
  }
}
