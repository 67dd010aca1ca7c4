/// The small math tree between the TeX parser and the MathML writer.
indirect enum MathNode: Equatable {
  /// `<mi>`; `upright` marks TeX-upright text, written as `mathvariant="normal"` where MathML would slant it.
  case identifier(String, upright: Bool)
  /// `<mn>`, a whole number such as `3.14`.
  case number(String)
  /// `<mo>`.
  case `operator`(Operator)
  /// `<mtext>` from `\text{…}` and friends.
  case text(String, TextStyle)
  /// `<mspace>` of a width in em (negative for `\!`).
  case space(em: String)
  /// `<mrow>` of the items (written bare when there is exactly one).
  case row([MathNode])
  /// `<mfrac>`; a `lineThickness` of `"0"` gives a binomial's stack.
  case fraction(numerator: MathNode, denominator: MathNode, lineThickness: String?)
  /// `<msqrt>`.
  case squareRoot(MathNode)
  /// `<mroot>`.
  case root(radicand: MathNode, index: MathNode)
  /// Sub- and superscripts; `limits` puts them under and over the base in display style (`\sum`, `\lim`).
  case scripts(base: MathNode, sub: MathNode?, sup: MathNode?, limits: Bool)
  /// Something stacked over (or under) a base: accents (`\hat`, `\overline`), `\vec`, `\overset`, braces;
  /// `isAccent` keeps the mark full size and close to the base, otherwise it is set small like a script.
  case stack(base: MathNode, mark: MathNode, under: Bool, isAccent: Bool)
  /// `\left … \right`: an `<mrow>` between optional stretchy fences (`nil` for `.`).
  case fenced(open: Operator?, body: [MathNode], close: Operator?)
  /// `<mtable>` for alignment environments, matrices and cases.
  case table(rows: [[MathNode]], layout: TableLayout)
  /// `\displaystyle` (true) or `\textstyle` (false) applied to the rest of a group.
  case style(display: Bool, MathNode)
}

/// How a TeX atom spaces itself; decides whether `+` and `−` are binary or unary.
enum AtomClass: Equatable {
  case ordinary, largeOperator, binary, relation, opening, closing, punctuation
}

/// The content and attributes of one `<mo>`.
struct Operator: Equatable {
  /// The operator's characters.
  var text: String
  /// Its TeX class.
  var atomClass: AtomClass
  /// `form="prefix"` and friends when the position in its row would mislead the renderer.
  var form: String? = nil
  /// `stretchy` when it differs from the renderer's dictionary default.
  var stretchy: Bool? = nil
  /// A fixed size for `\big` and friends (written as both `minsize` and `maxsize`).
  var size: String? = nil
  /// Explicit spacing in em, where TeX's spacing differs from MathML's dictionary.
  var leftSpace: String? = nil
  /// Explicit spacing in em after the operator.
  var rightSpace: String? = nil
}

/// The font of a text command's `<mtext>`.
enum TextStyle: Equatable {
  case normal, bold, italic
}

/// The column layout of a table.
enum TableLayout: Equatable {
  /// `aligned`: columns alternate right, left, with display-style cells.
  case aligned
  /// `gathered`: one centered display-style column.
  case gathered
  /// Matrices: centered text-style columns.
  case matrix
  /// `cases`: left-aligned text-style columns.
  case cases
}
