/// NumPy's advanced indexing: integer arrays and boolean masks, mixed with ints, slices, `None` and `...`.
///
/// The index resolves to the source position of every result element (`TakePlan`), so reading is a gather, the
/// gradient is a scatter-add (repeated positions accumulate, as autograd's), and assignment writes the same positions.
/// NumPy's axis placement: the broadcast shape of the advanced indices (ints count as 0-d ones once any array is
/// present) replaces them where they stand when they are adjacent, and goes first when a slice or `None` separates them.
struct TakePlan: Sendable {
  /// The source position of every result element, in row-major result order.
  var positions: [Int] { picks.positions }
  /// How the positions are held: a list, or (for one index array or one mask, the whole index) the index itself, from
  /// which a gather reads the elements in one pass as NumPy's does, with no list of positions to write first.
  private var picks: Picks
  /// The result's shape.
  var shape: [Int]
  /// The indexed array's shape.
  var sourceShape: [Int]
  /// The expanded index when its arrays' values were left unchecked (`checksArrayBounds` false), for
  /// `checkDeferredBounds`.
  private var uncheckedItems: [IndexItem]?

  /// The source positions of the result's elements.
  private enum Picks: Sendable {
    /// Listed.
    case listed([Int])
    /// Element k at `(indices[k] + (indices[k] < 0 ? extent : 0)) * stride`: indices already checked in bounds.
    case scaled(indices: [Int], extent: Int, stride: Int)
    /// Every `flat * step` whose flag is true, in order; `count` of them.
    case masked(flags: [Bool], step: Int, count: Int)
    /// Row `indices[k]` (negative ones counted from `extent`) of a source whose rows are `length` consecutive
    /// elements, each row in turn: `a[idx]` of a matrix (indices already checked in bounds).
    case rows(indices: [Int], extent: Int, length: Int)

    var positions: [Int] {
      switch self {
      case .listed(let positions): return positions
      case .scaled(let indices, let extent, let stride):
        return indices.map { ($0 < 0 ? $0 + extent : $0) &* stride }
      case .masked(let flags, let step, let count):
        var positions: [Int] = []
        positions.reserveCapacity(count)
        flags.withUnsafeBufferPointer { flags in
          for flat in 0..<flags.count where flags[flat] { positions.append(flat * step) }
        }
        return positions
      case .rows(let indices, let extent, let length):
        return [Int].written(count: indices.count &* length) { out in
          for (k, index) in indices.enumerated() {
            let start = (index < 0 ? index + extent : index) &* length
            for j in 0..<length { (out + (k &* length &+ j)).initialize(to: start &+ j) }
          }
        }
      }
    }
  }

  /// An advanced index's source offsets, in the order of its elements: computed, or kept as `Picks` describes them.
  private typealias Offsets = Picks

  /// One axis of the result walk: a strided run of the source, or the advanced indices' combined offsets.
  private enum Walk {
    case strided(count: Int, stride: Int)
    case table([Int])

    /// The source offset of each step, in order.
    var offsets: [Int] {
      switch self {
      case .table(let offsets): return offsets
      case .strided(let count, let stride):
        return [Int].written(count: count) { out in for k in 0..<count { (out + k).initialize(to: k &* stride) } }
      }
    }
  }

