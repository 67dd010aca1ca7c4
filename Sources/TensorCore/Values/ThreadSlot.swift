import CKernels

/// One object bound to the running thread for the duration of a synchronous call: the running chapter's meters, which
/// every operation reads. A read is one load of a C thread-local (CKernels' ThreadSlots.h) with no retain, where a
/// task-local walked the chain of every value bound around it and `pthread_getspecific` was a call.
public struct ThreadSlot<Object: AnyObject>: Sendable {
  /// The slot's index among CKernels' `docbuild_thread_slots`.
  @usableFromInline let index: Int32

  @usableFromInline init(index: Int32) { self.index = index }

  /// The slot the interpreter keeps the running statement's work meter in.
  public static var interpreterWorkMeter: ThreadSlot { ThreadSlot(index: 1) }

  /// Runs `body` with `object` bound in this slot on this thread (nil: nothing bound), the outer binding restored
  /// after. The slot owns the object while `body` runs, so readers borrow it without retaining it.
  @inlinable
  public func binding<Result>(_ object: Object?, _ body: () throws -> Result) rethrows -> Result {
    let retained = object.map { Unmanaged.passRetained($0) }
    let outer = docbuild_thread_slot(index)
    docbuild_set_thread_slot(index, retained?.toOpaque())
    defer {
      docbuild_set_thread_slot(index, outer)
      retained?.release()
    }
    return try body()
  }

  /// The object bound on this thread, nil outside every binding.
  @inlinable
  public var bound: Object? {
    guard let pointer = docbuild_thread_slot(index) else { return nil }
    return Unmanaged<Object>.fromOpaque(pointer).takeUnretainedValue()
  }

  /// `body` of the object bound on this thread, borrowed without a retain (the binding holds it until its call
  /// ends); nil outside every binding.
  @inlinable
  public func withBound<Result>(_ body: (Object) throws -> Result) rethrows -> Result? {
    guard let pointer = docbuild_thread_slot(index) else { return nil }
    return try Unmanaged<Object>.fromOpaque(pointer)._withUnsafeGuaranteedRef(body)
  }
}

extension ThreadSlot where Object == ResourceMeter {
  /// The slot of the running chapter's resource meter.
  static var resourceMeter: ThreadSlot { ThreadSlot(index: 0) }
}
