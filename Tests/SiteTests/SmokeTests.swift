import Testing

@testable import Site

@Test func moduleLoads() {
  #expect(Bool(true))
}
