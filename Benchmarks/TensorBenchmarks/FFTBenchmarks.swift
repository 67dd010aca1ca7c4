import TensorCore

/// np.fft's workloads against `numpy_bench.py`'s `fft_benchmarks` in the same run: a power of two, a 5-smooth real
/// length, a prime that takes Bluestein's algorithm, and a batch of short rows.
func fftWorkloads() throws -> [(name: String, key: String, seconds: Double)] {
  let signal = sample([65_536], seed: 41).doubles
  let complexSignal = Tensor(shape: [65_536], storage: .complex128(signal.map { Complex($0 * 0.5, $0 * -1.25) }))
  let real = sample([100_000], seed: 42)
  let prime = sample([65_537], seed: 43)
  let rows = sample([1000, 64], seed: 44)
  return [
    (
      "np.fft.fft(65536 complex)", "fft_65536",
      try cpuSecondsPerIteration(iterations: 20) {
        _ = try complexSignal.pocketFFT(.complex(forward: true), points: 65_536, axis: 0, scale: .none)
      }
    ),
    (
      "np.fft.rfft(100000 reals)", "rfft_100000",
      try cpuSecondsPerIteration(iterations: 20) {
        _ = try real.pocketFFT(.realForward, points: 100_000, axis: 0, scale: .none)
      }
    ),
    (
      "np.fft.fft(65537 reals, Bluestein)", "fft_65537",
      try cpuSecondsPerIteration(iterations: 5) {
        _ = try prime.pocketFFT(.complex(forward: true), points: 65_537, axis: 0, scale: .none)
      }
    ),
    (
      "np.fft.ifft((1000, 64) rows)", "ifft_rows",
      try cpuSecondsPerIteration(iterations: 20) {
        _ = try rows.pocketFFT(.complex(forward: false), points: 64, axis: 1, scale: .reciprocal)
      }
    ),
  ]
}
