import Synchronization

/// NumPy's print options (`np.set_printoptions`): what `repr` and `str` of arrays follow. Scoped to a chapter: the
/// session binds a `PrintOptionsBox` for the statements it runs, and each chapter (and each `fresh` block) starts
/// from NumPy's defaults.
public struct PrintOptions: Sendable, Hashable {
  /// NumPy's `floatmode`.
  public enum FloatMode: String, Sendable, Hashable, CaseIterable {
    case fixed, unique, maxprec
    case maxprecEqual = "maxprec_equal"
  }

  /// Digits after the point (`precision`).
  public var precision = 8
  /// Arrays with more elements than this are summarised; nil for `np.inf` (never).
  public var threshold: Int? = 1000
  /// Items kept at each end of a summarised axis.
  public var edgeItems = 3
  /// Characters per line.
  public var lineWidth = 75
  /// Whether small numbers print as zeros instead of switching to scientific notation.
  public var suppress = false
  /// `-`, `+` or a space: what non-negative numbers get in front.
  public var sign: Character = "-"
  /// How many digits floats show.
  public var floatMode = FloatMode.maxprec
  /// The text of NaN and of infinity.
  public var nanText = "nan"
  /// The text of infinity (after its sign).
  public var infText = "inf"
  /// NumPy's floating-point error modes (`np.seterr`, `np.errstate`) for divide, over, under and invalid: printing
  /// does not read them, but they live with the options so `with np.errstate(...)` restores both.
  public var floatErrorModes = ["warn", "warn", "ignore", "warn"]
  /// NumPy's `legacy` printing mode (`'1.13'`), nil for False: docbuild prints NumPy values only in NumPy 2's own
  /// format, so the statements that format one while a legacy mode is in force are refused (`noteFormatting`).
  public var legacy: String?

  /// NumPy's defaults.
  public init() {}

  /// The options of the running chapter (NumPy's defaults outside one).
  public static var active: PrintOptions { PrintOptionsBox.current?.options ?? PrintOptions() }

  /// Called wherever a NumPy value becomes text: under a legacy mode the running chapter's box remembers it, and the
  /// statement is refused when it ends.
  public static func noteFormatting() {
    guard let box = PrintOptionsBox.current, box.options.legacy != nil else { return }
    box.formattedUnderLegacy = true
  }

  /// True when an array of `count` elements is summarised.
  func summarises(_ count: Int) -> Bool {
    guard let threshold else { return false }
    return count > threshold
  }
}

/// A chapter's print options, changed by `np.set_printoptions` and restored after `with np.printoptions(...)`.
public final class PrintOptionsBox: Sendable {
  private let state = Mutex(PrintOptions())

  /// The box of the running chapter.
  @TaskLocal public static var current: PrintOptionsBox?

  /// A box holding NumPy's defaults.
  public init() {}

  private let legacyFormatting = Mutex(false)

  /// True once a NumPy value became text under a legacy printing mode since the flag was last cleared.
  public var formattedUnderLegacy: Bool {
    get { legacyFormatting.withLock { $0 } }
    set { legacyFormatting.withLock { $0 = newValue } }
  }

  /// The options now in force.
  public var options: PrintOptions {
    get { state.withLock { $0 } }
    set { state.withLock { $0 = newValue } }
  }
}
