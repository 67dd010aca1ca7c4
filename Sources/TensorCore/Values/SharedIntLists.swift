/// The small lists of ints that shapes and strides of views repeat over and over, made once per process and shared.
///
/// `a[i]` of a (10, 10) matrix has the shape `[10]`, `a.reshape(5, 20)` the strides `[20, 1]`, `a.T` of a C-ordered
/// (10, 10) the strides `[1, 10]`: each such list was allocated for its result and freed with it (an allocation and a
/// free, about 300 instructions of a 5,000-instruction call). A shared list is an ordinary Swift array: whoever
/// changes one copies it first (copy on write, as the buffer is never uniquely held), and reading it from several
/// threads is safe (the tables are immutable once made, `static let` makes them once, and the reference count is
/// atomic). Values past `largest` are allocated as before.
public enum SharedIntLists {
  /// The largest value the tables hold.
  static let largest = 256
  /// `[n]` for each n in `0...largest`.
  private static let singles: [[Int]] = (0...largest).map { [$0] }
  /// `[n, 1]` for each n in `0...largest` (the strides of a C-ordered matrix of n columns).
  private static let endingInOne: [[Int]] = (0...largest).map { [$0, 1] }
  /// `[1, n]` for each n in `0...largest` (the strides of the transpose of one).
  private static let startingWithOne: [[Int]] = (0...largest).map { [1, $0] }
  /// The largest value of either extent in `smallPairs`.
  static let largestPairExtent = 32
  /// `[m, n]` for every m and n in `0...largestPairExtent`, at `m * (largestPairExtent + 1) + n` (the shapes of
  /// small matrices: `a.reshape(5, 20)`'s `[5, 20]`).
  private static let smallPairs: [[Int]] = (0...largestPairExtent).flatMap { first in
    (0...largestPairExtent).map { [first, $0] }
  }

  /// The list `[value]`, shared when the table holds it.
  @inline(__always)
  public static func single(_ value: Int) -> [Int] {
    if value >= 0 && value <= largest { return singles[value] }
    return .filled(value, count: 1)
  }

  /// The `count` ints at `values` as a list: shared when the tables hold it (one or two values), else new.
  @inline(__always)
  static func list(_ values: UnsafePointer<Int>, count: Int) -> [Int] {
    switch count {
    case 0: return []
    case 1: return single(values[0])
    case 2: return pair(values[0], values[1])
    default: return .written(count: count) { $0.initialize(from: values, count: count) }
    }
  }

  /// The list `[first, second]`, shared when both are in `0...largestPairExtent`, or one of them is 1 and the other
  /// in `0...largest`.
  @inline(__always)
  public static func pair(_ first: Int, _ second: Int) -> [Int] {
    if UInt(bitPattern: first) <= UInt(largestPairExtent) && UInt(bitPattern: second) <= UInt(largestPairExtent) {
      return smallPairs[first &* (largestPairExtent &+ 1) &+ second]
    }
    if second == 1 && first >= 0 && first <= largest { return endingInOne[first] }
    if first == 1 && second >= 0 && second <= largest { return startingWithOne[second] }
    return .written(count: 2) { out in
      out.initialize(to: first)
      (out + 1).initialize(to: second)
    }
  }
}
