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

  /// `a, b = np.broadcast_arrays(x, y)` refused, `a` may be a view of `x` in Python: a write through it (refused in
  /// turn) changes `x` there (NumPy 2.4.6 prints `[[10  2  3]]` for the last line), so `x` is unknown after it, as
  /// after an in-place method or an augmented assignment of such a name. Without the write, `x` is still known.
  @Test(arguments: ["a[0, 0] = 10", "a += 1", "a.fill(7)", "a.flags.writeable = True"])
  func aWriteIntoANameARefusedStatementBoundLeavesWhatItMentionedUnknown(write: String) throws {
    let transcript = """
      >>> x = np.array([[1, 2, 3]])
      >>> y = np.array([[1], [2]])
      >>> a, b = np.broadcast_arrays(x, y)
      >>> \(write)
      >>> x
      """
    let outputs = try RefusalProbe.unacceptedOutputs(of: transcript, naming: "x")
    #expect(outputs.last?.contains("name 'x' has no value here") == true, "\(outputs)")
  }

  @Test func readingANameARefusedStatementBoundLeavesWhatItMentionedKnown() throws {
    let transcript = """
      >>> x = np.array([[1, 2, 3]])
      >>> y = np.array([[1], [2]])
      >>> a, b = np.broadcast_arrays(x, y)
      >>> print(a[0, 0] == 1)
      >>> x
      """
    let outputs = RefusalProbe.outputs(of: transcript)
    #expect(outputs.last == "array([[1, 2, 3]])", "\(outputs)")
  }
}
