/// Methods of Python's lists, dicts and strings.
enum ContainerMethods {
  static let listMethods: Set<String> = [
    "append", "extend", "pop", "insert", "index", "count", "sort", "reverse", "remove", "copy", "clear",
  ]
  static let dictMethods: Set<String> = [
    "get", "keys", "values", "items", "update", "pop", "setdefault", "copy", "clear", "popitem", "__getitem__",
  ]
  /// A `mappingproxy` (`dtype.fields`) reads only: CPython's type has no `update`, `pop`, `setdefault`, `clear`.
  static let mappingProxyMethods: Set<String> = ["get", "keys", "values", "items", "copy"]
  static let stringMethods: Set<String> = [
    "join", "split", "strip", "lstrip", "rstrip", "replace", "upper", "lower", "startswith", "endswith", "format",
    "find", "count", "title", "capitalize", "isdigit", "isalpha", "isspace", "center", "ljust", "rjust", "zfill",
    "splitlines", "index", "rfind", "rindex", "partition", "rpartition", "isalnum", "islower", "isupper",
    "isnumeric", "isdecimal", "format_map", "rsplit", "expandtabs", "swapcase", "casefold", "removeprefix",
    "removesuffix", "isascii", "isprintable", "istitle", "isidentifier", "translate",
  ]

  /// True when `value` has a method `name` implemented here.
  static func has(_ name: String, on value: Value) -> Bool {
    switch value {
    case .list: listMethods.contains(name)
    case .dict(let dict): (dict.isMappingProxy ? mappingProxyMethods : dictMethods).contains(name)
    case .string: stringMethods.contains(name)
    case .tuple, .range: name == "index" || name == "count"
    case .int, .bigInt, .bool, .float: PythonNumbers.has(name, on: value)
    default: false
    }
  }
}

extension Interpreter {
  /// Calls a list, dict, tuple or string method.
  mutating func callContainerMethod(_ name: String, on receiver: Value, _ call: CallArguments) throws(PythonError)
    -> Value
  {
    var call = call
    call.function = name
    switch receiver {
    case .list, .string: call = try NoneArguments.checkedPython("\(receiver.typeName).\(name)", call)
    default: break
    }
    if case .string = receiver, let parameter = Self.sizeParameters[name] {
      // CPython converts these with its `Py_ssize_t` converter: an int past 64 bits is its OverflowError.
      let given =
        call.positional.count > parameter.position
        ? call.positional[parameter.position] : call.keywords.first { $0.name == parameter.name }?.value
      if case .bigInt? = given { throw PythonError("OverflowError", "Python int too large to convert to C ssize_t") }
    }
    switch receiver {
    case .list(let list): return try listMethod(name, list, call)
    case .tuple(let items):
      return try sequenceSearch(name, Array(items), call, kind: "tuple")
    case .dict(let dict): return try dictMethod(name, dict, call)
    case .string(let text): return try stringMethod(name, text, call)
    case .range(let start, let stop, let step): return try rangeMethod(name, start, stop, step, call)
    case .int, .bigInt, .bool, .float: return try PythonNumbers.method(name, on: receiver, call)
    default: throw PythonError("AttributeError", "'\(receiver.typeName)' object has no attribute '\(name)'")
    }
  }

