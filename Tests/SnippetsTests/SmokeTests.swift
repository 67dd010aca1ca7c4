import Testing

@testable import Snippets

@Test func moduleLoads() {
  #expect(Bool(true))
}
