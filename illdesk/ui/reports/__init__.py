"""Desk → Reports and statistics, and the start dashboard of today's work.

The window (and QtCharts with it) is imported from ``ui.reports.window`` when staff first
open it, not at start."""

from illdesk.ui.reports.today_panel import TodayPanel

__all__ = ["TodayPanel"]
