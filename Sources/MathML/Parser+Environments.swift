/// `\begin{…} … \end{…}`: alignments, matrices and cases.
extension Parser {
  /// The supported environments: their table layout and the fences around them.
  private static let environments: [String: (layout: TableLayout, open: String?, close: String?)] = [
    "aligned": (.aligned, nil, nil), "align": (.aligned, nil, nil), "align*": (.aligned, nil, nil),
    "split": (.aligned, nil, nil), "gathered": (.gathered, nil, nil), "gather": (.gathered, nil, nil),
    "gather*": (.gathered, nil, nil), "matrix": (.matrix, nil, nil), "smallmatrix": (.matrix, nil, nil),
    "pmatrix": (.matrix, "(", ")"), "bmatrix": (.matrix, "[", "]"), "Bmatrix": (.matrix, "{", "}"),
    "vmatrix": (.matrix, "|", "|"), "Vmatrix": (.matrix, "‖", "‖"), "cases": (.cases, "{", nil),
  ]

  /// Parses the body of environment `name`, whose `\begin` is at `offset`, through its `\end`.
  mutating func parseEnvironment(_ name: String, at offset: Int) throws(MathError) -> MathNode {
    guard let environment = Self.environments[name] else {
      throw MathError(message: "unsupported environment \(name)", offset: offset)
    }
    let rows = try nested(at: offset) { parser throws(MathError) in try parser.parseRows(of: name, at: offset) }
    let table = MathNode.table(rows: rows, layout: environment.layout)
    if environment.open == nil && environment.close == nil { return table }
    return .fenced(
      open: environment.open.map { Self.fence($0, .opening) }, body: [table],
      close: environment.close.map { Self.fence($0, .closing) })
  }

  private mutating func parseRows(of name: String, at offset: Int) throws(MathError) -> [[MathNode]] {
    var rows: [[MathNode]] = []
    var cells: [MathNode] = []
    while true {
      cells.append(.row(try parseRow(font: nil)))
      let token = current
      switch token.kind {
      case .alignmentTab:
        advance()
      case .command("\\"):
        advance()
        rows.append(cells)
        cells = []
      case .end(let endName):
        guard endName == name else {
          throw MathError(message: "\\end{\(endName)} does not match \\begin{\(name)}", offset: token.offset)
        }
        advance()
        // A final `\\` before `\end` adds no row in TeX.
        if cells != [.row([])] || rows.isEmpty { rows.append(cells) }
        return rows
      case .endOfInput:
        throw MathError(message: "\\begin{\(name)} without \\end{\(name)}", offset: offset)
      default:
        throw MathError(message: "unexpected \(Self.describe(token)) in \(name)", offset: token.offset)
      }
    }
  }
}
