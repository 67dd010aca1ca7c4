/// One of matplotlib's colour maps: a table of colours that data values, normalised to 0…1, look up
/// (`Colormap.__call__`). The tables are matplotlib's own (`ColormapTables.swift`, written by
/// `Tests/fixtures/make_colormaps.py`).
public struct Colormap: Sendable, Hashable {
  /// The map's name, as matplotlib spells it (`viridis`, `RdBu_r`).
  public let name: String
  /// The colours, in lookup order (256 for most maps).
  public let colors: [PlotColor]

  /// The map called `name` (a `_r` suffix reverses it), or nil when docbuild does not have it.
  public static func named(_ name: String) -> Colormap? {
    guard let colors = parsed[name] else { return nil }
    return Colormap(name: name, colors: colors)
  }

  /// Every map name docbuild knows, reversed ones included, sorted.
  public static let names: [String] = parsed.keys.sorted()

  /// matplotlib's default map (`image.cmap`).
  public static let defaultName = "viridis"

  /// Every table read once, with the reversed maps derived where matplotlib's is the same table backwards.
  private static let parsed: [String: [PlotColor]] = {
    var maps: [String: [PlotColor]] = [:]
    for (name, digits) in tables { maps[name] = parse(digits) }
    for (name, colors) in maps where !name.hasSuffix("_r") && maps[name + "_r"] == nil {
      maps[name + "_r"] = colors.reversed()
    }
    return maps
  }()

  private static func parse(_ digits: String) -> [PlotColor] {
    let values = digits.utf8.compactMap { byte -> UInt8? in
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
      default: nil
      }
    }
    return stride(from: 0, to: values.count - 5, by: 6).map { index in
      .rgb(
        values[index] << 4 | values[index + 1], values[index + 2] << 4 | values[index + 3],
        values[index + 4] << 4 | values[index + 5])
    }
  }

  /// The colour of a value already normalised to 0…1, as `Colormap.__call__` looks it up: `x · N` truncated,
  /// 1 itself the last colour, below 0 the first (the default "under" colour), above 1 the last ("over"); nil for
  /// NaN, which matplotlib draws transparent ("bad").
  public func color(normalized x: Double) -> PlotColor? {
    guard !x.isNaN else { return nil }
    let count = Double(colors.count)
    var scaled = x * count
    if scaled == count { scaled = count - 1 }
    if scaled < 0 { return colors[0] }
    if scaled >= count { return colors[colors.count - 1] }
    return colors[Int(scaled)]
  }
}

/// How data values become colours: a colour map and matplotlib's linear `Normalize(vmin, vmax)`.
public struct ColorScale: Sendable, Hashable, Codable {
  /// The colour map's name (resolved when drawing, so a figure stays small).
  public var colormap: String
  /// The value drawn with the map's first colour.
  public var vmin: Double
  /// The value drawn with the map's last colour.
  public var vmax: Double

  /// Makes a scale.
  public init(colormap: String, vmin: Double, vmax: Double) {
    self.colormap = colormap
    self.vmin = vmin
    self.vmax = vmax
  }

  /// The scale `autoscale_None` makes for `values`: their finite minimum and maximum, unless given.
  public init(colormap: String, values: [Double], vmin: Double?, vmax: Double?) {
    var low = Double.infinity
    var high = -Double.infinity
    for value in values where value.isFinite {
      low = Swift.min(low, value)
      high = Swift.max(high, value)
    }
    // With no finite value matplotlib keeps vmin/vmax unset and every value is "bad"; any scale draws that.
    if low > high { (low, high) = (0, 1) }
    self.init(colormap: colormap, vmin: vmin ?? low, vmax: vmax ?? high)
  }

  /// `Normalize.__call__`: (value − vmin) / (vmax − vmin), 0 for every value when vmin == vmax.
  public func normalized(_ value: Double) -> Double {
    if value.isNaN { return .nan }
    if vmin == vmax { return 0 }
    return (value - vmin) / (vmax - vmin)
  }

  /// The colour of `value`; nil for NaN and infinities, which matplotlib masks as invalid and draws transparent.
  /// Finite values outside vmin…vmax take the first or last colour (the default under and over colours).
  public func color(_ value: Double) -> PlotColor? {
    guard value.isFinite, let map = Colormap.named(colormap) else { return nil }
    return map.color(normalized: normalized(value))
  }
}
