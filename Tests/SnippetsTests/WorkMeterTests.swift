import Testing

@testable import Snippets

/// The work meter lives in a thread slot: bound for the body of `withCurrent` only, restored after a nested binding,
/// and it stops a statement once its elements pass the limit.
struct WorkMeterTests {
  @Test func chargesOnlyInsideItsBinding() throws {
    #expect(WorkMeter.current == nil)
    try WorkMeter.charge(WorkMeter.limit + 1)
    let meter = WorkMeter()
    try WorkMeter.withCurrent(meter) {
      #expect(WorkMeter.current === meter)
      try WorkMeter.charge(WorkMeter.limit)
      #expect(throws: PythonError.self) { try WorkMeter.charge(1) }
    }
    #expect(WorkMeter.current == nil)
  }

  @Test func aNestedBindingRestoresTheOuterMeter() throws {
    let outer = WorkMeter()
    try WorkMeter.withCurrent(outer) {
      try WorkMeter.withCurrent(WorkMeter()) { try WorkMeter.charge(WorkMeter.limit) }
      #expect(WorkMeter.current === outer)
      // The inner meter's charges did not reach the outer one, which still has its whole budget.
      try WorkMeter.charge(WorkMeter.limit)
      #expect(throws: PythonError.self) { try WorkMeter.charge(1) }
    }
  }
}
