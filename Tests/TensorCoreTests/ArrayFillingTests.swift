import Testing

@testable import TensorCore

/// `Array.written` and `Array.filled`, which take their storage from `append(contentsOf:)` and write it in place:
/// every count (around the allocator's rounding of capacities too) gives exactly the elements written, for plain
/// values and for values with references; and the element-wise shortcut's NaN test that reads a result's bits.
struct ArrayFillingTests {
  @Test func writtenHoldsEveryElementWritten() {
    for count in Array(0...300) + [1023, 1024, 1025, 4095, 4096, 4097, 70_000] {
      let doubles = [Double].written(count: count) { out in
        for i in 0..<count { (out + i).initialize(to: Double(i) * 0.5 - 3) }
      }
      #expect(doubles == (0..<count).map { Double($0) * 0.5 - 3 })
      let flags = [Bool].written(count: count) { out in
        for i in 0..<count { (out + i).initialize(to: i % 3 == 1) }
      }
      #expect(flags == (0..<count).map { $0 % 3 == 1 })
      let texts = [String].written(count: count) { out in
        for i in 0..<count { (out + i).initialize(to: "element \(i)") }
      }
      #expect(texts == (0..<count).map { "element \($0)" })
    }
  }

  @Test func filledRepeatsItsValue() {
    for count in Array(0...70) + [511, 512, 513, 5000] {
      #expect([Int].filled(-7, count: count) == Array(repeating: -7, count: count))
      #expect(
        [Double].filled(-0.0, count: count).map(\.bitPattern) == Array(repeating: (-0.0).bitPattern, count: count))
      #expect([String].filled("x", count: count) == Array(repeating: "x", count: count))
      var grown = [Int].filled(1, count: count)
      grown.append(2)
      #expect(grown.count == count + 1 && grown.last == 2)
    }
  }

  /// A sum or product of more than eight elements whose result holds a NaN, at any position (the vector part or the
  /// tail), leaves the shortcut; infinities alone, of either sign, and the largest finite values do not.
  @Test func shortcutLeavesOnlyResultsHoldingNaN() throws {
    for count in [9, 16, 17, 100] {
      let ones = Tensor(shape: [count], storage: .float64(Array(repeating: 1, count: count)))
      for position in 0..<count {
        for special in [Double.nan, .infinity, -.infinity, .greatestFiniteMagnitude] {
          var values = (0..<count).map { Double($0) }
          values[position] = special
          let operand = Tensor(shape: [count], storage: .float64(values))
          for op in [BinaryOperator.add, .multiply] {
            let result = Layout.plainArithmetic(op, operand, ones)
            #expect((result == nil) == special.isNaN)
            if let result {
              let expected = values.map { op == .add ? $0 + 1 : $0 * 1 }
              #expect(result.doubles.map(\.bitPattern) == expected.map(\.bitPattern))
            }
          }
        }
      }
    }
  }
}
