"""A report's chart on screen with QtCharts: bars, stacked bars or lines over categories."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from illdesk.domain.report_table import Chart, ChartKind
from illdesk.ui import i18n

MAX_CATEGORIES = 36
"""Months beyond this many are left off the left of the chart (the table has them all)."""


class ReportChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.show_chart(None)

    def show_chart(self, chart: Chart | None) -> None:
        view = QChart()
        view.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        if chart is None or not chart.categories:
            view.setTitle(self.tr("No figures for this period yet."))
            self.setChart(view)
            return
        categories = [i18n.words(c) for c in chart.categories[-MAX_CATEGORIES:]]
        cut = len(chart.categories) - len(categories)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        if len(categories) > 12:
            axis_x.setLabelsAngle(-60)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%.0f")
        axis_y.setTitleText(i18n.words(chart.value_label))
        top = 0.0
        view.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        view.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        if chart.kind is ChartKind.LINE:
            for series in chart.series:
                line = QLineSeries()
                line.setName(i18n.words(series.name))
                for i, value in enumerate(series.values[cut:]):
                    line.append(QPointF(i, value))
                    top = max(top, value)
                view.addSeries(line)
                line.attachAxis(axis_x)
                line.attachAxis(axis_y)
        else:
            bars = QStackedBarSeries() if chart.kind is ChartKind.STACKED else QBarSeries()
            sums = [0.0] * len(categories)
            for series in chart.series:
                bar_set = QBarSet(i18n.words(series.name))
                values = list(series.values[cut:])
                bar_set.append(values)
                bars.append(bar_set)
                for i, value in enumerate(values):
                    sums[i] = (
                        sums[i] + value if chart.kind is ChartKind.STACKED else max(sums[i], value)
                    )
            top = max(sums, default=0.0)
            view.addSeries(bars)
            bars.attachAxis(axis_x)
            bars.attachAxis(axis_y)
        if chart.ceiling is not None:
            axis_y.setRange(0, chart.ceiling)
        else:
            axis_y.setRange(0, top * 1.1 if top > 0 else 1)
            axis_y.applyNiceNumbers()
        self.setChart(view)
