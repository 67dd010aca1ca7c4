import TensorCore

/// One chapter's running state: its names, NumPy's global random generator, and what the current statement printed.
struct Interpreter {
  /// The chapter's names; `np` is bound from the start, as if the chapter began with `import numpy as np`.
  var globals = Namespace(Interpreter.initialGlobals)
  /// NumPy's legacy global RandomState, shared by the chapter's snippets.
  var random = RandomState()
  /// The chapter's `Generator` and `RandomState` objects, which `Value.randomObject` refers to by index.
  var randomObjects: [RandomObject] = []
  /// Each Generator's `bit_generator` object (`RandomBitGenerators.swift`), by its place in `randomObjects`, once made.
  var bitGenerators: [Int: Value] = [:]
  /// The seed each Generator of `default_rng(seed)` was made from, by its place in `randomObjects`.
  var generatorSeeds: [Int: Value] = [:]
  /// What the running statement has printed so far.
  var printed = ""
  /// What `printed` holds that CPython prints differently from run to run (a set of strings, an address).
  var printedSpans: [VariableSpan] = []
  /// The call depth of an echo or `print` turning its values into text: a set of strings and an address are then
  /// printed between markers (`VariableTextMarkers`) that `appendPrinted` turns into spans. Nil otherwise, and a
  /// `__repr__` that the conversion runs (one call deeper) still refuses them: their text is a value there.
  var marksVariableTextAtDepth: Int?
  /// How many parts the running conversion marked, to tell its markers from look-alike characters in strings.
  var markedParts = 0
  /// The gradient table the running statement produced, if any.
  var gradientTable: GradientTable?
  /// The chapter's matplotlib figures, and those the running statement showed.
  var plots = PlotState()
  /// True while a script block runs (it echoes no matplotlib objects), false in a transcript.
  var isRunningScript = false
  /// The broadcast diagram the running statement drew (`broadcast_diagram(...)`), if any.
  var broadcastDiagram: BroadcastDiagram?
  /// The running statement's code, for the source text of arguments.
  var code: [UInt8] = []
  /// Where the running statement's code sits in its file.
  var origin = CodeOrigin()
  /// The innermost running function call's variables; nil at the top level of a snippet.
  var scope: Scope?
  /// The class a class statement is making while its snippet metaclass's `__new__` runs (`type.__new__` returns it).
  var classUnderConstruction: ClassBox?
  /// The namespace that class's metaclass was given (name and value, in order), which `type.__new__` compares with
  /// the one it is handed back.
  var namespaceUnderConstruction: [(name: String, value: Value)] = []
  /// What the generator being resumed was sent (`gen.send(value)`), until its `yield` takes it; None from `next`.
  var resumeValue: Value = .none
  /// What `gen.throw(...)` raises at the `yield` the generator being resumed stopped at, until that `yield` raises it.
  var resumeError: PythonError?
  /// The exception the innermost running `except` clause is handling (for a bare `raise`).
  var activeException: PythonError?
  /// How many autograd-style derivatives (`grad(f)(x)`) are running; nesting them is refused.
  var derivativeDepth = 0 {
    didSet { applyHistoryPolicy() }
  }
  /// True once the chapter imported NumPy itself (`import numpy as np`), beside or instead of the `np` snippets start
  /// with, which is autograd's NumPy under a derivative.
  var importedNumpyItself = false
  /// True while a derivative made by autograd's own function (`from autograd import grad`) runs in a chapter that
  /// imported NumPy itself: NumPy's own functions then meet autograd's boxes as NumPy does
  /// (`AutogradTracing.refuseNumpysOwnCall`).
  var tracesNumpysOwnFunctions = false
  /// The argument the running derivative traces, if any: what autograd would box, so item assignment can refuse it.
  var derivativeInput: Tensor?
  /// True while an item assignment writes a part of a stride-trick view in which no two elements share memory.
  var aliasedPartialWrite = false
  /// The items of the unpacking assignments running now whose targets are not yet bound (`a[0], a[2] = a[2], a[0]`):
  /// a write through an earlier target changes the views among them, as it changes the names' (`transformEverywhere`).
  var pendingUnpackedItems: [ValueList] = []
  /// How many writes into arrays (`replaceEverywhere`) the chapter made, each stamped on the memory it wrote: an
  /// argument list or a display evaluated across one may hold an array the write left stale (`InFlightArrays.swift`).
  var arrayWrites = 0
  /// Every leaf the running derivative traces (one per array in a container argument).
  var derivativeLeaves: [Tensor] = []
  /// The arrays a derivative's backward pass fills and empties, kept for the next one (empty between passes).
  var backwardBuffers = BackwardBuffers()
  /// The calls of functions made primitive (`autograd.extend.primitive`) the running derivative recorded, by number.
  var primitiveCalls: [PrimitiveCall] = []
  /// The latest emptied frame of a returned call, reused by the next call of the same function (`takeFrame`). Kept
  /// in a field of its own: a loop calling one function or method takes and returns it with no array bookkeeping
  /// (which cost such a call 94 instructions while every spare frame was in `spareFrames`).
  var spareFrame: Scope?
  /// Older emptied frames behind `spareFrame`, the latest last: a recursion takes, one level after another, the
  /// frames its returns left (one spare frame served half the calls of `fib(n - 1) + fib(n - 2)`; the other half
  /// allocated a frame and freed it, about 400 instructions each).
  var spareFrames: [Scope] = []
  /// The most spare frames kept, `spareFrame` included.
  static let maxSpareFrames = 16
  /// How many function calls are running, bounded by `maxCallDepth`.
  var callDepth = 0
  /// The frames of the calls (and generators) that called the running code, outermost first: a write into an array
  /// one of their names holds must show there too (`liveFrames`).
  var callerFrames: [Scope] = []
  /// Steps since the running top-level statement started, bounded by `stepBudget`.
  var steps = 0
  /// The iterables of the chapter-level `for` loops running now, outermost first: a measurement of the chapter's
  /// memory at a loop's next pass counts them beside the names (`releaseUnreachableValues`).
  var chapterLoopIterables: [Value] = []
  /// Whether the chapter may still ask for a gradient between values it holds (`grad(y, x)`, `numgrad`,
  /// `gradients`): only then must a measurement keep the histories between named values (`GraphMemory.prune`).
  var keepsHistoryForGradients = true
  /// Passes of chapter-level loops so far, counting to each measurement.
  var chapterLoopPasses = 0
  /// `steps` when a chapter-level loop last checked whether to measure.
  var stepsAtLoopMeasurement = 0
  /// For each loop running inside a function, innermost last: the bytes the meter counted when it began, and the
  /// frame it runs in (`measureWithinFunctionLoop`).
  var functionLoopBaselines: [(bytes: Int, frame: ObjectIdentifier?)] = []
  /// The innermost running snippet function, for `super()`.
  var currentClosure: Closure?
  /// Objects made and attributes added by the running top-level statement, bounded by `objectBudget` (what stays
  /// reachable between statements is measured by the ResourceMeter).
  var objectCells = 0
  /// The most objects and object attributes one statement may make (each at least one element of memory).
  static let maxObjectCells = 4_000_000
  /// How many generators are alive and unfinished (bounded by `maxLiveGenerators`).
  let liveGenerators = LiveGeneratorCount()
  /// Set while a generator's body passes a `yield` out through `try`/`finally` or `with` (Generators.swift).
  var yieldInsideCleanUp = false
  /// What may hold reference cycles, broken when the namespace is reset or the chapter ends.
  let cycles = CycleRegistry()
  /// The chapter's `weakref.ref` objects and what each refers to (WeakReferences.swift).
  let weakReferences = WeakReferences()
  /// True once a class `dataclass(frozen=True)` made exists: assignments to instances then look for one among
  /// their class's ancestors (`refuseFrozenChange`).
  var frozenClassesExist = false
  /// True while `object.__setattr__` assigns, which a frozen dataclass's `__setattr__` does not stand in the way of.
  var settingPastFrozen = false
  /// The memories this chapter's recfunction views share in NumPy (RecfunctionViews.swift).
  let recfunctionLinks = RecfunctionViewLinks()
  /// The floats this chapter took out of values whose last digits are not NumPy's.
  let approximateFloats = ApproximateFloats()
  /// The standard-library module whose code is running (PythonModules), nil while a snippet's own code runs: errors
  /// raised in a module's code are reported at the snippet's line that called it.
  var runningModule: String?
  /// True once the chapter ran `from __future__ import annotations`: its later annotations are not evaluated, as the
  /// REPL compiles each later statement with that feature (Annotations.swift).
  var postponesAnnotations = false
  /// The frames of the modules written in the snippet language (collections, itertools, …) this chapter imported.
  var loadedModules: [String: Scope] = [:]
  /// True once the chapter reached `np.matrix`: NumPy functions then look for matrices among their arguments.
  var matricesInUse = false
  /// The files this chapter's snippets wrote, in memory (ChapterFiles.swift).
  var chapterFiles = ChapterFiles()
  /// CPython's `random` module state for this chapter (PythonRandom.swift).
  var pythonRandom = PythonRandom()
  /// The states of `random.Random(seed)` instances, by the handle each instance holds.
  var pythonRandomInstances: [PythonRandom] = []
  /// The `re` patterns this chapter compiled, by the handle each pattern object holds (RegexModule.swift).
  var regexes = RegexCache()
  /// The code points of the long texts read last by position (TextPositions.swift).
  var textPositions = TextPositions()
  /// Names a refused statement would have set or changed in Python, with its file line (RefusedNames.swift).
  var refusedNames: [String: Int] = [:]
  /// The line of a refused `np.set_printoptions(formatter=…)` (or `legacy=`, `override_repr=`): NumPy prints
  /// arrays otherwise from there until an `np.set_printoptions` call gives those options again (any call, for the
  /// formatter alone), so statements in between are refused.
  var refusedPrintOptionsLine: Int?
  /// The options a refused `np.set_printoptions(...)` gave, whose values NumPy now holds and docbuild does not
  /// (`*` when the call's options are not known from its text); a later call giving all of them lifts the refusal.
  /// The formatter is never among them: NumPy sets it back to its default at every call.
  var unknownPrintOptions: Set<String> = []
  /// True when `refusedPrintOptionsLine` is a refused statement that may call `np.set_printoptions` (inside a snippet
  /// function, or past the point where it was refused), not a refused call of it.
  var printOptionsRefusalIsIndirect = false
  /// The file line of a refused statement that may call `np.seterr` in Python: NumPy's floating-point error modes are
  /// unknown from there (it may raise FloatingPointError where docbuild computes) until an `np.seterr` call sets them
  /// all.
  var refusedErrorModesLine: Int?
  /// True while the statement running is itself an `np.seterr(…)` call at the chapter's top level (or in the body of
  /// a `with np.errstate(…)` that docbuild checks statement by statement): only there may it set a mode that raises,
  /// calls or logs, since only the statements after such a one are checked (`checkFloatErrors(before:)`).
  var seterrAtItsStatement = false
  /// The file line of the latest refused statement that defines `__del__` (a class snippets refuse for it): from
  /// there, dropping a name's unknown value may run that `__del__` in Python (RefusedNames.swift).
  var refusedFinalizerLine: Int?
  /// True when that line is a refused statement that left a generator stopped inside `try`/`finally` or `with`
  /// (Generators.swift), whose clean-up Python runs as it drops the value, rather than one defining `__del__`.
  var refusedFinalizerIsCleanUp = false
  /// Set when the statement's echo was refused for a value whose repr runs no snippet code (Statements.swift): the
  /// statement then changed nothing that Python would not have, and no name is forgotten.
  var echoRefusedWithoutEffects = false
  /// The names each refused statement's code mentions, by the names it would have bound (a refused `def`'s body):
  /// a later call of such a name may change what they hold (RefusedEffects.swift).
  var refusedCodeMentions: [String: Set<String>] = [:]
  /// Why a name of `refusedNames` has no value, where that is not a refused statement (a star import's gap).
  var refusedNameReasons: [String: String] = [:]
  /// A refused statement that may bind any name in Python, with its file line: a `from module import *` of a module
  /// snippets do not know (`'from statistics import *'`) or an `exec(…)`; any name found nowhere after it may be one
  /// it binds (RefusedNames.swift).
  var refusedAnyNameBinder: (line: Int, statement: String)?
  /// The names a top-level statement computed from elements `np.empty` left unwritten, with its file line
  /// (UnwrittenMemory.swift).
  var computedFromUnwrittenMemory: [String: Int] = [:]
  /// The random streams a refused statement may have drawn from (RefusedEffects.swift).
  var randomRefusal = RandomRefusal()
  /// This interpreter's object budget (`maxObjectCells`; tests lower it).
  var objectBudget = Interpreter.maxObjectCells
  /// The arrays `a.flags.writeable = False` made read-only (ArrayFlags.swift).
  var flagRecords = ArrayFlagRecords()
  /// The `np.empty` arrays whose elements are not all written yet, which are not shown (UninitializedMemory.swift).
  var uninitializedMemory = UninitializedMemory()
  /// The REPL's `_`: the last value a top-level expression statement echoed (CPython's `sys.displayhook` keeps it in
  /// `builtins._`, which a global `_` hides); nil before the first echo.
  var lastEchoed: Value?
  /// The file line of the latest refused statement, which Python may have run to an echo that set `_`: from there
  /// until the next echo, `_` is refused.
  var lastEchoedRefusedLine: Int?

