import TensorCore

/// A unit of NumPy's datetime64 and timedelta64 dtypes (`[D]`, `[ms]`), or the generic unit of `np.timedelta64(1)`.
enum DateUnit: String, Sendable, CaseIterable {
  case year = "Y", month = "M", week = "W", day = "D", hour = "h", minute = "m", second = "s"
  case millisecond = "ms", microsecond = "us", nanosecond = "ns"
  case generic

  /// Nanoseconds per unit for the linear units (week and finer); nil for years, months and the generic unit.
  var nanoseconds: Int64? {
    switch self {
    case .week: 604_800_000_000_000
    case .day: 86_400_000_000_000
    case .hour: 3_600_000_000_000
    case .minute: 60_000_000_000
    case .second: 1_000_000_000
    case .millisecond: 1_000_000
    case .microsecond: 1000
    case .nanosecond: 1
    default: nil
    }
  }

  /// True for years and months, whose length in days varies (NumPy's "nonlinear" units).
  var isCalendar: Bool { self == .year || self == .month }

  /// NumPy's words for a timedelta's unit in its `str`: `1 days`, `2 milliseconds`.
  var words: String {
    switch self {
    case .year: "years"
    case .month: "months"
    case .week: "weeks"
    case .day: "days"
    case .hour: "hours"
    case .minute: "minutes"
    case .second: "seconds"
    case .millisecond: "milliseconds"
    case .microsecond: "microseconds"
    case .nanosecond: "nanoseconds"
    case .generic: "generic time units"
    }
  }

  /// The unit a metadata text names (`D`, `ms`), with NumPy's errors for the ones docbuild lacks.
  static func parse(_ text: Substring) throws(PythonError) -> DateUnit {
    if let unit = DateUnit(rawValue: String(text)), unit != .generic { return unit }
    if ["ps", "fs", "as"].contains(text) {
      throw DateTimes.refusal("the \(text) unit of datetime64 and timedelta64 (picoseconds and finer)")
    }
    if let first = text.first, first.isNumber {
      throw DateTimes.refusal("a datetime unit with a multiplier ([\(text)])")
    }
    throw PythonError.type("Invalid datetime unit \"\(text)\" in metadata")
  }
}

/// The dtype of a datetime64 (`<M8[D]`) or timedelta64 (`<m8[h]`) array.
struct DateDType: Hashable, Sendable {
  /// True for timedelta64, false for datetime64.
  var isDelta: Bool
  var unit: DateUnit

  /// `dtype.str`: `<M8[D]`, `<m8`.
  var str: String { "<" + String(character) + "8" + bracket }
  /// `repr(dtype)`: `dtype('<M8[D]')`.
  var repr: String { "dtype('\(str)')" }
  /// `str(dtype)` and `dtype.name`: `datetime64[D]`, `timedelta64`.
  var name: String { (isDelta ? "timedelta64" : "datetime64") + bracket }
  /// `dtype.kind` and `dtype.char`.
  var character: Character { isDelta ? "m" : "M" }
  private var bracket: String { unit == .generic ? "" : "[\(unit.rawValue)]" }

  /// The dtype a dtype argument names (`'datetime64[D]'`, `'M8[s]'`, `'m8'`, `np.datetime64`), nil for any other.
  static func parse(_ value: Value) throws(PythonError) -> DateDType? {
    switch value {
    case .dateDType(let dtype): return dtype
    case .function("numpy.datetime64"): return DateDType(isDelta: false, unit: .generic)
    case .function("numpy.timedelta64"): return DateDType(isDelta: true, unit: .generic)
    case .string(let text): return try parse(text)
    default: return nil
    }
  }

  /// The dtype a dtype string names, nil for a string naming no date dtype.
  static func parse(_ text: String) throws(PythonError) -> DateDType? {
    var rest = Substring(text)
    if rest.first == "<" || rest.first == "=" { rest = rest.dropFirst() }
    let isDelta: Bool
    if rest.hasPrefix("datetime64") {
      isDelta = false
      rest = rest.dropFirst(10)
    } else if rest.hasPrefix("timedelta64") {
      isDelta = true
      rest = rest.dropFirst(11)
    } else if rest.hasPrefix("M8") || rest.hasPrefix("m8") {
      isDelta = rest.first == "m"
      rest = rest.dropFirst(2)
    } else if rest == "M" || rest == "m" {
      return DateDType(isDelta: rest == "m", unit: .generic)
    } else {
      return nil
    }
    if rest.isEmpty { return DateDType(isDelta: isDelta, unit: .generic) }
    guard rest.first == "[", rest.last == "]" else {
      throw PythonError.type("data type '\(text)' not understood")
    }
    let unitText = rest.dropFirst().dropLast()
    if DateUnit(rawValue: String(unitText)) == nil && !["ps", "fs", "as"].contains(unitText)
      && !(unitText.first?.isNumber ?? false)
    {
      throw PythonError.type("Invalid datetime unit in metadata string \"[\(unitText)]\"")
    }
    return DateDType(isDelta: isDelta, unit: try DateUnit.parse(unitText))
  }
}

