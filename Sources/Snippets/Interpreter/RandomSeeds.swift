import TensorCore

/// The bridge between NumPy's seed objects, which snippets write in their own language (`np.random.SeedSequence`,
/// `np.random.PCG64`, NumpyRandomSeedsSource.swift), and the interpreter's generators; and `Generator.spawn`.
extension Interpreter {
  /// A function of the `_numpy_random_seeds` module, called with `arguments`.
  mutating func callSeedsModule(_ name: String, _ arguments: [Value]) throws(PythonError) -> Value {
    guard let function = try pythonModuleMember("_numpy_random_seeds", name) else {
      throw PythonError.type("_numpy_random_seeds has no \(name)")
    }
    return try callValue(
      function,
      CallArguments(
        function: name, positional: arguments, keywords: [], positionalTexts: arguments.map { _ in "" }))
  }

  /// `np.random.Generator(bit_generator)` of a snippet's PCG64 object; nil for other arguments, which are refused
  /// as calling the class is.
  mutating func generatorOfBitGenerator(_ call: CallArguments) throws(PythonError) -> Value? {
    guard call.positional.count == 1, call.keywords.isEmpty, case .object(let object) = call.positional[0],
      object.type.module == "numpy.random._pcg64", object.type.name == "PCG64"
    else { return nil }
    return try noteBitGeneratorSource(try callSeedsModule("bit_generator_generator", call.positional), object)
  }

  /// `__docbuild_pcg64__(words, spawn_key_words)`: a Generator seeded as `PCG64(SeedSequence)` seeds one. The
  /// sequence is the snippet's object, which counts its own children, so the generator's `spawn` is refused.
  mutating func seededGenerator(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.positional.count == 2, case .list(let words) = call.positional[0],
      case .list(let key) = call.positional[1]
    else { throw PythonError.type("__docbuild_pcg64__(words, spawn_key)") }
    func uint32Words(_ list: ValueList) throws(PythonError) -> [UInt32] {
      var result: [UInt32] = []
      for item in list.items {
        guard case .int(let word) = item, word >= 0, word <= Int(UInt32.max) else {
          throw PythonError.type("__docbuild_pcg64__ takes 32-bit words")
        }
        result.append(UInt32(word))
      }
      return result
    }
    let generator = RandomGenerator(
      words: try uint32Words(words), spawnKey: try uint32Words(key), ownsSequence: false)
    return try store(.generator(generator), isLegacy: false)
  }

  /// `rng.spawn(n_children)`: `n` new generators from the seed sequence behind `rng`, which then counts them (NumPy's
  /// `Generator.spawn`); children of an unseeded generator are unseeded too.
  mutating func spawn(_ handle: RandomHandle, _ call: CallArguments) throws(PythonError) -> Value {
    let count = try call.bind(["n_children"], required: 1).value("n_children")
    guard case .int(let children) = count, children >= 0 else {
      throw PythonError.limit("Generator.spawn(n) takes an int count of 0 or more in snippets")
    }
    guard randomObjects.count + children <= Self.maxRandomObjects else {
      var error = PythonError(
        "MemoryError", "a chapter may make at most \(Self.maxRandomObjects) random generators; reuse one")
      error.isLimit = true
      throw error
    }
    var spawned: [RandomObject]
    switch randomObjects[handle.index] {
    case .generator(var generator):
      guard let children = generator.spawn(children) else {
        throw PythonError.limit(
          "Generator.spawn of a generator made from a SeedSequence or PCG64 object is not supported in snippets: "
            + "spawn from that object (ss.spawn(n), bit_generator.spawn(n)) instead")
      }
      randomObjects[handle.index] = .generator(generator)
      spawned = children.map { .generator($0) }
    case .unseeded:
      spawned = Array(repeating: .unseeded, count: children)
    case .legacy:
      throw PythonError("AttributeError", "'\(handle.typeName)' object has no attribute 'spawn'")
    }
    var handles: [Value] = []
    for object in spawned { handles.append(try store(object, isLegacy: false)) }
    return .list(ValueList(handles))
  }
}
