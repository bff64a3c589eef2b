import FollowupDocument
import FollowupText

/// A follow-up someone wrote: its subject, the day it was sent, and its body lines numbered as
/// in the file.
public struct Draft: Sendable {
    public struct Line: Sendable {
        /// 1-based line of the file.
        public var number: Int
        public var text: String
    }

    public var subject: Line?
    /// An `.eml` draft (a missing subject is then a finding).
    public var isMail: Bool
    /// From the message's `Date` header.
    public var sent: MailDate?
    public var body: [Line]
    /// The file's line count: extraction reads the body padded to the same numbering.
    public var lineCount: Int

    public init(subject: Line?, isMail: Bool, sent: MailDate?, body: [Line], lineCount: Int) {
        self.subject = subject
        self.isMail = isMail
        self.sent = sent
        self.body = body
        self.lineCount = lineCount
    }

    /// Reads a draft: an RFC 5322 message when it starts with headers, else text or Markdown
    /// with an optional first line `Subject: ...` in any language the lint lexicons know.
    public static func read(_ bytes: [UInt8], encoding: String? = nil) throws -> Draft {
        if MailMessage.looksLikeMail(bytes) {
            let message = try MailMessage.parse(bytes)
            let lines = splitText(message.body)
            let body = lines.enumerated().map { Line(number: message.bodyFirstLine + $0.offset, text: $0.element) }
            let subject = message.subject.map { Line(number: $0.line, text: $0.value) }
            return Draft(subject: subject, isMail: true, sent: message.date, body: body, lineCount: message.bodyFirstLine + lines.count - 1)
        }
        let text = try TextDecoder.decode(bytes, encoding: encoding).text
        let lines = splitText(text)
        var body = lines.enumerated().map { Line(number: $0.offset + 1, text: $0.element) }
        var subject: Line?
        if let first = body.firstIndex(where: { !$0.text.allSatisfy(\.isWhitespace) }),
            let value = subjectValue(body[first].text)
        {
            subject = Line(number: body[first].number, text: value)
            body.removeSubrange(...first)
        }
        return Draft(subject: subject, isMail: false, sent: nil, body: body, lineCount: lines.count)
    }

    /// The body as text with the file's numbering (non-body lines blank), for extraction.
    public var bodyTextForExtraction: String {
        var lines = Array(repeating: "", count: max(lineCount, (body.last?.number ?? 0)))
        for line in body where line.number - 1 < lines.count { lines[line.number - 1] = line.text }
        return lines.joined(separator: "\n")
    }

    /// The body's non-empty lines.
    var contentLines: [Line] { body.filter { !$0.text.allSatisfy(\.isWhitespace) } }

    private static func subjectValue(_ line: String) -> String? {
        let labels = LintLexicons.all.flatMap(\.subjectLabels)
        let trimmed = line.drop(while: { $0 == " " || $0 == "*" || $0 == "#" })
        for label in labels where trimmed.lowercased().hasPrefix(label.lowercased() + ":") {
            return String(trimmed.dropFirst(label.count + 1)).trimmingCharacters(in: " *")
        }
        return nil
    }

    private static func splitText(_ text: String) -> [String] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
