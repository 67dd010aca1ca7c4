/// JSON has no NaN or infinity, and a figure's data may hold both (a NaN is a gap): the artists below code their
/// numbers as bit patterns, exact and complete, so a chapter's figures can always be stored in the run cache.
extension KeyedEncodingContainer {
  mutating func encodeBits(_ values: [Double], forKey key: Key) throws {
    try encode(values.map(\.bitPattern), forKey: key)
  }

  mutating func encodeBits(_ value: Double, forKey key: Key) throws {
    try encode(value.bitPattern, forKey: key)
  }
}

extension KeyedDecodingContainer {
  func decodeBits(_ key: Key) throws -> [Double] {
    try decode([UInt64].self, forKey: key).map(Double.init(bitPattern:))
  }

  func decodeBit(_ key: Key) throws -> Double {
    Double(bitPattern: try decode(UInt64.self, forKey: key))
  }
}

extension Scatter {
  private enum CodingKeys: String, CodingKey {
    case x, y, color, area, marker, alpha, label, areas, values, scale
  }

  /// Decodes points stored as bit patterns.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      x: try container.decodeBits(.x), y: try container.decodeBits(.y),
      color: try container.decode(PlotColor.self, forKey: .color), area: try container.decodeBit(.area),
      marker: try container.decode(Marker.self, forKey: .marker),
      alpha: try container.decode(Double.self, forKey: .alpha),
      label: try container.decodeIfPresent(String.self, forKey: .label),
      areas: try container.decodeIfPresent([UInt64].self, forKey: .areas)?.map(Double.init(bitPattern:)),
      scale: try container.decodeIfPresent(ColorScale.self, forKey: .scale))
    values = try container.decodeIfPresent(Samples.self, forKey: .values)
  }

  /// Encodes the data as bit patterns.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeBits(x, forKey: .x)
    try container.encodeBits(y, forKey: .y)
    try container.encode(color, forKey: .color)
    try container.encodeBits(area, forKey: .area)
    try container.encode(marker, forKey: .marker)
    try container.encode(alpha, forKey: .alpha)
    try container.encodeIfPresent(label, forKey: .label)
    if let areas { try container.encodeBits(areas, forKey: .areas) }
    try container.encodeIfPresent(values, forKey: .values)
    try container.encodeIfPresent(scale, forKey: .scale)
  }
}

extension Bars {
  private enum CodingKeys: String, CodingKey {
    case left, width, bottom, height, color, alpha, label
  }

  /// Decodes bars stored as bit patterns.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      left: try container.decodeBits(.left), width: try container.decodeBits(.width),
      bottom: try container.decodeBits(.bottom), height: try container.decodeBits(.height),
      color: try container.decode(PlotColor.self, forKey: .color),
      alpha: try container.decode(Double.self, forKey: .alpha),
      label: try container.decodeIfPresent(String.self, forKey: .label))
  }

  /// Encodes the data as bit patterns.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeBits(left, forKey: .left)
    try container.encodeBits(width, forKey: .width)
    try container.encodeBits(bottom, forKey: .bottom)
    try container.encodeBits(height, forKey: .height)
    try container.encode(color, forKey: .color)
    try container.encode(alpha, forKey: .alpha)
    try container.encodeIfPresent(label, forKey: .label)
  }
}

extension Fill {
  private enum CodingKeys: String, CodingKey {
    case x, lower, upper, color, alpha, label
  }

  /// Decodes a fill stored as bit patterns.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      x: try container.decodeBits(.x), lower: try container.decodeBits(.lower), upper: try container.decodeBits(.upper),
      color: try container.decode(PlotColor.self, forKey: .color),
      alpha: try container.decode(Double.self, forKey: .alpha),
      label: try container.decodeIfPresent(String.self, forKey: .label))
  }

  /// Encodes the data as bit patterns.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeBits(x, forKey: .x)
    try container.encodeBits(lower, forKey: .lower)
    try container.encodeBits(upper, forKey: .upper)
    try container.encode(color, forKey: .color)
    try container.encode(alpha, forKey: .alpha)
    try container.encodeIfPresent(label, forKey: .label)
  }
}

extension ReferenceLine {
  private enum CodingKeys: String, CodingKey {
    case horizontal, value, color, style, width, label
  }

  /// Decodes a reference line stored as bit patterns.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      horizontal: try container.decode(Bool.self, forKey: .horizontal), value: try container.decodeBit(.value),
      color: try container.decode(PlotColor.self, forKey: .color),
      style: try container.decode(LineStyle.self, forKey: .style),
      width: try container.decode(Double.self, forKey: .width),
      label: try container.decodeIfPresent(String.self, forKey: .label))
  }

  /// Encodes the value as a bit pattern.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(horizontal, forKey: .horizontal)
    try container.encodeBits(value, forKey: .value)
    try container.encode(color, forKey: .color)
    try container.encode(style, forKey: .style)
    try container.encode(width, forKey: .width)
    try container.encodeIfPresent(label, forKey: .label)
  }
}

extension TextNote {
  private enum CodingKeys: String, CodingKey {
    case x, y, text, fontSize, color, arrowTo
  }

  /// Decodes a note stored as bit patterns.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      x: try container.decodeBit(.x), y: try container.decodeBit(.y),
      text: try container.decode(String.self, forKey: .text),
      fontSize: try container.decode(Double.self, forKey: .fontSize),
      color: try container.decodeIfPresent(PlotColor.self, forKey: .color),
      arrowTo: try container.decodeIfPresent([UInt64].self, forKey: .arrowTo)?.map(Double.init(bitPattern:)))
  }

  /// Encodes the position as bit patterns.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeBits(x, forKey: .x)
    try container.encodeBits(y, forKey: .y)
    try container.encode(text, forKey: .text)
    try container.encode(fontSize, forKey: .fontSize)
    try container.encodeIfPresent(color, forKey: .color)
    if let arrowTo { try container.encodeBits(arrowTo, forKey: .arrowTo) }
  }
}
