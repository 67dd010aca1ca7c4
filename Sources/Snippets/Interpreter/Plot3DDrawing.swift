import Plot
import TensorCore

/// What 3-D axes draw: `plot`, `scatter`, `plot_surface`, `plot_wireframe` and `quiver`, with matplotlib 3.11's
/// defaults (strides from 50 rows and columns, `quiver`'s heads at 0.3 of the arrow, 15° off the shaft).
extension Interpreter {
  mutating func draw3D(_ box: FigureBox, _ index: Int, _ name: String, _ call: CallArguments, caller: String)
    throws(PythonError) -> Value
  {
    func keyword(_ names: String...) -> Value? {
      call.keywords.first { names.contains($0.name) && !$0.value.isNone }?.value
    }
    let label = try keyword("label").map { (value) throws(PythonError) in try PlotState.figureText(value.str) }
    let alpha = try keyword("alpha").map { (value) throws(PythonError) in try Self.plotAlpha(value) } ?? 1
    var scene = box.figure.axes[index].scene ?? Scene3D()
    defer { box.figure.axes[index].scene = scene }
    switch name {
    case "plot":
      try Self.checkPlotKeywords(call, allowed: Self.plotKeywords.union(["zs"]), caller: caller)
      // `plot(xs, ys, zs, fmt)`: zs is the third argument unless it is the format (then `zs=`, default 0).
      var positional = call.positional
      guard positional.count >= 2 else {
        throw PythonError.type("Axes3D.plot() missing required positional arguments: 'xs' and 'ys'")
      }
      var zs = call.keywords.first { $0.name == "zs" }?.value ?? .int(0)
      if positional.count >= 3, !Self.isText(positional[2]) { zs = positional.remove(at: 2) }
      guard positional.count <= 3, positional.count == 2 || Self.isText(positional[2]) else {
        throw Self.unsupportedPlot("\(caller) of several datasets in one call", supported: ["xs, ys, zs, fmt"])
      }
      var flat = call
      flat.positional = positional
      flat.keywords = call.keywords.filter { $0.name != "zs" }
      let lines = try makeLines(flat, axes: &box.figure.axes[index])
      guard lines.count <= 1 else {
        throw Self.unsupportedPlot("\(caller) of 2-D data", supported: ["1-D xs, ys and zs"])
      }
      guard let line = lines.first else { return try .makeList([]) }
      let z = try Self.broadcast3D(zs, count: line.x.count, what: "zs")
      try Self.charge(box, line.x.count)
      scene.artists.append(.line(Line3D(x: line.x, y: line.y, z: z, style: line)))
      return try .makeList([.plot(.artist("mpl_toolkits.mplot3d.art3d.Line3D"))])
    case "scatter":
      let allowed: Set<String> = [
        "xs", "ys", "zs", "s", "c", "color", "marker", "alpha", "label", "cmap", "vmin", "vmax", "depthshade",
      ]
      try Self.checkPlotKeywords(call, allowed: allowed, caller: caller)
      var positional = call
      positional.keywords = call.keywords.filter { ["xs", "ys", "zs", "s", "c"].contains($0.name) }
      let bound = try positional.bind(["xs", "ys", "zs", "s", "c"], required: 2)
      let x = try Self.data3D(bound.value("xs"), what: "xs")
      let y = try Self.data3D(bound.value("ys"), what: "ys")
      guard x.count == y.count else { throw PythonError.value("x and y must be the same size") }
      let z = try Self.broadcast3D(bound["zs"] ?? .int(0), count: x.count, what: "zs")
      // The flat scatter parses sizes, colours and the colour map; its points then move into the scene.
      var flat = call
      flat.positional = [Self.vector(x), Self.vector(y)]
      flat.keywords = call.keywords.filter { !["xs", "ys", "zs", "s", "c", "depthshade"].contains($0.name) }
      if let s = bound["s"] { flat.keywords.append(("s", Self.flatValue(s))) }
      if let c = bound["c"] { flat.keywords.append(("c", Self.flatValue(c))) }
      if bound["s"] == nil { flat.keywords.append(("s", .int(20))) }
      let artists = box.figure.axes[index].artists.count
      let mappable = box.currentMappable
      _ = try axesMethodFlatDraw(box, index, flat, caller: caller)
      guard box.figure.axes[index].artists.count == artists + 1,
        case .scatter(let style) = box.figure.axes[index].artists.removeLast()
      else { return .none }
      box.currentMappable = mappable
      let depthShade = try keyword("depthshade")?.truthValue() ?? true
      scene.artists.append(.scatter(Scatter3D(x: x, y: y, z: z, style: style, depthShade: depthShade)))
      return .plot(.artist("mpl_toolkits.mplot3d.art3d.Path3DCollection"))
    case "plot_surface", "plot_wireframe":
      let wireframe = name == "plot_wireframe"
      var allowed: Set<String> = [
        "X", "Y", "Z", "rstride", "cstride", "rcount", "ccount", "color", "linewidth", "lw", "linewidths", "alpha",
        "label", "antialiased", "antialiaseds",
      ]
      if !wireframe { allowed.formUnion(["cmap", "vmin", "vmax", "edgecolor", "edgecolors", "shade"]) }
      try Self.checkPlotKeywords(call, allowed: allowed, caller: caller)
      var positional = call
      positional.keywords = call.keywords.filter { ["X", "Y", "Z"].contains($0.name) }
      let bound = try positional.bind(["X", "Y", "Z"], required: 3)
      let grid = try Self.grid3D(bound.value("X"), bound.value("Y"), bound.value("Z"), box: box)
      let (rowStride, columnStride) = try Self.strides(
        call, rows: grid.rows, columns: grid.columns, caller: caller)
      let width = try keyword("linewidth", "lw", "linewidths").map { (value) throws(PythonError) in
        try Self.plotNumber(value, what: "linewidth")
      }
      if let width, !(0...100).contains(width) {
        throw PythonError.value("linewidth must be between 0 and 100 points")
      }
      if wireframe {
        // A `Line3DCollection` takes `lines.color` (C0), not the next colour of the cycle.
        let color = try keyword("color").map { (value) throws(PythonError) in try Self.plotColor(value) } ?? .cycle(0)
        scene.artists.append(
          .surface(
            Surface3D(
              rows: grid.rows, columns: grid.columns, x: grid.x, y: grid.y, z: grid.z, rowStride: rowStride,
              columnStride: columnStride, wireframe: true, scale: nil, color: color, lineWidth: width ?? 1.5,
              alpha: alpha, label: label)))
        return .plot(.artist("mpl_toolkits.mplot3d.art3d.Line3DCollection"))
      }
      if let shade = keyword("shade"), try shade.truthValue() != (keyword("cmap") == nil) {
        throw Self.unsupportedPlot("\(caller)(shade=…)", supported: ["shade by default without cmap"])
      }
      var scale: ColorScale?
      var color = PlotColor.cycle(0)
      if let cmap = keyword("cmap") {
        // The faces are coloured by the mean z of their corners, scaled over all faces unless vmin/vmax are given.
        let means = Self.faceMeans(grid, rowStride: rowStride, columnStride: columnStride)
        let faceScale = ColorScale(
          colormap: try Self.plotColormap(cmap), values: means,
          vmin: try Self.colorLimit(keyword("vmin"), what: "vmin"),
          vmax: try Self.colorLimit(keyword("vmax"), what: "vmax"))
        try Self.checkScale(faceScale)
        scale = faceScale
      } else {
        color =
          try keyword("color").map { (value) throws(PythonError) in try Self.plotColor(value) }
          ?? box.figure.axes[index].nextCycleColor()
      }
      let edge = try keyword("edgecolor", "edgecolors").map { (value) throws(PythonError) in
        try Self.plotColor(value)
      }
      scene.artists.append(
        .surface(
          Surface3D(
            rows: grid.rows, columns: grid.columns, x: grid.x, y: grid.y, z: grid.z, rowStride: rowStride,
            columnStride: columnStride, wireframe: false, scale: scale, color: color, lineWidth: width ?? 1,
            edgeColor: edge, alpha: alpha, label: label)))
      if scale != nil {
        let artist = scene.artists.count - 1
        return .plot(.surface3D(box, axes: index, artist: artist))
      }
      return .plot(.artist("mpl_toolkits.mplot3d.art3d.Poly3DCollection"))
    default:
      return try quiver3D(box, index, call, scene: &scene, label: label, alpha: alpha, caller: caller)
    }
  }

