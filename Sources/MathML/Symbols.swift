/// TeX's symbol commands and characters, with the MathML each one becomes.
enum Symbols {
  /// Letter-like commands written as `<mi>`; `upright` is TeX's choice of an upright glyph.
  static let identifiers: [String: (text: String, upright: Bool)] = {
    var table: [String: (text: String, upright: Bool)] = [:]
    let lowercaseGreek: [(String, String)] = [
      ("alpha", "α"), ("beta", "β"), ("gamma", "γ"), ("delta", "δ"), ("epsilon", "ϵ"), ("varepsilon", "ε"),
      ("zeta", "ζ"), ("eta", "η"), ("theta", "θ"), ("vartheta", "ϑ"), ("iota", "ι"), ("kappa", "κ"),
      ("varkappa", "ϰ"), ("lambda", "λ"), ("mu", "μ"), ("nu", "ν"), ("xi", "ξ"), ("omicron", "ο"), ("pi", "π"),
      ("varpi", "ϖ"), ("rho", "ρ"), ("varrho", "ϱ"), ("sigma", "σ"), ("varsigma", "ς"), ("tau", "τ"),
      ("upsilon", "υ"), ("phi", "ϕ"), ("varphi", "φ"), ("chi", "χ"), ("psi", "ψ"), ("omega", "ω"),
    ]
    let uppercaseGreek: [(String, String)] = [
      ("Alpha", "Α"), ("Beta", "Β"), ("Gamma", "Γ"), ("Delta", "Δ"), ("Epsilon", "Ε"), ("Zeta", "Ζ"), ("Eta", "Η"),
      ("Theta", "Θ"), ("Iota", "Ι"), ("Kappa", "Κ"), ("Lambda", "Λ"), ("Mu", "Μ"), ("Nu", "Ν"), ("Xi", "Ξ"),
      ("Omicron", "Ο"), ("Pi", "Π"), ("Rho", "Ρ"), ("Sigma", "Σ"), ("Tau", "Τ"), ("Upsilon", "Υ"), ("Phi", "Φ"),
      ("Chi", "Χ"), ("Psi", "Ψ"), ("Omega", "Ω"),
    ]
    for (name, text) in lowercaseGreek { table[name] = (text, false) }
    for (name, text) in uppercaseGreek {
      table[name] = (text, true)
      // amsmath's \varGamma and friends are the slanted capitals.
      table["var" + name] = (text, false)
    }
    let others: [(String, String, Bool)] = [
      ("partial", "∂", true), ("nabla", "∇", true), ("infty", "∞", true), ("forall", "∀", true),
      ("exists", "∃", true), ("nexists", "∄", true), ("top", "⊤", true), ("bot", "⊥", true),
      ("emptyset", "∅", true), ("varnothing", "∅", true), ("ell", "ℓ", false), ("hbar", "ℏ", false),
      ("imath", "ı", false), ("jmath", "ȷ", false), ("aleph", "ℵ", true), ("Re", "ℜ", true), ("Im", "ℑ", true),
      ("wp", "℘", true), ("prime", "′", true), ("angle", "∠", true), ("triangle", "△", true), ("%", "%", true),
      ("$", "$", true), ("#", "#", true), ("&", "&", true), ("_", "_", true), ("dagger", "†", true),
    ]
    for (name, text, upright) in others { table[name] = (text, upright) }
    return table
  }()

  /// Operator commands written as `<mo>`, with their TeX class.
  static let operators: [String: (text: String, atomClass: AtomClass)] = {
    var table: [String: (text: String, atomClass: AtomClass)] = [:]
    let binary: [(String, String)] = [
      ("cdot", "⋅"), ("times", "×"), ("odot", "⊙"), ("oplus", "⊕"), ("otimes", "⊗"), ("ominus", "⊖"),
      ("oslash", "⊘"), ("pm", "±"), ("mp", "∓"), ("div", "÷"), ("ast", "∗"), ("star", "⋆"), ("circ", "∘"),
      ("bullet", "∙"), ("setminus", "∖"), ("cup", "∪"), ("cap", "∩"), ("wedge", "∧"), ("land", "∧"),
      ("vee", "∨"), ("lor", "∨"), ("sqcup", "⊔"), ("sqcap", "⊓"), ("uplus", "⊎"),
    ]
    let relations: [(String, String)] = [
      ("le", "≤"), ("leq", "≤"), ("ge", "≥"), ("geq", "≥"), ("ne", "≠"), ("neq", "≠"), ("approx", "≈"),
      ("sim", "∼"), ("simeq", "≃"), ("cong", "≅"), ("equiv", "≡"), ("propto", "∝"), ("ll", "≪"), ("gg", "≫"),
      ("subset", "⊂"), ("subseteq", "⊆"), ("supset", "⊃"), ("supseteq", "⊇"), ("in", "∈"), ("notin", "∉"),
      ("ni", "∋"), ("mid", "∣"), ("parallel", "∥"), ("perp", "⊥"), ("to", "→"), ("rightarrow", "→"),
      ("leftarrow", "←"), ("gets", "←"), ("leftrightarrow", "↔"), ("Rightarrow", "⇒"), ("Leftarrow", "⇐"),
      ("Leftrightarrow", "⇔"), ("implies", "⟹"), ("impliedby", "⟸"), ("iff", "⟺"), ("mapsto", "↦"),
      ("longrightarrow", "⟶"), ("longleftarrow", "⟵"), ("longmapsto", "⟼"), ("uparrow", "↑"),
      ("downarrow", "↓"), ("dashleftarrow", "⇠"), ("dashrightarrow", "⇢"), ("coloneqq", "≔"), ("triangleq", "≜"),
      ("doteq", "≐"), ("models", "⊨"), ("vdash", "⊢"), ("prec", "≺"), ("succ", "≻"), ("preceq", "⪯"),
      ("succeq", "⪰"), ("lt", "<"), ("gt", ">"),
    ]
    let ordinary: [(String, String)] = [
      ("ldots", "…"), ("dots", "…"), ("cdots", "⋯"), ("vdots", "⋮"), ("ddots", "⋱"), ("neg", "¬"), ("lnot", "¬"),
    ]
    let fences: [(String, String, AtomClass)] = [
      ("{", "{", .opening), ("}", "}", .closing), ("lbrace", "{", .opening), ("rbrace", "}", .closing),
      ("langle", "⟨", .opening), ("rangle", "⟩", .closing), ("lfloor", "⌊", .opening), ("rfloor", "⌋", .closing),
      ("lceil", "⌈", .opening), ("rceil", "⌉", .closing), ("lvert", "|", .opening), ("rvert", "|", .closing),
      ("lVert", "‖", .opening), ("rVert", "‖", .closing), ("vert", "|", .ordinary), ("Vert", "‖", .ordinary),
      ("|", "‖", .ordinary),
    ]
    for (name, text) in binary { table[name] = (text, .binary) }
    for (name, text) in relations { table[name] = (text, .relation) }
    for (name, text) in ordinary { table[name] = (text, .ordinary) }
    for (name, text, atomClass) in fences { table[name] = (text, atomClass) }
    table["colon"] = (":", .punctuation)
    return table
  }()

