import TensorCore

extension NumpyFunctions {
  /// The dtype NumPy reads from each typecode of the standard library's `array.array` (its buffer format). 'q' and
  /// 'Q' are left out: NumPy makes them its `longlong`/`ulonglong`, a dtype of its own beside int64 (`array([ 3,
  /// -4], dtype=int64)` shows it), which docbuild's arrays do not have.
  private static let typecodeDTypes: [String: DType] = [
    "b": .int8, "B": .uint8, "h": .int16, "H": .uint16, "i": .int32, "I": .uint32, "l": .int64, "L": .uint64,
    "f": .float32, "d": .float64,
  ]

  /// `np.array(array.array('i', [1, 2]))`: the items of the standard library's array (as a list) and the dtype its
  /// typecode stands for, when `np.array`'s object is one; nil otherwise. NumPy reads such an array through the
  /// buffer protocol, so its dtype is the typecode's (int32 for 'i'), not the one a list of its items would get.
  /// `np.array(…, copy=False)` and `np.asarray` would share its memory, and are left to the refusal.
  static func arrayModuleContents(_ call: CallArguments) -> (items: Value, dtype: DType)? {
    guard case .object(let object)? = call.positional.first, object.type.module == "array",
      object.type.name == "array", call.positional.count <= 2, !call.keywords.contains(where: { $0.name == "copy" }),
      case .string(let typecode)? = object.attributes["_typecode"], let dtype = typecodeDTypes[typecode],
      case .list(let items)? = object.attributes["_items"]
    else { return nil }
    return (.list(ValueList(items.items)), dtype)
  }
}