  /// `scatter` of the flat axes, parsing what 3-D scatter shares with it.
  private mutating func axesMethodFlatDraw(_ box: FigureBox, _ index: Int, _ call: CallArguments, caller: String)
    throws(PythonError) -> Value
  {
    try drawOther(box, index, "scatter", call, caller: caller)
  }

  /// `quiver(X, Y, Z, U, V, W, length=1, arrow_length_ratio=0.3, pivot='tail', normalize=False)`.
  private func quiver3D(
    _ box: FigureBox, _ index: Int, _ call: CallArguments, scene: inout Scene3D, label: String?, alpha: Double,
    caller: String
  ) throws(PythonError) -> Value {
    let allowed: Set<String> = [
      "X", "Y", "Z", "U", "V", "W", "length", "arrow_length_ratio", "pivot", "normalize", "color", "colors",
      "linewidth", "lw", "linewidths", "alpha", "label",
    ]
    try Self.checkPlotKeywords(call, allowed: allowed, caller: caller)
    var positional = call
    positional.keywords = call.keywords.filter { ["X", "Y", "Z", "U", "V", "W"].contains($0.name) }
    let bound = try positional.bind(["X", "Y", "Z", "U", "V", "W"], required: 6)
    var columns: [[Double]] = []
    for name in ["X", "Y", "Z", "U", "V", "W"] { columns.append(try Self.data3D(bound.value(name), what: name)) }
    let count = columns.map(\.count).max() ?? 0
    for (position, column) in columns.enumerated() where column.count != 1 && column.count != count {
      throw PythonError.value(
        "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape "
          + "(\(columns[0].count),) and arg \(position) with shape (\(column.count),).")
    }
    func keyword(_ names: String...) -> Value? {
      call.keywords.first { names.contains($0.name) && !$0.value.isNone }?.value
    }
    let length =
      try keyword("length").map { (value) throws(PythonError) in try Self.plotNumber(value, what: "length") }
      ?? 1
    let ratio =
      try keyword("arrow_length_ratio").map { (value) throws(PythonError) in
        try Self.plotNumber(value, what: "arrow_length_ratio")
      } ?? 0.3
    guard length.isFinite, ratio.isFinite else { throw PythonError.value("length must be finite") }
    let pivot: Double
    switch keyword("pivot") {
    case nil, .string("tail")?: pivot = 1
    case .string("middle")?: pivot = 0.5
    case .string("tip")?: pivot = 0
    case let other?:
      throw PythonError.value(
        "\(other.repr) is not a valid value for pivot; supported values are 'tail', 'middle', 'tip'")
    }
    let normalize = try keyword("normalize")?.truthValue() ?? false
    let color = try keyword("color", "colors").map { (value) throws(PythonError) in try Self.plotColor(value) }
    let width = try keyword("linewidth", "lw", "linewidths").map { (value) throws(PythonError) in
      try Self.plotNumber(value, what: "linewidth")
    }
    if let width, !(0...100).contains(width) { throw PythonError.value("linewidth must be between 0 and 100 points") }
    try Self.charge(box, count * 3)
    var segments: [[Double]] = []
    var heads: [[Double]] = []
    var tails: [[Double]] = []
    let rotation = 15 * Double.pi / 180
    let (c, s) = (Elementary.cos(rotation), Elementary.sin(rotation))
    for item in 0..<count {
      let value = columns.map { $0.count == 1 ? $0[0] : $0[item] }
      var direction = Array(value[3...])
      guard value.allSatisfy(\.isFinite) else { continue }
      if normalize {
        let norm = (direction.map { $0 * $0 }.reduce(0, +)).squareRoot()
        if norm != 0 { direction = direction.map { $0 / norm } }
      }
      let base = Array(value[..<3])
      tails.append(base)
      // The shaft runs from the tip to the tail: a pivot of 1 (tail) puts the tail at the point.
      let tip = (0..<3).map { base[$0] + direction[$0] * length * pivot }
      let tail = (0..<3).map { tip[$0] - direction[$0] * length }
      segments.append(tip + tail)
      // The heads: the vector turned ±15° about the horizontal normal to it (`calc_arrows`).
      let horizontal = (direction[0] * direction[0] + direction[1] * direction[1]).squareRoot()
      let (xp, yp) = horizontal != 0 ? (direction[1] / horizontal, -direction[0] / horizontal) : (0.0, 1.0)
      for sign in [1.0, -1.0] {
        let rotated = [
          (c + xp * xp * (1 - c)) * direction[0] + xp * yp * (1 - c) * direction[1] + sign * yp * s * direction[2],
          xp * yp * (1 - c) * direction[0] + (c + yp * yp * (1 - c)) * direction[1] - sign * xp * s * direction[2],
          -sign * yp * s * direction[0] + sign * xp * s * direction[1] + c * direction[2],
        ]
        heads.append(tip + (0..<3).map { tip[$0] - rotated[$0] * length * ratio })
      }
    }
    scene.artists.append(
      .quiver(
        Quiver3D(
          segments: segments + heads, tails: tails, color: color ?? .cycle(0), width: width ?? 1.5, alpha: alpha,
          label: label)))
    return .plot(.artist("mpl_toolkits.mplot3d.art3d.Line3DCollection"))
  }

