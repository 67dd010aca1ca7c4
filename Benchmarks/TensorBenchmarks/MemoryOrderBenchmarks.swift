import TensorCore

/// NumPy's memory order at tutorial sizes, as numpy_bench.py's `memory_order_benchmarks` times them: reductions and
/// element-wise operations on a transposed array (`x.T`, `x.transpose(1, 2, 0)`, the transpose included in the time)
/// beside the same operation on the row-major array, so the pair's ratio is what the memory order costs.
func memoryOrderWorkloads() throws -> [(name: String, key: String, seconds: Double)] {
  var results: [(name: String, key: String, seconds: Double)] = []
  // A Python int, as `x + 1` writes it.
  var one = Tensor(shape: [], storage: .int64([1]))
  one.isPythonScalar = true
  // Each workload is timed for about the same number of elements (ten million) whatever its size, in this thread's
  // CPU time, so that other processes on a busy machine inflate neither side (numpy_bench.py times its side so too).
  func timed(_ name: String, _ key: String, elements: Int, _ body: () throws -> Void) rethrows {
    let seconds = try cpuSecondsPerIteration(iterations: Swift.max(10, 10_000_000 / elements), body)
    results.append((name, key, seconds))
  }
  for side in [100, 300] {
    let x = sample([side, side], seed: 41)
    let count = side * side
    let shape = "(\(side),\(side))"
    try timed("x.sum(), \(shape)", "memorder_sum_\(side)", elements: count) { _ = try x.sum() }
    try timed("x.T.sum(), \(shape)", "memorder_T_sum_\(side)", elements: count) { _ = try x.T.sum() }
    try timed("x.sum(axis=0), \(shape)", "memorder_sum0_\(side)", elements: count) { _ = try x.sum(axis: .one(0)) }
    try timed("x.T.sum(axis=0), \(shape)", "memorder_T_sum0_\(side)", elements: count) {
      _ = try x.T.sum(axis: .one(0))
    }
    try timed("x + 1, \(shape)", "memorder_add_\(side)", elements: count) { _ = try x + one }
    try timed("x.T + 1, \(shape)", "memorder_T_add_\(side)", elements: count) { _ = try x.T + one }
    try timed("np.exp(x), \(shape)", "memorder_exp_\(side)", elements: count) { _ = try x.exp() }
    try timed("np.exp(x.T), \(shape)", "memorder_T_exp_\(side)", elements: count) { _ = try x.T.exp() }
  }
  let cube = sample([20, 30, 40], seed: 42)
  try timed("x.mean(), (20,30,40)", "memorder_mean_3d", elements: cube.size) { _ = try cube.mean() }
  try timed("x.transpose(1,2,0).mean(), (20,30,40)", "memorder_perm_mean_3d", elements: cube.size) {
    _ = try cube.transpose([1, 2, 0]).mean()
  }
  return results
}
