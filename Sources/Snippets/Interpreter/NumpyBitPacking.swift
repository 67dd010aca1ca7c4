import TensorCore

/// `np.packbits` and `np.unpackbits`: eight truth values to one uint8 and back, along an axis or the flattened
/// array, most significant bit first (`bitorder='big'`) or least (`'little'`).
enum NumpyBitPacking {
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    switch name {
    case "packbits":
      let bound = try call.bind(["a", "axis", "bitorder"], required: 1)
      let a = try bound.value("a").toTensor()
      guard a.dtype.isInteger || a.dtype == .bool else {
        throw PythonError.type("Expected an input array of integer or boolean data type")
      }
      let isLittle = try bitorder(bound)
      let (shape, axis) = try layout(a, bound)
      let bits = a.integerElements.map { $0 != 0 }
      let length = shape[axis]
      let packed = (length + 7) / 8
      return .tensor(
        try along(shape, axis, newLength: packed) { read in
          var bytes: [Int64] = []
          for byte in 0..<packed {
            var value: Int64 = 0
            for bit in 0..<8 where byte * 8 + bit < length && bits[read(byte * 8 + bit)] {
              value |= 1 << (isLittle ? bit : 7 - bit)
            }
            bytes.append(value)
          }
          return bytes
        })
    case "unpackbits":
      let bound = try call.bind(["a", "axis", "count", "bitorder"], required: 1)
      let a = try bound.value("a").toTensor()
      guard a.dtype == .uint8 else { throw PythonError.type("Expected an input array of unsigned byte data type") }
      let isLittle = try bitorder(bound)
      let (shape, axis) = try layout(a, bound)
      let bytes = a.integerElements
      let available = shape[axis] * 8
      var length = available
      if let given = bound["count"], !given.isNone {
        let count = try given.toInt()
        if count < 0 {
          guard -count <= available else { throw PythonError.value("-count larger than number of elements") }
          length = available + count
        } else {
          length = count
        }
      }
      return .tensor(
        try along(shape, axis, newLength: length) { read in
          (0..<length).map { index -> Int64 in
            guard index < available else { return 0 }
            let byte = bytes[read(index / 8)]
            let bit = index % 8
            return (byte >> (isLittle ? bit : 7 - bit)) & 1
          }
        })
    default:
      return nil
    }
  }

  private static func bitorder(_ bound: BoundArguments) throws(PythonError) -> Bool {
    guard let given = bound["bitorder"] else { return false }
    guard case .string(let text) = given, text == "big" || text == "little" else {
      if case .string = given { throw PythonError.value("'order' must be either 'little' or 'big'") }
      throw PythonError.type("'order' must be either 'little' or 'big'")
    }
    return text == "little"
  }

  /// The shape the bits run along (the flattened array's without an axis) and the axis, checked as NumPy does.
  private static func layout(_ a: Tensor, _ bound: BoundArguments) throws(PythonError) -> ([Int], Int) {
    guard let given = bound["axis"], !given.isNone else { return ([a.size], 0) }
    let axis = try given.toAxis(readAsNoneBy: "np.packbits and np.unpackbits")
    return (a.shape, try AxisConversion.normalized(axis, ndim: a.shape.count))
  }

  /// A uint8 array of `shape` with `axis` resized to `newLength`, each line along it made by `line` from a reader
  /// of the input line's flat positions.
  private static func along(
    _ shape: [Int], _ axis: Int, newLength: Int, _ line: ((Int) -> Int) -> [Int64]
  ) throws(PythonError) -> Tensor {
    let outer = shape[..<axis].reduce(1, *)
    let inner = shape[(axis + 1)...].reduce(1, *)
    let length = shape[axis]
    var resultShape = shape
    resultShape[axis] = newLength
    let total = resultShape.reduce(1, *)
    if total > maxElementCount { throw PythonError.limit("a packbits result of more than 16,777,216 elements") }
    try WorkMeter.charge(total + shape.reduce(1, *))
    var values = [Int64](repeating: 0, count: total)
    for o in 0..<outer {
      for j in 0..<inner {
        let produced = line { o * length * inner + $0 * inner + j }
        for (i, value) in produced.enumerated() { values[o * newLength * inner + i * inner + j] = value }
      }
    }
    return try core { try Tensor(shape: resultShape, storage: .int64(values)).astype(.uint8) }
  }
}