  /// Data for a 3-D artist: numbers of any shape, flattened as matplotlib ravels them.
  static func data3D(_ value: Value, what: String) throws(PythonError) -> [Double] {
    switch value {
    case .range: return try Value.list(ValueList(try iterationItems(value))).toTensor().doubles
    case .string: throw unsupportedPlot("\(what) given as text", supported: ["numbers"])
    case .none: throw unsupportedPlot("\(what) given as None", supported: ["numbers"])
    default: return try value.toTensor().doubles
    }
  }

  /// A flattened copy of array data (the flat scatter takes 1-D data); anything else unchanged.
  private static func flatValue(_ value: Value) -> Value {
    guard case .tensor(let tensor) = value, tensor.ndim > 1 else { return value }
    return vector(tensor.doubles)
  }

  /// A 1-D float64 array.
  private static func vector(_ values: [Double]) -> Value {
    .tensor(Tensor(shape: [values.count], storage: .float64(values)))
  }

  private static func isText(_ value: Value) -> Bool {
    if case .string = value { return true }
    return false
  }

  /// `zs`: one value for every point, or one per point.
  private static func broadcast3D(_ value: Value, count: Int, what: String) throws(PythonError) -> [Double] {
    let values = try data3D(value, what: what)
    if values.count == 1 { return Array(repeating: values[0], count: count) }
    guard values.count == count else {
      throw PythonError.value(
        "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape "
          + "(\(count),) and arg 2 with shape (\(values.count),).")
    }
    return values
  }