  private mutating func listMethod(_ name: String, _ list: ValueList, _ call: CallArguments) throws(PythonError)
    -> Value
  {
    // The mutations that change a few items work on the list in place: holding a second reference to its items
    // array while changing it would copy every item on every call (quadratic appends in a training loop).
    switch name {
    case "append":
      let bound = try call.bind(["object"], required: 1)
      try list.append(bound.value("object"))
      return .none
    case "extend":
      let bound = try call.bind(["iterable"], required: 1)
      try list.append(contentsOf: try self.items(bound.value("iterable")))
      return .none
    case "insert":
      let bound = try call.bind(["index", "object"], required: 2)
      var position = try bound.value("index").toSsize()
      if position < 0 { position = max(0, position + list.count) }
      try list.insert(bound.value("object"), at: min(position, list.count))
      return .none
    case "pop":
      let bound = try call.bind(["index"])
      guard !list.isEmpty else { throw PythonError.index("pop from empty list") }
      var position = try bound["index"]?.toSsize() ?? -1
      if position < 0 { position += list.count }
      guard position >= 0, position < list.count else { throw PythonError.index("pop index out of range") }
      return try list.remove(at: position)
    case "remove":
      let bound = try call.bind(["value"], required: 1)
      guard let position = try firstIndex(of: bound.value("value"), in: list.items) else {
        throw PythonError.value("list.remove(x): x not in list")
      }
      try list.remove(at: position)
      return .none
    default: break
    }
    var items = list.items
    switch name {
    case "index", "count":
      return try sequenceSearch(name, items, call, kind: "list")
    case "sort":
      guard call.positional.isEmpty else { throw PythonError.type("sort() takes no positional arguments") }
      var key: Value?
      var reverse = false
      for (keyword, value) in call.keywords {
        switch keyword {
        case "key": key = value.isNone ? nil : value
        case "reverse": reverse = try value.truthValue()
        default: throw PythonError.type("sort() got an unexpected keyword argument '\(keyword)'")
        }
      }
      items = try sortedItems(items, key: key, reverse: reverse)
    case "reverse":
      _ = try call.bind([])
      items.reverse()
    case "copy":
      _ = try call.bind([])
      return try .makeList(items)
    case "clear":
      _ = try call.bind([])
      items = []
    default:
      throw PythonError("AttributeError", "'list' object has no attribute '\(name)'")
    }
    try list.replace(with: items)
    return .none
  }

  private mutating func firstIndex(of value: Value, in items: [Value]) throws(PythonError) -> Int? {
    for (position, item) in items.enumerated() where try searchEquals(item, value) {
      return position
    }
    return nil
  }

  private mutating func sequenceSearch(_ name: String, _ items: [Value], _ call: CallArguments, kind: String)
    throws(PythonError) -> Value
  {
    if name == "count" {
      let bound = try call.bind(["value"], required: 1)
      var count = 0
      for item in items where try searchEquals(item, bound.value("value")) { count += 1 }
      return .int(count)
    }
    if (2...3).contains(call.positional.count), call.keywords.isEmpty {
      // `xs.index(x, start[, stop])`: the bounds clamp as a slice's do; the position counts from the sequence's start.
      var bounds = [0, items.count]
      for (slot, argument) in call.positional.dropFirst().enumerated() {
        guard let number = try argument.indexInteger() else {
          throw PythonError.type("slice indices must be integers or have an __index__ method")
        }
        let clamped = number.asInt ?? (number.negative ? Int.min / 2 : Int.max / 2)
        bounds[slot] = clamped < 0 ? max(0, clamped + items.count) : min(clamped, items.count)
      }
      if bounds[0] < bounds[1] {
        for position in bounds[0]..<bounds[1] where try searchEquals(items[position], call.positional[0]) {
          return .int(position)
        }
      }
      throw PythonError.value(
        kind == "list"
          ? "\(try text(call.positional[0], repr: true)) is not in list" : "tuple.index(x): x not in tuple")
    }
    let bound = try call.bind(["value"], required: 1)
    guard let position = try firstIndex(of: bound.value("value"), in: items) else {
      throw PythonError.value(
        kind == "list"
          ? "\(try text(bound.value("value"), repr: true)) is not in list" : "tuple.index(x): x not in tuple")
    }
    return .int(position)
  }

