import TensorCore

/// NumPy's Generator workloads: a million draws each, from a seeded `default_rng`, against `numpy_bench.py`'s
/// `random_benchmarks` in the same run.
func randomWorkloads() throws -> [(name: String, key: String, seconds: Double)] {
  var generator = try RandomGenerator(entropy: [0])
  return [
    (
      "rng.standard_normal(10**6)", "rng_standard_normal",
      try secondsPerIteration(iterations: 10) { _ = try generator.standardNormal(size: [1_000_000]) }
    ),
    (
      "rng.random(10**6)", "rng_random",
      try secondsPerIteration(iterations: 10) { _ = try generator.random(size: [1_000_000]) }
    ),
  ]
}
