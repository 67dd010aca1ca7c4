/// Why NumPy's random functions refused their arguments; `description` is the line Python would print.
public enum RandomError: Error, Equatable, Sendable, CustomStringConvertible {
  /// `np.random.seed` got an integer outside [0, 2**32 - 1].
  case seedOutOfRange(Int)
  /// `rand`/`randn` got a negative dimension.
  case negativeDimension(shape: [Int])
  /// Any other argument NumPy refuses, with the exception line NumPy prints (`ValueError: low >= high`).
  case rejected(String)

  /// The exception line, e.g. `ValueError: Seed must be between 0 and 2**32 - 1`.
  public var description: String {
    switch self {
    case .seedOutOfRange:
      "ValueError: Seed must be between 0 and 2**32 - 1"
    case .negativeDimension:
      "ValueError: negative dimensions are not allowed"
    case .rejected(let line):
      line
    }
  }
}
