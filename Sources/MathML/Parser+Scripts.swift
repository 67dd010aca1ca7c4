/// Sub- and superscripts, primes, `\limits`, and the function application after function names.
extension Parser {
  /// Parses one atom and any scripts attached to it; some commands (function names) yield two nodes.
  mutating func parseScripted(font: MathFont?, previous: MathNode?) throws(MathError) -> [MathNode] {
    var base: MathNode
    var limits = false
    var isFunction = false
    switch current.kind {
    case .superscript, .subscript, .prime:
      base = .row([])
    default:
      let atom = try parseAtom(font: font, inRow: true, previous: previous)
      base = atom.node
      limits = atom.limits
      isFunction = atom.isFunction
    }
    if case .command(let name) = current.kind, name == "limits" || name == "nolimits" {
      guard Self.acceptsLimits(base) else {
        throw MathError(message: "\\\(name) must follow a large operator", offset: current.offset)
      }
      limits = name == "limits"
      advance()
    }
    var sub: MathNode?
    var sup: MathNode?
    while true {
      let token = current
      switch token.kind {
      case .superscript:
        guard sup == nil else { throw MathError(message: "double superscript", offset: token.offset) }
        advance()
        sup = try parseArgument(of: "^", at: token.offset, font: font)
      case .subscript:
        guard sub == nil else { throw MathError(message: "double subscript", offset: token.offset) }
        advance()
        sub = try parseArgument(of: "_", at: token.offset, font: font)
      case .prime:
        guard sup == nil else { throw MathError(message: "double superscript", offset: token.offset) }
        // Unicode's prime is already raised and small, so it follows its base on the baseline (as unicode-math
        // sets it); inside <msup> it would shrink a second time. Scripts after it attach to base and prime.
        var primes = ""
        while current.kind == .prime {
          primes += "′"
          advance()
        }
        let prime = MathNode.operator(Operator(text: Self.combinedPrimes(primes), atomClass: .ordinary))
        base = .row([sub.map { .scripts(base: base, sub: $0, sup: nil, limits: limits) } ?? base, prime])
        sub = nil
        limits = false
      default:
        let scripted = sub == nil && sup == nil ? base : .scripts(base: base, sub: sub, sup: sup, limits: limits)
        return isFunction ? [scripted, .operator(functionApplication())] : [scripted]
      }
    }
  }

  /// U+2061 FUNCTION APPLICATION, carrying TeX's thin space after a function name unless a fence follows.
  func functionApplication() -> Operator {
    var fenceFollows = Self.endsRow(current)
    switch current.kind {
    case .symbol(let symbol): fenceFollows = symbol == "(" || symbol == "["
    case .command(let name):
      fenceFollows = fenceFollows || name == "left" || name.hasPrefix("big") || name.hasPrefix("Big")
    default: break
    }
    return Operator(text: "\u{2061}", atomClass: .ordinary, leftSpace: "0", rightSpace: fenceFollows ? "0" : "0.1667em")
  }

  /// Unicode has single characters for double and triple primes.
  private static func combinedPrimes(_ primes: String) -> String {
    switch primes.count {
    case 2: "″"
    case 3: "‴"
    case 4: "⁗"
    default: primes
    }
  }

  /// Large operators and function names (`\operatorname{argmax}`) can take `\limits`.
  private static func acceptsLimits(_ node: MathNode) -> Bool {
    switch node {
    case .operator(let op): op.atomClass == .largeOperator
    case .identifier(let text, _): text.count > 1
    default: false
    }
  }
}
