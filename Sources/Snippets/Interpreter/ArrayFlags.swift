import TensorCore

/// What `a.flags.writeable = False` changed: the owners made read-only (each now a read-only view of its own memory
/// that stands in for it, so NumPy's checks of read-only views apply and the views taken later inherit the flag)
/// and the views the author made read-only.
struct ArrayFlagRecords {
  /// The stand-in of each owner made read-only (its current flag included), by its memory's lineage.
  var owners: [ObjectIdentifier: (lineage: ArrayLineage, standIn: ArrayView)] = [:]
  /// The identities of the views made read-only with `flags.writeable`.
  var views: Set<ArrayIdentity> = []

  var isEmpty: Bool { owners.isEmpty && views.isEmpty }

  /// True when `array` is the stand-in of an owner made read-only.
  func isStandIn(_ array: Tensor) -> Bool {
    guard let view = array.view, let record = owners[ObjectIdentifier(array.lineage)] else { return false }
    return record.standIn.identity == view.identity
  }
}

extension Interpreter {
  /// `a.flags[key] = flag`: NumPy's flags object takes `'WRITEABLE'` or `'W'` as `writeable`; its other writable keys
  /// are refused by name, and any other key is its KeyError.
  mutating func setFlagItem(of array: Tensor, _ key: Value, _ value: Value) throws(PythonError) {
    guard case .string(let name) = key else {
      throw PythonError.limit("setting a.flags[\(key.repr)] is not supported in snippets (a.flags.writeable is)")
    }
    switch name {
    case "WRITEABLE", "W": try setFlag(of: array, "writeable", value)
    case "ALIGNED", "A", "WRITEBACKIFCOPY", "X":
      throw PythonError.limit("setting a.flags[\(key.repr)] is not supported in snippets (a.flags.writeable is)")
    default: throw PythonError("KeyError", "'Unknown flag'")
    }
  }

  /// `a.flags.writeable = flag` (and `a.setflags(write=flag)`): NumPy's read-only switch. An array that owns its
  /// memory becomes a read-only view of that memory which still reports OWNDATA and no base; a view becomes
  /// read-only itself. Views taken afterwards inherit the flag, views taken before keep theirs, as in NumPy. Making
  /// an array writeable again is done where NumPy allows it and docbuild knows it does: the arrays made read-only
  /// here whose memory is writeable.
  mutating func setFlag(of array: Tensor, _ name: String, _ value: Value) throws(PythonError) {
    let flagsType = "numpy._core.multiarray.flagsobj"
    guard name == "writeable" else {
      if ["c_contiguous", "f_contiguous", "owndata"].contains(name) {
        throw PythonError("AttributeError", "attribute '\(name)' of '\(flagsType)' objects is not writable")
      }
      if ["aligned", "writebackifcopy"].contains(name) {
        throw PythonError.limit("setting a.flags.\(name) is not supported in snippets (a.flags.writeable is)")
      }
      throw PythonError("AttributeError", "'\(flagsType)' object has no attribute '\(name)'")
    }
    if array.isScalar { throw PythonError.value("Cannot set flags on array scalars.") }
    if array.geometry.warnsOnWrite { throw BroadcastArrays.writeRefusal("setting a.flags.writeable of") }
    let makeWriteable = try value.truthValue()
    let geometry = array.geometry
    if makeWriteable == geometry.isWriteable { return }
    if let input = derivativeInput, array.dependsOn(input) {
      throw PythonError.limit("setting a.flags.writeable inside a differentiated function is not supported")
    }
    let lineage = ObjectIdentifier(array.lineage)
    if makeWriteable {
      guard let view = array.view else { return }
      let isStandIn = flagRecords.isStandIn(array)
      if !isStandIn, let owner = flagRecords.owners[lineage], !owner.standIn.isWriteable {
        throw PythonError.value("cannot set WRITEABLE flag to True of this array")
      }
      guard isStandIn || flagRecords.views.contains(view.identity) else {
        throw PythonError.limit(
          "making this read-only array writeable again is not supported in snippets: NumPy allows it only where "
            + "the memory it views is writeable, which docbuild does not follow here; work on a.copy() instead")
      }
      try replace(array, with: view, writeable: true)
      return
    }
    if let view = array.view {
      if !flagRecords.isStandIn(array) { flagRecords.views.insert(view.identity) }
      try replace(array, with: view, writeable: false)
      return
    }
    if array.memoryAxes != nil || array.hasUnknownLayout {
      throw PythonError.limit(
        "setting a.flags.writeable of an array NumPy keeps in another memory order than C's is not supported in "
          + "snippets: make a.copy() read-only instead")
    }
    let replacement = readOnlyOwner(array)
    try transformEverywhere { $0.isSameObject(as: array) ? replacement : nil }
  }

  /// `array`, which owns its memory, made read-only as NumPy's owners are: a read-only view of its own
  /// memory that stands in for it (`flagRecords`), still reporting OWNDATA and no base.
  mutating func readOnlyOwner(_ array: Tensor) -> Tensor {
    guard !array.isView, !array.hasUnknownLayout else { return array }
    array.ensureRoot()
    let standIn = ArrayView(offset: 0, strides: array.geometry.strides, isWriteable: false)
    flagRecords.owners[ObjectIdentifier(array.lineage)] = (array.lineage, standIn)
    var replacement = array
    replacement.lineage = array.lineage
    return replacement.asView(standIn)
  }

  /// Replaces every holder of `array` by the same array object with the flag changed.
  private mutating func replace(_ array: Tensor, with view: ArrayView, writeable: Bool) throws(PythonError) {
    var changed = view
    changed.isWriteable = writeable
    if flagRecords.isStandIn(array) { flagRecords.owners[ObjectIdentifier(array.lineage)]?.standIn = changed }
    let replacement = array.asView(changed)
    try transformEverywhere { $0.isSameObject(as: array) ? replacement : nil }
  }

  /// `a.base` and `a.flags` where `setFlag` made an owner read-only: the stand-in reports what the owner it still is
  /// would (no base, OWNDATA True), and the views of it name it as their base; nil for every other case.
  func ownerAttribute(_ name: String, of array: Tensor, _ result: Value) -> Value? {
    switch (name, result) {
    case ("base", _) where flagRecords.isStandIn(array): return Value.none
    case ("base", .tensor(let base)) where base.view == nil:
      guard let record = flagRecords.owners[ObjectIdentifier(array.lineage)] else { return nil }
      return .tensor(base.asView(record.standIn))
    case ("flags", .rendered(let text)) where flagRecords.isStandIn(array):
      return .rendered(text.replacingOccurrences(of: "OWNDATA : False", with: "OWNDATA : True"))
    default: return nil
    }
  }
}
