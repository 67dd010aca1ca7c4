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
  /// NumPy's `legacy` printing mode (`'1.13'`, `'1.21'`, `'1.25'`, `'2.1'`, `'2.2'`), nil for False. Numbers and
  /// numeric arrays print under every mode (`legacyLevel`); what else NumPy prints differently under a mode (strings,
  /// dates, structured and object arrays) is refused in the statement that formats it (`noteFormatting`).
  public var legacy: String?

  /// The modes `legacy` takes, with NumPy's number for each (`arrayprint._get_legacy_print_mode`).
  public static let legacyLevels = ["1.13": 113, "1.21": 121, "1.25": 125, "2.1": 201, "2.2": 202]

  /// NumPy's number for the legacy mode in force, which its printing code compares against (`Int.max` for none):
  /// at 113 NumPy 1.13's layout (`isLegacy113`); at 125 and below a number's repr is its str (`3.0`, not `np.float64(3.0)`); at 202 and below float32 and float16
  /// values switch to scientific notation where float64 values do; at 210 and below (so under '2.2' too) a summarised
  /// array's repr does not name its shape.
  public var legacyLevel: Int { legacy.flatMap { Self.legacyLevels[$0] } ?? Int.max }

  /// True under NumPy 1.13's printing mode: scalars in C's `%g` (`LegacyScalarText`), a 0-d array as its item's
  /// Python repr, a sign column before every float, and 1.13's line wrapping and summaries (`ArrayLayout`).
  public var isLegacy113: Bool { legacyLevel <= 113 }

  /// NumPy's defaults.
  public init() {}

  /// The options of the running chapter (NumPy's defaults outside one).
  public static var active: PrintOptions { PrintOptionsBox.current?.options ?? PrintOptions() }

  /// Called wherever a NumPy value other than a number or numeric array becomes text (those follow `legacyLevel`):
  /// under a legacy mode the running chapter's box remembers it, and the statement is refused when it ends.
  public static func noteFormatting() {
    guard let box = PrintOptionsBox.current, let mode = box.options.legacy else { return }
    box.formattedUnderLegacy = true
    box.notedLegacyMode = mode
  }

  /// Called where a numeric value's text under the legacy mode in force is not NumPy's (`what` names it): the
  /// statement is refused when it ends, with `what` in its message.
  static func refuseUnderLegacy(_ what: String) {
    guard let box = PrintOptionsBox.current else { return }
    box.formattedUnderLegacy = true
    box.notedLegacyMode = box.options.legacy
    box.legacyRefusal = what
  }

  /// True when a summarised array's repr names its shape (`shape=(2000,)`), as NumPy does from 2.2's successor on.
  var namesShapeOfSummary: Bool { legacyLevel > 210 }

  /// The magnitude from which a float32 or float16 value prints in scientific notation, as NumPy's arrays
  /// (`arrayprint.FloatingFormat.fillFormat`) and scalars choose: 10^min(8, precision) for arrays and 10^precision
  /// for scalars, or float64's (1e8, 1e16) under a legacy mode up to '2.2'.
  static func scientificCutoff(float32: Bool, float16: Bool, scalar: Bool) -> Double {
    guard float32 || float16 else { return scalar ? 1e16 : 1e8 }
    if active.legacyLevel <= 202 { return scalar ? 1e16 : 1e8 }
    return float16 ? 1e3 : 1e6
  }

  /// True when NumPy's `FloatingFormat` fails on these options: a negative precision read outside the unique mode.
  public var failsFloatFormatting: Bool { precision < 0 && floatMode != .unique }

  /// True when NumPy's formatting of a float (`isComplex`: complex) array fails on these options: 1.13's mode formats
  /// complex parts in the maxprec modes, whatever the floatmode.
  public func failsFloatFormatting(isComplex: Bool) -> Bool {
    failsFloatFormatting || (precision < 0 && isComplex && isLegacy113)
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

  private let negativePrecision = Mutex(false)

  /// True once a float array was formatted under a negative precision since the flag was last cleared: NumPy raises
  /// "precision must be >= 0" there, which only the printing paths that check first reproduce.
  public var formattedWithNegativePrecision: Bool {
    get { negativePrecision.withLock { $0 } }
    set { negativePrecision.withLock { $0 = newValue } }
  }

  private let legacyRefusalText = Mutex<String?>(nil)
  private let notedMode = Mutex<String?>(nil)

  /// The legacy mode in force when a value's text was refused: the statement's refusal names it even after a
  /// `with np.printoptions(legacy=…)` block restored the options.
  public var notedLegacyMode: String? {
    get { notedMode.withLock { $0 } }
    set { notedMode.withLock { $0 = newValue } }
  }

  /// What, among numbers and numeric arrays, was refused under the legacy mode (`PrintOptions.refuseUnderLegacy`);
  /// nil when only values other than numbers were formatted.
  public var legacyRefusal: String? {
    get { legacyRefusalText.withLock { $0 } }
    set { legacyRefusalText.withLock { $0 = newValue } }
  }

  /// The options now in force.
  public var options: PrintOptions {
    get { state.withLock { $0 } }
    set { state.withLock { $0 = newValue } }
  }
}
