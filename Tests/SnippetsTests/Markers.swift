/// Position markers (1️⃣ 2️⃣ …) in test input: stripped from the text, their locations recorded.
struct MarkedText {
  static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

  /// The text without markers.
  var text: String
  /// Each marker's 1-based line and column (UTF-8 bytes) in `text`, in marker order.
  var locations: [(line: Int, column: Int)]

  /// Strips the markers from `marked`.
  init(_ marked: String) {
    var found: [(index: Int, line: Int, column: Int)] = []
    var clean = ""
    var line = 1
    var column = 1
    var rest = Substring(marked)
    while let character = rest.first {
      if let index = Self.markers.firstIndex(where: { rest.hasPrefix($0) }) {
        found.append((index, line, column))
        rest = rest.dropFirst(Self.markers[index].count)
        continue
      }
      clean.append(character)
      if character == "\n" {
        line += 1
        column = 1
      } else {
        column += character.utf8.count
      }
      rest = rest.dropFirst()
    }
    text = clean
    locations = found.sorted { $0.index < $1.index }.map { ($0.line, $0.column) }
  }
}
