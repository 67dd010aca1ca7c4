import Testing

@testable import TensorCore

/// NumPy's modern Generator (SeedSequence + PCG64) and the legacy RandomState's methods, replayed from NumPy's own
/// streams bit for bit.
@Suite struct RandomGeneratorTests {
  @Test func fixtureLoads() throws {
    let file = try GeneratorFixtures.file.get()
    #expect(file.streams.count >= 50)
    #expect(file.errors.count >= 20)
  }

  @Test(arguments: GeneratorFixtures.streams)
  func streamMatchesNumPy(_ stream: GeneratorStream) throws {
    var generator = try RandomGenerator(entropy: GeneratorReplay.entropy(stream.seed))
    var state = stream.kind == "legacy" ? try RandomState(seed: stream.seed.int ?? 0) : RandomState()
    for (step, call) in stream.calls.enumerated() {
      let result =
        stream.kind == "generator"
        ? try GeneratorReplay.call(&generator, (call.method, call.args))
        : try GeneratorReplay.call(&state, (call.method, call.args))
      let context = "step \(step): \(call.method)"
      #expect(result.shape == call.shape, "\(context)")
      #expect(result.dtype.rawValue == call.dtype, "\(context)")
      #expect(Self.numbers(result) == call.values, "\(context)")
    }
  }

  @Test(arguments: GeneratorFixtures.errors)
  func errorMatchesNumPy(_ fixture: GeneratorErrorCase) throws {
    var generator = try RandomGenerator(entropy: [fixture.seed])
    var state = try RandomState(seed: fixture.seed)
    #expect(
      performing: {
        if fixture.kind == "generator" {
          _ = try GeneratorReplay.call(&generator, (fixture.method, fixture.args))
        } else {
          _ = try GeneratorReplay.call(&state, (fixture.method, fixture.args))
        }
      },
      throws: { error in
        (error as? RandomError)?.description == fixture.error
      })
  }

  @Test func negativeSeedIsRefused() {
    #expect(throws: RandomError.rejected("ValueError: expected non-negative integer")) {
      try RandomGenerator(entropy: [-1])
    }
  }

  /// PCG64's XSL-RR output read as two 32-bit halves, low first: the buffered half must come from the same word.
  @Test func thirtyTwoBitDrawsSplitOneWord() throws {
    var whole = try RandomGenerator(entropy: [9])
    var halves = whole
    let word = whole.bits.nextUInt64()
    let low = halves.bits.nextUInt32()
    let high = halves.bits.nextUInt32()
    #expect(UInt64(high) << 32 | UInt64(low) == word)
  }

  @Test func hugeSizeIsRefusedBeforeDrawing() throws {
    var generator = try RandomGenerator(entropy: [0])
    #expect(throws: (any Error).self) { try generator.standardNormal(size: [1 << 20, 1 << 20]) }
    #expect(throws: (any Error).self) { try generator.permutation(1 << 40) }
  }

  /// Uniforms that always fall on one index find one new index a round; the rounds are bounded, never a hang.
  @Test func drawingWithoutReplacementByPIsBounded() {
    let p = [Double](repeating: 1.0 / 30_000, count: 30_000)
    #expect(throws: TensorError.self) {
      _ = try Sampling.weightedWithoutReplacement(p, count: 20_000, maximumWork: 3_000_000) { draws in
        [Double](repeating: 0, count: draws)
      }
    }
    let few = try? Sampling.weightedWithoutReplacement(p, count: 3) { draws in [Double](repeating: 0, count: draws) }
    #expect(few == [0, 1, 2])
  }

  private static func numbers(_ tensor: Tensor) -> [FixtureNumber] {
    switch tensor.storage {
    case .float64(let values): values.map { .bits($0.bitPattern) }
    case .int64(let values): values.map { .int($0) }
    case .bool(let values): values.map { .int($0 ? 1 : 0) }
    case .complex128(let values): values.flatMap { [.bits($0.real.bitPattern), .bits($0.imag.bitPattern)] }
    }
  }
}
