/// One lexical unit of TeX math, with the UTF-8 byte offset where it starts.
struct Token: Equatable {
  /// What the token is.
  var kind: Kind
  /// The UTF-8 byte offset of the token's first byte in the TeX source.
  var offset: Int

  /// The kinds of TeX math tokens the parser understands.
  enum Kind: Equatable {
    /// `\name` (letters) or a control symbol such as `\,` or `\\`; the name excludes the backslash.
    case command(String)
    /// A letter that becomes an identifier.
    case letter(Character)
    /// One decimal digit; the parser joins digits (and a decimal point) into numbers.
    case digit(Character)
    /// Any other single character: operators, punctuation, fences.
    case symbol(Character)
    /// `{`
    case openBrace
    /// `}`
    case closeBrace
    /// `^`
    case superscript
    /// `_`
    case `subscript`
    /// `'`
    case prime
    /// `&` (a column separator in an alignment environment).
    case alignmentTab
    /// The already-unescaped argument of a text command such as `\text{…}`.
    case text(String)
    /// `\begin{name}`
    case begin(String)
    /// `\end{name}`
    case end(String)
    /// The end of the source.
    case endOfInput
  }
}
