/// A random stream with NumPy's `random_interval`: the legacy RandomState and the modern Generator shuffle and permute
/// with it in the same way, and differ only in the bits behind it.
public protocol IntervalShuffling {
  /// A uniform integer in `0...max`, drawn as NumPy's `random_interval` draws it.
  mutating func randomInterval(_ max: UInt64) -> UInt64
}

extension IntervalShuffling {
  /// NumPy's shuffle order: Fisher–Yates from the end, each swap partner drawn by `random_interval`.
  mutating func shuffleIndices<Element>(_ items: inout [Element]) {
    var index = items.count - 1
    while index >= 1 {
      items.swapAt(index, Int(randomInterval(UInt64(index))))
      index -= 1
    }
  }

  /// `permutation(n)`: `arange(n)` shuffled (a negative n gives an empty array, as NumPy's `arange` does).
  public mutating func permutation(_ n: Int) throws -> Tensor {
    let count = max(0, n)
    _ = try Sampling.count([count])
    var order = (0..<Int64(count)).map { $0 }
    shuffleIndices(&order)
    return Tensor(shape: [count], storage: .int64(order))
  }

  /// `permutation(x)` and `shuffle(x)` for an array: its rows (axis 0) in a shuffled order, as a new array.
  public mutating func shuffled(_ tensor: Tensor) throws -> Tensor {
    guard let rows = tensor.shape.first else {
      throw RandomError.rejected("TypeError: len() of unsized object")
    }
    var order = (0..<rows).map { $0 }
    shuffleIndices(&order)
    return Sampling.take(tensor, rows: order, shape: [rows], scalar: false)
  }
}
