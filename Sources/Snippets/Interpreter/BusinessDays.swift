import TensorCore

/// `np.busday_count`, `np.is_busday` and `np.busday_offset` over NumPy's weekmask and holidays (day resolution).
enum BusinessDays {
  /// The week's business days, Monday first, and the holidays (days since 1970-01-01).
  private struct Calendar {
    var weekmask: [Bool] = [true, true, true, true, true, false, false]
    var holidays: Set<Int64> = []

    func isBusinessDay(_ day: Int64) -> Bool {
      // 1970-01-01 was a Thursday (weekday 3, Monday being 0).
      let weekday = Int(day - DateTimes.floorDivide(day + 3, 7) * 7 + 3)
      return weekmask[weekday] && !holidays.contains(day)
    }
  }

  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    switch name {
    case "busday_count":
      let bound = try call.bind(["begindates", "enddates", "weekmask", "holidays", "busdaycal", "out"], required: 2)
      let calendar = try readCalendar(bound)
      let (begins, beginShape) = try days(bound.value("begindates"))
      let (ends, endShape) = try days(bound.value("enddates"))
      let shape = try DateTimes.broadcastShape(beginShape, endShape)
      let first = DateTimes.broadcastPositions(beginShape, to: shape).map { begins[$0] }
      let last = DateTimes.broadcastPositions(endShape, to: shape).map { ends[$0] }
      var counts: [Int64] = []
      for (begin, end) in zip(first, last) {
        if begin == DateTimes.notATime || end == DateTimes.notATime {
          throw PythonError.value("Cannot compute a business day count with a NaT (not-a-time) date")
        }
        let (low, high, sign): (Int64, Int64, Int64) = begin <= end ? (begin, end, 1) : (end, begin, -1)
        try WorkMeter.charge(Int(min(high - low, 1 << 40)))
        var count: Int64 = 0
        var day = low
        while day < high {
          if calendar.isBusinessDay(day) { count += 1 }
          day += 1
        }
        counts.append(sign * count)
      }
      return .tensor(Tensor(shape: shape, storage: .int64(counts), isScalar: shape.isEmpty))
    case "is_busday":
      let bound = try call.bind(["dates", "weekmask", "holidays", "busdaycal", "out"], required: 1)
      let calendar = try readCalendar(bound)
      let (dates, shape) = try days(bound.value("dates"))
      for date in dates where date == DateTimes.notATime {
        throw PythonError.value("Cannot compute a business day count with a NaT (not-a-time) date")
      }
      return .tensor(
        Tensor(shape: shape, storage: .bool(dates.map { calendar.isBusinessDay($0) }), isScalar: shape.isEmpty))
    case "busday_offset":
      let bound = try call.bind(["dates", "offsets", "roll", "weekmask", "holidays", "busdaycal", "out"], required: 2)
      let calendar = try readCalendar(bound)
      var roll = "raise"
      if let given = bound["roll"] {
        guard case .string(let text) = given else { throw DateTimes.refusal("busday_offset with this roll") }
        let modes = [
          "raise", "nat", "forward", "following", "backward", "preceding", "modifiedfollowing", "modifiedpreceding",
        ]
        guard modes.contains(text) else {
          throw PythonError.value("Invalid business day roll parameter \"\(text)\"")
        }
        roll = text
      }
      let (dates, dateShape) = try days(bound.value("dates"))
      let offsetTensor = try core { try bound.value("offsets").toTensor() }
      guard offsetTensor.dtype.isInteger || offsetTensor.dtype == .bool else {
        throw DateTimes.refusal("busday_offset with offsets that are not integers")
      }
      let offsets = offsetTensor.integerElements
      let shape = try DateTimes.broadcastShape(dateShape, offsetTensor.shape)
      let starts = DateTimes.broadcastPositions(dateShape, to: shape).map { dates[$0] }
      let moves = DateTimes.broadcastPositions(offsetTensor.shape, to: shape).map { offsets[$0] }
      if !calendar.weekmask.contains(true) { throw DateTimes.refusal("busday_offset with an empty weekmask") }
      var results: [Int64] = []
      for (start, move) in zip(starts, moves) {
        if start == DateTimes.notATime {
          results.append(DateTimes.notATime)
          continue
        }
        guard let rolled = try rolled(start, roll, calendar) else {
          results.append(DateTimes.notATime)
          continue
        }
        try WorkMeter.charge(Int(min(move.magnitude, 1 << 40)) * 2)
        var day = rolled
        var remaining = move
        while remaining != 0 {
          day += remaining > 0 ? 1 : -1
          if calendar.isBusinessDay(day) { remaining += remaining > 0 ? -1 : 1 }
        }
        results.append(day)
      }
      return .dateArray(
        DateArray(
          dtype: DateDType(isDelta: false, unit: .day), shape: shape, values: results, isScalar: shape.isEmpty))
    default:
      throw DateTimes.refusal("np.\(name)")
    }
  }

  /// The business day `roll` moves a non-business `day` to, nil for `roll='nat'`.
  private static func rolled(_ day: Int64, _ roll: String, _ calendar: Calendar) throws(PythonError) -> Int64? {
    if calendar.isBusinessDay(day) { return day }
    func step(_ direction: Int64) -> Int64 {
      var current = day
      repeat { current += direction } while !calendar.isBusinessDay(current)
      return current
    }
    switch roll {
    case "raise": throw PythonError.value("Non-business day date in busday_offset")
    case "nat": return nil
    case "forward", "following": return step(1)
    case "backward", "preceding": return step(-1)
    default:
      let preferred = step(roll == "modifiedfollowing" ? 1 : -1)
      if DateTimes.civil(days: preferred).month == DateTimes.civil(days: day).month { return preferred }
      return step(roll == "modifiedfollowing" ? -1 : 1)
    }
  }

  /// The weekmask and holidays arguments (`'1111100'`, `'Mon Tue'`, a list of 7 flags; a list of dates).
  private static func readCalendar(_ bound: BoundArguments) throws(PythonError) -> Calendar {
    var calendar = Calendar()
    if bound["busdaycal"] != nil || bound["out"] != nil {
      throw DateTimes.refusal("np.busdaycalendar and out= of the business-day functions")
    }
    if let given = bound["weekmask"] {
      switch given {
      case .string(let text):
        let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        if text.count == 7, text.allSatisfy({ $0 == "0" || $0 == "1" }) {
          calendar.weekmask = text.map { $0 == "1" }
        } else {
          var mask = [Bool](repeating: false, count: 7)
          for word in text.split(separator: " ") {
            guard let day = names.firstIndex(of: String(word)) else {
              throw PythonError.value("Invalid business day weekmask string \"\(text)\"")
            }
            mask[day] = true
          }
          if text.split(separator: " ").isEmpty {
            throw PythonError.value("Invalid business day weekmask string \"\(text)\"")
          }
          calendar.weekmask = mask
        }
      case .list(let items),
        .tuple(let items) where items.count == 7:
        calendar.weekmask = try items.items.map { (item) throws(PythonError) in try item.truthValue() }
      default:
        throw DateTimes.refusal("this weekmask")
      }
    }
    if let given = bound["holidays"], !given.isNone {
      let (days, _) = try days(given)
      calendar.holidays = Set(days.filter { $0 != DateTimes.notATime })
    }
    return calendar
  }

  /// Dates as days since 1970-01-01 and their shape: strings, datetime64 values, or lists of them.
  private static func days(_ value: Value) throws(PythonError) -> ([Int64], [Int]) {
    let array: DateArray
    switch value {
    case .dateArray(let dates):
      guard !dates.dtype.isDelta else { throw DateTimes.refusal("business days of timedelta64 values") }
      array = dates
    case .string:
      guard
        case .dateArray(let parsed) = try DateTimes.scalar(
          isDelta: false, CallArguments(function: "datetime64", positional: [value], keywords: [], positionalTexts: []))
      else {
        return ([], [])
      }
      array = parsed
    case .list, .tuple:
      guard
        case .dateArray(let parsed) = try DateTimes.array(
          CallArguments(function: "array", positional: [value], keywords: [], positionalTexts: []),
          dtype: DateDType(isDelta: false, unit: .day))
      else { return ([], []) }
      array = parsed
    default:
      throw DateTimes.refusal("business days of a '\(value.typeName)'")
    }
    var days: [Int64] = []
    for element in array.values {
      days.append(try DateTimes.convertDate(element, from: array.dtype.unit, to: .day))
    }
    return (days, array.isScalar ? [] : array.shape)
  }
}