  private mutating func dictMethod(_ name: String, _ dict: DictBox, _ call: CallArguments) throws(PythonError)
    -> Value
  {
    switch name {
    case "__getitem__":
      // `sorted(names, key=grades.__getitem__)`: the bound method is `d[key]`.
      guard call.keywords.isEmpty else { throw PythonError.type("dict.__getitem__() takes no keyword arguments") }
      guard call.positional.count == 1 else {
        throw PythonError.type("dict.__getitem__() takes exactly one argument (\(call.positional.count) given)")
      }
      return try item(of: .dict(dict), call.positional[0])
    case "get":
      try call.rejectKeywords()
      guard (1...2).contains(call.positional.count) else {
        throw PythonError.type(
          call.positional.isEmpty
            ? "get expected at least 1 argument, got 0"
            : "get expected at most 2 arguments, got \(call.positional.count)")
      }
      return try dict.get(call.positional[0]) ?? (call.positional.count == 2 ? call.positional[1] : .none)
    case "keys", "values", "items":
      _ = try call.bind([])
      return .dictView(DictView(rawValue: name) ?? .keys, dict)
    case "update":
      guard call.positional.count <= 1 else {
        throw PythonError.type("update expected at most 1 argument, got \(call.positional.count)")
      }
      if let source = call.positional.first {
        if case .dict(let other) = source {
          for (key, value) in zip(other.keys, other.values) { try dict.set(key, value) }
        } else {
          // A mapping object (Counter, OrderedDict) by its keys, as dict() reads it; CPython's update sets each pair
          // as it reads it, which only shows when a pair is bad: the earlier ones stay set.
          if case .object(let object) = source, object.type.lookUp("keys") != nil {
            for (key, value) in try dictionaryPairs(source) { try dict.set(key, value) }
          } else {
            try forEachUpdatePair(source) { (key, value) throws(PythonError) in try dict.set(key, value) }
          }
        }
      }
      for (keyword, value) in call.keywords { try dict.set(.string(keyword), value) }
      return .none
    case "pop":
      try call.rejectKeywords()
      guard (1...2).contains(call.positional.count) else {
        throw PythonError.type(
          call.positional.isEmpty
            ? "pop expected at least 1 argument, got 0"
            : "pop expected at most 2 arguments, got \(call.positional.count)")
      }
      if let removed = try dict.remove(call.positional[0]) { return removed }
      if call.positional.count == 2 { return call.positional[1] }
      throw PythonError.key(call.positional[0], shown: call.positional[0].repr)
    case "setdefault":
      try call.rejectKeywords()
      guard (1...2).contains(call.positional.count) else {
        throw PythonError.type(
          call.positional.isEmpty
            ? "setdefault expected at least 1 argument, got 0"
            : "setdefault expected at most 2 arguments, got \(call.positional.count)")
      }
      if let found = try dict.get(call.positional[0]) { return found }
      let value = call.positional.count == 2 ? call.positional[1] : .none
      try dict.set(call.positional[0], value)
      return value
    case "popitem":
      // The last key inserted goes first, as CPython's dict does.
      guard let key = dict.keys.last else { throw PythonError("KeyError", "'popitem(): dictionary is empty'") }
      let value = try dict.remove(key) ?? .none
      return try .makeTuple([key, value])
    case "copy":
      _ = try call.bind([])
      return try .makeDict(Array(zip(dict.keys, dict.values)))
    case "clear":
      _ = try call.bind([])
      for key in dict.keys { _ = try dict.remove(key) }
      return .none
    default:
      throw PythonError("AttributeError", "'dict' object has no attribute '\(name)'")
    }
  }

