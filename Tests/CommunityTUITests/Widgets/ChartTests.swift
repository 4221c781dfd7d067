import Testing

@testable import CommunityTUI

struct ChartTests {
  @Test(
    "horizontal bars use eighth blocks",
    arguments: [
      (100.0, 100.0, 4, "████"), (50.0, 100.0, 4, "██"), (1.0, 8.0, 1, "▏"),
      (3.0, 8.0, 1, "▍"), (7.0, 8.0, 1, "▉"), (0.0, 10.0, 5, ""), (-5.0, 10.0, 5, ""),
      (200.0, 100.0, 3, "███"), (0.001, 100.0, 4, "▏"), (5.0, 0.0, 4, ""),
      (Double.nan, 1.0, 4, ""),
    ] as [(Double, Double, Int, String)])
  func bar(value: Double, maximum: Double, width: Int, expected: String) {
    #expect(BarChart.bar(value: value, maximum: maximum, width: width) == expected)
  }

  @Test("a bar chart draws labels, bars and right-aligned values")
  func barChart() {
    var canvas = Canvas(width: 30, height: 3)
    BarChart(entries: [
      .init(label: "Парк", value: 120, valueText: "120"),
      .init(label: "Школа", value: 45, valueText: "45"),
    ]).render(into: &canvas, in: canvas.bounds)
    #expect(
      canvas.text == """
        Парк  ████████████████████ 120
        Школа ███████▌              45

        """)
    #expect(canvas[0, 6].style == .accent)
    #expect(canvas[0, 29].style == .muted)
  }

  @Test("a sparkline has one block per value and blanks for zero")
  func sparkline() {
    #expect(ColumnChart.sparkline([0, 1, 2, 3, 4, 5, 6, 7, 8]) == " ▁▂▃▄▅▆▇█")
    #expect(ColumnChart.sparkline([0, 0]) == "  ")
    #expect(ColumnChart.sparkline([1, 100], maximum: 1000) == "▁▁")
  }

  @Test("weekly columns stack blocks over several rows with labels underneath")
  func columns() {
    #expect(ColumnChart.rows([1, 4, 8], height: 2) == ["  █", "▂██"])
    var canvas = Canvas(width: 20, height: 4)
    ColumnChart(values: [1, 3, 0, 8, 5, 2, 7], labels: ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Нд"])
      .render(into: &canvas, in: canvas.bounds)
    #expect(
      canvas.text
        == """
                 ██       ▅▅
           ▁▁    ██ ▇▇    ██
        ▃▃ ██    ██ ██ ▆▆ ██
        Пн Вт Ср Чт Пт Сб Нд
        """.split(separator: "\n").map { String($0.prefix(20)) }.joined(separator: "\n"))
  }
}