/// A NumPy datetime64 or timedelta64 array or scalar: each element a count of `dtype.unit` since 1970-01-01T00:00
/// (datetimes) or a count of units (timedeltas), `DateTimes.notATime` for NaT. Kept apart from tensors so numeric
/// kernels never see dates; every write into one is refused, so the copies indexing makes cannot differ from
/// NumPy's views.
struct DateArray: Sendable {
  var dtype: DateDType
  var shape: [Int]
  var values: [Int64]
  /// True for a NumPy scalar (`np.datetime64('2016-07-01')`), false for an array, a 0-d one included.
  var isScalar = false

  /// The element count.
  var count: Int { values.count }
}

/// NumPy's datetime64 and timedelta64: calendar arithmetic, unit conversion, parsing and text.
enum DateTimes {
  /// The NumPy functions of dates and bits this layer adds (`np.isnat`, `np.busday_count`, `np.packbits`).
  static let functionNames: Set<String> = [
    "isnat", "datetime_as_string", "datetime_data", "busday_count", "is_busday", "busday_offset", "packbits",
    "unpackbits",
  ]

  /// NumPy's NaT (not a time): the smallest int64.
  static let notATime = Int64.min

  /// Why an operation on dates is not done, named so the author knows what to do instead.
  static func refusal(_ what: String) -> PythonError {
    PythonError.limit(
      "\(what) is not supported in snippets (they have datetime64 and timedelta64 in units Y, M, W, D, h, m, s, ms, "
        + "us and ns: parsing, printing, arithmetic, comparisons, astype and np.arange)")
  }

  // MARK: Calendar

