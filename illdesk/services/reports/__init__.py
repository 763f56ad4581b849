"""Reports and statistics: SQL aggregates, the start dashboard, CSV/XLSX/PDF exports."""

from illdesk.services.reports.service import ReportRenderer, ReportService

__all__ = ["ReportRenderer", "ReportService"]
