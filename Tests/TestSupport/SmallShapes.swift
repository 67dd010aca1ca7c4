/// Every array shape of up to three axes whose extents are 0, 1, 2 or 3 (the scalar shape `[]` first): small enough
/// to enumerate, and holding every case a layout rule treats apart (empty, unit and longer axes, in any order).
public let smallShapes: [[Int]] = {
  var shapes: [[Int]] = [[]]
  let extents = [0, 1, 2, 3]
  for a in extents { shapes.append([a]) }
  for a in extents { for b in extents { shapes.append([a, b]) } }
  for a in extents { for b in extents { for c in extents { shapes.append([a, b, c]) } } }
  return shapes
}()