  /// Days from 1970-01-01 to the proleptic Gregorian date (year, month 1...12, day 1...31).
  static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The proleptic Gregorian (year, month, day) `days` after 1970-01-01.
  static func civil(days: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// Days in `month` of `year`.
  static func monthLength(year: Int64, month: Int64) -> Int64 {
    switch month {
    case 2: (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Floor division, as NumPy's unit conversions round toward the past.
  static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
    let quotient = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
  }

  // MARK: Units

  /// `value` (a datetime in `from`) in `to`, as NumPy's casts compute it: a coarser unit floors, a finer one
  /// multiplies (refused where int64 would overflow, which NumPy wraps silently).
  static func convertDate(_ value: Int64, from: DateUnit, to: DateUnit) throws(PythonError) -> Int64 {
    if value == notATime || from == to { return value }
    if from == .generic || to == .generic {
      throw PythonError.value("Cannot convert a NumPy datetime value other than NaT with generic units")
    }
    switch (from.isCalendar, to.isCalendar) {
    case (true, true):
      return from == .year ? try multiplied(value, 12) : floorDivide(value, 12)
    case (true, false):
      let months = from == .year ? try multiplied(value, 12) : value
      let year = floorDivide(months, 12) + 1970
      let month = months - floorDivide(months, 12) * 12 + 1
      return try convertLinear(days(year: year, month: month, day: 1), from: .day, to: to)
    case (false, true):
      let day = try convertLinear(value, from: from, to: .day)
      let date = civil(days: day)
      return to == .year ? date.year - 1970 : (date.year - 1970) * 12 + date.month - 1
    case (false, false):
      return try convertLinear(value, from: from, to: to)
    }
  }

  /// A count of linear units in another linear unit (weeks and finer), flooring to a coarser one.
  static func convertLinear(_ value: Int64, from: DateUnit, to: DateUnit) throws(PythonError) -> Int64 {
    guard let a = from.nanoseconds, let b = to.nanoseconds else { return value }
    if a >= b { return try multiplied(value, a / b) }
    return floorDivide(value, b / a)
  }

  /// A timedelta in another unit: NumPy's cast, which for calendar units passes through its average year
  /// (365.2425 days) and refuses nothing; docbuild converts between linear units and between years and months.
  static func convertDelta(_ value: Int64, from: DateUnit, to: DateUnit) throws(PythonError) -> Int64 {
    if value == notATime || from == to || from == .generic { return value }
    if from.isCalendar && to.isCalendar {
      return from == .year ? try multiplied(value, 12) : floorDivide(value, 12)
    }
    if from.isCalendar || to.isCalendar || to == .generic {
      throw refusal("converting a timedelta64 between [\(from.rawValue)] and [\(to.rawValue)]")
    }
    return try convertLinear(value, from: from, to: to)
  }

  /// `a * b`, refused where int64 overflows.
  static func multiplied(_ a: Int64, _ b: Int64) throws(PythonError) -> Int64 {
    let (product, overflow) = a.multipliedReportingOverflow(by: b)
    if overflow || product == notATime {
      throw refusal("a datetime64 or timedelta64 value outside int64 in its unit (NumPy wraps it around)")
    }
    return product
  }

  /// The finer of two units an operation between them takes, with NumPy's TypeError when years or months meet a
  /// linear unit on a side marked `strict` (a timedelta's: a month has no fixed number of days).
  static func commonUnit(_ a: DateUnit, strict a1: Bool, _ b: DateUnit, strict b1: Bool) throws(PythonError)
    -> DateUnit
  {
    if a == b { return a }
    if a == .generic { return b }
    if b == .generic { return a }
    if a.isCalendar && b.isCalendar { return .month }
    if a.isCalendar || b.isCalendar {
      if (a.isCalendar && a1) || (b.isCalendar && b1) {
        throw PythonError.type(
          "Cannot get a common metadata divisor for Numpy datetime metadata [\(a.rawValue)] and [\(b.rawValue)] "
            + "because they have incompatible nonlinear base time units.")
      }
      return a.isCalendar ? b : a
    }
    return a.nanoseconds! < b.nanoseconds! ? a : b
  }

  // MARK: Text

  /// NumPy's ISO 8601 text of a datetime in `unit`: `2016-07-01`, `2016-07-01T12`, `2016-07-01T12:30:15.500`,
  /// `NaT`.
  static func isoText(_ value: Int64, unit: DateUnit) -> String {
    if value == notATime { return "NaT" }
    func padded(_ number: Int64, _ width: Int) -> String {
      let digits = String(number.magnitude)
      let sign = number < 0 ? "-" : ""
      return sign + String(repeating: "0", count: max(0, width - digits.count - sign.count)) + digits
    }
    switch unit {
    case .year: return padded(value + 1970, 4)
    case .month:
      let year = floorDivide(value, 12) + 1970
      return padded(year, 4) + "-" + padded(value - floorDivide(value, 12) * 12 + 1, 2)
    case .generic: return "NaT"
    default: break
    }
    if unit == .week || unit == .day {
      let date = civil(days: unit == .week ? value * 7 : value)
      return padded(date.year, 4) + "-" + padded(date.month, 2) + "-" + padded(date.day, 2)
    }
    let perDay = DateUnit.day.nanoseconds! / unit.nanoseconds!
    let day = floorDivide(value, perDay)
    let date = civil(days: day)
    var text = padded(date.year, 4) + "-" + padded(date.month, 2) + "-" + padded(date.day, 2)
    let within = value - day * perDay
    let nanoseconds = within * unit.nanoseconds!
    let hour = nanoseconds / 3_600_000_000_000
    text += "T" + padded(hour, 2)
    if unit == .hour { return text }
    text += ":" + padded(nanoseconds / 60_000_000_000 % 60, 2)
    if unit == .minute { return text }
    text += ":" + padded(nanoseconds / 1_000_000_000 % 60, 2)
    let fraction = nanoseconds % 1_000_000_000
    switch unit {
    case .millisecond: text += "." + padded(fraction / 1_000_000, 3)
    case .microsecond: text += "." + padded(fraction / 1000, 6)
    case .nanosecond: text += "." + padded(fraction, 9)
    default: break
    }
    return text
  }

  /// The datetime an ISO 8601 string names and the unit its precision implies (`'2016-07'` → months), with
  /// NumPy's errors for malformed text; `today` and `now` are refused (they change with the build's date).
  static func parseISO(_ text: String) throws(PythonError) -> (value: Int64, unit: DateUnit) {
    let trimmed = text.trimmingWhitespace()
    if trimmed.lowercased() == "nat" || trimmed.isEmpty { return (notATime, .generic) }
    if trimmed.lowercased() == "today" || trimmed.lowercased() == "now" {
      throw PythonError.limit(
        "np.datetime64('\(trimmed)') is not supported in snippets: it is the date of the build, which would change "
          + "the page from one day to the next; write the date itself, such as np.datetime64('2016-07-01')")
    }
    let characters = Array(trimmed.utf8)
    var position = 0
    func error() -> PythonError {
      PythonError.value("Error parsing datetime string \"\(text)\" at position \(position)")
    }
    func number(_ width: Int?) throws(PythonError) -> Int64 {
      var digits = 0
      var value: Int64 = 0
      while position < characters.count, characters[position] >= 48, characters[position] <= 57,
        width == nil || digits < width!
      {
        value = value * 10 + Int64(characters[position] - 48)
        digits += 1
        position += 1
        if digits > 12 { throw refusal("a datetime string with a year of more than 12 digits") }
      }
      if digits == 0 || (width != nil && digits != width!) { throw error() }
      return value
    }
    func accept(_ character: UInt8) -> Bool {
      if position < characters.count, characters[position] == character {
        position += 1
        return true
      }
      return false
    }
    var negative = false
    if accept(45) { negative = true } else if accept(43) {}
    var year = try number(nil)
    if negative { year = -year }
    if position == characters.count { return (year - 1970, .year) }
    guard accept(45) else { throw error() }
    let month = try number(2)
    if month < 1 || month > 12 { throw PythonError.value("Month out of range in datetime string \"\(text)\"") }
    if position == characters.count { return ((year - 1970) * 12 + month - 1, .month) }
    guard accept(45) else { throw error() }
    let day = try number(2)
    if day < 1 || day > monthLength(year: year, month: month) {
      throw PythonError.value("Day out of range in datetime string \"\(text)\"")
    }
    let dayCount = days(year: year, month: month, day: day)
    if position == characters.count { return (dayCount, .day) }
    guard accept(84) || accept(32) else { throw error() }
    let hour = try number(2)
    if hour > 23 { throw PythonError.value("Hours out of range in datetime string \"\(text)\"") }
    var unit = DateUnit.hour
    var nanoseconds = hour * 3_600_000_000_000
    if accept(58) {
      let minute = try number(2)
      if minute > 59 { throw PythonError.value("Minutes out of range in datetime string \"\(text)\"") }
      nanoseconds += minute * 60_000_000_000
      unit = .minute
      if accept(58) {
        let second = try number(2)
        if second > 59 { throw PythonError.value("Seconds out of range in datetime string \"\(text)\"") }
        nanoseconds += second * 1_000_000_000
        unit = .second
        if accept(46) {
          var digits = 0
          var fraction: Int64 = 0
          while position < characters.count, characters[position] >= 48, characters[position] <= 57 {
            if digits == 9 { throw refusal("a datetime string with more than 9 fractional digits") }
            fraction = fraction * 10 + Int64(characters[position] - 48)
            digits += 1
            position += 1
          }
          if digits == 0 { throw error() }
          unit = digits <= 3 ? .millisecond : digits <= 6 ? .microsecond : .nanosecond
          var scaled = fraction
          for _ in digits..<9 { scaled *= 10 }
          nanoseconds += scaled
        }
      }
    }
    if position != characters.count {
      if characters[position] == 90 || characters[position] == 43 || characters[position] == 45 {
        throw refusal("a datetime string with a time zone (NumPy warns and converts it to UTC)")
      }
      throw error()
    }
    let perDay = DateUnit.day.nanoseconds! / unit.nanoseconds!
    return (try multiplied(dayCount, perDay) + nanoseconds / unit.nanoseconds!, unit)
  }
}

extension String {
  /// The string without leading and trailing spaces, as NumPy's datetime parser skips them.
  fileprivate func trimmingWhitespace() -> String {
    var scalars = Substring(self)
    while scalars.first == " " { scalars = scalars.dropFirst() }
    while scalars.last == " " { scalars = scalars.dropLast() }
    return String(scalars)
  }
}

extension Tensor {
  /// The elements of a bool or integer tensor as int64, row-major (floats truncated toward zero).
  var integerElements: [Int64] {
    switch storage {
    case .int64(let values): values
    case .bool(let values): values.map { $0 ? 1 : 0 }
    case .float64(let values): values.map { $0.isFinite && Swift.abs($0) < 9.2e18 ? Int64($0) : Int64.min }
    case .complex128(let values):
      values.map { $0.real.isFinite && Swift.abs($0.real) < 9.2e18 ? Int64($0.real) : Int64.min }
    }
  }
}
