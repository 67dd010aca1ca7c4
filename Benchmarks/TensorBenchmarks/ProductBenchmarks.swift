import Foundation
import TensorCore

/// The matrix products' rows (`TensorBenchmarks matmul`, numpy_bench.py's `matmul`): square products of 2 to 64 rows,
/// the tutorials' non-square shapes, (64,64) @ (64,), the affine layer with its gradient and the (512,512) product with
/// its gradient. Each row is timed twice, in wall-clock and in process CPU time (NumPy's side includes OpenBLAS's
/// threads), which other processes on a busy machine do not inflate.
func productWorkloads() throws -> [(name: String, key: String, seconds: Double)] {
  try smallProductWorkloads() + matrixVectorWorkloads() + affineWorkloads() + largeProductWorkload()
}

/// A row timed in wall-clock and in process CPU time, named `name` and `name, CPU time`, keyed `key` and `key_cpu`.
func timedBothWays(
  _ name: String, _ key: String, iterations: Int, _ body: () throws -> Void
) rethrows -> [(name: String, key: String, seconds: Double)] {
  [
    (name, key, try secondsPerIteration(iterations: iterations, body)),
    (
      name + ", CPU time", key + "_cpu",
      try cpuSecondsPerIteration(iterations: iterations, clock: CLOCK_PROCESS_CPUTIME_ID, body)
    ),
  ]
}

/// (rows, inner, columns) of the non-square products the tutorials use: a batch of four or 32 through a layer of three
/// inputs and two outputs, its weight gradient `X.T @ G` (as a row-major array), and the (32,64) @ (64,10) layer of
/// the affine row (numpy_bench.py's `TUTORIAL_SHAPES`).
let tutorialShapes = [(4, 3, 2), (32, 3, 2), (3, 32, 2), (32, 64, 10)]

/// Square products of 2 to 64 rows, then the tutorials' non-square shapes.
func smallProductWorkloads() throws -> [(name: String, key: String, seconds: Double)] {
  var rows: [(name: String, key: String, seconds: Double)] = []
  for size in [2, 4, 8, 16, 32, 64] {
    let a = sample([size, size], seed: 9)
    let b = sample([size, size], seed: 10)
    rows += try timedBothWays(
      "(\(size),\(size)) @ (\(size),\(size))", "matmul_\(size)", iterations: 200_000 / max(size, 8)
    ) { _ = try a.matmul(b) }
  }
  for (count, inner, columns) in tutorialShapes {
    let a = sample([count, inner], seed: 17)
    let b = sample([inner, columns], seed: 18)
    rows += try timedBothWays(
      "(\(count),\(inner)) @ (\(inner),\(columns))", "matmul_\(count)x\(inner)_\(inner)x\(columns)",
      iterations: 50_000
    ) { _ = try a.matmul(b) }
  }
  return rows
}

/// A (64,64) matrix times a vector (BLAS's dgemv in NumPy).
func matrixVectorWorkloads() throws -> [(name: String, key: String, seconds: Double)] {
  let square = sample([64, 64], seed: 12)
  let vector = sample([64], seed: 11)
  return try timedBothWays("(64,64) @ (64,)", "matvec_64", iterations: 20_000) { _ = try square.matmul(vector) }
}

/// A dense layer's forward pass and the gradients of its weights and bias for an upstream gradient (NumPy's side:
/// `x @ w + b`, `x.T @ g`, `g.sum(axis=0)`).
func affineWorkloads() throws -> [(name: String, key: String, seconds: Double)] {
  let inputs = sample([32, 64], seed: 13)
  let weights = sample([64, 10], seed: 14)
  let bias = sample([10], seed: 15)
  let upstream = sample([32, 10], seed: 16)
  return try timedBothWays("(32,64) @ (64,10) + (10,) and its gradient", "affine_gradient", iterations: 20_000) {
    let out = try inputs.matmul(weights) + bias
    _ = try gradients(of: out, withRespectTo: [weights, bias], upstream: upstream)
  }
}

/// The (512,512) product and its gradient with respect to both operands, in wall-clock time (NumPy's side runs on
/// both cores), then in process CPU time (NumPy's side: both OpenBLAS threads' time, their waiting included).
func largeProductWorkload() throws -> [(name: String, key: String, seconds: Double)] {
  let left = sample([512, 512], seed: 6)
  let right = sample([512, 512], seed: 7)
  let productUpstream = sample([512, 512], seed: 8)
  return try timedBothWays("(512,512) @ (512,512) and its gradient", "matmul_gradient", iterations: 10) {
    let out = try left.matmul(right)
    _ = try gradients(of: out, withRespectTo: [left, right], upstream: productUpstream)
  }
}
