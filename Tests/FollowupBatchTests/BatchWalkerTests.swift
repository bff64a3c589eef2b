import Foundation
import FollowupTestSupport
import Testing

@testable import FollowupBatch
import Followup

@Suite struct BatchWalkerTests {
    @Test func theMixedTreeYieldsEveryInputInNameOrderAndCountsWhatItSkips() throws {
        let directory = try TempDirectory()
        let expected = try BatchTrees.buildMixed(in: directory, at: "in")
        var walker = BatchWalker()
        walker.walk([directory.path("in")])

        #expect(walker.inputs.map(\.key) == expected.map(\.path))
        #expect(walker.inputs.map(\.source) == expected.map { directory.path("in/" + $0.path) })
        for (input, want) in zip(walker.inputs, expected) where want.output != nil {
            #expect(input.outputBase == want.output, "\(input.key)")
        }
        #expect(walker.inputs.first { $0.key == "broken/pipe.txt" }?.problem?.reason == "not-a-file")
        #expect(walker.inputs.filter { $0.problem != nil }.count == 1)
        var skipped = SkipCounts()
        skipped.hidden = 2
        skipped.symlinkLoops = 3
        skipped.brokenLinks = 1
        skipped.unrecognized = 2
        #expect(walker.skipped == skipped)
    }

    @Test func theOutputFolderInsideAnInputIsNeverWalked() throws {
        let directory = try TempDirectory()
        try directory.write("- Alice will send the deck by Friday\n", to: "in/a.txt")
        try directory.write("- old output read back as notes\n", to: "in/out/a.txt")
        var walker = BatchWalker(outputDirectory: FileID(path: directory.path("in/out")))
        walker.walk([directory.path("in")])
        #expect(walker.inputs.map(\.key) == ["a.txt"])
        #expect(walker.skipped == SkipCounts())
    }

    @Test func includeKeepsOnlyMatchingFilesAndExcludeDropsFilesAndFolders() throws {
        let directory = try TempDirectory()
        for name in ["a.md", "b.txt", "calls/c.md", "calls/2026/d.md", "drafts/e.md"] {
            try directory.write("- Alice will send the deck by Friday\n", to: "in/" + name)
        }
        var walker = BatchWalker(include: ["*.md"], exclude: ["drafts", "calls/2026/*"])
        walker.walk([directory.path("in")])
        #expect(walker.inputs.map(\.key) == ["a.md", "calls/c.md"])
        // b.txt (not included), drafts (excluded folder), calls/2026/d.md (excluded by path).
        #expect(walker.skipped.excluded == 3)
    }

    @Test func filesNamedOnTheCommandLineAreInputsWhateverTheirExtension() throws {
        let directory = try TempDirectory()
        let path = try directory.write("- Alice will send the deck by Friday\n", to: "notes.log")
        var walker = BatchWalker()
        walker.walk([path, directory.path("missing.txt")])
        #expect(walker.inputs.map(\.key) == ["notes.log", directory.path("missing.txt")])
        #expect(walker.inputs[0].outputBase == "notes")
        #expect(walker.inputs[0].problem == nil)
        #expect(walker.inputs[1].problem?.reason == "not-found")
    }

    @Test func twoInputFoldersWithOneNameGetTwoOutputFolders() throws {
        let directory = try TempDirectory()
        try directory.write("- Alice will send the deck by Friday\n", to: "a/notes/x.txt")
        try directory.write("- Bob will send the deck by Friday\n", to: "b/notes/x.txt")
        var walker = BatchWalker()
        walker.walk([directory.path("a/notes"), directory.path("b/notes")])
        #expect(walker.inputs.map(\.outputBase) == ["notes/x", "notes~2/x"])
        #expect(walker.inputs.map(\.key) == ["notes/x.txt", "notes~2/x.txt"])
    }

