/// Text with marks where a test expects positions, so no expected position is typed by hand (swift-format's `1️⃣`
/// markers): `▸` marks count in the order they appear, numbered marks `1️⃣`…`9️⃣` in the order of their numbers
/// (use one kind per text). The marks are taken out of the text.
public struct Marked: Sendable {
  /// One mark's place in the text without marks.
  public struct Mark: Sendable, Equatable {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, counted in UTF-8 bytes.
    public var column: Int
    /// The 0-based byte offset.
    public var offset: Int
  }

  static let numbered = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

  /// The text without its marks.
  public var text: String
  /// The marks, in order.
  public var marks: [Mark]

  /// Takes the marks out of `source`.
  public init(_ source: String) {
    var found: [(order: Int, mark: Mark)] = []
    var text = ""
    var line = 1
    var column = 1
    var rest = Substring(source)
    while let character = rest.first {
      let mark = Mark(line: line, column: column, offset: text.utf8.count)
      if character == "▸" {
        found.append((found.count, mark))
        rest = rest.dropFirst()
        continue
      }
      if let number = Self.numbered.firstIndex(where: { rest.hasPrefix($0) }) {
        found.append((number, mark))
        rest = rest.dropFirst(Self.numbered[number].count)
        continue
      }
      text.append(character)
      if character == "\n" || character == "\r\n" || character == "\r" {
        line += 1
        column = 1
      } else {
        column += character.utf8.count
      }
      rest = rest.dropFirst()
    }
    self.text = text
    self.marks = found.sorted { $0.order < $1.order }.map(\.mark)
  }
}