  /// The most interpreter steps (expressions evaluated, loop iterations, calls) one top-level statement may take:
  /// a few seconds of work, so every statement ends however its loops and calls nest (the manual,
  /// docs/05-limits.md, "Limits per statement").
  static let maxSteps = 50_000_000
  /// This interpreter's step budget (`maxSteps`; tests lower it).
  var stepBudget = Interpreter.maxSteps
  /// The most nested calls of snippet-defined functions.
  static let maxCallDepth = 200

  static let initialGlobals: [String: Value] = ["np": .module("numpy")]

  /// The source text of a range of the running statement's code.
  func text(of range: SourceRange) -> String {
    guard range.start >= 0, range.end <= code.count, range.start <= range.end else { return "" }
    return String(decoding: code[range.start..<range.end], as: UTF8.self)
  }

  /// Tells the running chapter's meter, when the chapter keeps no history between its values (`SnippetSession`
  /// told its meter so), whether operations must record theirs now: while an autograd derivative runs, which
  /// differentiates what runs inside it.
  func applyHistoryPolicy() {
    guard !keepsHistoryForGradients else { return }
    ResourceMeter.current?.recordsHistories = derivativeDepth > 0
  }

  /// Forgets every name (a `fresh` block); the random generator keeps its state, as NumPy's global one would.
  mutating func resetNamespace() {
    globals = Namespace(Interpreter.initialGlobals, table: globals.table)
    refusedNames = [:]
    refusedCodeMentions = [:]
    refusedNameReasons = [:]
    refusedAnyNameBinder = nil
    computedFromUnwrittenMemory = [:]
    refusedFinalizerLine = nil
    refusedFinalizerIsCleanUp = false
    lastEchoed = nil
    lastEchoedRefusedLine = nil
    cycles.breakCycles()
    // Breaking cycles empties the frames of the modules written in the snippet language: they load again on use.
    loadedModules = [:]
  }

