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
