/// Turns TeX into MathML Core at build time.
public enum MathML {}