  /// Resolves `items` (at least one of them an array) against an array of `shape` with NumPy's rules and messages;
  /// with `checksArrayBounds` false the index arrays' values are left unchecked, for a write that checks its value's
  /// shape first (`checkArrayBounds` must then run before the plan's positions are used).
  init(_ items: [IndexItem], shape: [Int], isScalar sourceIsScalar: Bool, checksArrayBounds: Bool = true) throws {
    if sourceIsScalar {
      // NumPy indexes a scalar as a 0-d array and reports any failure with one message (`gentype_subscript`).
      do {
        self = try Self(items, shape: shape, isScalar: false)
        return
      } catch {
        throw TensorError.index("invalid index to scalar variable.")
      }
    }
    if let plan = try Self.wholeRowsOrMask(items, shape: shape, checksArrayBounds: checksArrayBounds) {
      self = plan
      return
    }
    let expanded = try Self.expand(items, shape: shape)
    try Self.checkPrepared(expanded, shape: shape)
    // Index arrays fail to broadcast only when there are two or more, and only integer arrays' values can be out of
    // bounds: `a[mask]` and `a[idx]` skip the checks that cannot fail, each of which listed the arrays (and counted a
    // mask's true elements) again.
    var arrayCount = 0
    var hasIntegerArray = false
    for item in expanded {
      switch item {
      case .indices:
        arrayCount += 1
        hasIntegerArray = true
      case .mask: arrayCount += 1
      default: break
      }
    }
    if arrayCount > 1 { try Self.checkBroadcast(expanded, shape: shape) }
    if checksArrayBounds {
      if hasIntegerArray { try Self.checkArrayBounds(expanded, shape: shape) }
    } else {
      uncheckedItems = expanded
    }

    let strides = Shape.strides(shape)
    var offset = 0
    var basic: [(count: Int, stride: Int)] = []
    // Each advanced index as (shape, source offsets per element); ints are 0-d.
    var advanced: [(shape: [Int], offsets: Offsets)] = []
    var insertAt = -1
    var separated = false
    var lastWasAdvanced = false
    var axis = 0
    func noteAdvanced() {
      if insertAt < 0 {
        insertAt = basic.count
      } else if !lastWasAdvanced {
        separated = true
      }
      lastWasAdvanced = true
    }
    for item in expanded {
      switch item {
      case .int(let position):
        let extent = shape[axis]  // in bounds: `checkPrepared` read it
        noteAdvanced()
        advanced.append(([], .listed([(position < 0 ? position + extent : position) * strides[axis]])))
        axis += 1
      case .indices(let indexShape, let values):
        let extent = shape[axis]
        noteAdvanced()
        advanced.append((indexShape, .scaled(indices: values, extent: extent, stride: strides[axis])))
        axis += 1
      case .mask(let maskShape, let values):
        for (k, extent) in maskShape.enumerated() where shape[axis + k] != extent {
          throw TensorError.index(
            "boolean index did not match indexed array along axis \(axis + k); size of axis is \(shape[axis + k]) "
              + "but size of corresponding boolean axis is \(extent)")
        }
        noteAdvanced()
        // `nonzero`: one index array per mask axis; all have the count of true elements, so they combine into one.
        // The mask's axes are consecutive axes of a row-major array, so element `flat` of the mask sits `flat` times
        // the last mask axis's stride from the start (no division needed).
        let step = maskShape.isEmpty ? 0 : strides[axis + maskShape.count - 1]
        let count = Self.trueCount(values)
        advanced.append(([count], .masked(flags: values, step: step, count: count)))
        axis += maskShape.count
      case .slice(let start, let stop, let step):
        let range = try IndexPlan.sliceIndices(start: start, stop: stop, step: step, extent: shape[axis])
        if range.count > 0 { offset += range.start * strides[axis] }
        basic.append((range.count, range.step * strides[axis]))
        lastWasAdvanced = false
        axis += 1
      case .newaxis, .ellipsis:
        basic.append((1, 0))
        lastWasAdvanced = false
      }
    }

    // The advanced indices broadcast together (checked already, ints as 0-d).
    var broadcastShape: [Int] = []
    for entry in advanced { broadcastShape = Shape.broadcast(broadcastShape, entry.shape) ?? broadcastShape }
    let placement = separated ? 0 : insertAt
    // Reserved at its final length: the basic extents' list grew again (a second allocation) to take the broadcast
    // shape.
    var resultShape: [Int] = []
    resultShape.reserveCapacity(basic.count + broadcastShape.count)
    for entry in basic { resultShape.append(entry.count) }
    resultShape.insert(contentsOf: broadcastShape, at: placement)
    if resultShape.count > Shape.maxDimensions {
      throw TensorError.index(
        "number of dimensions must be within [0, \(Shape.maxDimensions)], indexing result would have "
          + "\(resultShape.count)")
    }
    let count = try Shape.checkedCount(resultShape)
    let tableCount = try Shape.checkedCount(broadcastShape)
    try ResourceMeter.charge(work: count + tableCount * advanced.count, bytes: (count + tableCount) * 8)

    // The common case (one index array or mask, and nothing else but unit axes): the index itself is the plan.
    if offset == 0, advanced.count == 1, advanced[0].shape == broadcastShape, basic.allSatisfy({ $0.count == 1 }) {
      picks = advanced[0].offsets
      self.shape = resultShape
      self.sourceShape = shape
      return
    }
    // The combined source offset of each element of the broadcast shape.
    var table: [Int]
    var pending = advanced[...]
    if offset == 0, let first = advanced.first, first.shape == broadcastShape {
      // One index array or mask first: its offsets are the table.
      table = first.offsets.positions
      pending = advanced.dropFirst()
    } else {
      table = [Int](repeating: offset, count: tableCount)
    }
    for entry in pending {
      let offsets = entry.offsets.positions
      if entry.shape == broadcastShape {
        table.withUnsafeMutableBufferPointer { out in
          offsets.withUnsafeBufferPointer { input in
            for k in 0..<input.count { out[k] &+= input[k] }
          }
        }
        continue
      }
      var padded = [Int](repeating: 1, count: broadcastShape.count - entry.shape.count) + entry.shape
      let entryStrides = Shape.strides(padded)
      for k in padded.indices where padded[k] == 1 { padded[k] = 0 }
      let view = StridedView(
        offset: 0, shape: broadcastShape,
        strides: zip(padded, entryStrides).map { $0 == 0 ? 0 : $1 })
      view.forEach { source, target in table[target] += offsets[source] }
    }

    if basic.allSatisfy({ $0.count == 1 }) {
      // Only unit axes besides the advanced ones (`None`, or nothing): the table is the positions.
      picks = .listed(table)
    } else if basic.count == 1 {
      // Two walks, the table and one strided run (`a[idx]` of a matrix: the rows the table picks, each a run along
      // the other axis): every outer offset plus every inner one, written in place, where the list of walks and the
      // recursive walk, which appended each position and sliced the walks once per outer offset, cost more than the
      // positions.
      let run = Walk.strided(count: basic[0].count, stride: basic[0].stride).offsets
      let (outer, inner) = placement == 0 ? (table, run) : (run, table)
      let innerCount = inner.count
      picks = .listed(
        [Int].written(count: count) { out in
          for i in outer.indices {
            let base = outer[i]
            for j in 0..<innerCount { (out + (i &* innerCount &+ j)).initialize(to: base &+ inner[j]) }
          }
        })
    } else {
      var walks: [Walk] = basic.map { .strided(count: $0.count, stride: $0.stride) }
      walks.insert(.table(table), at: placement)
      var positions = [Int]()
      positions.reserveCapacity(count)
      if count > 0 { TakePlan.walk(walks[...], base: 0, into: &positions) }
      picks = .listed(positions)
    }
    self.shape = resultShape
    self.sourceShape = shape
  }

