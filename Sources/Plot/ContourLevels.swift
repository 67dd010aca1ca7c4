/// The levels `contour` and `contourf` choose, as matplotlib's `ContourSet._autolev` does.
public enum ContourLevels {
  /// matplotlib's default number of levels (`levels=None`).
  public static let defaultCount = 7

  /// `MaxNLocator(count + 1, min_n_ticks=1)` (its default steps, finer than an axis') over zmin…zmax, keeping one level at or below zmin and one at or above
  /// zmax (all of them when fewer than three would remain).
  public static func automatic(zmin: Double, zmax: Double, count: Int = defaultCount) -> [Double] {
    let (vmin, vmax) = LinearLocator.nonsingular(zmin, zmax, expander: 1e-13, tiny: 1e-14)
    guard (vmax - vmin).isFinite else { return [] }
    let levels = LinearLocator.rawTicks(
      vmin, vmax, bins: Swift.max(count + 1, 1), minimumTicks: 1, steps: LinearLocator.finerStaircase)
    var first = levels.lastIndex { $0 < zmin } ?? 0
    var end = levels.firstIndex { $0 > zmax }.map { $0 + 1 } ?? levels.count
    if end - first < 3 { (first, end) = (0, levels.count) }
    return Array(levels[first..<end])
  }
}
