import Testing

@testable import TensorCore

/// Hand-checked behaviour of the core operations; the NumPy-generated fixtures cover the long tail.
struct BasicOperationTests {
  @Test func broadcastingAddition() throws {
    let a = try Tensor.ones([2, 3])
    let b = try Tensor.ones([4, 2, 3])
    let c = try a + b
    #expect(c.shape == [4, 2, 3])
    #expect(c.doubles == [Double](repeating: 2, count: 24))
  }

  @Test func broadcastErrorHasNumPysText() throws {
    #expect(throws: TensorError("ValueError", "operands could not be broadcast together with shapes (2,3) (4,2) ")) {
      try Tensor.ones([2, 3]) + Tensor.ones([4, 2])
    }
  }

  @Test func fullReductionIsAScalar() throws {
    let x = try Tensor.array(.list([.scalar(.double(1)), .scalar(.double(2)), .scalar(.double(3))]))
    let total = try x.sum()
    #expect(total.isScalar && total.shape == [] && total.doubles == [6])
    #expect(try x.reshape([1, 3]).sum(axis: .one(0)).isScalar == false)
  }

  @Test func intDivisionIsFloat() throws {
    let x = try Tensor.arange(.int(0), .int(4))
    let y = try x / Tensor(2)
    #expect(y.dtype == .float64 && y.doubles == [0, 0.5, 1, 1.5])
  }

  @Test func matmulOfVectorsIsAScalar() throws {
    let v = try Tensor.arange(.int(0), .int(3)).astype(.float64)
    let p = try v.matmul(v)
    #expect(p.isScalar && p.doubles == [5])
  }

  @Test func indexing() throws {
    let x = try Tensor.arange(.int(0), .int(6)).reshape([2, 3])
    let row = try x.index([.int(-1)])
    #expect(row.shape == [3] && row.int64s == [3, 4, 5])
    let picked = try x.index([.slice(start: nil, stop: nil, step: -1), .slice(start: nil, stop: nil, step: -2)])
    #expect(picked.int64s == [5, 3, 2, 0])
    #expect(try x.index([.int(1), .int(2)]).isScalar)
  }
}

/// `bool(a)` and `a.item()`, with NumPy 2.4's messages (checked in Python).
struct ConversionTests {
  @Test func truthValueOfOneElementArrays() throws {
    #expect(try Tensor.ones([1, 1]).truthValue())
    #expect(try Tensor.array(.list([.scalar(.double(.nan))])).truthValue())
    #expect(try !Tensor.zeros([1]).truthValue())
  }

  @Test func truthValueOfLargerOrEmptyArraysIsAmbiguous() throws {
    #expect(
      throws: TensorError(
        "ValueError",
        "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
    ) { try Tensor.ones([2]).truthValue() }
    #expect(
      throws: TensorError(
        "ValueError",
        "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.")
    ) { try Tensor.ones([0]).truthValue() }
  }

  @Test func itemReturnsThePythonNumber() throws {
    #expect(try Tensor.arange(.int(4), .int(5)).item() == .int(4))
    #expect(try Tensor(2.5).item() == .double(2.5))
  }
}