  /// A plan made from its parts.
  private init(picks: Picks, shape: [Int], sourceShape: [Int], uncheckedItems: [IndexItem]?) {
    self.picks = picks
    self.shape = shape
    self.sourceShape = sourceShape
    self.uncheckedItems = uncheckedItems
  }

  /// The plan of the two commonest advanced indices, made without the general path's lists of items, strides, walks
  /// and offsets (each allocated and freed at every `a[idx]` of a loop): one integer array picking whole rows
  /// (`a[idx]`, `a[idx, :]`), or one mask of the array's whole shape (`a[mask]`). The same checks, charges,
  /// messages and positions as the general path; nil for any other index, or for one the general path must report.
  private static func wholeRowsOrMask(_ items: [IndexItem], shape: [Int], checksArrayBounds: Bool) throws -> TakePlan? {
    guard let first = items.first, !shape.isEmpty else { return nil }
    switch first {
    case .indices(let indexShape, let values):
      guard items.count <= shape.count else { return nil }
      for item in items.dropFirst() {
        guard case .slice(nil, nil, nil) = item else { return nil }
      }
      let extent = shape[0]
      let checksNow = checksArrayBounds && !indexShape.contains(0)
      if checksNow, let position = firstOutOfBounds(values, extent: extent) {
        throw TensorError.index("index \(position) is out of bounds for axis 0 with size \(extent)")
      }
      var resultShape = indexShape
      resultShape.append(contentsOf: shape[1...])
      if resultShape.count > Shape.maxDimensions { return nil }
      let count = try Shape.checkedCount(resultShape)
      let tableCount = try Shape.checkedCount(indexShape)
      try ResourceMeter.charge(work: count + tableCount, bytes: (count + tableCount) * 8)
      let picks: Picks =
        shape.count == 1
        ? .scaled(indices: values, extent: extent, stride: 1)
        : .rows(indices: values, extent: extent, length: shape[1...].reduce(1, &*))
      return TakePlan(
        picks: picks, shape: resultShape, sourceShape: shape, uncheckedItems: checksArrayBounds ? nil : items)
    case .mask(let maskShape, let flags):
      guard items.count == 1, maskShape == shape else { return nil }
      let count = trueCount(flags)
      try ResourceMeter.charge(work: count + count, bytes: (count + count) * 8)
      return TakePlan(
        picks: .masked(flags: flags, step: 1, count: count), shape: [count], sourceShape: shape,
        uncheckedItems: checksArrayBounds ? nil : items)
    default: return nil
    }
  }

  /// Appends the positions of `walks` (outermost first) offset by `base`, in row-major order.
  /// `items` with the ellipsis (or the end) filled with full slices, after NumPy's first checks: one ellipsis at
  /// most, no more indexed axes than the array has.
  static func expand(_ items: [IndexItem], shape: [Int]) throws -> [IndexItem] {
    // Counted in one pass over the items, with no filtered list of the ellipses.
    var ellipses = 0
    var consumed = 0
    for item in items {
      switch item {
      case .ellipsis: ellipses += 1
      case .newaxis: break
      case .mask(let maskShape, _): consumed += maskShape.count
      default: consumed += 1
      }
    }
    if ellipses > 1 { throw TensorError.index("an index can only have a single ellipsis ('...')") }
    if consumed > shape.count {
      throw TensorError.index(
        "too many indices for array: array is \(shape.count)-dimensional, but \(consumed) were indexed")
    }
    let fillCount = shape.count - consumed
    // No ellipsis and every axis indexed (`a[mask]` of the whole shape): the items as they are.
    if ellipses == 0 && fillCount == 0 { return items }
    let full = IndexItem.slice(start: nil, stop: nil, step: nil)
    var expanded: [IndexItem] = []
    expanded.reserveCapacity(items.count - ellipses + fillCount)
    for item in items {
      if case .ellipsis = item {
        for _ in 0..<fillCount { expanded.append(full) }
      } else {
        expanded.append(item)
      }
    }
    if ellipses == 0 { for _ in 0..<fillCount { expanded.append(full) } }
    return expanded
  }

