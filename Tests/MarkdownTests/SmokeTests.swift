import Testing

@testable import Markdown

@Test func moduleLoads() {
  #expect(Bool(true))
}