  /// `X, Y, Z` of a surface: Z 2-D, X and Y broadcast to its shape (as `np.broadcast_arrays`).
  /// The grid's points are charged to the figure's budget before X and Y are spread to its shape.
  private static func grid3D(_ x: Value, _ y: Value, _ z: Value, box: FigureBox) throws(PythonError)
    -> (rows: Int, columns: Int, x: [Double], y: [Double], z: [Double])
  {
    let tensors = try [x, y, z].map { (value) throws(PythonError) in
      if case .range = value { return try Value.list(ValueList(try iterationItems(value))).toTensor() }
      return try value.toTensor()
    }
    guard tensors[2].ndim == 2 else { throw PythonError.value("Argument Z must be 2-dimensional.") }
    let (rows, columns) = (tensors[2].shape[0], tensors[2].shape[1])
    try charge(box, rows * columns)
    func spread(_ tensor: Tensor) throws(PythonError) -> [Double] {
      let values = tensor.doubles
      switch tensor.shape {
      case [rows, columns]: return values
      case [columns]: return (0..<rows).flatMap { _ in values }
      case [], [1]: return Array(repeating: values[0], count: rows * columns)
      case [rows, 1]: return values.flatMap { Array(repeating: $0, count: columns) }
      case [1, columns]: return (0..<rows).flatMap { _ in values }
      default:
        throw PythonError.value(
          "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape "
            + "\(pythonShapeRepr(tensor.shape)) and arg 2 with shape \(pythonShapeRepr([rows, columns])).")
      }
    }
    return (rows, columns, try spread(tensors[0]), try spread(tensors[1]), tensors[2].doubles)
  }

