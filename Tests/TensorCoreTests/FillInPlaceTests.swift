import Testing

@testable import TensorCore

/// `a[mask] = number` written in place (`Tensor.fillInPlace`): the flagged elements take the number in the array's own
/// buffer, the others keep theirs, and nothing is written (false) where another value holds the same parts, the
/// number is of another storage class or the mask does not cover the array. The interpreter's cases, views and
/// NumPy's conversions and errors among them, are fixture interpreter/516 (`make_session60_fixtures.py`).
@Suite struct FillInPlaceTests {
  /// A mask with true and false flags in runs and alone, of `count` flags.
  static func flags(_ count: Int) -> [Bool] { (0..<count).map { $0 % 3 == 0 || $0 % 7 == 2 } }

  static func doubles(_ t: Tensor) -> [Double]? { if case .float64(let values) = t.storage { values } else { nil } }
  static func ints(_ t: Tensor) -> [Int64]? { if case .int64(let values) = t.storage { values } else { nil } }
  static func bools(_ t: Tensor) -> [Bool]? { if case .bool(let values) = t.storage { values } else { nil } }

  static func mask(_ shape: [Int]) -> Tensor {
    Tensor(shape: shape, storage: .bool(flags(shape.reduce(1, *))))
  }

  @Test func flaggedFloatsTakeTheNumberInTheSameBuffer() throws {
    // The elements made for the array alone: a second holder of the buffer would make the write copy it.
    var a = Tensor(shape: [4, 6], storage: .float64((0..<24).map { Double($0) - 11.5 }))
    let original = (0..<24).map { Double($0) - 11.5 }
    let buffer = a.heldBufferIdentity
    var value: Tensor? = nil
    #expect(try a.fillInPlace(.float64(-0.25), where: Self.mask([4, 6]), value: &value))
    let expected = zip(original, Self.flags(24)).map { $1 ? -0.25 : $0 }
    #expect(Self.doubles(a) == expected)
    #expect(a.heldBufferIdentity == buffer)
  }

  @Test func flaggedIntsAndBoolsTakeTheirNumber() throws {
    var ints = Tensor(shape: [10], storage: .int64(Array(0..<10)))
    var bools = Tensor(shape: [2, 5], storage: .bool(Array(repeating: false, count: 10)))
    var value: Tensor? = nil
    #expect(try ints.fillInPlace(.int64(-7), where: Self.mask([10]), value: &value))
    #expect(try bools.fillInPlace(.bool(true), where: Self.mask([2, 5]), value: &value))
    #expect(Self.ints(ints) == zip(0..<10, Self.flags(10)).map { $1 ? -7 : Int64($0) })
    #expect(Self.bools(bools) == Self.flags(10))
  }

  /// Another value holding the parts (another name for the array) keeps its elements: nothing is written.
  @Test func anArrayHeldTwiceIsNotWritten() throws {
    var a = Tensor(shape: [6], storage: .float64([1, 2, 3, 4, 5, 6]))
    let other = a
    var value: Tensor? = nil
    #expect(try !a.fillInPlace(.float64(0), where: Self.mask([6]), value: &value))
    #expect(Self.doubles(a) == [1, 2, 3, 4, 5, 6])
    #expect(Self.doubles(other) == [1, 2, 3, 4, 5, 6])
  }

  @Test func aNumberOfAnotherClassOrAMaskOfAnotherShapeWritesNothing() throws {
    var a = Tensor(shape: [2, 3], storage: .float64([1, 2, 3, 4, 5, 6]))
    var value: Tensor? = nil
    #expect(try !a.fillInPlace(.int64(0), where: Self.mask([2, 3]), value: &value))
    #expect(try !a.fillInPlace(.float64(0), where: Self.mask([3, 2]), value: &value))
    #expect(try !a.fillInPlace(.float64(0), where: Self.mask([2]), value: &value))
    let ints = Tensor(shape: [2, 3], storage: .int64([1, 0, 1, 0, 1, 0]))
    #expect(try !a.fillInPlace(.float64(0), where: ints, value: &value))
    #expect(Self.doubles(a) == [1, 2, 3, 4, 5, 6])
  }

  /// The work is charged as the statement's, against its limit, before any element changes.
  @Test func theWriteIsChargedItsElements() throws {
    let meter = ResourceMeter(
      memoryLimit: ResourceMeter.defaultMemoryLimit, elementOperations: 100,
      multiplyAdds: ResourceMeter.multiplyAddLimit, numericalGradientOperations: ResourceMeter.numericalGradientLimit)
    var a = Tensor(shape: [200], storage: .float64(Array(repeating: 1, count: 200)))
    var value: Tensor? = nil
    #expect(throws: (any Error).self) {
      try ResourceMeter.withCurrent(meter) { try a.fillInPlace(.float64(0), where: Self.mask([200]), value: &value) }
    }
    #expect(Self.doubles(a) == Array(repeating: 1, count: 200))
  }
}
