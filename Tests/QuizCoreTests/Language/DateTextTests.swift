import Testing

@testable import QuizCore

@Suite("Dates as text")
struct DateTextTests {
  @Test(
    "written at their precision in each language",
    arguments: [
      ("2005-12-08", Language.en, "December 8, 2005", "on December 8, 2005"),
      ("2005-12-08", .es, "8 de diciembre de 2005", "el 8 de diciembre de 2005"),
      ("2009-03", .en, "March 2009", "in March 2009"),
      ("2009-03", .es, "marzo de 2009", "en marzo de 2009"),
      ("2013", .en, "2013", "in 2013"),
      ("2013", .es, "2013", "en 2013"),
      ("2022-08-25", .es, "25 de agosto de 2022", "el 25 de agosto de 2022"),
      ("2003-01-01", .en, "January 1, 2003", "on January 1, 2003"),
    ])
  func written(iso: String, language: Language, text: String, when: String) throws {
    let date = try #require(CalendarDate(iso: iso))
    #expect(DateText.text(date, in: language) == text)
    #expect(DateText.when(date, in: language) == when)
  }

  @Test(
    "ISO dates parse only when the day exists",
    arguments: [
      ("2005-12-08", true), ("2009-03", true), ("2013", true), ("2005-02-29", false), ("2004-02-29", true),
      ("2005-13", false), ("05-12-08", false), ("2005-12-8", false), ("", false), ("２００５", false),
      ("2005-12-08-01", false), ("2005-00", false),
    ])
  func parsing(iso: String, valid: Bool) {
    #expect((CalendarDate(iso: iso) != nil) == valid)
    if valid { #expect(CalendarDate(iso: iso)?.description == iso) }
  }

  @Test(
    "short day and month for chart labels",
    arguments: [
      ("2026-12-08", Language.en, "Dec 8"), ("2026-12-08", .es, "8 dic"), ("2027-01-01", .en, "Jan 1"),
      ("2027-01-01", .es, "1 ene"), ("2026-09-30", .es, "30 sep"), ("2026-05", .en, "May"), ("2026", .es, "2026"),
    ])
  func shortDayMonth(iso: String, language: Language, expected: String) throws {
    let date = try #require(CalendarDate(iso: iso))
    #expect(DateText.shortDayMonth(date, in: language) == expected)
  }

  @Test("years are never grouped")
  func yearsUngrouped() {
    #expect(DateText.text(CalendarDate(year: 2005), in: .es) == "2005")
    #expect(NumberText.digits(2005, in: .es) == "2005")
    #expect(NumberText.digits(12345, in: .en) == "12,345")
    #expect(NumberText.text(60, unit: Localized(en: UnitName(one: "year", other: "years"),
      es: UnitName(one: "año", other: "años")), in: .es) == "60 años")
    #expect(NumberText.text(1, unit: Localized(en: UnitName(one: "year", other: "years"),
      es: UnitName(one: "año", other: "años")), in: .en) == "1 year")
  }
}
