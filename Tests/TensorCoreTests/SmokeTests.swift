import Testing

@testable import TensorCore

@Test func moduleLoads() {
  #expect(Bool(true))
}
