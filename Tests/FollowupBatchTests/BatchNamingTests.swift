import Testing

@testable import FollowupBatch
import Followup

@Suite struct BatchNamingTests {
    @Test func anInputWithAUniqueStemIsNamedByItsStem() {
        let names = BatchNaming.resolve(files: ["notes.txt", "call.vtt"], directories: [])
        #expect(names.files == ["notes.txt": "notes", "call.vtt": "call"])
    }

    @Test func inputsThatDifferOnlyInExtensionKeepTheirWholeNames() {
        let names = BatchNaming.resolve(files: ["a.txt", "a.md"], directories: [])
        #expect(names.files == ["a.txt": "a.txt", "a.md": "a.md"])
    }

    @Test func stemsCollideWhateverTheirCase() {
        let names = BatchNaming.resolve(files: ["Notes.txt", "notes.md"], directories: [])
        #expect(names.files == ["Notes.txt": "Notes.txt", "notes.md": "notes.md"])
    }

    @Test func aFileWithoutExtensionBesideOneWithTheSameStem() {
        let names = BatchNaming.resolve(files: ["a", "a.txt"], directories: [])
        #expect(names.files == ["a": "a", "a.txt": "a.txt"])
    }

    @Test func aFolderKeepsItsNameAndAFileMovesAside() {
        let names = BatchNaming.resolve(files: ["notes.txt"], directories: ["notes.json"])
        #expect(names.directories == ["notes.json": "notes.json"])
        #expect(names.files == ["notes.txt": "notes.txt"])
    }

    @Test func whatStillCollidesGetsANumber() {
        let names = BatchNaming.resolve(files: ["a.txt", "a.md"], directories: ["a.txt.json"])
        #expect(names.files == ["a.md": "a.md", "a.txt": "a.txt~2"])
    }

    @Test func theTopLevelKeepsTheAcrossInputNames() {
        let names = BatchNaming.resolve(
            files: ["calendar.txt", "index.md", "actions.txt"], directories: ["people", "calendar.ics"],
            reserved: BatchNaming.reservedTopLevel)
        #expect(names.directories == ["people": "people~2", "calendar.ics": "calendar.ics~2"])
        // calendar.ics is taken, so "calendar.txt" keeps its whole name; index.* and actions.* are free.
        #expect(names.files == ["calendar.txt": "calendar.txt", "index.md": "index", "actions.txt": "actions"])
    }

    @Test func aNameTooLongForAFileSystemIsShortenedWithAHash() {
        let long = String(repeating: "x", count: 250)
        let names = BatchNaming.resolve(files: [long + "a.txt", long + "b.txt"], directories: [])
        let a = names.files[long + "a.txt"]!
        let b = names.files[long + "b.txt"]!
        #expect(a.utf8.count == 200)
        #expect(a.hasPrefix(String(repeating: "x", count: 183) + "~"))
        #expect(a != b)
    }

    @Test func shorteningNeverSplitsACharacter() {
        let long = String(repeating: "ж", count: 150)  // 300 bytes
        let base = BatchNaming.resolve(files: [long + ".txt"], directories: []).files[long + ".txt"]!
        #expect(base.hasPrefix(String(repeating: "ж", count: 91) + "~"))
        #expect(base.utf8.count == 91 * 2 + 17)
    }

    @Test(arguments: [
        ("Alice Chen", "Alice Chen"),
        ("  Юлия   Петрова ", "Юлия Петрова"),
        ("a/b", "a_b"),
        ("../etc/passwd", "_etc_passwd"),
        ("Tab\there\nnewline", "Tab here newline"),
        ("what?*<>|\"", "what______"),
        ("...", "unnamed"),
        ("", "unnamed"),
        ("con", "con_"),
        ("ACME legal.", "ACME legal"),
    ])
    func personFileNames(name: String, expected: String) {
        #expect(BatchNaming.personFileName(name) == expected)
    }

    @Test func aPersonFileNameIsAtMostAHundredBytes() {
        #expect(BatchNaming.personFileName(String(repeating: "é", count: 80)) == String(repeating: "é", count: 50))
    }

    @Test(arguments: [("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8")])
    func contentHashIsFNV1a64(text: String, hex: String) {
        // Test vectors from the FNV reference (Fowler, Noll, Vo).
        #expect(ContentHash.of(Array(text.utf8)).hex == hex)
        #expect(ContentHash.of(text).hex == hex)
    }

    @Test func formatListsParseAnySubsetInOrder() {
        #expect(BatchFormat.list("ics,json") == [.json, .ics])
        #expect(BatchFormat.list("json, MD") == [.json, .md])
        #expect(BatchFormat.list("json,pdf") == nil)
        #expect(BatchFormat.list("") == nil)
        #expect(BatchFormat.list("json,,md") == nil)
    }
}
