/// Words of people's names as notes write them.
public enum NameWords {
    /// "Р.", "С.Н.", "Д": initials standing for a first name (and patronymic), as Russian minutes and attendee lists
    /// write people ("Кузнецов С.Н.", "Орлов Д.").
    public static func isInitials(_ word: some StringProtocol) -> Bool {
        guard let first = word.first, first.isLetter, word.count <= 4, word.allSatisfy({ $0.isLetter || $0 == "." }) else { return false }
        return word.contains(".") || word.count == 1 && first.isUppercase
    }
}
