import FollowupExtraction

/// Lays out the follow-up as plain text, Markdown or HTML.
///
/// The sendable body holds only the draft's sections; the review list is returned apart, for
/// stderr. Empty sections are left out, so short notes give a short message.
public struct SummaryRenderer: Sendable {
    public enum Format: String, Sendable, CaseIterable { case text, markdown, html }

    public var settings: RenderSettings

    public init(settings: RenderSettings) { self.settings = settings }

    public func draft(_ record: ExtractionRecord) -> FollowUpDraft {
        FollowUpDraft(record: record, settings: settings)
    }

    /// The follow-up text and the sender's review list.
    ///
    /// - Parameters:
    ///   - includeSubject: starts with the subject ("Subject: ..." in text, a title in HTML), for
    ///     standard output; the e-mail's bodies leave it out because the header carries it.
    ///   - mentionsAttachment: adds the line about the attached calendar file.
    public func render(
        _ record: ExtractionRecord, format: Format, includeSubject: Bool = true, mentionsAttachment: Bool = false
    ) -> (text: String, review: [String]) {
        let draft = draft(record)
        switch format {
        case .text: return (Self.text(draft, includeSubject: includeSubject, attachment: mentionsAttachment), draft.review)
        case .markdown: return (Self.markdown(draft, includeSubject: includeSubject, attachment: mentionsAttachment), draft.review)
        case .html: return (Self.html(draft, language: record.language, includeSubject: includeSubject, attachment: mentionsAttachment), draft.review)
        }
    }

    static func text(_ draft: FollowUpDraft, includeSubject: Bool, attachment: Bool) -> String {
        var blocks: [String] = []
        if includeSubject { blocks.append("Subject: " + draft.subject) }
        blocks.append(draft.greeting)
        blocks.append(draft.opening)
        for (heading, lines) in draft.sections {
            blocks.append(([heading + draft.headingColon] + lines.map { "- " + $0 }).joined(separator: "\n"))
        }
        blocks.append(draft.callToAction)
        if attachment { blocks.append(draft.attachmentNote) }
        blocks.append(draft.closing.joined(separator: "\n"))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    static func markdown(_ draft: FollowUpDraft, includeSubject: Bool, attachment: Bool) -> String {
        var blocks: [String] = []
        if includeSubject { blocks.append("**Subject:** " + escapeMarkdown(draft.subject)) }
        blocks.append(escapeMarkdown(draft.greeting))
        blocks.append(escapeMarkdown(draft.opening))
        for (heading, lines) in draft.sections {
            blocks.append((["**" + escapeMarkdown(heading) + "**", ""] + lines.map { "- " + escapeMarkdown($0) }).joined(separator: "\n"))
        }
        blocks.append(escapeMarkdown(draft.callToAction))
        if attachment { blocks.append(escapeMarkdown(draft.attachmentNote)) }
        // Two trailing spaces keep the signature's lines apart.
        blocks.append(draft.closing.map(escapeMarkdown).joined(separator: "  \n"))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    static func html(_ draft: FollowUpDraft, language: String, includeSubject: Bool, attachment: Bool) -> String {
        let lang = language.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0 == "-" } && !language.isEmpty ? language : "en"
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"\(lang)\"><head><meta charset=\"utf-8\">"
                + (includeSubject ? "<title>\(escapeHTML(draft.subject))</title>" : "") + "</head>",
            "<body>",
            "<p>\(escapeHTML(draft.greeting))</p>",
            "<p>\(escapeHTML(draft.opening))</p>",
        ]
        for (heading, items) in draft.sections {
            lines.append("<p><strong>\(escapeHTML(heading))</strong></p>")
            lines.append("<ul>")
            // dir="auto": a right-to-left task does not reorder the rest of its line.
            lines += items.map { "<li dir=\"auto\">\(escapeHTML($0))</li>" }
            lines.append("</ul>")
        }
        lines.append("<p>\(escapeHTML(draft.callToAction))</p>")
        if attachment { lines.append("<p>\(escapeHTML(draft.attachmentNote))</p>") }
        lines.append("<p>" + draft.closing.map(escapeHTML).joined(separator: "<br>\n") + "</p>")
        lines.append("</body></html>")
        return lines.joined(separator: "\n") + "\n"
    }
}

extension FollowUpDraft {
    /// The non-empty list sections in order, with their headings.
    var sections: [(String, [String])] {
        [(agreedHeading, agreed), (discussedHeading, discussed), (nextStepsHeading, nextSteps), (confirmHeading, confirm)].filter { !$0.1.isEmpty }
    }
}

/// `&`, `<`, `>`, `"` and `'` as entities.
func escapeHTML(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        default: result.append(character)
        }
    }
    return result
}

/// Backslash before the characters Markdown would read as markup.
func escapeMarkdown(_ text: String) -> String {
    // Most text has nothing to escape: a byte scan finds that without building Characters.
    guard text.utf8.contains(where: { markdownSpecial[Int($0)] }) else { return text }
    var result = ""
    for character in text {
        if "\\`*_[]<>#|".contains(character) { result.append("\\") }
        result.append(character)
    }
    return result
}

/// The ASCII bytes that may need a backslash in Markdown.
private let markdownSpecial: [Bool] = (0..<256).map { "\\`*_[]<>#|".utf8.contains(UInt8($0)) }
