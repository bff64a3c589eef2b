import Foundation
import FollowupTestSupport
import Testing

/// Calendar times are in the zone the notes give their times in, else the user's, else floating. The eighteenth
/// reading found every event of a machine left at UTC an hour or more off ("14:30 Etc/UTC" for a call at 2:30pm ET,
/// "08:00 Etc/UTC" for a Moscow call at 11:00): notes' times are local, and UTC is nobody's choice there.
@Suite struct CalendarZoneTests {
    static let zoned = """
        Vendor call
        Date: 2027-03-09
        Attendees: Priya Nair, Tom Becker

        - Tom will send the order form by Friday 3pm.
        - Next call: Thu 3/18, 2:30pm ET.
        """
    static let unzoned = zoned.replacingOccurrences(of: "Thu 3/18, 2:30pm ET", with: "Thu 3/18 at 14:30")
    static let moscow = """
        Созвон с поставщиком
        Дата: 16.02.2027
        Участники: Ольга Кузнецова, Алексей Смирнов

        - Алексей пришлёт договор до пятницы.
        - Следующий созвон: 18 февраля в 16:30 МСК.
        """

    /// The calendar `followup ics` writes for `notes` on a machine in `zone`, saved for the validator.
    static func calendar(_ notes: String, zone: String, arguments: [String] = []) throws -> (text: String, file: URL, directory: TempDirectory) {
        let directory = try TempDirectory()
        let input = directory.url.appendingPathComponent("call.md")
        try Data(notes.utf8).write(to: input)
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = zone
        environment["XDG_CONFIG_HOME"] = directory.url.appendingPathComponent("config").path
        environment["HOME"] = directory.url.path
        let result = try ProcessRunner.run(
            try ProcessRunner.builtBinary(), ["ics", input.path, "--now", "2027-02-16T18:00:00Z"] + arguments,
            currentDirectory: directory.url, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let output = directory.url.appendingPathComponent("call.ics")
        try Data(result.stdout.utf8).write(to: output)
        return (result.stdout, output, directory)
    }

    @Test func aZoneTheNotesNameIsTheCalendarsWhereverItRuns() throws {
        for machine in ["UTC", "Europe/Berlin"] {
            let (text, _, _) = try Self.calendar(Self.zoned, zone: machine)
            #expect(text.contains("DTSTART;TZID=America/New_York:20270318T143000"), "\(machine): \(text)")
            #expect(text.contains("TZID:America/New_York"), "\(text)")
        }
        let (russian, _, _) = try Self.calendar(Self.moscow, zone: "UTC")
        #expect(russian.contains("DTSTART;TZID=Europe/Moscow:20270218T163000"), "\(russian)")
    }

    @Test func unnamedTimesFloatOnAMachineAtUTCAndFollowAChosenZone() throws {
        let (floating, _, _) = try Self.calendar(Self.unzoned, zone: "UTC")
        #expect(floating.contains("DTSTART:20270318T143000\r\n"), "\(floating)")
        #expect(!floating.contains("TZID"), "\(floating)")
        let (machine, _, _) = try Self.calendar(Self.unzoned, zone: "Europe/Berlin")
        #expect(machine.contains("DTSTART;TZID=Europe/Berlin:20270318T143000"), "\(machine)")
        let (flag, _, _) = try Self.calendar(Self.unzoned, zone: "UTC", arguments: ["--tz", "UTC"])
        #expect(flag.contains("DTSTART;TZID=UTC:20270318T143000"), "\(flag)")
    }

    @Test(.enabled(if: Validators.shouldRun, "validators not installed: run ../shared/tools/setup-validators in the package root"))
    func floatingAndZonedCalendarsValidate() throws {
        let floating = try Self.calendar(Self.unzoned, zone: "UTC")
        let zoned = try Self.calendar(Self.zoned, zone: "UTC")
        let result = try Validators.run("validate-ics", [floating.file, zoned.file], extraArguments: ["--no-warnings"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