    @Test func jsonFilesAreInputsOnlyWhenTheyAreWhisperTranscripts() throws {
        let directory = try TempDirectory()
        try directory.write("{\"text\": \"hi\", \"segments\": [{\"start\": 0, \"end\": 1, \"text\": \"hi\"}]}", to: "in/call.json")
        try directory.write("{\"name\": \"package\"}", to: "in/package.json")
        try directory.write("[1, 2, 3]", to: "in/list.json")
        var walker = BatchWalker()
        walker.walk([directory.path("in")])
        #expect(walker.inputs.map(\.key) == ["call.json"])
        #expect(walker.skipped.unrecognized == 2)
    }

    @Test func aFileWithoutExtensionIsAnInputWhenItReadsAsText() throws {
        let directory = try TempDirectory()
        try directory.write("Standup\n- Alice will send the deck by Friday\n", to: "in/standup")
        try directory.write([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00], to: "in/program")
        try directory.write([], to: "in/empty")
        var walker = BatchWalker()
        walker.walk([directory.path("in")])
        #expect(walker.inputs.map(\.key) == ["standup"])
        #expect(walker.skipped.unrecognized == 2)
    }
}

@Suite struct OutputTreeTests {
    @Test func aWriteCreatesFoldersAndLeavesNoTemporaryFile() throws {
        let directory = try TempDirectory()
        let tree = try OutputTree(root: directory.path("out"), durable: true)
        try tree.write("hello\n", to: "a/b/c.md")
        #expect(directory.text("out/a/b/c.md") == "hello\n")
        #expect(directory.files(under: "out") == ["a/b/c.md"])
    }

    @Test func anUnchangedFileIsNotRewrittenWhenAskedNotTo() throws {
        let directory = try TempDirectory()
        let tree = try OutputTree(root: directory.path("out"), durable: false)
        try tree.write("same\n", to: "x.csv")
        let before = directory.identity("out/x.csv")
        #expect(try tree.write("same\n", to: "x.csv", onlyIfChanged: true) == false)
        #expect(directory.identity("out/x.csv") == before)
        #expect(try tree.write("changed\n", to: "x.csv", onlyIfChanged: true) == true)
        #expect(directory.text("out/x.csv") == "changed\n")
    }

    @Test(arguments: ["../x.json", "/etc/x.json", "a//b.json", "a/./b.json", "a/../../b.json", ""])
    func pathsThatCouldLeaveTheFolderAreRefused(path: String) throws {
        let directory = try TempDirectory()
        let tree = try OutputTree(root: directory.path("out"), durable: false)
        #expect(throws: BatchError.self) { try tree.write("x", to: path) }
        #expect(!directory.exists("x.json"))
    }

    @Test func aLinkInsideTheOutputFolderIsNotWrittenThrough() throws {
        let directory = try TempDirectory()
        try directory.makeDirectory("elsewhere")
        try directory.symlink("out/sub", to: directory.path("elsewhere"))
        let tree = try OutputTree(root: directory.path("out"), durable: false)
        #expect(throws: BatchError.self) { try tree.write("x", to: "sub/notes.json") }
        #expect(directory.files(under: "elsewhere").isEmpty)
    }

    @Test func temporaryFilesOfKilledRunsAreRemoved() throws {
        let directory = try TempDirectory()
        try directory.write("half", to: "out/.followup-tmp-123-1")
        try directory.write("half", to: "out/a/b/.followup-tmp-123-7")
        try directory.write("keep", to: "out/a/b/notes.json")
        let tree = try OutputTree(root: directory.path("out"), durable: false)
        #expect(tree.removeStaleTemporaries() == 2)
        #expect(directory.files(under: "out") == ["a/b/notes.json"])
    }

    @Test func oneRunAtATimeWritesAFolder() throws {
        let directory = try TempDirectory()
        let first = try OutputTree(root: directory.path("out"), durable: false)
        try first.acquireLock()
        let second = try OutputTree(root: directory.path("out"), durable: false)
        #expect(throws: BatchError.outputBusy(path: directory.path("out"))) { try second.acquireLock() }
    }
}
