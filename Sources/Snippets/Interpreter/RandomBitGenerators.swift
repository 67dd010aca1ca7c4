import TensorCore

/// A Generator's `bit_generator`: the snippet language's `PCG64` object (NumpyRandomSeedsSource.swift) that NumPy
/// made from the seed, one per Generator, whose `seed_seq` is the seed's `SeedSequence` and whose `state` is the
/// generator's PCG64 state as NumPy prints it (`{'bit_generator': 'PCG64', 'state': {'state': …, 'inc': …}, …}`).
extension Interpreter {
  /// Notes the snippet object a Generator was made from: a `PCG64` is its bit generator, a `SeedSequence` its seed.
  /// Returns `generator`.
  mutating func noteBitGeneratorSource(_ generator: Value, _ source: ObjectBox) throws(PythonError) -> Value {
    guard case .randomObject(let handle) = generator else { return generator }
    if source.type.name == "PCG64" {
      bitGenerators[handle.index] = .object(source)
    } else {
      generatorSeeds[handle.index] = .object(source)
    }
    return generator
  }

  /// `rng.bit_generator`: the same object each time, made from the seed on first use.
  mutating func bitGenerator(of handle: RandomHandle) throws(PythonError) -> Value {
    if let known = bitGenerators[handle.index] { return known }
    guard case .generator = randomObjects[handle.index], let seed = generatorSeeds[handle.index] else {
      throw PythonError.limit(
        "the bit_generator of a Generator made without a seed, or spawned, is not supported in snippets")
    }
    let made = try callSeedsModule("bit_generator_of", [.randomObject(handle), seed])
    bitGenerators[handle.index] = made
    return made
  }

  /// `__docbuild_pcg64_state__(generator)`: the generator's PCG64 state as NumPy's `bit_generator.state` dict.
  mutating func bitGeneratorState(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.positional.count == 1, case .randomObject(let handle) = call.positional[0],
      case .generator(let generator) = randomObjects[handle.index]
    else { throw PythonError.type("__docbuild_pcg64_state__(generator)") }
    let (state, increment, hasBuffered, buffered) = generator.bitGeneratorState
    let words = try Value.makeDict([
      (.string("state"), .integer(BigInt(magnitude: state))),
      (.string("inc"), .integer(BigInt(magnitude: increment))),
    ])
    return try .makeDict([
      (.string("bit_generator"), .string("PCG64")),
      (.string("state"), words),
      (.string("has_uint32"), .int(hasBuffered ? 1 : 0)),
      (.string("uinteger"), .int(Int(buffered))),
    ])
  }
}
