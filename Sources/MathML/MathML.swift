/// A TeX formula that cannot be turned into MathML, with where in the TeX the problem is.
public struct MathError: Error, Sendable, Hashable {
  /// What is wrong, e.g. `unsupported command \foo`.
  public var message: String
  /// The UTF-8 byte offset in the TeX source where the problem starts.
  public var offset: Int

  /// Makes an error.
  public init(message: String, offset: Int) {
    self.message = message
    self.offset = offset
  }
}

/// Turns TeX into MathML Core at build time.
public enum MathML {
  /// Renders one formula as a complete `<math>` element (with `display="block"` when `display`), keeping the TeX
  /// in an `<annotation encoding="application/x-tex">`.
  public static func render(tex: String, display: Bool) throws(MathError) -> String {
    let tree = try Parser.parse(tex)
    return MathMLWriter.document(for: tree, tex: tex, display: display)
  }
}
