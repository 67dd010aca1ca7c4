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

  /// `Generator.permuted(x, axis=axis)`: the elements along `axis` shuffled independently in each lane (the lanes
  /// taken in C order of the other axes, as NumPy's `PyArray_IterAllButAxis` walks them), or every element shuffled
  /// over the C-order ravel when `axis` is nil. A new array.
  public mutating func permuted(_ tensor: Tensor, axis: Int?) throws -> Tensor {
    let size = tensor.size
    try ResourceMeter.charge(work: size, bytes: size * 16)
    // `sources[k]`: the flat position whose element ends at flat position k.
    var sources = Array(0..<size)
    if let axis {
      let extent = tensor.shape[axis]
      let inner = tensor.shape[(axis + 1)...].reduce(1, *)
      let outer = tensor.shape[..<axis].reduce(1, *)
      for o in 0..<outer {
        for i in 0..<inner {
          let lane = (0..<extent).map { o * extent * inner + $0 * inner + i }
          var shuffled = lane
          shuffleIndices(&shuffled)
          for (position, source) in zip(lane, shuffled) { sources[position] = source }
        }
      }
    } else {
      shuffleIndices(&sources)
    }
    let flat = try tensor.reshape([size])
    return try Sampling.take(flat, rows: sources, shape: [size], scalar: false).reshape(tensor.shape)
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