  /// The TeX class of a binary or relation character typed directly (`→`, `≤`, `×`), found by its command's entry.
  static let classOfCharacter: [String: AtomClass] = {
    var table: [String: AtomClass] = [:]
    // Only the classes that change spacing; several fence commands share a character with different classes.
    for (_, entry) in operators where entry.atomClass == .binary || entry.atomClass == .relation {
      table[entry.text] = entry.atomClass
    }
    return table
  }()

  /// Large operators; `limits` says whether display style puts their scripts under and over them.
  static let largeOperators: [String: (text: String, limits: Bool)] = [
    "sum": ("∑", true), "prod": ("∏", true), "coprod": ("∐", true), "bigcup": ("⋃", true), "bigcap": ("⋂", true),
    "bigoplus": ("⨁", true), "bigotimes": ("⨂", true), "bigodot": ("⨀", true), "bigvee": ("⋁", true),
    "bigwedge": ("⋀", true), "bigsqcup": ("⨆", true), "int": ("∫", false), "iint": ("∬", false),
    "iiint": ("∭", false), "oint": ("∮", false),
  ]

  /// Function names written upright; `limits` as for large operators (`\lim_{x \to 0}`).
  static let functions: [String: (text: String, limits: Bool)] = {
    var table: [String: (text: String, limits: Bool)] = [:]
    let plain = [
      "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "coth",
      "exp", "log", "ln", "lg", "dim", "ker", "deg", "hom", "arg",
    ]
    for name in plain { table[name] = (name, false) }
    for name in ["det", "gcd", "min", "max", "sup", "inf", "lim", "Pr"] { table[name] = (name, true) }
    table["liminf"] = ("lim inf", true)
    table["limsup"] = ("lim sup", true)
    table["argmin"] = ("arg min", true)
    table["argmax"] = ("arg max", true)
    return table
  }()

  /// Spacing commands and their widths in em (TeX's mu are eighteenths of an em).
  static let spaces: [String: String] = [
    ",": "0.1667em", "thinspace": "0.1667em", ":": "0.2222em", ">": "0.2222em", "medspace": "0.2222em",
    ";": "0.2778em", "thickspace": "0.2778em", "!": "-0.1667em", "negthinspace": "-0.1667em", " ": "0.3333em",
    "enspace": "0.5em", "quad": "1em", "qquad": "2em",
  ]

  /// Delimiters allowed after `\left`, `\right`, `\middle` and `\big`, by command name.
  static let delimiterCommands: [String: String] = [
    "{": "{", "}": "}", "lbrace": "{", "rbrace": "}", "|": "‖", "langle": "⟨", "rangle": "⟩", "lvert": "|",
    "rvert": "|", "vert": "|", "lVert": "‖", "rVert": "‖", "Vert": "‖", "lfloor": "⌊", "rfloor": "⌋",
    "lceil": "⌈", "rceil": "⌉", "uparrow": "↑", "downarrow": "↓",
  ]

  /// Delimiter characters allowed after `\left` and friends.
  static let delimiterCharacters: [Character: String] = [
    "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", "/": "/", "<": "⟨", ">": "⟩",
  ]

  /// The operator a plain ASCII character stands for, or `nil` when it has no meaning in math.
  static func characterOperator(_ character: Character) -> Operator? {
    switch character {
    case "+": Operator(text: "+", atomClass: .binary)
    case "-": Operator(text: "−", atomClass: .binary)
    case "*": Operator(text: "∗", atomClass: .binary)
    case "=", "<", ">": Operator(text: String(character), atomClass: .relation)
    // MathML's dictionary spaces ':' as punctuation; TeX makes it a relation.
    case ":": Operator(text: ":", atomClass: .relation, leftSpace: "0.2778em", rightSpace: "0.2778em")
    case ",", ";": Operator(text: String(character), atomClass: .punctuation)
    case "(", "[": Operator(text: String(character), atomClass: .opening, stretchy: false)
    case ")", "]": Operator(text: String(character), atomClass: .closing, stretchy: false)
    case "!", "?": Operator(text: String(character), atomClass: .closing)
    case "|": Operator(text: "|", atomClass: .ordinary, stretchy: false)
    case "/": Operator(text: "/", atomClass: .ordinary, stretchy: false)
    case ".": Operator(text: ".", atomClass: .ordinary)
    default: nil
    }
  }
}