  /// NumPy's checks while it prepares an index (`prepare_index`) and takes the view of its int and slice items, which
  /// come before anything else (before an assigned value is converted): every boolean index's shape, then every int
  /// in bounds.
  static func checkPrepared(_ items: [IndexItem], shape: [Int]) throws {
    var axis = 0
    for item in items {
      switch item {
      case .mask(let maskShape, _):
        for (k, extent) in maskShape.enumerated() where shape[axis + k] != extent {
          throw TensorError.index(
            "boolean index did not match indexed array along axis \(axis + k); size of axis is \(shape[axis + k]) "
              + "but size of corresponding boolean axis is \(extent)")
        }
        axis += maskShape.count
      case .newaxis, .ellipsis: break
      default: axis += 1
      }
    }
    axis = 0
    for item in items {
      switch item {
      case .int(let position):
        let extent = shape[axis]
        guard position >= -extent && position < extent else {
          throw TensorError.index("index \(position) is out of bounds for axis \(axis) with size \(extent)")
        }
        axis += 1
      case .mask(let maskShape, _): axis += maskShape.count
      case .newaxis, .ellipsis: break
      default: axis += 1
      }
    }
  }

  /// The shapes of the index arrays (a mask's as its count of true elements) with the axis each starts at.
  private static func arrays(_ items: [IndexItem]) -> [(shape: [Int], axis: Int, values: [Int]?)] {
    var axis = 0
    var found: [(shape: [Int], axis: Int, values: [Int]?)] = []
    for item in items {
      switch item {
      case .indices(let indexShape, let values):
        found.append((indexShape, axis, values))
        axis += 1
      case .mask(let maskShape, let values):
        found.append(([trueCount(values)], axis, nil))
        axis += maskShape.count
      case .newaxis, .ellipsis: break
      default: axis += 1
      }
    }
    return found
  }

  /// The map iterator's first check: the index arrays broadcast together (their shapes listed, the ints' not).
  private static func checkBroadcast(_ items: [IndexItem], shape: [Int]) throws {
    let shapes = arrays(items).map(\.shape)
    var broadcastShape: [Int] = []
    for arrayShape in shapes {
      guard let joined = Shape.broadcast(broadcastShape, arrayShape) else {
        let listed = shapes.map { Shape.compact($0) }.joined(separator: " ")
        throw TensorError.index(
          "shape mismatch: indexing arrays could not be broadcast together with shapes \(listed) ")
      }
      broadcastShape = joined
    }
  }

  /// The index arrays' values checked, where the plan was made without (nothing when it was made with).
  func checkDeferredBounds() throws {
    if let uncheckedItems { try Self.checkArrayBounds(uncheckedItems, shape: sourceShape) }
  }

  /// The map iterator's last check: the index arrays' values in bounds, which NumPy reads only when the result has
  /// elements.
  static func checkArrayBounds(_ items: [IndexItem], shape: [Int]) throws {
    // One index array and no other (`a[idx]`): its shape is the broadcast shape, and it is checked where it stands,
    // without the list of arrays `arrays` makes.
    var arrayCount = 0
    var single: (axis: Int, shape: [Int], values: [Int])? = nil
    var axis = 0
    for item in items {
      switch item {
      case .indices(let indexShape, let values):
        arrayCount += 1
        single = (axis, indexShape, values)
        axis += 1
      case .mask(let maskShape, _):
        arrayCount += 1
        axis += maskShape.count
      case .newaxis, .ellipsis: break
      default: axis += 1
      }
    }
    if arrayCount == 1, let single {
      guard !single.shape.contains(0) else { return }
      if let position = firstOutOfBounds(single.values, extent: shape[single.axis]) {
        throw TensorError.index(
          "index \(position) is out of bounds for axis \(single.axis) with size \(shape[single.axis])")
      }
      return
    }
    let found = arrays(items)
    var broadcastShape: [Int] = []
    for entry in found { broadcastShape = Shape.broadcast(broadcastShape, entry.shape) ?? broadcastShape }
    guard !broadcastShape.contains(0) else { return }
    for entry in found {
      guard let values = entry.values else { continue }
      if let position = firstOutOfBounds(values, extent: shape[entry.axis]) {
        throw TensorError.index(
          "index \(position) is out of bounds for axis \(entry.axis) with size \(shape[entry.axis])")
      }
    }
  }

  private static func walk(_ walks: ArraySlice<Walk>, base: Int, into positions: inout [Int]) {
    guard let first = walks.first else {
      positions.append(base)
      return
    }
    let rest = walks.dropFirst()
    switch first {
    case .strided(let count, let stride):
      if rest.isEmpty {
        for k in 0..<count { positions.append(base + k * stride) }
      } else {
        for k in 0..<count { walk(rest, base: base + k * stride, into: &positions) }
      }
    case .table(let offsets):
      if rest.isEmpty {
        for offset in offsets { positions.append(base + offset) }
      } else {
        for offset in offsets { walk(rest, base: base + offset, into: &positions) }
      }
    }
  }

  /// The positions of a basic index's strided view, so that assignment has one path for every index.
  init(basic plan: IndexPlan) throws {
    let count = Shape.count(plan.view.shape)
    try ResourceMeter.charge(work: count, bytes: count * 8)
    // Written through a pointer: storing into the list element by element checked its bounds and its uniqueness at
    // every element (`a[1:, ::2] = s` in a loop).
    let positions = [Int].written(count: count) { out in
      plan.view.forEach { source, target in (out + target).initialize(to: source) }
    }
    picks = .listed(positions)
    self.shape = plan.view.shape
    self.sourceShape = plan.sourceShape
  }

