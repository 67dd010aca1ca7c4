/// Reads formula placeholders back out of text that went through cmark.
enum PlaceholderReader {
  /// A run of ordinary text or one formula.
  enum Piece: Equatable {
    case text(String)
    case formula(Int)
  }

  /// Splits `text` at placeholders; continuation marks are dropped, and a malformed placeholder stays as text.
  static func pieces(of text: String, formulaCount: Int) -> [Piece] {
    var pieces: [Piece] = []
    for (piece, _) in locatedPieces(of: text, formulaCount: formulaCount) {
      if case .text(let more) = piece, case .text(let before)? = pieces.last {
        pieces[pieces.count - 1] = .text(before + more)
      } else {
        pieces.append(piece)
      }
    }
    return pieces
  }

  /// The pieces of `text` with the UTF-8 offset in `text` where each starts.
  static func locatedPieces(of text: String, formulaCount: Int) -> [(piece: Piece, offset: Int)] {
    // The placeholders' UTF-8 encodings all start with 0xEE; most text has none.
    guard text.utf8.contains(0xEE) else { return text.isEmpty ? [] : [(.text(text), 0)] }
    var pieces: [(piece: Piece, offset: Int)] = []
    var pending = String.UnicodeScalarView()
    var pendingOffset = 0
    let scalars = Array(text.unicodeScalars)
    var index = 0
    var offset = 0
    func flush() {
      if !pending.isEmpty { pieces.append((.text(String(pending)), pendingOffset)) }
      pending = String.UnicodeScalarView()
    }
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == MathPlaceholder.continuation {
        flush()
        index += 1
        offset += scalar.utf8.count
        continue
      }
      if scalar == MathPlaceholder.start, let (id, next) = formulaID(in: scalars, after: index), id < formulaCount {
        flush()
        pieces.append((.formula(id), offset))
        offset += scalars[index..<next].reduce(0) { $0 + $1.utf8.count }
        index = next
        continue
      }
      if pending.isEmpty { pendingOffset = offset }
      pending.append(scalar)
      index += 1
      offset += scalar.utf8.count
    }
    flush()
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
