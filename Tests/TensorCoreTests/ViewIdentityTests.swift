import Testing

@testable import TensorCore

/// A view's array identity (what Python's `is` compares) is a number drawn from one counter, not an object: every new
/// view is a new array object, and a copy of a view, or a copy whose parts changed since, is still the same one.
@Suite struct ViewIdentityTests {
  static func view() -> Tensor {
    let owner = Tensor(shape: [2, 3], storage: .float64([0.5, -1, 2, 3.25, 4, -5]))
    owner.ensureRoot()
    return owner.asView(ArrayView(offset: 0, strides: [3, 1]), of: owner.lineage)
  }

  @Test func newIdentitiesDifferFromEveryOther() {
    let identities = (0..<1000).map { _ in ArrayIdentity() }
    #expect(Set(identities).count == identities.count)
    let first = identities[0]
    let copy = first
    #expect(copy == first)
  }

  @Test func aViewAndItsCopiesAreOneObject() {
    let a = Self.view()
    var b = a
    #expect(b.isSameObject(as: a))
    // Changing a part gives the copy parts of its own: it is still the same array object.
    b.isPythonScalar = true
    #expect(b.isSameObject(as: a))
    #expect(b.viewIdentity == a.viewIdentity)
  }

  @Test func twoViewsOfOneArrayAreTwoObjects() {
    let owner = Tensor(shape: [2, 3], storage: .float64([0.5, -1, 2, 3.25, 4, -5]))
    owner.ensureRoot()
    let a = owner.asView(ArrayView(offset: 0, strides: [3, 1]), of: owner.lineage)
    let b = owner.asView(ArrayView(offset: 0, strides: [3, 1]), of: owner.lineage)
    #expect(a.sharesLineage(with: b))
    #expect(!a.isSameObject(as: b))
    #expect(!a.isSameObject(as: owner))
    #expect(owner.isSameObject(as: owner))
  }

  /// A view inherits read-only-ness, the stride-trick mark and the complex part from the view it is taken from, and
  /// nothing from an array owning its memory.
  @Test func derivedViewsInheritFromViewsOnly() {
    let owner = Tensor(shape: [2, 3], storage: .float64([0.5, -1, 2, 3.25, 4, -5]))
    let plain = owner.derivedView(offset: 1, strides: [3, 1], isWriteable: false)
    #expect(plain.offset == 1 && plain.strides == [3, 1] && !plain.isWriteable && !plain.isStrideTrickView)
    #expect(plain.part == .whole)
    owner.ensureRoot()
    var marked = ArrayView(offset: 0, strides: [3, 1], part: .imaginary, isWriteable: false)
    marked.isStrideTrickView = true
    let source = owner.asView(marked, of: owner.lineage)
    let derived = source.derivedView(offset: 2, strides: [1])
    #expect(derived.offset == 2 && derived.strides == [1])
    #expect(!derived.isWriteable && derived.isStrideTrickView && derived.part == .imaginary)
    #expect(derived.identity != marked.identity)
  }
}