  /// `rstride`/`cstride`, or strides from `rcount`/`ccount` (50 each by default), as `plot_surface` picks them.
  private static func strides(_ call: CallArguments, rows: Int, columns: Int, caller: String) throws(PythonError)
    -> (Int, Int)
  {
    func keyword(_ name: String) throws(PythonError) -> Int? {
      guard let value = call.keywords.first(where: { $0.name == name })?.value else { return nil }
      let number = try value.toInt()
      guard number >= 1 else { throw PythonError.value("\(name) must be a positive integer, not \(number)") }
      return number
    }
    let (rstride, cstride) = (try keyword("rstride"), try keyword("cstride"))
    let (rcount, ccount) = (try keyword("rcount"), try keyword("ccount"))
    if (rstride != nil || cstride != nil) && (rcount != nil || ccount != nil) {
      throw PythonError.value("Cannot specify both stride and count arguments")
    }
    if rstride != nil || cstride != nil {
      let fallback = caller.hasSuffix("plot_wireframe") ? 1 : 10
      return (rstride ?? fallback, cstride ?? fallback)
    }
    func fromCount(_ count: Int, _ total: Int) -> Int { Swift.max((total + count - 1) / count, 1) }
    return (fromCount(rcount ?? 50, rows), fromCount(ccount ?? 50, columns))
  }

  /// The mean z of each face's perimeter, the values a surface's colour map scales over.
  private static func faceMeans(
    _ grid: (rows: Int, columns: Int, x: [Double], y: [Double], z: [Double]), rowStride: Int, columnStride: Int
  ) -> [Double] {
    let rows = Surface3D.sampled(grid.rows, stride: rowStride)
    let columns = Surface3D.sampled(grid.columns, stride: columnStride)
    var means: [Double] = []
    for (r0, r1) in zip(rows, rows.dropFirst()) {
      for (c0, c1) in zip(columns, columns.dropFirst()) {
        var indices: [Int] = []
        for c in c0..<c1 { indices.append(r0 * grid.columns + c) }
        for r in r0..<r1 { indices.append(r * grid.columns + c1) }
        for c in stride(from: c1, to: c0, by: -1) { indices.append(r1 * grid.columns + c) }
        for r in stride(from: r1, to: r0, by: -1) { indices.append(r * grid.columns + c0) }
        let points = indices.map { [grid.x[$0], grid.y[$0], grid.z[$0]] }
        guard points.allSatisfy({ $0.allSatisfy(\.isFinite) }) else { continue }
        means.append(indices.map { grid.z[$0] }.reduce(0, +) / Double(indices.count))
      }
    }
    return means
  }
}
