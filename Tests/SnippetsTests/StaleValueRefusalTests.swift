import Testing

/// Statements the reach probe's NumPy docstring examples (`Benchmarks/reach_probe.py`, corpus `numpy-docstrings`)
/// showed printing other text than NumPy 2.4.6 once the statements before them ran: each is refused now, or leaves
/// the names it may change in Python unknown, so nothing stale is printed.
@Suite struct StaleValueRefusalTests {
  /// `x.setfield(3, np.int32)` writes into x's memory in NumPy; refused, it leaves x unknown.
  @Test func aRefusedSetfieldLeavesItsArrayUnknown() throws {
    let outputs = try RefusalProbe.unacceptedOutputs(
      of: ">>> x = np.eye(3)\n>>> x.setfield(3, np.int32)\n>>> x", naming: "x")
    #expect(outputs.last?.contains("name 'x' has no value here") == true, "\(outputs)")
  }

  /// `xv = x.view(np.int8).reshape(-1, 2)` refused: xv may be x's memory in Python, so a write through it (refused
  /// too) would change x.
  @Test func aRefusedViewLeavesItsBaseUnknown() throws {
    let transcript = """
      >>> x = np.array([(1, 2), (3, 4)], dtype=[('a', np.int8), ('b', np.int8)])
      >>> xv = x.view(dtype=np.int8).reshape(-1, 2)
      >>> x
      """
    let outputs = try RefusalProbe.unacceptedOutputs(of: transcript, naming: "x")
    #expect(outputs.last?.contains("name 'x' has no value here") == true, "\(outputs)")
  }
}
