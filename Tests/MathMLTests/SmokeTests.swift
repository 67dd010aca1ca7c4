import Testing

@testable import MathML

@Test func moduleLoads() {
  #expect(Bool(true))
}