  /// The first index outside [-extent, extent), in order, or nil when all are in bounds.
  private static func firstOutOfBounds(_ indices: [Int], extent: Int) -> Int? {
    indices.withUnsafeBufferPointer { input in
      // The extremes first, in a loop without an exit (which vectorises); the search only when one is out.
      var (low, high) = (0, 0)
      for k in 0..<input.count {
        low = Swift.min(low, input[k])
        high = Swift.max(high, input[k])
      }
      guard low < -extent || high >= extent else { return nil }
      return input.first { $0 < -extent || $0 >= extent }
    }
  }

  /// How many flags are true.
  private static func trueCount(_ flags: [Bool]) -> Int {
    // A Bool is stored as the byte 0 or 1: the bytes added up eight at a time in the lanes of a word (the loop over
    // bytes was not vectorised: two instructions a byte), each lane at most 255 before the lanes are summed.
    flags.withUnsafeBytes { bytes in
      var count = 0
      var offset = 0
      let whole = bytes.count & ~7
      while offset < whole {
        var lanes: UInt64 = 0
        let stop = Swift.min(whole, offset &+ 8 &* 255)
        while offset < stop {
          lanes &+= bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
          offset &+= 8
        }
        let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
        count &+= Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
      }
      while offset < bytes.count {
        count &+= Int(bytes[offset])
        offset &+= 1
      }
      return count
    }
  }

  /// The number of selected elements.
  var count: Int {
    switch picks {
    case .listed(let positions): positions.count
    case .scaled(let indices, _, _): indices.count
    case .masked(_, _, let count): count
    case .rows(let indices, _, let length): indices.count &* length
    }
  }

  /// The selected elements as a new array.
  func gather(_ source: Tensor) -> Tensor {
    func pick<T>(_ values: [T]) -> [T] {
      // `written`: `init(unsafeUninitializedCapacity:)` took the unspecialised allocator (about 530 instructions of
      // each small `a[mask]` and `a[idx]`, in callgrind).
      [T].written(count: count) { out in
        values.withUnsafeBufferPointer { input in
          let input = input.baseAddress!
          switch picks {
          case .listed(let positions):
            positions.withUnsafeBufferPointer { picks in
              for k in 0..<picks.count { (out + k).initialize(to: input[picks[k]]) }
            }
          case .scaled(let indices, let extent, let stride):
            indices.withUnsafeBufferPointer { indices in
              for k in 0..<indices.count {
                let index = indices[k]
                (out + k).initialize(to: input[(index < 0 ? index + extent : index) &* stride])
              }
            }
          case .rows(let indices, let extent, let length):
            indices.withUnsafeBufferPointer { indices in
              for k in 0..<indices.count {
                let index = indices[k]
                let start = input + (index < 0 ? index + extent : index) &* length
                (out + k &* length).initialize(from: start, count: length)
              }
            }
          case .masked(let flags, let step, let count) where step == 1:
            flags.withUnsafeBytes { Self.gatherRuns(input, flaggedBy: $0, count: count, into: out) }
          case .masked(let flags, let step, let count):
            flags.withUnsafeBufferPointer { flags in
              // Every element is written at the next free place, which moves on only past a true flag: no branch
              // for the flags to mispredict. The loop ends at the last true flag, so nothing lands past the end;
              // `T` is a plain value (a number), so writing a place twice needs no deinitialization.
              var k = 0
              var flat = 0
              while k < count {
                (out + k).initialize(to: input[flat &* step])
                k &+= flags[flat] ? 1 : 0
                flat &+= 1
              }
            }
          }
        }
      }
    }
    let storage: Storage =
      switch source.storage {
      case .float64(let values): .float64(pick(values))
      case .int64(let values): .int64(pick(values))
      case .bool(let values): .bool(pick(values))
      case .complex128(let values): .complex128(pick(values))
      }
    return Tensor(shape: shape, storage: storage, isScalar: false, node: nil)
  }

  /// Writes the `count` elements of `input` whose flag is true (a `Bool` is the byte 0 or 1) to `out`, in order.
  /// The flags are read eight at a time, as NumPy's boolean subscript skips a run of false flags and copies a run of
  /// true ones whole: a mask made by a threshold (`a > 0.5`) is mostly such runs, and its elements were each tested
  /// one by one (eight instructions an element). A word of mixed flags is written element by element, without a branch
  /// on the flag: each element lands at the next free place, which moves on only past a true flag, and the loop stops
  /// at the last true one, so nothing lands past the end (`T` is a plain number: writing a place twice needs no
  /// deinitialization).
  private static func gatherRuns<T>(
    _ input: UnsafePointer<T>, flaggedBy flags: UnsafeRawBufferPointer, count: Int, into out: UnsafeMutablePointer<T>
  ) {
    let allTrue: UInt64 = 0x0101_0101_0101_0101
    let end = flags.count
    var k = 0
    var flat = 0
    while k < count {
      if flat &+ 8 <= end {
        let word = flags.loadUnaligned(fromByteOffset: flat, as: UInt64.self)
        if word == 0 {
          flat &+= 8
          continue
        }
        if word == allTrue {
          (out + k).initialize(from: input + flat, count: 8)
          k &+= 8
          flat &+= 8
          continue
        }
        let stop = flat &+ 8
        while flat < stop && k < count {
          (out + k).initialize(to: input[flat])
          k &+= Int(flags[flat])
          flat &+= 1
        }
        continue
      }
      (out + k).initialize(to: input[flat])
      k &+= Int(flags[flat])
      flat &+= 1
    }
  }

