/// TeX's math styles, as far as MathML output depends on them: display style puts limits under and over large
/// operators, and script style drops the spaces around binary operators, relations and punctuation.
enum MathStyle: Equatable {
  case display, text, script

  /// The style of a fraction's numerator and denominator.
  var fraction: MathStyle {
    switch self {
    case .display: .text
    case .text, .script: .script
    }
  }
}
