import Testing
@testable import FollowupICU

@Suite("ICUError: ICU's own status names, warnings are success")
struct ICUErrorTests {
    @Test("status codes name themselves as ICU does", arguments: [
        (Int32(0), "U_ZERO_ERROR"),
        (1, "U_ILLEGAL_ARGUMENT_ERROR"),
        (4, "U_FILE_ACCESS_ERROR"),
        (10, "U_INVALID_CHAR_FOUND"),
        (15, "U_BUFFER_OVERFLOW_ERROR"),
        (-128, "U_USING_FALLBACK_WARNING"),
    ])
    func names(status: Int32, name: String) {
        #expect(ICUError(operation: "test", status: status).statusName == name)
    }

    @Test("the description says what failed and ICU's name for it")
    func description() {
        let error = ICUError(operation: "conversion from windows-1251", status: 10)
        #expect(error.description == "ICU conversion from windows-1251 failed: U_INVALID_CHAR_FOUND")
    }

    @Test("warnings (negative) and zero pass the check; failures (positive) throw")
    func check() throws {
        try ICUError.check(0, "zero")
        try ICUError.check(-128, "a warning")
        #expect(throws: ICUError(operation: "a failure", status: 7)) { try ICUError.check(7, "a failure") }
    }

    @Test("the linked ICU reports a version")
    func version() {
        #expect(ICU.version.first?.isNumber == true)
        #expect(ICU.version.contains("."))
    }

    @Test("scripts of code points", arguments: [
        (Unicode.Scalar("A"), "Latn"),
        ("ä", "Latn"),
        ("Я", "Cyrl"),
        ("1", "Zyyy"),
        ("ア", "Kana"),
    ])
    func scripts(scalar: Unicode.Scalar, code: String) {
        #expect(Script.code(of: scalar) == code)
    }
}