  /// The gradient of the gather: `upstream` added back at each position, repeated positions summed.
  func scatterAdd(_ upstream: [Double]) -> [Double] {
    var result = [Double](repeating: 0, count: Shape.count(sourceShape))
    for (k, position) in positions.enumerated() { result[position] += upstream[k] }
    return result
  }
}

extension Tensor {
  /// `a[mask] = x` with a mask of the array's whole shape and one value (`a[a > 0] = 0`), as NumPy runs it: one pass
  /// that copies each element or puts `fill`, with no list of positions (which cost as much again as the copy).
  /// The general path accepts the same operands without an error, so only the work differs.
  fileprivate func filling(_ values: [Double], where flags: [Bool], with fill: Double) throws -> Tensor {
    // The updated array is a new buffer (docbuild's arrays are values), charged as any new value is.
    try ResourceMeter.chargeAllocation(elements: size, itemSize: dtype.itemSize)
    let filled = [Double](unsafeUninitializedCapacity: values.count) { out, initialized in
      values.withUnsafeBufferPointer { input in
        flags.withUnsafeBufferPointer { mask in
          for k in 0..<input.count { (out.baseAddress! + k).initialize(to: mask[k] ? fill : input[k]) }
        }
      }
      initialized = values.count
    }
    return Tensor(shape: shape, storage: .float64(filled), isScalar: isScalar)
  }
}

/// True when the index needs advanced indexing (an array or a mask among its items).
func isAdvanced(_ items: [IndexItem]) -> Bool {
  items.contains {
    switch $0 {
    case .indices, .mask: true
    default: false
    }
  }
}

extension Tensor {
  /// This array, the result of writing `value` into `old` in place, with an `.assignment` node when `old` or `value`
  /// lies on a gradient path: the write is not recorded, so a gradient through it is refused by name rather than
  /// silently zero or partial. The old array is kept as its node alone, in an empty value, as
  /// `writeElementInPlace` keeps it: no gradient or re-evaluation reads the elements of a value behind an assignment,
  /// and a loop writing one element at a time into an array two names hold kept every earlier version of it.
  public func markingAssignment(over old: Tensor, value: Tensor) -> Tensor {
    guard dtype.isInexact, old.node != nil || value.node != nil else { return self }
    var result = self
    let oldNode = Tensor(shape: [0], storage: .float64([]), isScalar: false, node: old.node)
    result.node = GraphNode(operation: .assignment, inputs: [oldNode, value])
    return result
  }

  /// `a[index] = value` with NumPy's semantics: `value` broadcast to the indexed shape and cast to `a`'s dtype
  /// (NumPy's unsafe casting of assignment, except that NaN or infinity into an int array is refused as Python's
  /// float-to-int conversion refuses it), written position by position so that a repeated index keeps the last value.
  /// Returns the updated array; untracked by autodiff (the interpreter refuses assignment into traced values, and
  /// marks an array without views written on a gradient path with `markingAssignment`).
  public func assigning(_ items: [IndexItem], _ value: Tensor) throws -> Tensor {
    if value.dtype.isComplex && !dtype.isComplex {
      if value.isPythonScalar {
        throw TensorError.type(
          dtype.isFloat
            ? "float() argument must be a string or a real number, not 'complex'"
            : "int() argument must be a string, a bytes-like object or a real number, not 'complex'")
      }
      throw TensorError.limit(
        "assigning complex values into a \(dtype.rawValue) array discards their imaginary parts in NumPy (with a "
          + "ComplexWarning); snippets refuse it: assign .real explicitly")
    }
    if dtype.isComplex {
      let converted = value.converted(as: dtype).widened
      return try widened.assigningWide(items, converted).tagged(dtype)
    }
    guard dtype.isNarrow || value.dtype.isNarrow else { return try assigningWide(items, value) }
    // NumPy casts the value to the array's dtype (unsafe casting: arrays wrap), but refuses a Python int out of
    // its range.
    if value.isPythonScalar, dtype.isInteger, dtype.isNarrow, case .int64(let ints) = value.storage,
      let int = ints.first, !dtype.holds(int)
    {
      throw TensorError("OverflowError", "Python integer \(int) out of bounds for \(dtype.rawValue)")
    }
    let converted = try value.checkedConversion(to: dtype).widened
    if !dtype.isNarrow { return try assigningWide(items, converted) }
    return try widened.assigningWide(items, converted).tagged(dtype)
  }

  private func assigningWide(_ items: [IndexItem], _ value: Tensor) throws -> Tensor {
    if items.count == 1, case .mask(let maskShape, let flags) = items[0], maskShape == shape, !shape.isEmpty,
      case .float64(let values) = storage, value.ndim <= 1, value.size == 1
    {
      return try filling(values, where: flags, with: value.doubles[0])
    }
    let (positions, source) = try writePlan(items, value)
    // The updated array is a new buffer (docbuild's arrays are values), charged as any new value is.
    try ResourceMeter.chargeAllocation(elements: size, itemSize: dtype.itemSize)
    var written = storage
    try Self.write(source, at: positions, into: &written)
    return Tensor(shape: shape, storage: written, isScalar: isScalar)
  }

