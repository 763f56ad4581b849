"""Desk → Reports and statistics, and the start dashboard of today's work."""

from illdesk.ui.reports.today_panel import TodayPanel
from illdesk.ui.reports.window import ReportPage, ReportsWindow

__all__ = ["ReportPage", "ReportsWindow", "TodayPanel"]