  private mutating func stringMethod(_ name: String, _ text: String, _ call: CallArguments) throws(PythonError)
    -> Value
  {
    func string(_ value: Value, _ what: String) throws(PythonError) -> String {
      guard case .string(let text) = value else {
        throw PythonError.type("\(what.isEmpty ? "" : what + " ")must be str, not \(value.typeName)")
      }
      return text
    }
    switch name {
    case "join":
      let bound = try call.bind(["iterable"], required: 1)
      var parts: [String] = []
      let iterated: [Value]
      do {
        iterated = try items(bound.value("iterable"))
      } catch  where error.type == "TypeError" && error.message.hasSuffix("is not iterable") {
        throw PythonError.type("can only join an iterable")
      }
      for (position, item) in iterated.enumerated() {
        // A str subclass's instance joins as the str it holds (BuiltinSubclasses.swift).
        guard case .string(let part) = item.immutableBuiltinValue ?? item else {
          throw PythonError.type("sequence item \(position): expected str instance, \(item.typeName) found")
        }
        parts.append(part)
      }
      let joined = parts.joined(separator: text)
      if joined.utf8.count > maxElementCount {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
      return .string(joined)
    case "split":
      let bound = try call.bind(["sep", "maxsplit"])
      let limit = try bound["maxsplit"]?.toInt() ?? -1
      let pieces: [String]
      if let separator = bound["sep"] {
        guard case .string(let sep) = separator else {
          throw PythonError.type("must be str or None, not \(separator.typeName)")
        }
        guard !sep.isEmpty else { throw PythonError.value("empty separator") }
        pieces = Self.split(text, by: sep, limit: limit)
      } else {
        pieces = Self.splitOnWhitespace(text, limit: limit)
      }
      return try .makeList(pieces.map { .string($0) })
    case "splitlines":
      // An int flag, as CPython's `int(keepends)` conversion: a str or float is its TypeError.
      let keepEnds = try call.bind(["keepends"])["keepends"].map { (value) throws(PythonError) in try value.toInt() != 0
      }
      var lines: [String] = []
      var line = ""
      for character in text {
        // CPython's line boundaries: Swift's newlines and the separators U+001C…U+001E.
        if character.isNewline || ("\u{1C}"..."\u{1E}").contains(character) {
          lines.append(keepEnds == true ? line + String(character) : line)
          line = ""
        } else {
          line.append(character)
        }
      }
      if !line.isEmpty { lines.append(line) }
      return try .makeList(lines.map { .string($0) })
    case "strip", "lstrip", "rstrip":
      let bound = try call.bind(["chars"])
      // By code points, as CPython: a Character would take "\r\n" as one, which neither "\r" nor "\n" matches.
      let characters: Set<Unicode.Scalar>? =
        try bound["chars"].flatMap { (value) throws(PythonError) in
          guard case .string(let chars) = value else { throw PythonError.type("\(name) arg must be None or str") }
          return Set(chars.unicodeScalars)
        }
      // str.isspace: Unicode White_Space and the separators U+001C…U+001F.
      let strips = { (scalar: Unicode.Scalar) in
        characters?.contains(scalar) ?? scalar.isPythonWhitespace
      }
      var result = Substring.UnicodeScalarView(text.unicodeScalars)
      if name != "rstrip" { result = result.drop(while: strips) }
      if name != "lstrip" {
        while let last = result.last, strips(last) { result = result.dropLast() }
      }
      return .string(String(String.UnicodeScalarView(result)))
    case "replace":
      let bound = try call.bind(["old", "new", "count"], required: 2)
      let old = try string(bound.value("old"), "replace() argument 1")
      let new = try string(bound.value("new"), "replace() argument 2")
      let count = try bound["count"]?.toInt() ?? -1
      let pieces = old.isEmpty ? text.unicodeScalars.map(String.init) : Self.split(text, by: old, limit: count)
      // The result's length before the result: `x.replace('a', x)` of a long x would take gigabytes to find out.
      let insertions = old.isEmpty ? pieces.count + 1 : pieces.count - 1
      let kept = pieces.reduce(0) { $0 + $1.utf8.count }
      let (added, overflow) = insertions.multipliedReportingOverflow(by: new.utf8.count)
      if overflow || added > maxElementCount - kept {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
      let result = old.isEmpty ? new + pieces.joined(separator: new) + new : pieces.joined(separator: new)
      return .string(result)
    case "upper": return .string(text.uppercased())
    case "lower": return .string(text.lowercased())
    case "title", "capitalize":
      _ = try call.bind([])
      // By code points with the full mappings, as CPython: a word's first cased character takes its titlecase
      // mapping (a digraph such as 'ǉ' becomes 'ǈ', not 'Ǉ'), the characters after a cased one their lowercase.
      return .string(name == "capitalize" ? text.pythonCapitalized : text.pythonTitled)
    case "startswith", "endswith":
      let bound = try Self.searchArguments(name, call, ["prefix", "start", "end"])
      let isTuple = if case .tuple = bound.value("prefix") { true } else { false }
      let options: [Value] =
        if case .tuple(let items) = bound.value("prefix") { Array(items) } else { [bound.value("prefix")] }
      let (start, end) = try Self.searchRange(textPositions.count(of: text), bound)
      // A tuple's items are checked one by one as they are tried: a match before a non-str item answers True.
      for option in options {
        guard option.isString else {
          throw PythonError.type(
            isTuple
              ? "tuple for \(name) must only contain str, not \(option.typeName)"
              : "\(name) first arg must be str or a tuple of str, not \(option.typeName)")
        }
        let part = try string(option, "\(name) first arg")
        if textPositions.hasAffix(part, of: text, start, end, atEnd: name == "endswith") { return .bool(true) }
      }
      return .bool(false)
    case "find", "index":
      let bound = try Self.searchArguments(name, call, ["sub", "start", "end"])
      let part = try string(bound.value("sub"), "")
      let (start, end) = try Self.searchRange(textPositions.count(of: text), bound)
      if let position = textPositions.find(part, in: text, start, end) { return .int(position) }
      if name == "index" { throw PythonError.value("substring not found") }
      return .int(-1)
    case "count":
      let bound = try Self.searchArguments(name, call, ["sub", "start", "end"])
      let part = try string(bound.value("sub"), "")
      let (start, end) = try Self.searchRange(textPositions.count(of: text), bound)
      return .int(textPositions.occurrences(of: part, in: text, start, end))
    // By code points and their Unicode properties, as CPython: digits of any script (`'٣'`, `'²'`), letters of the
    // categories L*, white space and the separators U+001C…U+001F.
    case "isdigit", "isalpha", "isalnum", "isnumeric", "isdecimal":
      return .bool(text.isPython(name))
    case "isspace": return .bool(text.isPython(name))
    case "center", "ljust", "rjust":
      let bound = try call.bind(["width", "fillchar"], required: 1)
      let width = try bound.value("width").toInt()
      let fill =
        try bound["fillchar"].map { (value) throws(PythonError) in
          guard case .string(let fill) = value else {
            throw PythonError.type("The fill character must be a unicode character, not \(value.typeName)")
          }
          return fill
        } ?? " "
      guard fill.count == 1 else { throw PythonError.type("The fill character must be exactly one character long") }
      try Self.checkPaddedWidth(width)
      let padding = max(0, width - text.unicodeScalars.count)
      switch name {
      case "ljust": return .string(text + String(repeating: fill, count: padding))
      case "rjust": return .string(String(repeating: fill, count: padding) + text)
      default:
        // CPython's centre puts the odd space on the left when the text's length is odd.
        let left = padding / 2 + (padding & width & 1)
        return .string(String(repeating: fill, count: left) + text + String(repeating: fill, count: padding - left))
      }
    case "zfill":
      let bound = try call.bind(["width"], required: 1)
      let width = try bound.value("width").toInt()
      try Self.checkPaddedWidth(width)
      let padding = max(0, width - text.unicodeScalars.count)
      if let sign = text.first, sign == "+" || sign == "-" {
        return .string(String(sign) + String(repeating: "0", count: padding) + text.dropFirst())
      }
      return .string(String(repeating: "0", count: padding) + text)
    case "format":
      return .string(try formatString(text, call))
    case "format_map":
      let mapping = try call.bind(["mapping"], required: 1).value("mapping")
      if case .object = mapping {
        // A dict subclass (its `__missing__` answering a missing key) or any class with `__getitem__`.
        return .string(
          try formatString(
            text, CallArguments(function: "format", positional: [], keywords: [], positionalTexts: []),
            isFormatMap: true, mapping: mapping))
      }
      guard case .dict(let dict) = mapping else {
        // A text without replacement fields never reads the mapping, whatever it is.
        if let plain = try? formatString(
          text,
          CallArguments(
            function: "format", positional: [], keywords: [],
            positionalTexts: []))
        {
          return .string(plain)
        }
        throw PythonError.limit("format_map() of a \(mapping.typeName) is not supported in snippets: pass a dict")
      }
      var keywords: [(name: String, value: Value)] = []
      for (key, value) in zip(dict.keys, dict.values) {
        if case .string(let name) = key { keywords.append((name, value)) }
      }
      return .string(
        try formatString(
          text, CallArguments(function: "format", positional: [], keywords: keywords, positionalTexts: []),
          isFormatMap: true))
    case "rfind", "rindex":
      let bound = try Self.searchArguments(name, call, ["sub", "start", "end"])
      let part = try string(bound.value("sub"), "")
      let (start, end) = try Self.searchRange(textPositions.count(of: text), bound)
      if let position = textPositions.find(part, in: text, start, end, fromEnd: true) { return .int(position) }
      if name == "rindex" { throw PythonError.value("substring not found") }
      return .int(-1)
    case "partition", "rpartition":
      let separator = try string(try call.bind(["sep"], required: 1).value("sep"), "")
      if separator.isEmpty { throw PythonError.value("empty separator") }
      let pieces = Self.split(text, by: separator, limit: -1)
      guard pieces.count > 1 else {
        return try .makeTuple(
          name == "partition" ? [.string(text), .string(""), .string("")] : [.string(""), .string(""), .string(text)])
      }
      let head = name == "partition" ? pieces[0] : pieces.dropLast().joined(separator: separator)
      let tail = name == "partition" ? pieces.dropFirst().joined(separator: separator) : pieces[pieces.count - 1]
      return try .makeTuple([.string(head), .string(separator), .string(tail)])
    case "isascii": return .bool(text.unicodeScalars.allSatisfy(\.isASCII))
    case "isprintable": return .bool(text.unicodeScalars.allSatisfy(Value.isPrintable))
    case "istitle": return .bool(BuiltinClassMethods.isTitle(text))
    case "isidentifier": return .bool(BuiltinClassMethods.isIdentifier(text))
    case "translate": return try BuiltinClassMethods.translate(text, call.bind(["table"], required: 1).value("table"))
    case "islower", "isupper": return .bool(text.isPython(name))
    case "swapcase": return .string(text.pythonSwapcased)
    case "casefold":
      // Lowercasing is case folding except for the few code points whose folding differs ('ß' folds to 'ss'), whose
      // folding Swift does not expose: refused rather than shown lowercased.
      var folded = ""
      for scalar in text.unicodeScalars {
        let lower = scalar.properties.lowercaseMapping
        if lower.unicodeScalars.contains(where: \.properties.changesWhenCaseFolded) {
          throw PythonError.limit(
            "str.casefold of \(Value.quote(String(scalar))) is not supported in snippets: its case folding is not its "
              + "lowercase; use lower()")
        }
        folded += lower
      }
      return .string(folded)
    case "rsplit":
      let bound = try call.bind(["sep", "maxsplit"])
      let limit = try bound["maxsplit"]?.toInt() ?? -1
      if let separator = bound["sep"], !separator.isString {
        throw PythonError.type("must be str or None, not \(separator.typeName)")
      }
      guard case .string(let separator)? = bound["sep"] else {
        let words = Self.splitOnWhitespace(text, limit: -1)
        guard limit >= 0, words.count > limit else { return try .makeList(words.map { .string($0) }) }
        // The leftover words keep their original spacing, as CPython's rsplit does.
        let reversed = Self.splitOnWhitespace(text.reversedScalars, limit: limit)
        return try .makeList(reversed.reversed().map { .string($0.reversedScalars) })
      }
      if separator.isEmpty { throw PythonError.value("empty separator") }
      let reversed = Self.split(text.reversedScalars, by: separator.reversedScalars, limit: limit)
      return try .makeList(reversed.reversed().map { .string($0.reversedScalars) })
    case "expandtabs":
      let size = try call.bind(["tabsize"])["tabsize"]?.toInt() ?? 8
      var result = String.UnicodeScalarView()
      var column = 0
      var length = 0
      // By code point, as CPython counts columns (`'e\u0301\t'` is two before its tab), and only `\n` and `\r`
      // start a line again.
      for scalar in text.unicodeScalars {
        if scalar == "\t" {
          let spaces = size > 0 ? size - column % size : 0
          // Python makes the text however long the tabs make it; docbuild stops at its element limit first.
          if spaces > maxElementCount - length {
            throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
          }
          result.append(contentsOf: repeatElement(" ", count: spaces))
          length += spaces
          column += spaces
        } else {
          result.append(scalar)
          length += scalar.utf8.count
          column = scalar == "\n" || scalar == "\r" ? 0 : column + 1
        }
      }
      return .string(String(result))
    case "removeprefix", "removesuffix":
      let part = try string(try call.bind(["prefix"], required: 1).value("prefix"), "\(name)() argument")
      if name == "removeprefix", text.unicodeScalars.starts(with: part.unicodeScalars) {
        return .string(String(text.unicodeScalars.dropFirst(part.unicodeScalars.count)))
      }
      if name == "removesuffix", !part.isEmpty,
        text.unicodeScalars.reversed().starts(with: part.unicodeScalars.reversed())
      {
        return .string(String(text.unicodeScalars.dropLast(part.unicodeScalars.count)))
      }
      return .string(text)
    default:
      throw PythonError("AttributeError", "'str' object has no attribute '\(name)'")
    }
  }

  /// The arguments of `find`, `count`, `startswith` and their family, checked as CPython's `PyArg_ParseTuple` does:
  /// one to three, positional only.
  static func searchArguments(_ name: String, _ call: CallArguments, _ parameters: [String]) throws(PythonError)
    -> BoundArguments
  {
    if !call.keywords.isEmpty { throw PythonError.type("str.\(name)() takes no keyword arguments") }
    if call.positional.isEmpty { throw PythonError.type("\(name)() takes at least 1 argument (0 given)") }
    if call.positional.count > 3 {
      throw PythonError.type("\(name)() takes at most 3 arguments (\(call.positional.count) given)")
    }
    return try call.bind(parameters, required: 1)
  }

  /// The str methods' `Py_ssize_t` parameters (a width, a count, maxsplit), by name and position.
  static let sizeParameters: [String: NoneArguments.Parameter] = [
    "center": ("width", 0), "ljust": ("width", 0), "rjust": ("width", 0), "zfill": ("width", 0),
    "split": ("maxsplit", 1), "rsplit": ("maxsplit", 1), "replace": ("count", 2),
  ]

  /// The code points that `start` and `end` (None or ints, as in `s.find(sub, start, end)`) select of a text of
  /// `count` code points, as CPython's `ADJUST_INDICES`: negatives count from the end and stop at 0, an end past the
  /// text is its length, and a start past the end is kept, so that nothing is found there.
  static func searchRange(_ count: Int, _ bound: BoundArguments) throws(PythonError) -> (Int, Int) {
    func index(_ name: String, _ missing: Int) throws(PythonError) -> Int {
      guard let value = bound[name], !value.isNone else { return missing }
      var integer = value.bigInteger
      if case .tensor(let tensor) = value {
        // A NumPy integer (or 0-d integer array) by its `__index__`; an array's own error for others.
        do {
          integer = BigInt(try value.toInt())
        } catch {
          if !tensor.isScalar { throw error }
        }
      }
      guard let integer else {
        throw PythonError.type("slice indices must be integers or None or have an __index__ method")
      }
      let clamped = integer.asInt ?? (integer.compare(BigInt(0)) < 0 ? Int.min / 2 : Int.max / 2)
      return clamped < 0 ? Swift.max(clamped + count, 0) : clamped
    }
    let start = try index("start", 0)
    let end = Swift.min(try index("end", count), count)
    return (start, end)
  }

  /// `text.split(separator)`, at most `limit` splits when it is not negative.
  /// `str.split(sep, maxsplit)`: by code points, as CPython compares them (never by canonical equivalence, so
  /// `'e\u0301'` does not hold `'é'`).
  /// `center`, `ljust`, `rjust` and `zfill` make a text `width` long, which Python does for any width: past the
  /// element limit it is docbuild's limit, never a shorter text (`len('a'.center(10**9))` is 1000000000).
  static func checkPaddedWidth(_ width: Int) throws(PythonError) {
    if width > maxElementCount {
      throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
    }
  }

  static func split(_ text: String, by separator: String, limit: Int) -> [String] {
    let scalars = Array(text.unicodeScalars)
    let needle = Array(separator.unicodeScalars)
    var pieces: [String] = []
    var start = 0
    var index = 0
    while index + needle.count <= scalars.count, limit < 0 || pieces.count < limit {
      if scalars[index..<index + needle.count].elementsEqual(needle) {
        pieces.append(String(String.UnicodeScalarView(scalars[start..<index])))
        index += needle.count
        start = index
      } else {
        index += 1
      }
    }
    pieces.append(String(String.UnicodeScalarView(scalars[start...])))
    return pieces
  }

  /// `str.split()`: runs of CPython's white space (`Py_UNICODE_ISSPACE`: Unicode's, and U+001C…U+001F) between
  /// code points.
  private static func splitOnWhitespace(_ text: String, limit: Int) -> [String] {
    let scalars = Array(text.unicodeScalars)
    var pieces: [String] = []
    var index = 0
    func skipSpaces() { while index < scalars.count, scalars[index].isPythonWhitespace { index += 1 } }
    skipSpaces()
    while index < scalars.count {
      if limit >= 0, pieces.count == limit {
        // The rest as it is, trailing white space included, as CPython's split_whitespace leaves it.
        pieces.append(String(String.UnicodeScalarView(scalars[index...])))
        break
      }
      let start = index
      while index < scalars.count, !scalars[index].isPythonWhitespace { index += 1 }
      pieces.append(String(String.UnicodeScalarView(scalars[start..<index])))
      skipSpaces()
    }
    return pieces
  }
}

extension Unicode.Scalar {
  /// CPython's `Py_UNICODE_ISSPACE`: Unicode's white space and the separators U+001C…U+001F.
  var isPythonWhitespace: Bool { properties.isWhitespace || (0x1C...0x1F).contains(value) }
}

extension String {
  /// CPython's str predicates (`isdigit isdecimal isnumeric isalpha isalnum isspace islower isupper`), code point by code
  /// point with Unicode's properties, as `Objects/unicodeobject.c` asks them: digits of any script (`'٣'`, `'²'`),
  /// letters of the categories L*; a combining mark is none of them.
  func isPython(_ predicate: String) -> Bool {
    let scalars = unicodeScalars
    switch predicate {
    case "islower", "isupper":
      // A titlecase letter (`ǅ`) or one of the other case answers False; at least one of the asked case must be there.
      var cased = false
      for scalar in scalars {
        let properties = scalar.properties
        let (asked, other) =
          predicate == "islower"
          ? (properties.isLowercase, properties.isUppercase) : (properties.isUppercase, properties.isLowercase)
        if other || properties.generalCategory == .titlecaseLetter { return false }
        if asked { cased = true }
      }
      return cased
    default:
      guard !scalars.isEmpty else { return false }
      return scalars.allSatisfy { scalar in
        let numeric = scalar.properties.numericType
        let isAlpha = [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter].contains(
          scalar.properties.generalCategory)
        switch predicate {
        case "isdigit": return numeric == .decimal || numeric == .digit
        case "isdecimal": return numeric == .decimal
        case "isnumeric": return numeric != nil
        case "isalpha": return isAlpha
        case "isalnum": return isAlpha || numeric != nil
        case "isspace": return scalar.isPythonWhitespace
        default: return false
        }
      }
    }
  }

  /// `str.capitalize`: the first code point's titlecase mapping, the others' lowercase ones (full mappings).
  var pythonCapitalized: String {
    guard let first = unicodeScalars.first else { return "" }
    return first.properties.titlecaseMapping + unicodeScalars.dropFirst().map(\.properties.lowercaseMapping).joined()
  }

  /// `str.title`: a word's first cased code point takes its titlecase mapping (a digraph such as 'ǉ' becomes 'ǈ',
  /// not 'Ǉ'), the ones after a cased one their lowercase.
  var pythonTitled: String {
    var result = ""
    var previousIsCased = false
    for scalar in unicodeScalars {
      result += previousIsCased ? scalar.properties.lowercaseMapping : scalar.properties.titlecaseMapping
      previousIsCased = scalar.properties.isCased
    }
    return result
  }

  /// The code points in reverse order (not the characters: a combining mark stays a code point of its own).
  var reversedScalars: String { String(String.UnicodeScalarView(unicodeScalars.reversed())) }

  /// `str.swapcase`: code point by code point with the full mappings, as CPython ('ß' becomes 'SS', a titlecase 'ǅ'
  /// stays).
  var pythonSwapcased: String {
    var swapped = ""
    for scalar in unicodeScalars {
      let properties = scalar.properties
      swapped +=
        properties.isUppercase
        ? properties.lowercaseMapping : properties.isLowercase ? properties.uppercaseMapping : String(scalar)
    }
    return swapped
  }
}