  /// Where `a[items] = value` writes (row-major offsets) and the value broadcast to them, with NumPy's errors for a
  /// value that does not fit the selection.
  func writePlan(_ items: [IndexItem], _ value: Tensor) throws -> (positions: [Int], source: Tensor) {
    // NumPy checks the value's shape against the selection before it reads the index arrays' values.
    let advanced = isAdvanced(items)
    let plan =
      advanced
      ? try TakePlan(items, shape: shape, isScalar: isScalar, checksArrayBounds: false)
      : try TakePlan(basic: IndexPlan(items, shape: shape, isScalar: isScalar))
    let source = try writtenSource(value, items: items, selection: plan.shape, count: plan.count)
    if advanced {
      // NumPy converts the value before it reads the index arrays' values.
      if case .int64 = storage { try Self.checkIntConversion(of: source) }
      try plan.checkDeferredBounds()
    }
    return (plan.positions, source)
  }

  /// `writePlan` of a basic index (ints, slices, `...`, `None`): the selection as a strided walk of this array's
  /// elements, with no list of its positions (an allocation, and a pass writing it, at every `a[1:, ::2] = s`).
  func basicWritePlan(_ items: [IndexItem], _ value: Tensor, cache: IndexPlanCache? = nil) throws -> (
    selection: IndexPlan, source: Tensor
  ) {
    let plan =
      if let cache, !isScalar {
        try cache.plan(items, shape: shape)
      } else {
        try IndexPlan(items, shape: shape, isScalar: isScalar)
      }
    let shape = plan.view.shape
    // A value of the selection's shape is written as it is: the write reads its elements only, so its history need
    // not be cut from a copy (`detached` made and freed an array object at every `a[1:, ::2] = s`).
    if value.shape == shape { return (plan, value) }
    return (plan, try writtenSource(value, items: items, selection: shape, count: Shape.count(shape)))
  }

  /// `value` as `a[items] = value` writes it into a selection of `shape` (`count` elements): NumPy's errors for a
  /// value that does not fit, its leading unit axes dropped, broadcast to the selection unless it is one element.
  private func writtenSource(_ value: Tensor, items: [IndexItem], selection shape: [Int], count: Int) throws -> Tensor {
    var source = value.detached
    if items.count == 1, case .mask(let maskShape, _) = items[0], maskShape == self.shape {
      // NumPy's own path for a full boolean mask, with its own messages (a 0-d array's one bool too).
      if source.ndim > 1 {
        throw TensorError.type(
          "NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has \(source.ndim) "
            + "dimensions")
      }
      if source.size != 1 && source.size != count {
        throw TensorError.value(
          "NumPy boolean array indexing assignment cannot assign \(source.size) input values to the "
            + "\(count) output values where the mask is true")
      }
    }
    // NumPy drops a value's leading unit axes that the indexed shape lacks (`a[0:2] = [[1, 2]]`).
    while source.ndim > shape.count, source.shape[0] == 1 {
      source = source.reshapedUnrecorded(Array(source.shape.dropFirst()))
    }
    if source.shape != shape {
      guard let joined = Shape.broadcast(source.shape, shape), joined == shape else {
        if isAdvanced(items) {
          throw TensorError.value(
            "shape mismatch: value array of shape \(Shape.compact(source.shape)) could not be broadcast to indexing "
              + "result of shape \(Shape.compact(shape))")
        }
        throw TensorError.value(
          "could not broadcast input array from shape \(Shape.compact(source.shape)) into shape "
            + "\(Shape.compact(shape))")
      }
      if source.size != 1 { source = try ShapeKernels.broadcast(source, to: shape) }
    }
    return source
  }

  /// NumPy's checks of an index before an assigned value is converted (`prepare_index` and the view of its int and
  /// slice items): an ellipsis at most, no more axes than the array has, every boolean index's shape, every int in
  /// bounds.
  public func checkPreparedIndex(_ items: [IndexItem]) throws {
    try TakePlan.checkPrepared(TakePlan.expand(items, shape: shape), shape: shape)
  }

