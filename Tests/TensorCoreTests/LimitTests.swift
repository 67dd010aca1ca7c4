import Testing

@testable import TensorCore

/// The element limit is enforced before allocation, with a message that names it.
struct LimitTests {
  @Test func creationPastTheLimitIsRefused() throws {
    do {
      _ = try Tensor.zeros([5000, 5000])
      Issue.record("expected an error")
    } catch let error as TensorError {
      #expect(error.pythonType == "ValueError")
      #expect(error.message.contains("16,777,216"))
    }
  }

  @Test func broadcastPastTheLimitIsRefused() throws {
    let column = try Tensor.zeros([8192, 1])
    let row = try Tensor.zeros([1, 8192])
    #expect(throws: TensorError.self) { try column + row }
    #expect(throws: TensorError.self) { try column.matmul(row) }
    #expect(throws: TensorError.self) { try column.broadcast(to: [8192, 8192]) }
  }

  @Test func overflowingShapesAreRefused() throws {
    #expect(throws: TensorError.self) { try Tensor.ones([1 << 40, 1 << 40]) }
    #expect(throws: TensorError.self) { try Tensor.arange(.int(0), .int(1 << 40)) }
    #expect(throws: TensorError.self) { try Tensor.linspace(0, 1, num: 1 << 30) }
    #expect(throws: TensorError.self) { try Tensor.eye(1 << 20) }
  }

  @Test func tooManyDimensionsIsNumPysError() throws {
    #expect(
      throws: TensorError(
        "ValueError", "maximum supported dimension for an ndarray is currently 64, found 65")
    ) { try Tensor.zeros([Int](repeating: 1, count: 65)) }
  }
}

/// Python-sized numbers in shapes, slices and offsets are errors or clamped, never an overflow trap.
struct ExtremeArgumentTests {
  @Test func hugeSliceStepsAndBounds() throws {
    let x = try Tensor.arange(.int(0), .int(6))
    #expect(try x.index([.slice(start: 0, stop: 5, step: Int.max)]).int64s == [0])
    #expect(try x.index([.slice(start: 5, stop: 0, step: Int.min)]).int64s == [5])
    #expect(try x.index([.slice(start: Int.min, stop: Int.max, step: nil)]).int64s == [0, 1, 2, 3, 4, 5])
  }

  @Test func hugeReshapeIsAMismatch() throws {
    #expect(
      throws: TensorError("ValueError", "cannot reshape array of size 6 into shape (1099511627776,1099511627776)")
    ) { try Tensor.zeros([6]).reshape([1 << 40, 1 << 40]) }
  }

  @Test func hugeDiagonalOffsetGivesZeros() throws {
    #expect(try Tensor.eye(3, k: Int.max).doubles == [Double](repeating: 0, count: 9))
    #expect(try Tensor.eye(3, k: Int.min).doubles == [Double](repeating: 0, count: 9))
  }
}

/// A product's multiply-adds are bounded, so no snippet runs for minutes; the limit's edge still computes.
struct ProductWorkLimitTests {
  @Test func aProductPastTheWorkLimitIsRefusedBeforeComputing() throws {
    let square = try Tensor.zeros([2048, 2048])
    do {
      _ = try square.matmul(square)
      Issue.record("expected an error")
    } catch let error as TensorError {
      #expect(error.pythonType == "ValueError")
      #expect(error.message.contains("8589934592 multiply-adds"))
    }
  }

  @Test func aProductAtTheWorkLimitComputes() throws {
    // 2^7 · 2^12 · 2^12 = 2^31 multiply-adds exactly; one more row is over.
    let matrix = try Tensor.ones([1 << 12, 1 << 12])
    let product = try Tensor.ones([1 << 7, 1 << 12]).matmul(matrix)
    #expect(product.shape == [1 << 7, 1 << 12])
    #expect(throws: TensorError.self) { try Tensor.ones([(1 << 7) + 1, 1 << 12]).matmul(matrix) }
  }
}