  /// Looks a builtin up: Python's builtins and docbuild's own functions. NumPy's names need `np.` or an import, as
  /// in Python after `import numpy as np` (a bare `pi` is Python's NameError).
  func lookUpBuiltin(_ name: String) throws(PythonError) -> Value {
    if name == "_" { return try echoedValue() }
    if Self.classBuiltins.contains(name) || name == "NotImplemented" { return .function(name) }
    // A snippet runs as the main program (`if __name__ == '__main__':` runs its body); module code under its name.
    if name == "__name__" { return .string(runningModule ?? "__main__") }
    if name == "Ellipsis" { return .ellipsis }
    if Builtins.isGlobalFunction(name) || PythonModules.extraBuiltins.contains(name) { return .function(name) }
    if runningModule != nil, PythonModules.internalFunctions.contains(name) { return .function(name) }
    if Builtins.unsupportedPythonBuiltins.contains(name) {
      throw PythonError(
        "NameError",
        "name '\(name)' is not defined: Python's \(name)() is not part of the snippet language, whose builtins are "
          + Builtins.pythonFunctions.sorted().joined(separator: ", "))
    }
    throw PythonError("NameError", "name '\(name)' is not defined")
  }
}

extension Interpreter {
  /// `_` where no global `_` hides it: the value the REPL echoed last, Python's NameError before any echo, and a
  /// refusal after a refused statement that Python may have run to an echo.
  func echoedValue() throws(PythonError) -> Value {
    if let line = lastEchoedRefusedLine {
      throw PythonError.limit(
        "name '_' has no value here: the statement on line \(line), which was refused, may have echoed a value in "
          + "Python, whose REPL keeps the last value it echoed in _",
        type: "NameError")
    }
    guard let lastEchoed else { throw PythonError("NameError", "name '_' is not defined") }
    return lastEchoed
  }
}