  /// The checks of floats written into an int array: a number (Python's or NumPy's scalar) is converted as Python's
  /// int() converts it; an array, even a 0-d one, is cast, which NumPy does with a RuntimeWarning and a value each
  /// CPU chooses (INT_MIN on x86-64) for NaN and infinities, and with wrapping past the int64 range: refused.
  static func checkIntConversion(of source: Tensor) throws {
    guard case .float64(let doubles) = source.storage else { return }
    if let bad = doubles.first(where: { !$0.isFinite }) {
      guard source.isScalar || source.isPythonScalar else {
        throw TensorError(
          "NotImplementedError",
          "an array holding \(bad.isNaN ? "NaN" : "an infinity") cast into an int64 array gives a value each CPU "
            + "chooses in NumPy (with a RuntimeWarning); snippets refuse it",
          isLimit: true)
      }
      throw TensorError.value(
        bad.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
    }
    if doubles.contains(where: { $0 >= 9.223372036854775807e18 || $0 < -9.223372036854775808e18 }) {
      throw TensorError(
        "NotImplementedError",
        "a float outside the int64 range assigned into an int64 array wraps in NumPy; snippets refuse it",
        isLimit: true)
    }
  }

  /// Writes `source` (one element for all, or one for each position) at `positions` of `storage`, converted to its
  /// storage class as NumPy's assignment converts; `storage` is checked (an int array refuses NaN, infinities and
  /// floats past the int64 range) before any element changes, so a write that throws leaves it as it was. The
  /// elements are moved out of the enum while they are written, so a buffer nothing else holds is written in place.
  static func write(_ source: Tensor, at positions: [Int], into storage: inout Storage) throws {
    try positions.withUnsafeBufferPointer { picks in
      try write(source, count: picks.count, into: &storage, walk: ListedPositions(positions: picks))
    }
  }

  /// `write(_:at:into:)` at the positions of a strided walk of `storage` (a basic index's selection), in its order.
  static func write(_ source: Tensor, along selection: StridedView, into storage: inout Storage) throws {
    let count = Shape.count(selection.shape)
    if selection.shape.count == 2, count > 1, case .float64(let input) = source.storage, input.count == count,
      case .float64(var values) = storage
    {
      // Float64 rows into float64 rows (`a[1:, ::2] = s`): the two loops with the element copy inside, where the
      // generic walk called its closure at every element (14 instructions an element, twice per write of a view).
      storage = .bool([])
      defer { storage = .float64(values) }
      let rows = selection.shape[0]
      let columns = selection.shape[1]
      let rowStep = selection.strides[0]
      let step = selection.strides[1]
      values.withUnsafeMutableBufferPointer { out in
        input.withUnsafeBufferPointer { from in
          guard let written = out.baseAddress, var read = from.baseAddress else { return }
          // Checked arithmetic, though none can overflow: unchecked, the compiler vectorised the loop for rows of
          // consecutive elements, and a (9, 5) selection paid that loop's setup at every row (1,388 instructions a
          // write of 90 elements, where this loop takes 1,044).
          for row in 0..<rows {
            var position = selection.offset + row * rowStep
            for _ in 0..<columns {
              written[position] = read.pointee
              read += 1
              position += step
            }
          }
        }
      }
      return
    }
    try write(source, count: count, into: &storage, walk: selection)
  }

  /// The write of `source` into `count` positions of `storage`, which `walk` hands to its argument with each
  /// position's index in the selection, in order. Generic, so that each walk's loop is compiled with the element
  /// write inside it (a closure handing the walk over was called at every element).
  private static func write<Positions: PositionWalk>(
    _ source: Tensor, count: Int, into storage: inout Storage, walk: Positions
  ) throws {
    switch storage {
    case .float64(var values):
      storage = .bool([])
      defer { storage = .float64(values) }
      values.withUnsafeMutableBufferPointer { out in
        if source.size == 1, count > 1 {
          // One value for every position (`a[mask] = 0`): no broadcast copy.
          let fill = source.doubles[0]
          walk.forEach { position, _ in out[position] = fill }
          return
        }
        source.doubles.withUnsafeBufferPointer { input in walk.forEach { position, k in out[position] = input[k] } }
      }
    case .int64(var values):
      let new: [Int64]
      switch source.storage {
      case .int64(let ints): new = ints
      case .bool(let flags): new = flags.map { $0 ? 1 : 0 }
      case .complex128:
        // Refused in `assigning` before this point.
        new = source.int64s
      case .float64(let doubles):
        try checkIntConversion(of: source)
        new = doubles.map { Int64($0.rounded(.towardZero)) }
      }
      storage = .bool([])
      // A one-element value was not broadcast: it fills every position.
      walk.forEach { position, k in values[position] = new[new.count == 1 ? 0 : k] }
      storage = .int64(values)
    case .bool(var values):
      let new: [Bool] =
        switch source.storage {
        case .bool(let flags): flags
        case .int64(let ints): ints.map { $0 != 0 }
        case .float64(let doubles): doubles.map { $0 != 0 }
        case .complex128: source.bools
        }
      storage = .bool([])
      walk.forEach { position, k in values[position] = new[new.count == 1 ? 0 : k] }
      storage = .bool(values)
    case .complex128(var values):
      let new = source.complexes
      storage = .bool([])
      walk.forEach { position, k in values[position] = new[new.count == 1 ? 0 : k] }
      storage = .complex128(values)
    }
  }
}

/// Positions a write visits in order, each with its index in the selection (`Tensor.write`'s walks).
protocol PositionWalk {
  /// Calls `body(position, index)` for each position, in order.
  func forEach(_ body: (Int, Int) -> Void)
}

extension StridedView: PositionWalk {}

/// A list of positions, in its order.
struct ListedPositions: PositionWalk {
  /// The positions.
  let positions: UnsafeBufferPointer<Int>

  @inline(__always)
  func forEach(_ body: (Int, Int) -> Void) {
    for k in 0..<positions.count { body(positions[k], k) }
  }
}
