import Testing

@testable import TensorCore

/// NumPy's repr and str of every fixture case, compared exactly.
@Suite struct PrintingTests {
  @Test func fixtureLoads() throws {
    let file = try PrintingFixtures.file.get()
    #expect(file.cases.count >= 500)
    #expect(file.pythonFloatReprs.count >= 300)
    #expect(!file.pythonShapeReprs.isEmpty)
    #expect(file.dtypeTexts.count == DType.allCases.count)
  }

  @Test(arguments: PrintingFixtures.cases)
  func reprMatchesNumPy(_ fixture: PrintingCase) throws {
    let tensor = try #require(fixture.makeTensor())
    #expect(tensor.numpyRepr == fixture.repr)
  }

  @Test(arguments: PrintingFixtures.cases)
  func strMatchesNumPy(_ fixture: PrintingCase) throws {
    let tensor = try #require(fixture.makeTensor())
    #expect(tensor.numpyStr == fixture.str)
  }

  @Test(arguments: PrintingFixtures.pythonFloatReprCases)
  func pythonFloatReprMatchesPython(_ fixture: PythonFloatReprCase) throws {
    let value = try #require(Double(fixture.value))
    #expect(pythonFloatRepr(value) == fixture.repr)
  }

  @Test(arguments: PrintingFixtures.pythonShapeReprCases)
  func pythonShapeReprMatchesPython(_ fixture: PythonShapeReprCase) {
    #expect(pythonShapeRepr(fixture.shape) == fixture.repr)
  }

  @Test(arguments: PrintingFixtures.dtypeTextCases)
  func dtypeTextMatchesNumPy(_ fixture: DTypeTextCase) throws {
    let dtype = try #require(DType(rawValue: fixture.dtype))
    #expect(dtype.numpyRepr == fixture.repr)
    #expect(dtype.numpyStr == fixture.str)
  }
}
