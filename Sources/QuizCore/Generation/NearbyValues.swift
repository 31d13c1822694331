/// Wrong numbers and dates near a true value, so that a distractor is plausible but provably different.
enum NearbyValues {
  /// Up to `count` numbers near `value` (steps of about a tenth of it, or of `minimumStep` of it when that is
  /// larger), positive when it is, none in `taken`.
  static func numbers(
    around value: Double, excluding taken: [Double], count: Int, minimumStep: Double = 0.1,
    using rng: inout SplitMix64
  ) -> [Double] {
    let whole = value == value.rounded()
    let tenth = abs(value) / 10
    let share = max(tenth, abs(value) * minimumStep)
    let step = whole ? max(1, minimumStep > 0.1 ? share.rounded(.up) : tenth.rounded()) : max(0.1, share)
    var candidates: [Double] = []
    for multiple in [1.0, 2, 3, 4, -1, -2, -3, -4] {
      let candidate = value + multiple * step
      if value > 0, candidate <= 0 { continue }
      if taken.contains(candidate) || candidate == value || candidates.contains(candidate) { continue }
      candidates.append(candidate)
    }
    candidates.shuffle(using: &rng)
    return Array(candidates.prefix(count))
  }

  /// Up to `count` dates near `date` at the same precision, none in `taken`.
  static func dates(
    around date: CalendarDate, excluding taken: [CalendarDate], count: Int, using rng: inout SplitMix64
  ) -> [CalendarDate] {
    var candidates: [CalendarDate] = []
    func add(_ year: Int, _ month: Int?, _ day: Int?) {
      var y = year
      var m = month
      if let month0 = m {
        if month0 < 1 { m = month0 + 12; y -= 1 }
        if month0 > 12 { m = month0 - 12; y += 1 }
      }
      if let m, let day, !(1...CalendarDate.daysIn(month: m, year: y)).contains(day) { return }
      let candidate = CalendarDate(year: y, month: m, day: day)
      guard candidate != date, !taken.contains(candidate), !candidates.contains(candidate) else { return }
      candidates.append(candidate)
    }
    switch (date.month, date.day) {
    case (let month?, let day?):
      for shift in [-2, -1, 1, 2] { add(date.year, month + shift, day) }
      for shift in [-12, -5, 5, 12] { add(date.year, month, day + shift) }
      for shift in [-1, 1] { add(date.year + shift, month, day) }
    case (let month?, nil):
      for shift in [-3, -2, -1, 1, 2, 3] { add(date.year, month + shift, nil) }
      for shift in [-1, 1] { add(date.year + shift, month, nil) }
    default:
      for shift in [-3, -2, -1, 1, 2, 3] { add(date.year + shift, nil, nil) }
    }
    candidates.shuffle(using: &rng)
    return Array(candidates.prefix(count))
  }
}
